import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { kubectlGetPodsRow } from '../../../shared/kubectl/get-pods';
import { simPodFromSpec } from '../../../shared/lifecycle/from-spec';
import {
  readRecordedStatus,
  recordedPod,
  type RecordedStatus,
} from '../../../shared/lifecycle/recorded-status';
import { simulate } from '../../../shared/lifecycle/simulate';
import type { Scenario, SimPod } from '../../../shared/lifecycle/types';
import { container, eventTimes, restartWaits, stateSequence } from './helpers';

type State = Record<string, Record<string, unknown>>;
/** The parts of a copied Pod the tests read and change. */
interface Plain {
  metadata: { name: string };
  spec: { restartPolicy?: string; containers: { name: string; image?: string }[] };
  status: {
    phase: string;
    conditions?: unknown[];
    containerStatuses?: { state: State }[];
  };
}

/** A fixture copied from a cluster (`kubectl get pod … -o yaml`), as plain data. */
const fixture = (name: string): Plain =>
  parse(readFileSync(new URL(`../../fixtures/cluster/${name}`, import.meta.url), 'utf8')) as Plain;

function reading(pod: Plain): { sim: SimPod; status: RecordedStatus } {
  const sim = simPodFromSpec(pod.spec);
  const recorded = recordedPod(pod);
  if (!recorded) throw new Error('no status in the fixture');
  const read = readRecordedStatus(sim, recorded);
  if (!read.ok) throw new Error(read.reason);
  return { sim, status: read.status };
}

function resumed(pod: Plain, scenario: Scenario, durationSeconds = 400) {
  const { sim, status } = reading(pod);
  const name = pod.metadata.name;
  return simulate(sim, scenario, { podName: name, from: status, durationSeconds });
}

const row = (pod: Plain, frame: Parameters<typeof kubectlGetPodsRow>[1]) =>
  kubectlGetPodsRow(pod.metadata.name, frame);

describe('reading a recorded status (kubectl get pod -o yaml)', () => {
  it('a Pod restarted once by its liveness probe: running again, 1 restart, its last run kept', () => {
    const { status } = reading(fixture('pod.yaml'));
    // Created 09:12:44; the last change recorded is the restart at 09:13:25.
    expect(status).toMatchObject({ time: 41, at: '2024-05-06T09:13:25Z', phase: 'Running' });
    expect(status.containers).toEqual([
      {
        name: 'liveness',
        kind: 'app',
        state: { state: 'running', startedAt: 41 },
        lastState: {
          state: 'terminated',
          reason: 'Error',
          exitCode: 2,
          startedAt: 6,
          finishedAt: 40,
        },
        ready: false,
        started: true,
        restartCount: 1,
      },
    ]);
  });

  it('a crash-looping Pod: the init container done, the app in CrashLoopBackOff after 4 restarts', () => {
    const { status } = reading(fixture('crash-loop-pod.yaml'));
    expect(status).toMatchObject({ time: 103, phase: 'Running', initialized: true, notes: [] });
    const [migrate, app, proxy] = status.containers;
    expect(migrate).toMatchObject({
      name: 'migrate',
      kind: 'init',
      state: { state: 'terminated', reason: 'Completed', exitCode: 0, startedAt: 3, finishedAt: 6 },
    });
    expect(app).toMatchObject({
      name: 'app',
      state: { state: 'waiting', reason: 'CrashLoopBackOff' },
      lastState: { reason: 'Error', exitCode: 1, startedAt: 100, finishedAt: 103 },
      restartCount: 4,
      ready: false,
    });
    expect(proxy).toMatchObject({ name: 'proxy', state: { state: 'running', startedAt: 10 } });
  });
});

