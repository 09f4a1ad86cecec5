import { Kubelet } from './kubelet';
import { podConditions, podPhase } from './pod-status';
import { compileScenario } from './scenario';
import type { Frame, Scenario, SimOptions, SimPod, Simulation } from './types';

export { PULL_SECONDS, FAILED_PULL_SECONDS } from './kubelet';

/** The scheduler binds the Pod one second after it is created. */
export const SCHEDULED_AT = 1;

/**
 * Run a Pod through a scenario, second by second, the way the scheduler and the kubelet would,
 * and return a frame for every second where the Pod's status changed or an event was recorded.
 * The Pod is created at 0 and scheduled at 1; the run stops at `durationSeconds` or as soon as
 * the Pod reaches Succeeded or Failed.
 */
export function simulate(pod: SimPod, scenario: Scenario, options: SimOptions = {}): Simulation {
  const podName = options.podName ?? 'pod';
  const namespace = options.namespace ?? 'default';
  const duration = Math.max(1, Math.floor(options.durationSeconds ?? 300));
  const script = compileScenario(pod, scenario);
  const kubelet = new Kubelet(pod, script, podName, namespace);
  const spec = pod.containers.map(({ name, kind }) => ({ name, kind }));
  const frames: Frame[] = [
    {
      time: 0,
      spec,
      events: [],
      phase: 'Pending',
      conditions: [],
      containers: [],
      inEndpoints: false,
    },
  ];
  if (!pod.containers.some((c) => c.kind === 'app'))
    script.notes.push('A Pod needs at least one container in `containers`; the API rejects it.');

  let previous = '';
  for (let t = SCHEDULED_AT; t <= duration; t++) {
    const seen = kubelet.events.length;
    if (t === SCHEDULED_AT) {
      const where = `${namespace}/${podName} to ${options.nodeName ?? 'node-1'}`;
      kubelet.emit(t, 'Normal', 'Scheduled', null, `Successfully assigned ${where}`);
    }
    kubelet.tick(t);
    const containers = kubelet.statuses();
    const phase = podPhase(containers, pod.restartPolicy, kubelet.terminal, kubelet.appStarted());
    const conditions = podConditions(containers, phase, kubelet.initialized);
    const inEndpoints =
      phase === 'Running' && conditions.some((c) => c.type === 'Ready' && c.status === 'True');
    const snapshot = JSON.stringify([phase, conditions, containers, inEndpoints]);
    const events = kubelet.events.slice(seen);
    if (snapshot !== previous || events.length > 0)
      frames.push({ time: t, spec, events, phase, conditions, containers, inEndpoints });
    previous = snapshot;
    if (kubelet.terminal) break;
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
