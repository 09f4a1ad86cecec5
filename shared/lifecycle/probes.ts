import { probeFailure, type ProbeKind } from './messages';
import type { Runner } from './runner';
import type { Script } from './scenario';
import type { SimProbe } from './types';

export interface ProbeEffects {
  /** Record a Warning Unhealthy event for the container. */
  unhealthy(message: string): void;
  /** The kubelet kills the container after a failed liveness or startup probe. */
  kill(kind: ProbeKind): void;
}

/**
 * The kubelet's probe workers for one running container at second `t`. Each probe runs every
 * `periodSeconds` from `initialDelaySeconds` after the container started. Until the startup
 * probe succeeds, liveness and readiness do not run; a container without a readiness probe is
 * ready as soon as it has started.
 */
export function runProbes(r: Runner, t: number, script: Script, effects: ProbeEffects): void {
  const age = t - r.runStartedAt;
  const { startupProbe, livenessProbe, readinessProbe } = r.spec;
  const due = (p: SimProbe | null): p is SimProbe =>
    p !== null &&
    age >= p.initialDelaySeconds &&
    (age - p.initialDelaySeconds) % p.periodSeconds === 0;
  const fail = (kind: ProbeKind, p: SimProbe): boolean => {
    r.failures[kind]++;
    effects.unhealthy(probeFailure(kind, p, script.hung(r.spec, age)));
    return r.failures[kind] >= p.failureThreshold;
  };

  if (!r.started) {
    if (!due(startupProbe)) return;
    if (script.answers(r.spec, 'startup', age)) {
      r.started = true;
      r.ready = readinessProbe === null;
    } else if (fail('startup', startupProbe)) effects.kill('startup');
    return;
  }
  if (due(livenessProbe)) {
    if (script.answers(r.spec, 'liveness', age)) r.failures.liveness = 0;
    else if (fail('liveness', livenessProbe)) {
      effects.kill('liveness');
      return;
    }
  }
  if (due(readinessProbe)) {
    if (script.answers(r.spec, 'readiness', age)) {
      r.failures.readiness = 0;
      r.successes++;
      if (r.successes >= readinessProbe.successThreshold) r.ready = true;
    } else {
      r.successes = 0;
      if (fail('readiness', readinessProbe)) r.ready = false;
    }
  }
}
