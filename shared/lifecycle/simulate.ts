import { Kubelet } from './kubelet';
import { podConditions, podPhase } from './pod-status';
import { insufficient } from './resources';
import { compileScenario } from './scenario';
import type { Frame, PodCondition, Scenario, SimOptions, SimPod, Simulation } from './types';

export { PULL_SECONDS, FAILED_PULL_SECONDS } from './kubelet';

/** The scheduler binds the Pod one second after it is created. */
export const SCHEDULED_AT = 1;
/** The node controller's `--node-monitor-grace-period` (50 s since Kubernetes 1.32). */
export const NODE_MONITOR_GRACE_SECONDS = 50;
/** The `tolerationSeconds` the DefaultTolerationSeconds admission plugin gives every Pod. */
export const UNREACHABLE_TOLERATION_SECONDS = 300;
/** When a scenario's event happens, unless it says: 20 s after the Pod was created. */
const EVENT_AT = 20;

/** The scheduler's words when no Node has room: the resources short, then preemption's verdict. */
export function unschedulableMessage(short: readonly string[]): string {
  const reasons = short.map((r) => `1 Insufficient ${r}`).join(', ');
  return (
    `0/1 nodes are available: ${reasons}. preemption: 0/1 nodes are available: ` +
    '1 No preemption victims found for incoming pod.'
  );
}

/**
 * Run a Pod through a scenario, second by second, the way the scheduler and the kubelet would,
 * and return a frame for every second where the Pod's status changed or an event was recorded.
 * The Pod is created at 0 and scheduled at 1; the run stops at `durationSeconds` or as soon as
 * the Pod reaches Succeeded or Failed (or, deleted, is gone).
 */
