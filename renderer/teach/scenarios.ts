import {
  BACKOFF_INITIAL_SECONDS,
  BACKOFF_MAX_SECONDS,
  BACKOFF_RESET_SECONDS,
  restartsOnExit,
  scenarioTarget,
  STEADY_RUN_SECONDS,
} from '../../shared';
import type { Scenario, ScenarioKind, SidecarExit, SimContainer, SimPod } from '../../shared';

/** The scenarios the simulation panel offers, in the order a lecture tells them. */
export const SCENARIOS: readonly { kind: ScenarioKind; label: string }[] = [
  { kind: 'healthy', label: 'Healthy start' },
  { kind: 'init-fails', label: 'Init container fails' },
  { kind: 'app-crash', label: 'App crashes (CrashLoopBackOff)' },
  { kind: 'liveness-failure', label: 'Liveness probe fails' },
  { kind: 'readiness-failure', label: 'Readiness probe fails' },
  { kind: 'oom-killed', label: 'Out of memory (OOMKilled)' },
  { kind: 'image-pull-error', label: 'Image cannot be pulled' },
  { kind: 'job-completes', label: 'Work completes' },
  { kind: 'deleted', label: 'Pod deleted (Terminating)' },
  { kind: 'node-lost', label: 'Node lost' },
];

/**
 * The panel's crash loop: after this many crashes (the back-off has waited its 5-minute cap
 * twice) the process stays up for 11 minutes, so the timeline shows the back-off's reset too.
 */
export const CRASHES_BEFORE_STEADY = 8;

/** The exit code of a process the kernel or kubelet kills with SIGKILL (128 + 9). */
const SIGKILL_EXIT = 137;

/** The kubelet's back-off between restarts, in the simulator's numbers: "10 s, 20 s, 40 s… up to 5 minutes". */
const BACK_OFF = `${[1, 2, 4].map((n) => `${n * BACKOFF_INITIAL_SECONDS} s`).join(', ')}… up to ${BACKOFF_MAX_SECONDS / 60} minutes`;

/**
 * What happens after the target ends with `exitCode`, as the Pod's restartPolicy (or a native
 * sidecar's own `restartPolicy: Always`) decides: the rule the simulator follows.
 */
function afterExit(target: SimContainer | null, exitCode: number, pod: SimPod, ended: string) {
  const kind = target?.kind ?? 'app';
  const policy = pod.restartPolicy;
  const again = `kubelet starts it again at once, then after ${BACK_OFF} (CrashLoopBackOff)`;
  if (kind === 'native-sidecar')
    return `As a native sidecar it has its own restartPolicy: Always, whatever the Pod’s: ${again}.`;
  if (kind === 'init')
    return restartsOnExit(kind, exitCode, policy)
      ? `With restartPolicy ${policy}, ${again}; the app containers wait until it exits 0.`
      : 'With restartPolicy Never it is not retried: the Pod fails, and the app containers never start.';
  if (restartsOnExit(kind, exitCode, policy)) return `With restartPolicy ${policy}, ${again}.`;
  return (
    `With restartPolicy Never it is not restarted: it stays Terminated (${ended}), and the Pod ` +
    'fails once none of its containers runs any more.'
  );
}

/**
 * The panel's words for a scenario on this Pod: what goes wrong and what Kubernetes does about
 * it, following the Pod's restartPolicy, the target's memory limit and probes, so that the text
 * says what the simulation then shows.
 */
