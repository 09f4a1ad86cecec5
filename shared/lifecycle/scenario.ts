import type { SidecarExit } from './termination';
import type { Scenario, SimContainer, SimPod } from './types';

/** How one run of a container ends, or null when it runs until stopped. */
export interface Outcome {
  after: number;
  exitCode: number;
  reason: 'Completed' | 'Error' | 'OOMKilled';
}

/** Seconds a plain init container works before exiting 0 (a migration, a config render). */
export const INIT_RUN_SECONDS = 3;
/** Seconds a failing init container runs before exiting non-zero. */
export const INIT_FAIL_SECONDS = 2;
/** The long run of a crash loop that recovers for a while: 11 minutes, past the back-off's reset. */
export const STEADY_RUN_SECONDS = 660;

/** The scenario, resolved against a Pod: its target and what each run of a container does. */
export interface Script {
  target: SimContainer | null;
  notes: string[];
  /** How run number `run` (0-based) of `container` ends. */
  outcome(container: SimContainer, run: number): Outcome | null;
  /** Whether the process answers probes of this kind `age` seconds into a run. */
  answers(
    container: SimContainer,
    kind: 'startup' | 'liveness' | 'readiness',
    age: number,
  ): boolean;
  /** Whether the process stopped answering altogether (probes time out) rather than saying no. */
  hung(container: SimContainer, age: number): boolean;
  /** The image that cannot be pulled, or null. */
  failingImage: string | null;
  /** How native sidecars end when the kubelet stops them at the Pod's end. */
  sidecarExit: SidecarExit;
}

/**
 * The container a scenario acts on: the one it names, else the first plain init container
 * (`init-fails`) or the first app container (the others; `job-completes` then acts on every app
 * container and has none). Null when there is none; `notes` then says why.
 */
export function scenarioTarget(
  pod: SimPod,
  scenario: Scenario,
  notes: string[] = [],
): SimContainer | null {
  if (scenario.kind === 'healthy' || scenario.kind === 'deleted' || scenario.kind === 'node-lost')
    return null;
  const wanted = 'container' in scenario ? scenario.container : undefined;
  if (wanted !== undefined) {
    const found = pod.containers.find((c) => c.name === wanted) ?? null;
    if (!found) notes.push(`No container is named "${wanted}": the Pod runs as if healthy.`);
    return found;
  }
  if (scenario.kind === 'job-completes') return null;
  if (scenario.kind === 'init-fails') {
    const init = pod.containers.find((c) => c.kind === 'init') ?? null;
    if (!init) notes.push('This Pod has no init container: the Pod runs as if healthy.');
    return init;
  }
  const app = pod.containers.find((c) => c.kind === 'app') ?? null;
  if (!app) notes.push('This Pod has no app container to target.');
  return app;
}

function whole(value: number | undefined, fallback: number, min: number): number {
  return value !== undefined && Number.isFinite(value) && value >= min
    ? Math.floor(value)
    : fallback;
}

