import { describe, expect, it } from 'vitest';
import { kubectlGetPodsRow } from '../../../shared/kubectl/get-pods';
import {
  condition,
  container,
  eventTimes,
  lastFrame,
  phaseSequence,
  restartWaits,
  run,
  spec,
  stateSequence,
  statusSequence,
  templateSimPod,
} from './helpers';

describe('init-fails scenario', () => {
  const anatomy = templateSimPod('pod-anatomy.yaml');

  it('retries the init container with back-off, then initializes the Pod', () => {
    const sim = run(anatomy, { kind: 'init-fails', failures: 3 });
    expect(statusSequence(sim)).toEqual([
      'Pending',
      'Init:0/1',
      'Init:Error',
      'Init:0/1',
      'Init:Error',
      'Init:CrashLoopBackOff',
      'Init:0/1',
      'Init:Error',
      'Init:CrashLoopBackOff',
      'Init:0/1',
      'PodInitializing',
      'Running',
    ]);
    expect(stateSequence(sim, 'init-migrate')).toEqual([
      'Waiting:PodInitializing',
      'Running',
      'Terminated:Error',
      'Running',
      'Terminated:Error',
      'Waiting:CrashLoopBackOff',
      'Running',
      'Terminated:Error',
      'Waiting:CrashLoopBackOff',
      'Running',
      'Terminated:Completed',
    ]);
    // First restart at once, then 10 s, then 20 s.
    expect(restartWaits(sim, 'init-migrate')).toEqual([1, 10, 20]);
    expect(phaseSequence(sim)).toEqual(['Pending', 'Running']);
    expect(eventTimes(sim, 'BackOff', 'init-migrate')).toHaveLength(2);
  });

  it('keeps the app containers waiting while initialization fails', () => {
    const sim = run(anatomy, { kind: 'init-fails', failures: 50 }, { durationSeconds: 120 });
    const end = lastFrame(sim);
    expect(end.phase).toBe('Pending');
    expect(condition(end, 'Initialized')).toBe('False');
    expect(container(end, 'api-server').state).toMatchObject({ reason: 'PodInitializing' });
    expect(eventTimes(sim, 'Started', 'api-server')).toEqual([]);
    const failed = container(end, 'init-migrate');
    expect(failed.lastState).toMatchObject({ reason: 'Error', exitCode: 1 });
    expect(kubectlGetPodsRow('api-server', end).restarts).toMatch(/^\d+ \(\d+s ago\)$/);
  });

  it('fails the Pod at once under restartPolicy Never', () => {
    const pod = { ...anatomy, restartPolicy: 'Never' as const };
    const sim = run(pod, { kind: 'init-fails', exitCode: 2 });
    const end = lastFrame(sim);
    expect(end.phase).toBe('Failed');
    expect(container(end, 'init-migrate').state).toMatchObject({ reason: 'Error', exitCode: 2 });
    expect(container(end, 'init-migrate').restartCount).toBe(0);
    expect(statusSequence(sim)).toEqual(['Pending', 'Init:0/1', 'Init:Error']);
    expect(sim.notes.join(' ')).toMatch(/Never/);
  });

  it('runs init containers one at a time, in order', () => {
    const pod = spec({
      initContainers: [
        { name: 'first', image: 'busybox:1.36' },
        { name: 'second', image: 'busybox:1.36' },
      ],
      containers: [{ name: 'app', image: 'nginx:1.27' }],
    });
    const sim = run(pod, { kind: 'init-fails', container: 'second', failures: 1 });
    const [firstEnd] = sim.frames
      .filter((f) => f.containers.length > 0)
      .filter((f) => container(f, 'first').state.state === 'terminated')
      .map((f) => f.time);
    expect(eventTimes(sim, 'Started', 'second')[0]).toBe(firstEnd);
    expect(statusSequence(sim)).toEqual([
      'Pending',
      'Init:0/2',
      'Init:1/2',
      'Init:Error',
      'Init:1/2',
      'PodInitializing',
      'Running',
    ]);
  });
});
