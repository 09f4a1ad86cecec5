import { asString } from '../context';
import type { Rule } from '../context';
import { portsOf } from './ports';
import { setAt } from '../fixes';
import { portNameProblem } from '../names';
import { yaml11Numbers } from '../schema/yaml11';
import { PROBES, portReferences } from '../../manifest/references';

const JOB_KINDS = new Set(['Job', 'CronJob']);

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
      report({
        path: policy === undefined ? ctx.specPath : path,
        message:
          policy === undefined
            ? `A ${ctx.kind}'s Pod template needs \`restartPolicy: OnFailure\` or \`Never\` (the default, Always, is not allowed).`
            : `A ${ctx.kind}'s Pods run to completion: \`restartPolicy\` must be OnFailure or Never, not ${String(policy)}.`,
        fix: {
          title: 'Set restartPolicy: OnFailure',
          edits: [
            {
              type: 'setField',
              target: { pod: true },
              path: ['spec', 'restartPolicy'],
              value: 'OnFailure',
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
  initContainerProbe,
  unknownProbePort,
];
