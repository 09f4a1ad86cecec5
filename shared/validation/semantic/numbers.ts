import type { PathKey } from '../../manifest/nodes';
import { PROBES } from '../../manifest/references';
import { asArray, asObject } from '../context';
import type { JsonObject, Rule, RuleContext } from '../context';
import { setAt } from '../fixes';
import { NO_DEADLINE_KINDS } from './workload';

/** The largest user, group or deadline the API takes (math.MaxInt32). */
const MAX_INT32 = 2147483647;

/** A number field the API server keeps within a range, and what leaving it out means. */
interface Bounded {
  path: PathKey[];
  /** The field's name, as messages give it (`supplementalGroups` for one of its items). */
  name: string;
  value: number;
  /** "The readinessProbe of "app"", "The Deployment": whose field it is. */
  whose: string;
  min: number;
  max?: number;
  /** What the field becomes when it is left out ("the default, 10"), for the fix. */
  without?: string;
}

/** Probe fields, ValidateNonnegativeField each (validateProbe): 0 takes the default. */
const PROBE_DEFAULTS: Readonly<Record<string, string>> = {
  initialDelaySeconds: 'no delay',
  timeoutSeconds: 'the default, 1 second',
  periodSeconds: 'the default, 10 seconds',
  successThreshold: 'the default, 1',
  failureThreshold: 'the default, 3',
};

/**
 * The workload's own counts and durations that ValidateNonnegativeField checks (apps and batch
 * validation), by kind, with what leaving each out means.
 */
const WORKLOAD_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Deployment: {
    replicas: 'the default, 1',
    minReadySeconds: 'the default, 0',
    revisionHistoryLimit: 'the default, 10',
    progressDeadlineSeconds: 'the default, 600',
  },
  ReplicaSet: { replicas: 'the default, 1', minReadySeconds: 'the default, 0' },
  ReplicationController: { replicas: 'the default, 1', minReadySeconds: 'the default, 0' },
  StatefulSet: { replicas: 'the default, 1', minReadySeconds: 'the default, 0' },
  DaemonSet: { minReadySeconds: 'the default, 0', revisionHistoryLimit: 'the default, 10' },
  CronJob: {
    startingDeadlineSeconds: 'no deadline',
    successfulJobsHistoryLimit: 'the default, 3',
    failedJobsHistoryLimit: 'the default, 1',
  },
};

/** A Job's own counts and durations (validateJobSpec), also under a CronJob's jobTemplate. */
const JOB_FIELDS: Readonly<Record<string, string>> = {
  parallelism: 'the default, 1',
  completions: 'the default, 1',
  activeDeadlineSeconds: 'no deadline',
  backoffLimit: 'the default, 6',
  ttlSecondsAfterFinished: 'kept until deleted',
  backoffLimitPerIndex: 'no limit per index',
  maxFailedIndexes: 'no limit',
};

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** Each bounded field of the manifest that holds a whole number. */
function boundedFields(ctx: RuleContext): Bounded[] {
  const out: Bounded[] = [];
  const add = (
    at: PathKey[],
    data: JsonObject | null,
    field: string,
    whose: string,
    min: number,
    max?: number,
    without?: string,
  ) => {
    const value = data?.[field];
    if (isInteger(value))
      out.push({ path: [...at, field], name: field, value, whose, min, max, without });
  };

  const kind = ctx.kind;
  const spec = asObject(ctx.root.spec);
  const own = WORKLOAD_FIELDS[kind] ?? {};
  for (const [field, without] of Object.entries(own)) {
    add(['spec'], spec, field, `The ${kind}`, 0, undefined, without);
  }
  const jobSpecs: [PathKey[], JsonObject | null, string][] =
    kind === 'Job'
      ? [[['spec'], spec, 'The Job']]
      : kind === 'CronJob'
        ? [
            [
              ['spec', 'jobTemplate', 'spec'],
              asObject(asObject(spec?.jobTemplate)?.spec),
              "The CronJob's Job template",
            ],
          ]
        : [];
  for (const [at, data, whose] of jobSpecs) {
    for (const [field, without] of Object.entries(JOB_FIELDS)) {
      add(at, data, field, whose, 0, undefined, without);
    }
  }

  // The Pod spec: activeDeadlineSeconds (1 to MaxInt32, ValidatePodSpec) and user and group IDs
  // (IsValidUserID, IsValidGroupID: 0 to MaxInt32).
  const pod = ctx.kind === 'Pod' ? 'The Pod' : `The ${ctx.kind}'s Pod template`;
  // A template that may not have it at all is pod/active-deadline-for-workload's.
  if (!NO_DEADLINE_KINDS[ctx.kind]) {
    add([...ctx.specPath], ctx.spec, 'activeDeadlineSeconds', pod, 1, MAX_INT32, 'no deadline');
  }
  const podSecurity = asObject(ctx.spec.securityContext);
  const podSecurityPath = [...ctx.specPath, 'securityContext'];
  for (const field of ['runAsUser', 'runAsGroup', 'fsGroup']) {
    add(podSecurityPath, podSecurity, field, `${pod}'s securityContext`, 0, MAX_INT32);
  }
  asArray(podSecurity?.supplementalGroups).forEach((gid, index) => {
    if (!isInteger(gid)) return;
    out.push({
      path: [...podSecurityPath, 'supplementalGroups', index],
      name: 'supplementalGroups',
      value: gid,
      whose: `${pod}'s securityContext`,
      min: 0,
      max: MAX_INT32,
    });
  });

  for (const c of ctx.containers) {
    const security = asObject(c.data.securityContext);
    for (const field of ['runAsUser', 'runAsGroup']) {
      add([...c.path, 'securityContext'], security, field, `Container "${c.name}"`, 0, MAX_INT32);
    }
    for (const probe of PROBES) {
      const body = asObject(c.data[probe]);
      if (!body) continue;
      const whose = `The ${probe} of "${c.name}"`;
      for (const [field, without] of Object.entries(PROBE_DEFAULTS)) {
        // A liveness or startup probe's successThreshold other than 1 is
        // pod/probe-success-threshold's.
        if (field === 'successThreshold' && probe !== 'readinessProbe') continue;
        add([...c.path, probe], body, field, whose, 0, undefined, without);
      }
      // "must be greater than 0" (validateProbe); left out, the Pod's grace period applies. On a
      // readiness probe it is refused at any value: pod/probe-grace-period's.
      if (probe === 'readinessProbe') continue;
      add(
        [...c.path, probe],
        body,
        'terminationGracePeriodSeconds',
        whose,
        1,
        undefined,
        "the Pod's terminationGracePeriodSeconds",
      );
    }
  }
  return out;
}