export function scenarioHint(scenario: Scenario, pod: SimPod): string {
  const missing: string[] = [];
  const target = scenarioTarget(pod, scenario, missing);
  // Nothing to act on (no init container to fail, a name not in the Pod): the Pod runs healthy.
  if (missing[0] !== undefined) return missing[0];
  const name = target?.name;
  switch (scenario.kind) {
    case 'healthy':
      return 'Init containers run in order, each to completion; then the app containers start together.';
    case 'init-fails': {
      const subject = name ?? 'The init container';
      if (scenario.failures === 0) return `${subject} exits 0 at its first run: nothing fails.`;
      return `${subject} exits non-zero. ${afterExit(target, 1, pod, 'Error')}`;
    }
    case 'app-crash': {
      const crash = `${name ?? 'The container'}’s process exits with an error soon after each start. ${afterExit(target, 1, pod, 'Error')}`;
      const crashes = scenario.steadyAfterCrashes;
      if (crashes == null || !restartsOnExit(target?.kind ?? 'app', 1, pod.restartPolicy))
        return crash;
      return (
        `${crash} After ${crashes} crashes it stays up ${STEADY_RUN_SECONDS / 60} minutes: ` +
        `a container that ran ${BACKOFF_RESET_SECONDS / 60} minutes has its back-off reset, so ` +
        `its next crash is restarted at once, then after ${BACKOFF_INITIAL_SECONDS} s again.`
      );
    }
    case 'liveness-failure': {
      const subject = name ?? 'The container';
      if (target && !target.livenessProbe)
        return `${subject} hangs, but it has no livenessProbe: nothing notices, and it stays Running, stuck.`;
      const threshold = target?.livenessProbe?.failureThreshold ?? 3;
      return (
        `${subject} hangs; after ${threshold} failed liveness probes (its failureThreshold) ` +
        `kubelet stops it: SIGTERM, then SIGKILL once terminationGracePeriodSeconds have passed, ` +
        `which a hung process ends with (exit ${SIGKILL_EXIT}). ` +
        afterExit(target, SIGKILL_EXIT, pod, 'Error')
      );
    }
    case 'readiness-failure': {
      const subject = name ?? 'The container';
      if (target && !target.readinessProbe)
        return `${subject} stops being able to serve, but it has no readinessProbe: Kubernetes cannot tell, and Services keep sending it traffic.`;
      return `${subject} keeps running but fails its readiness probe: it is not ready, and the Pod leaves the Service endpoints until it passes again. Nothing is restarted.`;
    }
    case 'oom-killed': {
      const subject = name ?? 'The container';
      const killed = `OOMKilled, exit ${SIGKILL_EXIT}`;
      const cause =
        target?.memoryLimit && target.memoryLimitBytes !== null
          ? `${subject}’s memory use reaches its limit (${target.memoryLimit}): the kernel’s OOM killer kills the process (${killed}).`
          : `${subject} has no memory limit: it is OOM-killed only when the Node runs out of memory and the kernel’s OOM killer picks its process (by memory use and QoS class). This scenario plays that case: ${killed}.`;
      return `${cause} ${afterExit(target, SIGKILL_EXIT, pod, 'OOMKilled')}`;
    }
    case 'image-pull-error':
      return (
        `${target?.image || 'The image'} cannot be pulled: ErrImagePull, then ImagePullBackOff, ` +
        `retried after ${BACK_OFF}; no container that uses it is created.`
      );
    case 'deleted': {
      const grace = pod.terminationGracePeriodSeconds;
      const hooks = pod.containers.filter((c) => c.preStopSeconds !== null).map((c) => c.name);
      const sidecars = pod.containers.some((c) => c.kind === 'native-sidecar');
      return (
        `kubectl delete pod: the Pod is Terminating and leaves the Service’s endpoints; ` +
        (hooks.length > 0 ? `the preStop hook of ${hooks.join(', ')} runs, then ` : '') +
        `each app container gets SIGTERM, and SIGKILL if it still runs when the ` +
        `${grace}-second grace period ends` +
        (sidecars ? '; the native sidecars are stopped after the app containers, last first' : '') +
        '. Then the Pod is removed.'
      );
    }
    case 'node-lost':
      return (
        'The Node stops answering: the Pod keeps the status its kubelet last reported, since ' +
        'nobody can obtain the real one (the Unknown phase says so, but Kubernetes no longer ' +
        'sets it: the Node’s Ready condition becomes Unknown instead). After 50 s the Pod is ' +
        'marked not Ready and leaves the endpoints; 300 s later it is evicted, and stays ' +
        'Terminating until the Node comes back.'
      );
    case 'job-completes': {
      const who = name ? `${name} exits 0` : 'Every app container exits 0';
      if (pod.restartPolicy === 'Always')
        return `${who}, but restartPolicy Always starts ${name ? 'it' : 'them'} again: the Pod never Succeeds.`;
      const done = `${who}: with restartPolicy ${pod.restartPolicy} it is not restarted, and the Pod Succeeds once every app container has exited 0.`;
      if (!pod.containers.some((c) => c.kind === 'native-sidecar')) return done;
      return `${done} ${SIDECAR_ENDS[scenario.sidecarExit ?? 'zero']}`;
    }
  }
}

