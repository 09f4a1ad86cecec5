import { describe, expect, it } from 'vitest';
import {
  BACKOFF_MAX_SECONDS,
  crashBackOffSeconds,
  nextBackOff,
  restartDelay,
} from '../../../shared/lifecycle/backoff';
import { podPhase } from '../../../shared/lifecycle/pod-status';
import type { ContainerStatus } from '../../../shared/lifecycle/types';

function status(
  kind: ContainerStatus['kind'],
  state: ContainerStatus['state'],
  extra: Partial<ContainerStatus> = {},
): ContainerStatus {
  return {
    name: kind,
    kind,
    state,
    lastState: null,
    ready: false,
    started: false,
    restartCount: 0,
    ...extra,
  };
}

const running = { state: 'running', startedAt: 0 } as const;
const exited = (exitCode: number) =>
  ({
    state: 'terminated',
    reason: exitCode ? 'Error' : 'Completed',
    exitCode,
    startedAt: 0,
    finishedAt: 1,
  }) as const;
const crashLoop = { state: 'waiting', reason: 'CrashLoopBackOff' } as const;

describe('podPhase (the kubelet getPhase rules)', () => {
  it('is Pending while an init container has not completed', () => {
    expect(
      podPhase(
        [status('init', running), status('app', { state: 'waiting', reason: 'PodInitializing' })],
        'Always',
        false,
      ),
    ).toBe('Pending');
  });

  it('is Running for a container in CrashLoopBackOff under Always', () => {
    expect(podPhase([status('app', crashLoop, { lastState: exited(1) })], 'Always', false)).toBe(
      'Running',
    );
  });

  it('is Succeeded or Failed by exit codes when nothing restarts', () => {
    expect(podPhase([status('app', exited(0))], 'OnFailure', false)).toBe('Succeeded');
    expect(podPhase([status('app', exited(1))], 'Never', false)).toBe('Failed');
    expect(podPhase([status('app', exited(1))], 'OnFailure', false)).toBe('Running');
  });

  it('fails on an init failure under Never', () => {
    expect(
      podPhase(
        [status('init', exited(1)), status('app', { state: 'waiting', reason: 'PodInitializing' })],
        'Never',
        false,
      ),
    ).toBe('Failed');
  });

  it('ignores stopped native sidecars', () => {
    const statuses = [status('native-sidecar', exited(0)), status('app', exited(0))];
    expect(podPhase(statuses, 'Never', true)).toBe('Succeeded');
  });

  it('stays Running while a native sidecar restarts after the app containers started', () => {
    const statuses = [
      status('native-sidecar', running, { started: false, restartCount: 1 }),
      status('app', running),
    ];
    expect(podPhase(statuses, 'Always', false, true)).toBe('Running');
    expect(podPhase(statuses, 'Always', false, false)).toBe('Pending');
  });

  it('is Pending while a native sidecar has not started', () => {
    expect(
      podPhase(
        [
          status('native-sidecar', running, { started: false }),
          status('app', { state: 'waiting', reason: 'PodInitializing' }),
        ],
        'Always',
        false,
      ),
    ).toBe('Pending');
  });
});

describe('kubelet back-off', () => {
  it('doubles from 10 s and caps at 300 s', () => {
    let entry = nextBackOff(null, 0);
    const delays = [entry.delay];
    for (let i = 1; i < 8; i++) {
      entry = nextBackOff(entry, i);
      delays.push(entry.delay);
    }
    expect(delays).toEqual([10, 20, 40, 80, 160, 300, 300, 300]);
    expect(crashBackOffSeconds(20)).toBe(BACKOFF_MAX_SECONDS);
  });

  it('restarts at once the first time, and again after 10 minutes without trouble', () => {
    expect(restartDelay(null, 100)).toBe(0);
    const entry = { delay: 80, updatedAt: 100 };
    expect(restartDelay(entry, 150)).toBe(80);
    expect(restartDelay(entry, 100 + 601)).toBe(0);
    expect(nextBackOff(entry, 100 + 601).delay).toBe(10);
  });
});
