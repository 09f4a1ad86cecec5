import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { LectureMode } from '../../../renderer/teach/LectureMode';
import { LECTURE_STEPS, revealKindOf } from '../../../renderer/teach/lecture-steps';
import {
  createTeachStore,
  revealClass,
  revealProps,
  TeachStoreProvider,
  useLectureReveal,
} from '../../../renderer/teach/teach-store';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';
import { deriveGraph, parseManifest } from '../../../shared';
import { anatomy, renderTeach } from './helpers';
import native from '../../../assets/templates/native-sidecar.yaml?raw';
import { ReactFlowProvider } from '@xyflow/react';

/** As in the app, the lecture sits inside the canvas's React Flow provider (projector mode moves it). */
const InFlow = () => (
  <ReactFlowProvider>
    <LectureMode />
  </ReactFlowProvider>
);

const title = () => screen.getByRole('heading', { level: 2 }).textContent;

describe('LectureMode', () => {
  it('shows the first step, Pod, with a counter and the lesson’s words', () => {
    renderTeach(<InFlow />, { mode: 'lecture' });
    const lecture = screen.getByRole('region', { name: 'Lecture' });
    expect(lecture).toHaveTextContent('Step 1 of 7');
    expect(title()).toBe('The Pod');
    expect(lecture).toHaveTextContent('A Pod is not a container');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
  });

  it('moves through the anatomy with the arrow keys, Space and the page keys', async () => {
    const { user, teach } = renderTeach(<InFlow />, { mode: 'lecture' });
    await user.keyboard('{ArrowRight}');
    expect(title()).toBe('Shared network namespace');
    await user.keyboard(' ');
    expect(title()).toBe('Init containers');
    await user.keyboard('{PageDown}');
    expect(title()).toBe('The main container');
    await user.keyboard('{ArrowLeft}');
    expect(title()).toBe('Init containers');
    await user.keyboard('{PageUp}');
    expect(screen.getByRole('region', { name: 'Lecture' })).toHaveTextContent('Step 2 of 7');
    await user.keyboard('{End}');
    expect(title()).toBe('The kubelet on the Node');
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await user.keyboard('{ArrowRight}');
    expect(teach.getState().lectureStep).toBe(6);
    await user.keyboard('{Home}');
    expect(title()).toBe('The Pod');
  });

  it('moves with the buttons, and the keys still work after a click', async () => {
    const { user } = renderTeach(<InFlow />, { mode: 'lecture' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(title()).toBe('Shared network namespace');
    await user.keyboard('{ArrowRight}');
    expect(title()).toBe('Init containers');
    await user.click(screen.getByRole('button', { name: 'Step 6: Volumes' }));
    expect(title()).toBe('Volumes');
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(title()).toBe('Sidecars');
  });

  it('keeps the focus on an arrow when the one pressed is disabled at the first or last step', async () => {
    const { user } = renderTeach(<InFlow />, { mode: 'lecture' });
    const previous = screen.getByRole('button', { name: 'Previous' });
    const next = screen.getByRole('button', { name: 'Next' });
    await user.click(next);
    previous.focus();
    // Space on Previous, twice: the first reaches step 1, the second must not step forward.
    await user.keyboard(' ');
    expect(title()).toBe('The Pod');
    expect(next).toHaveFocus();
    await user.keyboard('{End}');
    await user.click(previous);
    next.focus();
    await user.keyboard('{Enter}');
    expect(title()).toBe('The kubelet on the Node');
    expect(previous).toHaveFocus();
  });

  it('steps on with Space after a mouse click on Projector, and keeps the toggle for the keyboard', async () => {
    const { user } = renderTeach(<InFlow />, { mode: 'lecture' });
    const projector = screen.getByRole('button', { name: 'Projector' });
    // A presenter clicks Projector, then presses Space for the next step.
    await user.click(projector);
    expect(projector).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard(' ');
    expect(title()).toBe('Shared network namespace');
    expect(projector).toHaveAttribute('aria-pressed', 'true');
    // A mouse click on Previous: Space then goes on, not back again.
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await user.keyboard(' ');
    expect(title()).toBe('Shared network namespace');
    // From the keyboard, Space and Enter press the focused toggle, which keeps the focus.
    projector.focus();
    await user.keyboard(' ');
    expect(projector).toHaveAttribute('aria-pressed', 'false');
    expect(projector).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(projector).toHaveAttribute('aria-pressed', 'true');
    expect(projector).toHaveFocus();
    expect(title()).toBe('Shared network namespace');
  });

  it('leaves with Escape or the button', async () => {
    const { user, teach } = renderTeach(<InFlow />, { mode: 'lecture' });
    await user.keyboard('{Escape}');
    expect(teach.getState().mode).toBe('edit');
    act(() => teach.getState().setMode('lecture'));
    await user.click(screen.getByRole('button', { name: 'Leave lecture' }));
    expect(teach.getState().mode).toBe('edit');
  });

  it('asks for full screen and gives it back when it ends', () => {
    const request = vi.fn(() => Promise.resolve());
    const exit = vi.fn(() => Promise.resolve());
    document.documentElement.requestFullscreen = request;
    document.exitFullscreen = exit;
    try {
      const { view } = renderTeach(<InFlow />, { mode: 'lecture' });
      expect(request).toHaveBeenCalledTimes(1);
      Object.defineProperty(document, 'fullscreenElement', {
        configurable: true,
        get: () => document.documentElement,
      });
      view.unmount();
      expect(exit).toHaveBeenCalledTimes(1);
    } finally {
      Reflect.deleteProperty(document, 'fullscreenElement');
      Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
      Reflect.deleteProperty(document, 'exitFullscreen');
    }
  });

  it('has a title and one to three sentences for each of the seven steps, for any Pod', () => {
    expect(LECTURE_STEPS.map((s) => s.kind)).toEqual([
      'pod',
      'network',
      'init',
      'main',
      'sidecar',
      'volume',
      'kubelet',
    ]);
    const pods = [anatomy, STATEFULSET, LONE_JOB].map((text) => parseManifest(text).view);
    for (const step of LECTURE_STEPS) {
      expect(step.title).not.toBe('');
      for (const pod of [null, ...pods]) {
        expect(step.text(pod).length).toBeGreaterThanOrEqual(1);
        expect(step.text(pod).length).toBeLessThanOrEqual(3);
      }
    }
  });
});

/** A StatefulSet whose volume is a claim template: no init container, no sidecar. */
const STATEFULSET = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  replicas: 3
  selector:
    matchLabels: { app: nginx }
  template:
    metadata:
      labels: { app: nginx }
    spec:
      containers:
        - name: nginx
          image: registry.k8s.io/nginx-slim:0.24
          ports:
            - containerPort: 80
          volumeMounts:
            - name: www
              mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
    - metadata:
        name: www
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
`;

/** A Job's Pod with one container, no port, no volume, restartPolicy Never. */
const LONE_JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: report
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: report
          image: busybox:1.36
`;

/** The sentences the lecture shows for step `title`, reached with its dot as an instructor would. */
async function sentencesOf(user: UserEvent, title: string) {
  const lecture = screen.getByRole('region', { name: 'Lecture' });
  const step = LECTURE_STEPS.findIndex((s) => s.title === title);
  await user.click(within(lecture).getByRole('button', { name: `Step ${step + 1}: ${title}` }));
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(title);
  return [...lecture.querySelectorAll('.teach-lecture__text')].map((p) => p.textContent);
}

describe('LectureMode on a Pod other than the lesson’s', () => {
  it('says what the StatefulSet’s Pod has: its claim template outlives the Pod, no init container, no sidecar', async () => {
    const { user } = renderTeach(<InFlow />, { text: STATEFULSET, mode: 'lecture' });
    expect(await sentencesOf(user, 'Volumes')).toEqual([
      'Storage that any container of the Pod can mount.',
      'Here www (claim template) is mounted by nginx.',
      'Each Pod gets its own claim from the claim template www (www-web-0, www-web-1, …), and the claim outlives the Pod.',
    ]);
    expect((await sentencesOf(user, 'The Pod')).at(-1)).toBe(
      'Here the StatefulSet web is that factory: this is its Pod template.',
    );
    expect((await sentencesOf(user, 'Shared network namespace')).at(-1)).toBe(
      'Here nginx declares port 80.',
    );
    expect((await sentencesOf(user, 'Init containers')).at(-1)).toBe(
      'This Pod has no init containers.',
    );
    expect((await sentencesOf(user, 'The main container')).at(-1)).toBe(
      'Here the main container is nginx, image registry.k8s.io/nginx-slim:0.24.',
    );
    expect((await sentencesOf(user, 'Sidecars')).at(-1)).toBe(
      'This Pod has no sidecar: nginx runs alone.',
    );
    expect((await sentencesOf(user, 'The kubelet on the Node')).at(-1)).toBe(
      'Here restartPolicy is Always (the default): an app container is restarted whenever it exits.',
    );
    // Nothing of the lesson's Pod is left.
    const lecture = screen.getByRole('region', { name: 'Lecture' });
    for (const title of LECTURE_STEPS.map((s) => s.title)) {
      await sentencesOf(user, title);
      expect(lecture).not.toHaveTextContent(/emptyDir|log-shipper|api-server|tails/);
    }
  });

  it('says when the Pod has no volume and no port, and what restartPolicy Never does', async () => {
    const { user } = renderTeach(<InFlow />, { text: LONE_JOB, mode: 'lecture' });
    expect(await sentencesOf(user, 'Volumes')).toEqual([
      'Storage that any container of the Pod can mount, scoped to the Pod’s lifetime.',
      'This Pod declares no volumes: each container has only its own filesystem, lost when it restarts.',
    ]);
    expect((await sentencesOf(user, 'Shared network namespace')).at(-1)).toBe(
      'No container of this Pod declares a port.',
    );
    expect((await sentencesOf(user, 'The kubelet on the Node')).at(-1)).toBe(
      'Here restartPolicy is Never: a container that exits is not restarted.',
    );
  });

  it('says that a native sidecar starts in its turn among the init containers and keeps running', async () => {
    const { user } = renderTeach(<InFlow />, { text: native, mode: 'lecture' });
    const init = await sentencesOf(user, 'Init containers');
    expect(init[0]).toBe(
      'Init containers start one at a time, in order, before the app containers; each runs to completion, but a native sidecar (restartPolicy: Always) keeps running.',
    );
    expect(init.at(-1)).toBe(
      'Here log-shipper starts and keeps running; then init-migrate must exit 0 before api-server starts.',
    );
    expect(init.join(' ')).not.toMatch(/each to completion/);
  });

  it('names the lesson’s Pod’s volume and who mounts it, and follows the text as it is edited', async () => {
    const { user, pod } = renderTeach(<InFlow />, { mode: 'lecture' });
    expect((await sentencesOf(user, 'Volumes')).at(-1)).toBe(
      'Here app-logs (emptyDir) is mounted by api-server and log-shipper (read-only).',
    );
    expect((await sentencesOf(user, 'Sidecars')).at(-1)).toBe(
      'Here log-shipper runs beside api-server.',
    );
    // The sidecar and its mount go: the sentences follow.
    const alone = anatomy.replace(/\n {4}# Tails[\s\S]*?readOnly: true\n/, '\n');
    expect(alone).not.toContain('log-shipper');
    act(() => pod.getState().setText(alone, 'yaml'));
    expect((await sentencesOf(user, 'Sidecars')).at(-1)).toBe(
      'This Pod has no sidecar: api-server runs alone.',
    );
    expect((await sentencesOf(user, 'Volumes')).at(-1)).toBe(
      'Here app-logs (emptyDir) is mounted by api-server.',
    );
  });
});

describe('useLectureReveal', () => {
  it('reveals the anatomy one part per step, and is null outside lecture mode', () => {
    const pod = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    const teach = createTeachStore(pod);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PodStoreProvider store={pod}>
        <TeachStoreProvider store={teach}>{children}</TeachStoreProvider>
      </PodStoreProvider>
    );
    const { result } = renderHook(() => useLectureReveal(), { wrapper });
    expect(result.current).toBeNull();
    act(() => teach.getState().setMode('lecture'));
    expect(result.current?.step).toBe(0);
    expect(result.current?.visible('pod')).toBe(true);
    expect(result.current?.visible('network')).toBe(false);
    expect(result.current?.focused('pod')).toBe(true);
    act(() => teach.getState().setLectureStep(2));
    expect(result.current?.visible('network')).toBe(true);
    expect(result.current?.visible('init')).toBe(true);
    expect(result.current?.visible('main')).toBe(false);
    expect(result.current?.visible('edge')).toBe(false);
    expect(result.current?.edgeVisible({ type: 'sequence', target: 'container:x' })).toBe(true);
    expect(result.current?.edgeVisible({ type: 'sequence', target: 'app-lane' })).toBe(false);
    expect(result.current?.edgeVisible({ type: 'mount', target: 'volume:app-logs' })).toBe(false);
    expect(revealClass(result.current, { kind: 'init' })).toBe('pb-revealed pb-reveal-focus');
    expect(revealClass(result.current, { kind: 'volume' })).toBe('pb-reveal-hidden');
    expect(revealProps(result.current, { kind: 'volume' })).toEqual({
      hidden: true,
      className: 'pb-reveal-hidden',
    });
    expect(revealProps(result.current, { kind: 'pod' })).toEqual({ className: 'pb-revealed' });
    expect(revealProps(null, { kind: 'volume' })).toEqual({});
    act(() => teach.getState().setLectureStep(6));
    expect(result.current?.visible('edge')).toBe(true);
    expect(revealClass(result.current, { edge: { type: 'mount', target: 'x' } })).toBe(
      'pb-revealed',
    );
  });

  it('reveals a native sidecar with the init containers, in its lane, and spotlights it again with the sidecars', () => {
    const pod = createPodStore({ text: native, fileName: 'pod.yaml' });
    const teach = createTeachStore(pod);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PodStoreProvider store={pod}>
        <TeachStoreProvider store={teach}>{children}</TeachStoreProvider>
      </PodStoreProvider>
    );
    const graph = deriveGraph(parseManifest(native).view!);
    const shipper = graph.nodes.find((n) => n.ariaLabel === 'Native sidecar log-shipper')!;
    const kind = revealKindOf(shipper);
    const { result } = renderHook(() => useLectureReveal(), { wrapper });
    act(() => teach.getState().setMode('lecture'));
    act(() => teach.getState().setLectureStep(1));
    expect(revealClass(result.current, { kind })).toBe('pb-reveal-hidden');
    act(() => teach.getState().setLectureStep(2));
    expect(revealClass(result.current, { kind })).toBe('pb-revealed pb-reveal-focus');
    act(() => teach.getState().setLectureStep(3));
    expect(revealClass(result.current, { kind })).toBe('pb-revealed');
    act(() => teach.getState().setLectureStep(4));
    expect(revealClass(result.current, { kind })).toBe('pb-revealed pb-reveal-focus');
  });

  it('knows which part of the anatomy each canvas node is', () => {
    const parsed = parseManifest(anatomy);
    const graph = deriveGraph(parsed.view!);
    const kinds = Object.fromEntries(graph.nodes.map((n) => [n.ariaLabel, revealKindOf(n)]));
    expect(kinds).toMatchObject({
      'Pod api-server': 'pod',
      'Shared network namespace': 'network',
      'Init container init-migrate': 'init',
      'Container api-server': 'main',
      'Sidecar log-shipper': 'sidecar',
      'Volume app-logs': 'volume',
      'kubelet on Node': 'kubelet',
    });
  });
});
