import type { Scenario, ScenarioKind } from '../../shared';

/** The scenarios the simulation panel offers, in the order a lecture tells them. */
export const SCENARIOS: readonly { kind: ScenarioKind; label: string; hint: string }[] = [
  {
    kind: 'healthy',
    label: 'Healthy start',
    hint: 'Init containers run in order, each to completion; then the app containers start together.',
  },
  {
    kind: 'init-fails',
    label: 'Init container fails',
    hint: 'The init container exits non-zero and is restarted with back-off; the app never starts until it succeeds.',
  },
  {
    kind: 'app-crash',
    label: 'App crashes (CrashLoopBackOff)',
    hint: 'The process exits soon after each start; kubelet restarts it after 10 s, 20 s, 40 s… up to 5 minutes.',
  },
  {
    kind: 'liveness-failure',
    label: 'Liveness probe fails',
    hint: 'The process hangs; after failureThreshold failed probes kubelet kills and restarts it.',
  },
  {
    kind: 'readiness-failure',
    label: 'Readiness probe fails',
    hint: 'The container keeps running but is not ready: the Pod leaves the Service endpoints.',
  },
  {
    kind: 'oom-killed',
    label: 'Out of memory (OOMKilled)',
    hint: 'Memory use crosses the limit; the kernel kills the process and kubelet restarts it.',
  },
  {
    kind: 'image-pull-error',
    label: 'Image cannot be pulled',
    hint: 'ErrImagePull, then ImagePullBackOff: the container is never created.',
  },
  {
    kind: 'job-completes',
    label: 'Work completes',
    hint: 'Every app container exits 0: with restartPolicy OnFailure or Never the Pod Succeeds.',
  },
];

export function scenarioLabel(kind: ScenarioKind): string {
  return SCENARIOS.find((s) => s.kind === kind)?.label ?? kind;
}

/** Which containers a scenario can target, or null when it targets none. */
export function targetRoles(kind: ScenarioKind): 'init' | 'app' | null {
  if (kind === 'healthy') return null;
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
): Scenario {
  const scenario: Record<string, unknown> = { kind };
  if (kind !== 'healthy' && container !== null) scenario.container = container;
  const parameter = scenarioParameter(kind);
  if (parameter && value !== null && Number.isFinite(value) && value >= parameter.min)
    scenario[parameter.field] = Math.floor(value);
  return scenario as Scenario;
}

/** A stable key for a scenario, to memoise its simulation. */
export function scenarioKey(scenario: Scenario): string {
  return JSON.stringify(scenario);
}