export function compileScenario(pod: SimPod, scenario: Scenario): Script {
  const notes: string[] = [];
  const target = scenarioTarget(pod, scenario, notes);
  const isTarget = (c: SimContainer): boolean => target !== null && c.name === target.name;
  const apps = pod.containers.filter((c) => c.kind === 'app');

  const base: Script = {
    target,
    notes,
    failingImage: null,
    sidecarExit: 'zero',
    outcome: (c) =>
      c.kind === 'init' ? { after: INIT_RUN_SECONDS, exitCode: 0, reason: 'Completed' } : null,
    answers: () => true,
    hung: () => false,
  };

  switch (scenario.kind) {
    case 'healthy':
      return base;
    case 'init-fails': {
      if (target && target.kind !== 'init') {
        notes.push(`${target.name} is not a plain init container: it does not run to completion.`);
        return base;
      }
      const failures = whole(scenario.failures, 2, 0);
      const exitCode = whole(scenario.exitCode, 1, 1);
      if (target && pod.restartPolicy === 'Never')
        notes.push(
          'With restartPolicy Never a failed init container is not retried: the Pod fails at once.',
        );
      return {
        ...base,
        outcome: (c, run) =>
          isTarget(c) && run < failures
            ? { after: INIT_FAIL_SECONDS, exitCode, reason: 'Error' }
            : base.outcome(c, run),
      };
    }
    case 'app-crash':
    case 'oom-killed': {
      const oom = scenario.kind === 'oom-killed';
      const after = whole(oom ? scenario.afterSeconds : scenario.runSeconds, oom ? 5 : 3, 1);
      const exitCode = oom ? 137 : whole(scenario.exitCode, 1, 1);
      const steady =
        !oom && scenario.steadyAfterCrashes != null
          ? whole(scenario.steadyAfterCrashes, -1, 0)
          : -1;
      if (oom && target && target.memoryLimitBytes === null)
        notes.push(
          `${target.name} has no memory limit (unless a LimitRange in its namespace sets a ` +
            'default one): a leak in it grows until the Node runs short of memory, and then the ' +
            'kernel’s OOM killer or kubelet’s eviction may hit other Pods too. Set ' +
            'resources.limits.memory.',
        );
      return {
        ...base,
        outcome: (c, run) =>
          isTarget(c)
            ? {
                after: run === steady ? STEADY_RUN_SECONDS : after,
                exitCode,
                reason: oom ? 'OOMKilled' : 'Error',
              }
            : base.outcome(c, run),
      };
    }
    case 'liveness-failure': {
      const after = whole(scenario.afterSeconds, 30, 0);
      if (target?.kind === 'init')
        notes.push(`${target.name} is a plain init container: Kubernetes runs no probes on it.`);
      else if (target && !target.livenessProbe)
        notes.push(
          `${target.name} has no livenessProbe: when it hangs nothing restarts it; it keeps ` +
            'running, stuck, for ever.',
        );
      const hung = (c: SimContainer, age: number): boolean => isTarget(c) && age >= after;
      return { ...base, hung, answers: (c, _kind, age) => !hung(c, age) };
    }
    case 'readiness-failure': {
      const after = whole(scenario.afterSeconds, 30, 0);
      const span = scenario.forSeconds === null ? null : whole(scenario.forSeconds, 60, 1);
      if (target?.kind === 'init')
        notes.push(`${target.name} is a plain init container: Kubernetes runs no probes on it.`);
      else if (target && !target.readinessProbe)
        notes.push(
          `${target.name} has no readinessProbe: Kubernetes cannot tell it is unable to serve ` +
            'and keeps sending it traffic.',
        );
      return {
        ...base,
        answers: (c, kind, age) =>
          !(
            isTarget(c) &&
            kind === 'readiness' &&
            age >= after &&
            (span === null || age < after + span)
          ),
      };
    }
    case 'image-pull-error': {
      if (!target) return base;
      const sharing = pod.containers.filter(
        (c) => c.image === target.image && c.name !== target.name,
      );
      if (sharing.length > 0)
        notes.push(
          `${sharing.map((c) => c.name).join(', ')} use${sharing.length === 1 ? 's' : ''} the ` +
            `same image (${target.image}), so ${sharing.length === 1 ? 'it fails' : 'they fail'} to pull too.`,
        );
      return { ...base, failingImage: target.image };
    }
    case 'deleted':
      if (scenario.shutdownSeconds === null)
        notes.push(
          'The app ignores SIGTERM: it runs on until the grace period ends and SIGKILL stops it ' +
            '(exit code 137).',
        );
      return base;
    case 'node-lost':
      return base;
    case 'job-completes': {
      const after = whole(scenario.runSeconds, 5, 1);
      const finishing = target ? [target] : apps;
      if (pod.restartPolicy === 'Always')
        notes.push(
          'restartPolicy Always restarts containers even when they exit 0, so this Pod never ' +
            'completes. Run-to-completion work wants OnFailure or Never.',
        );
      const running = apps.filter((c) => !finishing.includes(c));
      if (running.length > 0)
        notes.push(
          `${running.map((c) => c.name).join(', ')} keep${running.length === 1 ? 's' : ''} ` +
            'running, so the Pod never completes. A native sidecar (an init container with ' +
            'restartPolicy: Always) is stopped once the app containers are done.',
        );
      return {
        ...base,
        sidecarExit: scenario.sidecarExit ?? 'zero',
        outcome: (c, run) =>
          finishing.includes(c)
            ? { after, exitCode: 0, reason: 'Completed' }
            : base.outcome(c, run),
      };
    }
  }
}