describe('simulating on from a recorded status', () => {
  it('starts at the recorded moment with the recorded states, as kubectl showed them', () => {
    const pod = fixture('crash-loop-pod.yaml');
    const sim = resumed(pod, { kind: 'app-crash', container: 'app' });
    const first = sim.frames[0]!;
    expect(first.time).toBe(103);
    expect(first.phase).toBe('Running');
    expect(row(pod, first)).toMatchObject({
      ready: '1/2',
      status: 'CrashLoopBackOff',
      restarts: '4 (0s ago)',
      age: '103s',
    });
    // The init container has done its work: it is not run again.
    expect(stateSequence(sim, 'migrate')).toEqual(['Terminated:Completed']);
    expect(eventTimes(sim, 'Started', 'migrate')).toEqual([]);
  });

  it('a crash loop goes on: the back-off the message names (1m20s), then 2m40s, restarts counted on', () => {
    const pod = fixture('crash-loop-pod.yaml');
    const sim = resumed(pod, { kind: 'app-crash', container: 'app' });
    // 103 + 80 s: the fifth restart, then a crash after 3 s and a wait twice as long.
    expect(eventTimes(sim, 'Started', 'app')).toEqual([183, 346]);
    expect(restartWaits(sim, 'app')).toEqual([80, 160]);
    const later = sim.frames.find((f) => f.time === 187)!;
    expect(container(later, 'app')).toMatchObject({
      restartCount: 5,
      state: {
        state: 'waiting',
        reason: 'CrashLoopBackOff',
        message: expect.stringContaining('back-off 2m40s'),
      },
    });
    // The proxy was never touched: it keeps its first run.
    expect(container(later, 'proxy')).toMatchObject({ restartCount: 0, state: { startedAt: 10 } });
  });

  it('healthy from there: the app starts after its back-off and the Pod becomes Ready', () => {
    const pod = fixture('crash-loop-pod.yaml');
    const sim = resumed(pod, { kind: 'healthy' });
    const last = sim.frames[sim.frames.length - 1]!;
    expect(row(pod, last)).toMatchObject({
      ready: '2/2',
      status: 'Running',
      restarts: '5 (80s ago)',
    });
    expect(last.inEndpoints).toBe(true);
    expect(eventTimes(sim, 'Started', 'app')).toEqual([183]);
  });

  it('a liveness probe that fails again restarts the container with the back-off its restarts earned', () => {
    const pod = fixture('pod.yaml');
    const sim = resumed(pod, { kind: 'liveness-failure', afterSeconds: 10 });
    // The running container was up at 41 and ready (no readiness probe); it hangs at 51.
    expect(row(pod, sim.frames[0]!)).toMatchObject({ ready: '1/1', restarts: '1 (1s ago)' });
    // Failed probes at ages 12, 15, 18: killed at 59, SIGKILL at the grace period's end.
    expect(eventTimes(sim, 'Killing', 'liveness')[0]).toBe(59);
    // The recorded restart came at once (1 s); the second waits 10 s, the third 20 s.
    expect(restartWaits(sim, 'liveness').slice(0, 3)).toEqual([1, 10, 20]);
    expect(
      container(
        sim.frames.find((f) => f.time === 99)!,
        'liveness',
      ).restartCount,
    ).toBe(2);
  });

  it("a Deployment's running Pod stays as recorded while healthy: one frame, in the endpoints", () => {
    const sim = resumed(fixture('deployment-pod.yaml'), { kind: 'healthy' });
    expect(sim.frames).toHaveLength(1);
    expect(sim.frames[0]).toMatchObject({ time: 5, phase: 'Running', inEndpoints: true });
  });

  it('a Pod that has finished stays finished', () => {
    const pod = fixture('crash-loop-pod.yaml');
    pod.spec.restartPolicy = 'Never';
    pod.status.phase = 'Failed';
    pod.status.containerStatuses![0]!.state = {
      terminated: {
        exitCode: 1,
        reason: 'Error',
        startedAt: '2024-05-06T10:01:40Z',
        finishedAt: '2024-05-06T10:01:43Z',
      },
    };
    pod.status.containerStatuses![1]!.state = {
      terminated: {
        exitCode: 0,
        reason: 'Completed',
        startedAt: '2024-05-06T10:00:10Z',
        finishedAt: '2024-05-06T10:01:50Z',
      },
    };
    const sim = resumed(pod, { kind: 'healthy' });
    expect(sim.frames).toHaveLength(1);
    expect(sim.frames[0]).toMatchObject({ time: 110, phase: 'Failed' });
  });
});

describe('a status the simulator cannot start from says why', () => {
  const reason = (change: (pod: Plain) => void): string => {
    const pod = fixture('crash-loop-pod.yaml');
    change(pod);
    const read = readRecordedStatus(simPodFromSpec(pod.spec), recordedPod(pod)!);
    return read.ok ? 'read' : read.reason;
  };

  it('a waiting reason the kubelet model does not produce', () => {
    expect(
      reason((pod) => {
        pod.status.containerStatuses![0]!.state = {
          waiting: { reason: 'CreateContainerConfigError', message: 'secret "db" not found' },
        };
      }),
    ).toMatch(
      /^app is waiting with CreateContainerConfigError, which the simulator does not model/,
    );
  });

  it('a container the Pod no longer has', () => {
    expect(reason((pod) => (pod.spec.containers[1]!.name = 'envoy'))).toMatch(
      /names a container "proxy" that the Pod does not have/,
    );
  });

  it('phase Unknown, and a Pod not yet started on a Node', () => {
    expect(reason((pod) => (pod.status.phase = 'Unknown'))).toMatch(/phase Unknown/);
    expect(
      reason((pod) => {
        pod.status = { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False' }] };
      }),
    ).toBe(
      'The status (phase Pending) lists no containers yet: the Pod had not started on a Node.',
    );
  });

  it('a time that is not one', () => {
    expect(
      reason((pod) => (pod.status.containerStatuses![1]!.state.running!.startedAt = 'yesterday')),
    ).toBe('The state.running.startedAt of proxy is not a time.');
  });

  it('a container added to the spec since is read as new, and said so', () => {
    const pod = fixture('crash-loop-pod.yaml');
    pod.spec.containers.push({ name: 'metrics', image: 'prom/statsd-exporter:v0.26.1' });
    const read = readRecordedStatus(simPodFromSpec(pod.spec), recordedPod(pod)!);
    expect(read.ok && read.status.notes).toEqual([
      'The status does not list metrics: it starts as a new container.',
    ]);
  });

  it('a Pod whose containers are still being created: read, at its creation time', () => {
    const sim = simPodFromSpec({ containers: [{ name: 'app', image: 'nginx:1.27' }] });
    const read = readRecordedStatus(sim, {
      createdAt: '2024-05-06T10:00:00Z',
      status: {
        phase: 'Pending',
        containerStatuses: [{ name: 'app', state: { waiting: { reason: 'ContainerCreating' } } }],
      },
    });
    expect(read).toMatchObject({ ok: true, status: { time: 1, at: '2024-05-06T10:00:00Z' } });
    expect(
      readRecordedStatus(sim, {
        createdAt: null,
        status: { phase: 'Pending', containerStatuses: [{ name: 'app', state: { waiting: {} } }] },
      }),
    ).toEqual({
      ok: false,
      reason: 'The status records no time: nothing says when the Pod was where.',
    });
  });

  it('no status at all is nothing to start from', () => {
    expect(recordedPod({ kind: 'Pod', spec: {} })).toBeNull();
    expect(recordedPod({ kind: 'Pod', spec: {}, status: {} })).toBeNull();
  });
});
