import { asArray, asObject } from '../context';
import type { Rule } from '../context';
import { designed, isLongRunning } from './shared';

/** A liveness delay from which a container counts as a slow starter. */
export const SLOW_START_SECONDS = 30;

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

const noReadinessProbe: Rule = {
  id: 'lint/no-readiness-probe',
  severity: 'warning',
  title: 'Serving container without a readinessProbe',
  explanation:
    'The readinessProbe answers "is this container ready to serve traffic?". Without it, the Pod receives traffic as soon as the process starts, before it has warmed up, and during a rolling update the old Pod is stopped before the new one can really serve: failed requests during every deploy.',
  check(ctx, report) {
    for (const c of designed(ctx)) {
      if (c.role === 'native-sidecar' || !isLongRunning(ctx, c)) continue;
      if (asArray(c.data.ports).length === 0 || c.data.readinessProbe !== undefined) continue;
      report({
        path: [...c.path, 'name'],
        at: 'key',
        message: `Container "${c.name}" serves ports but has no readinessProbe.`,
      });
    }
  },
};

const livenessEqualsReadiness: Rule = {
  id: 'lint/liveness-equals-readiness',
  severity: 'warning',
  title: 'Liveness probe identical to readiness probe',
  explanation:
    'Liveness asks "is it stuck forever?" and restarts the container; readiness asks "can it serve right now?" and only stops traffic. With the same probe, a container that is briefly busy or waiting on a dependency is killed instead of being taken out of rotation: check liveness less often, with more tolerance, or against a cheaper endpoint.',
  check(ctx, report) {
    for (const c of designed(ctx)) {
      const liveness = c.data.livenessProbe;
      if (liveness === undefined || !sameValue(liveness, c.data.readinessProbe)) continue;
      report({
        path: [...c.path, 'livenessProbe'],
        at: 'key',
        message: `Container "${c.name}" uses the same probe for liveness and readiness.`,
      });
    }
  },
};

const slowStartWithoutStartupProbe: Rule = {
  id: 'lint/slow-start-without-startup-probe',
  severity: 'warning',
  title: 'Slow starter without a startupProbe',
  explanation:
    'A long `initialDelaySeconds` on the liveness probe guesses how slow the start is: too short and the container is restarted in a loop, too long and a real deadlock goes unnoticed for that long after every restart. A startupProbe is made for slow starters (JVM apps, model loading): while it runs, liveness and readiness are held off.',
  check(ctx, report) {
    for (const c of designed(ctx)) {
      if (c.data.startupProbe !== undefined) continue;
      for (const probe of ['livenessProbe', 'readinessProbe'] as const) {
        const delay = asObject(c.data[probe])?.initialDelaySeconds;
        if (typeof delay !== 'number' || delay < SLOW_START_SECONDS) continue;
        report({
          path: [...c.path, probe, 'initialDelaySeconds'],
          message: `Container "${c.name}" waits ${delay}s before its ${probe}: use a startupProbe instead.`,
        });
        break;
      }
    }
  },
};

export const PROBE_RULES: readonly Rule[] = [
  noReadinessProbe,
  livenessEqualsReadiness,
  slowStartWithoutStartupProbe,
];
