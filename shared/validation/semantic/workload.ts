import { asObject, asString } from '../context';
import type { JsonObject, Rule, RuleContext } from '../context';
import type { WorkloadKind } from '../../manifest/types';
import { portsOf } from './ports';
import { setAt } from '../fixes';
import { portNameProblem } from '../names';
import { yaml11Numbers } from '../schema/yaml11';
import { PROBES, portReferences } from '../../manifest/references';

const JOB_KINDS = new Set(['Job', 'CronJob']);

/** The Job spec of a Job, or of a CronJob's jobTemplate; null for other kinds. */
function jobSpecOf(ctx: RuleContext): JsonObject | null {
  const spec = asObject(ctx.root.spec);
  if (ctx.kind === 'Job') return spec;
  if (ctx.kind === 'CronJob') return asObject(asObject(spec?.jobTemplate)?.spec);
  return null;
}

const podFailurePolicyRestart: Rule = {
  id: 'pod/pod-failure-policy-restart',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'podFailurePolicy with restartPolicy OnFailure',
  explanation:
    'A Job\'s `podFailurePolicy` decides what a failed Pod means (fail the Job, ignore the failure, count it) from how its containers ended. With `restartPolicy: OnFailure` the kubelet restarts a failed container in place and the Pod does not fail, so the policy would see nothing: the API server takes a podFailurePolicy only with `restartPolicy: Never` ("only "Never" is supported when podFailurePolicy is specified").',
  check(ctx, report) {
    const job = jobSpecOf(ctx);
    // `null` is no policy: the API server decodes it as nil.
    if (job?.podFailurePolicy == null || ctx.spec.restartPolicy !== 'OnFailure') return;
    const at = ctx.kind === 'Job' ? ['spec'] : ['spec', 'jobTemplate', 'spec'];
    report({
      path: [...ctx.specPath, 'restartPolicy'],
      message: `The ${ctx.kind} has a podFailurePolicy, which needs restartPolicy Never: with OnFailure a failed container restarts in place, and the policy never sees it fail.`,
      fix: {
        title: 'Set restartPolicy: Never',
        edits: [
          {
            type: 'setField',
            target: { pod: true },
            path: ['spec', 'restartPolicy'],
            value: 'Never',
          },
        ],
      },
      moreFixes: [setAt([...at, 'podFailurePolicy'], undefined, 'Remove the podFailurePolicy')],
    });
  },
};

const restartPolicyForWorkload: Rule = {
  id: 'pod/restart-policy-for-workload',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'restartPolicy does not fit the workload',
  explanation:
    "`restartPolicy` is Always for long-running services (the default), OnFailure or Never for jobs. A Job's Pods must finish, so a Job or CronJob requires OnFailure or Never; a Deployment, ReplicaSet, StatefulSet or DaemonSet keeps its Pods running and accepts only Always.",
  check(ctx, report) {
    if (ctx.kind === 'Pod') return;
    const policy = ctx.spec.restartPolicy;
    const path = [...ctx.specPath, 'restartPolicy'];
    if (JOB_KINDS.has(ctx.kind)) {
      if (policy === 'OnFailure' || policy === 'Never') return;
      // A podFailurePolicy takes only Never (pod/pod-failure-policy-restart).
      const never = jobSpecOf(ctx)?.podFailurePolicy != null;
      const value = never ? 'Never' : 'OnFailure';
      report({
        path: policy === undefined ? ctx.specPath : path,
        message:
          policy === undefined
            ? `A ${ctx.kind}'s Pod template needs \`restartPolicy: OnFailure\` or \`Never\` (the default, Always, is not allowed).`
            : `A ${ctx.kind}'s Pods run to completion: \`restartPolicy\` must be OnFailure or Never, not ${String(policy)}.`,
        fix: {
          title: `Set restartPolicy: ${value}`,
          edits: [
            {
              type: 'setField',
              target: { pod: true },
              path: ['spec', 'restartPolicy'],
              value,
            },
          ],
        },
      });
      return;
    }
    if (policy === undefined || policy === 'Always' || typeof policy !== 'string') return;
    report({
      path,
      message: `A ${ctx.kind} keeps its Pods running: \`restartPolicy\` must be Always, not ${policy}.`,
      fix: {
        title: 'Set restartPolicy: Always',
        edits: [
          {
            type: 'setField',
            target: { pod: true },
            path: ['spec', 'restartPolicy'],
            value: 'Always',
          },
        ],
      },
    });
  },
};

/**
 * The kinds whose Pod template the API server refuses `activeDeadlineSeconds` in, with the kind
 * its message names: ValidatePodTemplateSpecForReplicaSet (apps validation, for a Deployment too),
 * ValidateStatefulSetSpec, ValidateDaemonSetSpec, and ValidatePodTemplateSpecForRC (core).
 */
