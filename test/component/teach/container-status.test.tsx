import { describe, expect, it } from 'vitest';
import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  ContainerStatusBadge,
  containerStatusClass,
  handOffClass,
  STATUS_ROOM,
  statusLines,
  statusText,
} from '../../../renderer/teach/ContainerStatusBadge';
import { textWidth, type TextFont } from '../../../renderer/canvas/text-fit';
import type { ContainerLiveStatus } from '../../../renderer/teach/live-status';
import {
  createTeachStore,
  TeachStoreProvider,
  useContainerStatus,
} from '../../../renderer/teach/teach-store';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';
import { anatomy } from './helpers';
import { LAYOUT } from '../../../shared';
import podApi from '../../../assets/templates/pod-api.yaml?raw';

const base: ContainerLiveStatus = {
  state: 'running',
  reason: '',
  ready: true,
  restarts: 0,
  active: true,
  probe: null,
};

describe('ContainerStatusBadge', () => {
  it('says what the container is doing, in kubectl’s words', () => {
    expect(statusText(base)).toBe('Running ✓ ready');
    expect(statusText({ ...base, ready: false })).toBe('Running, not ready');
    expect(
      statusText({ ...base, state: 'waiting', reason: 'CrashLoopBackOff', countdown: 17 }),
    ).toBe('Waiting: CrashLoopBackOff (restart in 17 s)');
    expect(statusText({ ...base, state: 'waiting', reason: 'PodInitializing' })).toBe(
      'Waiting: PodInitializing',
    );
    expect(
      statusText({ ...base, state: 'terminated', reason: 'Completed', exitCode: 0, active: false }),
    ).toBe('Terminated: Completed (exit 0)');
    expect(statusText({ ...base, state: 'terminated', reason: 'OOMKilled', exitCode: 137 })).toBe(
      'Terminated: OOMKilled (exit 137)',
    );
    expect(statusText({ ...base, state: 'pending' })).toBe('Not created yet');
  });

  it('shows the whole status in its tooltip, and its text whole when nothing is cut', () => {
    const status: ContainerLiveStatus = {
      ...base,
      state: 'terminated',
      reason: 'Completed',
      exitCode: 0,
      active: false,
    };
    const { container } = render(<ContainerStatusBadge status={status} />);
    const badge = container.querySelector('.pb-status');
    expect(badge?.querySelectorAll('.pb-status__line').length).toBeLessThanOrEqual(2);
    expect(badge).toHaveTextContent('Terminated: Completed (exit 0)', {
      normalizeWhitespace: false,
    });
    expect(screen.getByTitle('Terminated: Completed (exit 0)')).toBeInTheDocument();

    render(
      <ContainerStatusBadge
        status={{
          ...base,
          state: 'waiting',
          reason: 'CrashLoopBackOff',
          countdown: 17,
          restarts: 12,
          probe: null,
          active: false,
        }}
      />,
    );
    const full = 'Waiting: CrashLoopBackOff (restart in 17 s)';
    const cut = screen.getByTitle(full);
    expect(cut.querySelectorAll('.pb-status__line')).toHaveLength(2);
    expect(screen.getByTitle('Restarts')).toHaveTextContent('↻ 12');
  });

  it('renders nothing when nothing is simulated, and the restarts and probe when there are', () => {
    const { container, rerender } = render(<ContainerStatusBadge status={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ContainerStatusBadge status={{ ...base, restarts: 3, probe: 'liveness' }} />);
    expect(screen.getByText('Running ✓ ready')).toBeInTheDocument();
    expect(screen.getByTitle('Restarts')).toHaveTextContent('↻ 3');
    expect(screen.getByTitle('liveness probe')).toBeInTheDocument();
  });

  it('gives the node a lit class while the process runs', () => {
    expect(containerStatusClass(null)).toBe('');
    expect(containerStatusClass(base).split(' ')).toContain('pb-lit');
    const waiting = containerStatusClass({
      ...base,
      state: 'waiting',
      reason: 'CrashLoopBackOff',
      active: false,
      countdown: 5,
    });
    expect(waiting.split(' ')).toEqual(['pb-sim', 'pb-sim-waiting', 'pb-sim-backoff']);
  });

  it('marks every container node while simulating, so the status can take the image’s place', () => {
    expect(containerStatusClass({ ...base, state: 'pending', active: false }).split(' ')).toEqual([
      'pb-sim',
      'pb-sim-pending',
    ]);
  });

  it('passes the "exits 0 →" arrow on once its init container exited 0', () => {
    expect(handOffClass(null)).toBe('');
    expect(handOffClass(base)).toBe('');
    const exited = { ...base, state: 'terminated' as const, active: false, reason: 'Completed' };
    expect(handOffClass({ ...exited, exitCode: 0 })).toBe('pb-handed-off');
    expect(handOffClass({ ...exited, reason: 'Error', exitCode: 1 })).toBe('');
  });
});

describe('statusLines', () => {
  // Without a canvas (jsdom) text-fit measures 0.6 em a character: 6 px at 10 px.
  const font: TextFont = { size: 10, family: '--font', weight: 500 };
  const chars = (n: number) => n * 6;

  it('keeps words that fit on one line, marks included', () => {
    expect(statusLines('Running ✓ ready', chars(20), 0, font)).toEqual(['Running ✓ ready']);
    expect(statusLines('Running ✓ ready', chars(20), chars(4), font)).toEqual(['Running ✓ ready']);
  });

  it('breaks between words onto a second line, a group in brackets as one', () => {
    expect(statusLines('Terminated: Completed (exit 0)', chars(26), 0, font)).toEqual([
      'Terminated: Completed',
      '(exit 0)',
    ]);
    // The marks that do not fit after one line go to the second, alone.
    expect(statusLines('Running ✓ ready', chars(20), chars(8), font)).toEqual([
      'Running ✓ ready',
      '',
    ]);
  });

  it('cuts the second line between words, leaving room for the marks, within the room', () => {
    const text = 'Waiting: CrashLoopBackOff (restart in 17 s)';
    const lines = statusLines(text, chars(26), chars(12), font);
    expect(lines).toEqual(['Waiting: CrashLoopBackOff', '(restart in…']);
    expect(textWidth(lines[0], font)).toBeLessThanOrEqual(chars(26));
    expect(textWidth(lines[1] ?? '', font) + chars(12)).toBeLessThanOrEqual(chars(26));
  });

  it('gives the words the node’s width, less its padding and the badge’s dot', () => {
    expect(STATUS_ROOM).toBeGreaterThan(150);
    expect(STATUS_ROOM).toBeLessThan(LAYOUT.containerWidth - 2 * 1.5);
  });
});

describe('useContainerStatus', () => {
  function setup() {
    const pod = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    const teach = createTeachStore(pod);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PodStoreProvider store={pod}>
        <TeachStoreProvider store={teach}>{children}</TeachStoreProvider>
      </PodStoreProvider>
    );
    return { teach, wrapper };
  }

  it('is null unless a scenario is being simulated', () => {
    const { teach, wrapper } = setup();
    const { result } = renderHook(() => useContainerStatus('api-server'), { wrapper });
    expect(result.current).toBeNull();
    act(() => teach.getState().setMode('lecture'));
    expect(result.current).toBeNull();
    act(() => teach.getState().setMode('simulate'));
    expect(result.current).toMatchObject({ state: 'pending', active: false });
  });

  it('lights the init container first, then the app containers together', () => {
    const { teach, wrapper } = setup();
    act(() => teach.getState().setMode('simulate'));
    const { result } = renderHook(
      () => ({
        init: useContainerStatus('init-migrate'),
        api: useContainerStatus('api-server'),
        shipper: useContainerStatus('log-shipper'),
      }),
      { wrapper },
    );
    act(() => teach.getState().setTime(4));
    expect(result.current.init).toMatchObject({ state: 'running', active: true });
    expect(result.current.api).toMatchObject({ state: 'waiting', reason: 'PodInitializing' });
    act(() => teach.getState().setTime(8));
    expect(result.current.init).toMatchObject({
      state: 'terminated',
      reason: 'Completed',
      exitCode: 0,
      active: false,
    });
    expect(result.current.api).toMatchObject({ state: 'running', ready: true, active: true });
    expect(result.current.shipper).toMatchObject({ state: 'running', active: true });
  });

  it('counts down a CrashLoopBackOff to the restart', () => {
    const { teach, wrapper } = setup();
    act(() => {
      teach.getState().setMode('simulate');
      teach.getState().setScenario('app-crash');
    });
    const { result } = renderHook(() => useContainerStatus('api-server'), { wrapper });
    act(() => teach.getState().setTime(14));
    expect(result.current).toMatchObject({
      state: 'waiting',
      reason: 'CrashLoopBackOff',
      countdown: 9,
      restarts: 1,
    });
    act(() => teach.getState().setTime(20.5));
    expect(result.current?.countdown).toBe(3);
  });

  it('marks the seconds at which the kubelet probes the container', () => {
    const pod = createPodStore({ text: podApi, fileName: 'pod-api.yaml' });
    const teach = createTeachStore(pod);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <PodStoreProvider store={pod}>
        <TeachStoreProvider store={teach}>{children}</TeachStoreProvider>
      </PodStoreProvider>
    );
    act(() => teach.getState().setMode('simulate'));
    const { result } = renderHook(() => useContainerStatus('api-server'), { wrapper });
    const started = teach
      .getState()
      .run!.simulation.frames.flatMap((f) => f.containers)
      .find((c) => c.name === 'api-server' && c.state.state === 'running');
    const at = started?.state.state === 'running' ? started.state.startedAt : NaN;
    // readinessProbe: initialDelaySeconds 5, periodSeconds 10; livenessProbe: 15 and 20.
    act(() => teach.getState().setTime(at + 5));
    expect(result.current?.probe).toBe('readiness');
    act(() => teach.getState().setTime(at + 6));
    expect(result.current?.probe).toBeNull();
    act(() => teach.getState().setTime(at + 15));
    expect(result.current?.probe).toBe('liveness');
  });

  it('is null outside a teaching provider, so nodes render on their own', () => {
    const { result } = renderHook(() => useContainerStatus('api-server'));
    expect(result.current).toBeNull();
  });
});