/** What the native sidecars do once the work is done, by how they answer SIGTERM. */
const SIDECAR_ENDS: Record<SidecarExit, string> = {
  zero: 'Then kubelet stops the native sidecars, last one first: SIGTERM, and each exits 0.',
  sigterm:
    'Then kubelet stops the native sidecars, last one first: SIGTERM ends each with exit code 143 (Error). Their exit codes do not count: the Pod still Succeeds.',
  sigkill:
    'Then kubelet stops the native sidecars, last one first, but they ignore SIGTERM: SIGKILL ends them when terminationGracePeriodSeconds have passed (exit code 137). Until then the Pod is Running; then it Succeeds, their exit codes ignored.',
};

/** The choices for how the native sidecars answer SIGTERM, in the panel's words. */
export const SIDECAR_EXITS: readonly { value: SidecarExit; label: string }[] = [
  { value: 'zero', label: 'Exit 0' },
  { value: 'sigterm', label: 'Killed by SIGTERM (143)' },
  { value: 'sigkill', label: 'Ignore it: SIGKILL at the grace period’s end (137)' },
];

export function scenarioLabel(kind: ScenarioKind): string {
  return SCENARIOS.find((s) => s.kind === kind)?.label ?? kind;
}

/** Which containers a scenario can target, or null when it targets none. */
export function targetRoles(kind: ScenarioKind): 'init' | 'app' | null {
  if (kind === 'healthy' || kind === 'deleted' || kind === 'node-lost') return null;
  return kind === 'init-fails' ? 'init' : 'app';
}

/** The one number a scenario can be tuned by, with the simulator's default. */
export interface ScenarioParameter {
  field: 'failures' | 'runSeconds' | 'afterSeconds';
  label: string;
  defaultValue: number;
  min: number;
}

const PARAMETERS: Partial<Record<ScenarioKind, ScenarioParameter>> = {
  'init-fails': {
    field: 'failures',
    label: 'Failed runs before it succeeds',
    defaultValue: 2,
    min: 0,
  },
  'app-crash': { field: 'runSeconds', label: 'Seconds each run lasts', defaultValue: 3, min: 1 },
  'liveness-failure': { field: 'afterSeconds', label: 'Hangs after (s)', defaultValue: 30, min: 0 },
  'readiness-failure': {
    field: 'afterSeconds',
    label: 'Stops being ready after (s)',
    defaultValue: 30,
    min: 0,
  },
  'oom-killed': {
    field: 'afterSeconds',
    label: 'Runs out of memory after (s)',
    defaultValue: 5,
    min: 0,
  },
  'job-completes': {
    field: 'runSeconds',
    label: 'Seconds the work takes',
    defaultValue: 5,
    min: 1,
  },
  deleted: { field: 'afterSeconds', label: 'Deleted after (s)', defaultValue: 20, min: 2 },
  'node-lost': { field: 'afterSeconds', label: 'Node lost after (s)', defaultValue: 20, min: 2 },
};

export function scenarioParameter(kind: ScenarioKind): ScenarioParameter | null {
  return PARAMETERS[kind] ?? null;
}

/**
 * A scenario of `kind`, aimed at `container` when one is chosen, tuned by `value` when given
 * (the simulator's default otherwise).
 */
export function makeScenario(
  kind: ScenarioKind,
  container: string | null,
  value: number | null = null,
  sidecarExit: SidecarExit = 'zero',
): Scenario {
  const scenario: Record<string, unknown> = { kind };
  if (kind !== 'healthy' && container !== null) scenario.container = container;
  if (kind === 'app-crash') scenario.steadyAfterCrashes = CRASHES_BEFORE_STEADY;
  if (kind === 'job-completes' && sidecarExit !== 'zero') scenario.sidecarExit = sidecarExit;
  const parameter = scenarioParameter(kind);
  if (parameter && value !== null && Number.isFinite(value) && value >= parameter.min)
    scenario[parameter.field] = Math.floor(value);
  return scenario as Scenario;
}

/** A stable key for a scenario, to memoise its simulation. */
export function scenarioKey(scenario: Scenario): string {
  return JSON.stringify(scenario);
}