export function simulate(pod: SimPod, scenario: Scenario, options: SimOptions = {}): Simulation {
  const podName = options.podName ?? 'pod';
  const namespace = options.namespace ?? 'default';
  const { from } = options;
  // From a recorded status the scenario's times count from the record, not from creation.
  const origin = from ? from.time : 0;
  const eventAt =
    scenario.kind === 'deleted' || scenario.kind === 'node-lost'
      ? origin + Math.max(SCHEDULED_AT + 1, Math.floor(scenario.afterSeconds ?? EVENT_AT))
      : Infinity;
  const nodeNotReadyAt = eventAt + NODE_MONITOR_GRACE_SECONDS;
  const evictAt = nodeNotReadyAt + UNREACHABLE_TOLERATION_SECONDS;
  const lost = scenario.kind === 'node-lost';
  const duration =
    origin +
    Math.max(1, Math.floor(options.durationSeconds ?? 300), lost ? evictAt + 10 - origin : 0);
  const script = compileScenario(pod, scenario);
  const kubelet = new Kubelet(pod, script, podName, namespace);
  const spec = pod.containers.map(({ name, kind }) => ({ name, kind }));
  let deleting = false;
  const observe = (): Omit<Frame, 'time' | 'events'> => {
    const containers = kubelet.statuses();
    const phase = podPhase(containers, pod.restartPolicy, kubelet.terminal, kubelet.appStarted());
    const conditions = podConditions(containers, phase, kubelet.initialized);
    // A terminating Pod's endpoints are no longer ready: Services send it no new traffic.
    const inEndpoints =
      !deleting &&
      phase === 'Running' &&
      conditions.some((c) => c.type === 'Ready' && c.status === 'True');
    return { spec, phase, conditions, containers, inEndpoints, deleting, nodeReady: 'True' };
  };
  if (from) {
    kubelet.resume(from);
    script.notes.push(...from.notes);
  }
  const frames: Frame[] = [
    from
      ? { time: origin, events: [], ...observe() }
      : {
          time: 0,
          spec,
          events: [],
          phase: 'Pending',
          conditions: [],
          containers: [],
          inEndpoints: false,
        },
  ];
  if (from && frames[0]!.phase !== from.phase)
    script.notes.push(
      `The status says ${from.phase}; by the kubelet's rules these container states make ` +
        `${frames[0]!.phase}, and the simulation goes on from that.`,
    );
  if (!pod.containers.some((c) => c.kind === 'app'))
    script.notes.push('A Pod needs at least one container in `containers`; the API rejects it.');
  if (from && kubelet.terminal) return { frames, notes: script.notes };

  // A recorded Pod has been placed already; a new one may find no Node with room.
  const short = options.node && !from ? insufficient(pod, options.node) : [];
  if (short.length > 0) {
    // The Pod stays Pending, unscheduled: no kubelet ever hears of it.
    const message = unschedulableMessage(short);
    kubelet.emit(SCHEDULED_AT, 'Warning', 'FailedScheduling', null, message);
    const condition: PodCondition = {
      type: 'PodScheduled',
      status: 'False',
      reason: 'Unschedulable',
      message,
    };
    frames.push({
      ...frames[0]!,
      time: SCHEDULED_AT,
      events: kubelet.events,
      conditions: [condition],
    });
    return { frames, notes: script.notes };
  }

  let nodeReady: 'True' | 'Unknown' = 'True';
  let extra: PodCondition[] = [];
  let last: Omit<Frame, 'time' | 'events'> | null = from ? observe() : null;
  let previous = last ? JSON.stringify(last) : '';
  for (let t = from ? origin + 1 : SCHEDULED_AT; t <= duration; t++) {
    const seen = kubelet.events.length;
    if (t === SCHEDULED_AT && !from) {
      const where = `${namespace}/${podName} to ${options.nodeName ?? 'node-1'}`;
      kubelet.emit(t, 'Normal', 'Scheduled', null, `Successfully assigned ${where}`);
    }
    if (scenario.kind === 'deleted' && t === eventAt) {
      deleting = true;
      kubelet.delete(t, scenario.shutdownSeconds === undefined ? 3 : scenario.shutdownSeconds);
    }
    let frame: Omit<Frame, 'time' | 'events'>;
    if (lost && t >= eventAt && last) {
      // The kubelet no longer reports: the API keeps its last status, and the control plane acts.
      if (t === nodeNotReadyAt) {
        nodeReady = 'Unknown';
        kubelet.emit(t, 'Warning', 'NodeNotReady', null, 'Node is not ready');
      }
      if (t === evictAt) {
        deleting = true;
        const target = `${namespace}/${podName}`;
        kubelet.emit(
          t,
          'Normal',
          'TaintManagerEviction',
          null,
          `Marking for deletion Pod ${target}`,
        );
        extra = [
          {
            type: 'DisruptionTarget',
            status: 'True',
            reason: 'DeletionByTaintManager',
            message: 'Taint manager: deleting due to NoExecute taint',
          },
        ];
      }
      const notReady = nodeReady === 'Unknown';
      frame = {
        ...last,
        nodeReady,
        deleting,
        conditions: [
          ...last.conditions.map((c) =>
            c.type === 'Ready' && notReady ? { type: c.type, status: 'False' as const } : c,
          ),
          ...extra,
        ],
        inEndpoints: last.inEndpoints && !notReady,
      };
    } else {
      kubelet.tick(t);
      frame = observe();
      last = frame;
    }
    const snapshot = JSON.stringify(frame);
    const events = kubelet.events.slice(seen);
    if (snapshot !== previous || events.length > 0) frames.push({ time: t, events, ...frame });
    previous = snapshot;
    if (lost && t >= evictAt) break;
    if (kubelet.terminal) {
      // Deleted: once its containers have stopped, the kubelet removes the Pod from the API.
      if (deleting) frames.push({ ...frame, time: t + 1, events: [], deleted: true });
      break;
    }
  }
  return { frames, notes: script.notes };
}

/** The Pod's status at any second: the last frame at or before `time`, moved to `time`. */
export function frameAt(simulation: Simulation, time: number): Frame {
  let found = simulation.frames[0];
  for (const frame of simulation.frames) if (frame.time <= time) found = frame;
  if (!found) throw new Error('A simulation always has a first frame.');
  return {
    ...found,
    time: Math.max(time, found.time),
    events: found.time === time ? found.events : [],
  };
}