/** "0 or more", "at least 1", "between 0 and 2147483647". */
function rangeText(min: number, max?: number): string {
  if (max !== undefined) return `between ${min} and ${max}`;
  return min === 0 ? '0 or more' : `at least ${min}`;
}

const numberOutOfRange: Rule = {
  id: 'pod/number-out-of-range',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'A count, duration or ID out of its range',
  explanation:
    "Counts and durations cannot be negative: the API server refuses a negative `replicas`, `backoffLimit`, `minReadySeconds` or probe `periodSeconds`, `timeoutSeconds`, `failureThreshold`… (for a probe, 0 means the default). A user or group ID (`runAsUser`, `runAsGroup`, `fsGroup`, `supplementalGroups`) is between 0 and 2147483647. A Pod's `activeDeadlineSeconds` and a probe's `terminationGracePeriodSeconds` must be at least 1: to have no deadline, or the Pod's grace period, leave the field out.",
  check(ctx, report) {
    for (const field of boundedFields(ctx)) {
      const { value, min, max, without } = field;
      if (value >= min && (max === undefined || value <= max)) continue;
      report({
        path: field.path,
        message: `${field.whose} has ${field.name} ${value}: it must be ${rangeText(min, max)}${without ? ` (leave it out for ${without})` : ''}.`,
        fix: without
          ? setAt(field.path, undefined, `Remove ${field.name} (${without})`)
          : undefined,
      });
    }
  },
};

const negativeGracePeriod: Rule = {
  id: 'pod/negative-grace-period',
  severity: 'warning',
  title: 'Negative terminationGracePeriodSeconds',
  explanation:
    '`terminationGracePeriodSeconds` is how long the kubelet waits, after sending SIGTERM, before it kills the containers (30 seconds by default; 0 kills them at once). A negative value is invalid, but for compatibility the API server keeps it, with the warning "must be >= 0; negative values are invalid and will be treated as 1", which `kubectl apply` prints: the containers get one second. Write the grace period you mean.',
  check(ctx, report) {
    const value = ctx.spec.terminationGracePeriodSeconds;
    if (typeof value !== 'number' || value >= 0) return;
    const path = [...ctx.specPath, 'terminationGracePeriodSeconds'];
    report({
      path,
      message: `${ctx.kind === 'Pod' ? "The Pod's" : `The ${ctx.kind}'s Pod template's`} terminationGracePeriodSeconds is ${value}: a negative grace period is treated as 1 second.`,
      fix: setAt(path, undefined, 'Remove it (the default, 30 seconds)'),
    });
  },
};

export const NUMBER_RULES: readonly Rule[] = [numberOutOfRange, negativeGracePeriod];