export const NO_DEADLINE_KINDS: Readonly<Partial<Record<WorkloadKind, string>>> = {
  Deployment: 'ReplicaSet',
  ReplicaSet: 'ReplicaSet',
  StatefulSet: 'StatefulSet',
  DaemonSet: 'DaemonSet',
  ReplicationController: 'ReplicationController',
};

const activeDeadlineForWorkload: Rule = {
  id: 'pod/active-deadline-for-workload',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'activeDeadlineSeconds in a Pod template that keeps running',
  explanation:
    '`activeDeadlineSeconds` is how long a Pod may run before the kubelet stops it and marks it Failed (DeadlineExceeded): a bound for Pods meant to finish, as a Job\'s are. A Deployment, ReplicaSet, StatefulSet, DaemonSet or ReplicationController keeps its Pods running and replaces any that end, so the API server refuses the field in their Pod template ("activeDeadlineSeconds in ReplicaSet is not Supported"). A Pod, a Job and a CronJob take it; to bound a whole Job, use the Job\'s own `spec.activeDeadlineSeconds`.',
  check(ctx, report) {
    const refusing = NO_DEADLINE_KINDS[ctx.kind];
    // `null` is no value: the API server decodes it as nil.
    if (!refusing || ctx.spec.activeDeadlineSeconds == null) return;
    const path = [...ctx.specPath, 'activeDeadlineSeconds'];
    report({
      path,
      at: 'key',
      message: `A ${ctx.kind} keeps its Pods running, so its Pod template cannot have activeDeadlineSeconds: the API server refuses it ("activeDeadlineSeconds in ${refusing} is not Supported"). To bound how long a Pod runs, use a Job.`,
      fix: setAt(path, undefined, 'Remove activeDeadlineSeconds'),
    });
  },
};

const unknownProbePort: Rule = {
  id: 'pod/unknown-probe-port',
  severity: 'error',
  title: 'Probe on a port name the container does not declare',
  explanation:
    'A probe (or a lifecycle hook) can name its port (`port: http`) instead of numbering it, so the number lives in one place. The name must be one of the container\'s own `ports[].name`: the API server accepts any well-formed name, but the kubelet cannot resolve an unknown one and the probe fails every time (a liveness probe then restarts the container in a loop). A name that is not well formed, such as quoted digits (`port: "8080"`, a name to the API, which needs a letter), the API server refuses.',
  check(ctx, report) {
    // `port: 08080` and the like are schema/yaml11-number's: kubectl reads a number there.
    const readOtherwise = new Set(yaml11Numbers(ctx).map((n) => n.path.join('/')));
    for (const c of ctx.containers) {
      const names = new Set(portsOf(c).map((p) => asString(p.data.name)));
      for (const ref of portReferences(c.data, c.path)) {
        if (names.has(ref.name) || readOtherwise.has(ref.path.join('/'))) continue;
        const what = ref.what.replace(/^the /, '');
        // A string is a port's name to the API (ValidatePortNumOrName, IsValidPortName), as a
        // Service's targetPort is: quoted digits are no name, and the API server refuses them.
        if (/^\d+$/.test(ref.name)) {
          const number = Number(ref.name);
          const fixable = number >= 1 && number <= 65535;
          report({
            path: ref.path,
            refusedBy: 'api-server',
            message: `The ${what} of "${c.name}" uses port "${ref.name}", quoted: a string is a port's name, which needs a letter, so the API server refuses it. Write the number without quotes: port: ${number}.`,
            fix: fixable ? setAt(ref.path, number, `Write ${number} without quotes`) : undefined,
          });
          continue;
        }
        const problem = portNameProblem(ref.name);
        if (problem) {
          report({
            path: ref.path,
            refusedBy: 'api-server',
            message: `The ${what} of "${c.name}" uses the port name "${ref.name}", which the API server refuses: ${problem}.`,
          });
          continue;
        }
        report({
          path: ref.path,
          message: `The ${what} of "${c.name}" uses port "${ref.name}", but the container has no port of that name.`,
        });
      }
    }
  },
};

const initContainerProbe: Rule = {
  id: 'pod/init-container-probe',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Probe on an init container',
  explanation:
    'A plain init container runs once, to completion, before the app containers start: there is nothing to probe, and the API server rejects liveness, readiness and startup probes on it. Only a native sidecar (an init container with `restartPolicy: Always`) may have probes.',
  check(ctx, report) {
    for (const c of ctx.containers) {
      if (c.role !== 'init') continue;
      for (const probe of PROBES) {
        if (c.data[probe] === undefined) continue;
        report({
          path: [...c.path, probe],
          at: 'key',
          message: `Init container "${c.name}" has a ${probe}, which init containers cannot have.`,
          fix: {
            title: `Remove the ${probe}`,
            edits: [
              { type: 'setField', target: { container: c.name }, path: [probe], value: undefined },
            ],
          },
        });
      }
    }
  },
};

export const WORKLOAD_RULES: readonly Rule[] = [
  restartPolicyForWorkload,
  activeDeadlineForWorkload,
  podFailurePolicyRestart,
  initContainerProbe,
  unknownProbePort,
];
