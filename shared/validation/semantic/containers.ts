import { checkEnvName } from '../../inspect/checks';
import type { PathKey } from '../../manifest/nodes';
import { PROBES } from '../../manifest/references';
import { asArray, asObject, asString } from '../context';
import type { ContainerInfo, JsonObject, Rule } from '../context';
import { setAt } from '../fixes';
import { isBefore } from '../version';
import { portsOf } from './ports';

const containerRestartPolicy: Rule = {
  id: 'pod/container-restart-policy',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'restartPolicy on a container that cannot have one',
  explanation:
    "A container's own `restartPolicy` exists for one case: an init container with `restartPolicy: Always` is a native sidecar, started before the app containers and kept running beside them. App containers follow the Pod's `spec.restartPolicy`, and the API server refuses the field on them (and on ephemeral containers), and any value but Always on an init container.",
  check(ctx, report) {
    for (const c of ctx.containers) {
      const policy = c.data.restartPolicy;
      if (policy === undefined || policy === null) continue;
      const path = [...c.path, 'restartPolicy'];
      if (c.list === 'initContainers') {
        if (policy === 'Always') continue;
        // Native sidecars are on by default from 1.29 (lint/native-sidecar-version).
        const sidecars = !isBefore(ctx.version, 1, 29);
        report({
          path,
          message: `Init container "${c.name}" has restartPolicy ${String(policy)}: only Always (a native sidecar) is allowed. Leave it out for a plain init container, which runs to completion before the app containers start${sidecars ? ', or write Always for a native sidecar, which keeps running beside them' : ''}.`,
          fix: setAt(path, undefined, 'Remove restartPolicy: a plain init container, run once'),
          moreFixes: sidecars
            ? [setAt(path, 'Always', 'Set restartPolicy: Always: a native sidecar, kept running')]
            : undefined,
        });
        continue;
      }
      const where = c.list === 'containers' ? 'an app container' : 'an ephemeral container';
      report({
        path,
        at: 'key',
        message: `"${c.name}" is ${where}: it follows the Pod's restartPolicy and cannot set its own${policy === 'Always' ? ' (a native sidecar is an init container with restartPolicy: Always)' : ''}.`,
        fix: setAt(path, undefined, 'Remove its restartPolicy'),
      });
    }
  },
};

/** Each env entry of a container with its index and name. */
function envOf(c: ContainerInfo): { index: number; name: string; data: JsonObject }[] {
  const out: { index: number; name: string; data: JsonObject }[] = [];
  asArray(c.data.env).forEach((raw, index) => {
    const data = asObject(raw);
    const name = asString(data?.name);
    if (data && name !== null) out.push({ index, name, data });
  });
  return out;
}

const duplicateEnvName: Rule = {
  id: 'pod/duplicate-env-name',
  severity: 'warning',
  title: 'The same environment variable twice',
  explanation:
    'When a container lists one variable name twice, the last definition wins and the first is silently ignored; the API server accepts it with the warning "hides previous definition of environment variable". Keep one definition, the one you mean.',
  check(ctx, report) {
    for (const c of ctx.containers) {
      const env = envOf(c);
      for (const [i, entry] of env.entries()) {
        const later = env.slice(i + 1).find((e) => e.name === entry.name);
        if (!later) continue;
        const path = [...c.path, 'env', entry.index];
        report({
          path: [...path, 'name'],
          message: `Container "${c.name}" defines $${entry.name} again further down, which hides this definition.`,
          fix: setAt(path, undefined, 'Remove this hidden definition'),
        });
      }
    }
  },
};

/** The names kubelets before 1.32 accept (the relaxed rule became the default then). */
const C_IDENTIFIER_ISH = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

const invalidEnvName: Rule = {
  id: 'pod/invalid-env-name',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Invalid environment variable name',
  explanation:
    "From Kubernetes 1.32 an environment variable name may be any printable ASCII except '='; before that it had to be letters, digits, '_', '-' and '.', not starting with a digit. Shells read only `[A-Za-z_][A-Za-z0-9_]*`, so that is still the safest choice.",
  check(ctx, report) {
    const strict = isBefore(ctx.version, 1, 32);
    for (const c of ctx.containers) {
      for (const entry of envOf(c)) {
        const problem =
          checkEnvName(entry.name) ??
          (strict && !C_IDENTIFIER_ISH.test(entry.name)
            ? `"${entry.name}" must be letters, digits, '_', '-' and '.', not starting with a digit, before Kubernetes 1.32`
            : null);
        if (problem) {
          report({
            path: [...c.path, 'env', entry.index, 'name'],
            message: `Variable name: ${problem}.`,
          });
        }
      }
    }
  },
};

const envValueAndValueFrom: Rule = {
  id: 'pod/env-value-and-value-from',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Environment variable with both value and valueFrom',
  explanation:
    'An environment variable takes its value from one place: a literal `value`, or `valueFrom` (a key of a ConfigMap or Secret, a field of the Pod, a resource of a container). The API server refuses `valueFrom` when `value` is not empty ("may not be specified when `value` is not empty"). Both often end up in a live object after `kubectl set env` wrote a `value` over a variable the manifest reads from a Secret, and the next `kubectl apply` merged the two. Keep the one you mean.',
  check(ctx, report) {
    for (const c of ctx.containers) {
      for (const entry of envOf(c)) {
        const { value, valueFrom } = entry.data;
        // An empty value is no value; a valueFrom with no source is refused for that instead.
        if (typeof value !== 'string' || value === '') continue;
        if (Object.keys(asObject(valueFrom) ?? {}).length === 0) continue;
        const path = [...c.path, 'env', entry.index];
        report({
          path: [...path, 'valueFrom'],
          at: 'key',
          message: `Variable $${entry.name} of "${c.name}" has both a value and a valueFrom: the API server refuses valueFrom when value is not empty. Keep one.`,
          fix: setAt([...path, 'value'], undefined, 'Keep valueFrom (remove the value)'),
          moreFixes: [
            setAt([...path, 'valueFrom'], undefined, 'Keep the value (remove valueFrom)'),
          ],
        });
      }
    }
  },
};

const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const HOOK_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];

/** Every probe and lifecycle hook of a container, with the handlers it may use. */
function actionsOf(
  c: ContainerInfo,
): { path: PathKey[]; what: string; body: JsonObject; handlers: string[] }[] {
  const out: { path: PathKey[]; what: string; body: JsonObject; handlers: string[] }[] = [];
  for (const probe of PROBES) {
    const body = asObject(c.data[probe]);
    if (body)
      out.push({ path: [...c.path, probe], what: `${probe}`, body, handlers: PROBE_HANDLERS });
  }
  const lifecycle = asObject(c.data.lifecycle);
  for (const hook of ['postStart', 'preStop']) {
    const body = asObject(lifecycle?.[hook]);
    if (body) {
      out.push({
        path: [...c.path, 'lifecycle', hook],
        what: `${hook} hook`,
        body,
        handlers: HOOK_HANDLERS,
      });
    }
  }
  return out;
}

const probeHandler: Rule = {
  id: 'pod/probe-handler',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Probe or hook without exactly one action',
  explanation:
    'A probe (or a lifecycle hook) does one thing: run a command (`exec`), call a URL (`httpGet`), open a TCP connection (`tcpSocket`) or ask a gRPC health service (`grpc`); a hook may also `sleep`. The API server refuses a probe with none of them ("must specify a handler type") or with two ("may not specify more than 1 handler type").',
  check(ctx, report) {
    for (const c of ctx.containers) {
      for (const action of actionsOf(c)) {
        const used = action.handlers.filter((h) => action.body[h] !== undefined);
        if (used.length === 1) continue;
        report({
          path: used.length === 0 ? action.path : [...action.path, used[1]!],
          at: 'key',
          message:
            used.length === 0
              ? `The ${action.what} of "${c.name}" has no action: give it one of ${action.handlers.join(', ')}.`
              : `The ${action.what} of "${c.name}" has ${used.join(' and ')}: keep one.`,
        });
      }
    }
  },
};

const probeSuccessThreshold: Rule = {
  id: 'pod/probe-success-threshold',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'successThreshold other than 1 on a liveness or startup probe',
  explanation:
    'A liveness or startup probe acts on the first success: the container is alive, or has started. Only a readiness probe may ask for several successes in a row before the Pod receives traffic again; the API server refuses `successThreshold` other than 1 on the others.',
  check(ctx, report) {
    for (const c of ctx.containers) {
      for (const probe of ['livenessProbe', 'startupProbe']) {
        const threshold = asObject(c.data[probe])?.successThreshold;
        if (typeof threshold !== 'number' || threshold === 1) continue;
        const path = [...c.path, probe, 'successThreshold'];
        report({
          path,
          message: `The ${probe} of "${c.name}" has successThreshold ${threshold}: it must be 1.`,
          fix: setAt(path, 1, 'Set successThreshold: 1'),
        });
      }
    }
  },
};

const probeGracePeriod: Rule = {
  id: 'pod/probe-grace-period',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'terminationGracePeriodSeconds on a readiness probe',
  explanation:
    "A probe's own `terminationGracePeriodSeconds` replaces the Pod's grace period when the probe's failure kills the container: a liveness or startup probe that fails restarts it. A failing readiness probe only takes the Pod out of its Services' endpoints and kills nothing, so the API server refuses the field on it (\"must not be set for readinessProbes\").",
  check(ctx, report) {
    for (const c of ctx.containers) {
      // A plain init container's probes are pod/init-container-probe's.
      if (c.role === 'init' || c.role === 'ephemeral') continue;
      const probe = asObject(c.data.readinessProbe);
      // `null` is no value: the API server decodes it as nil.
      if (probe?.terminationGracePeriodSeconds == null) continue;
      const path = [...c.path, 'readinessProbe', 'terminationGracePeriodSeconds'];
      report({
        path,
        at: 'key',
        message: `The readinessProbe of "${c.name}" sets terminationGracePeriodSeconds: only a liveness or startup probe may, as only their failure restarts the container.`,
        fix: setAt(path, undefined, 'Remove terminationGracePeriodSeconds'),
      });
    }
  },
};

/** What the API server takes as an HTTP header name (IsHTTPHeaderName). */
const HTTP_HEADER_NAME = /^[-A-Za-z0-9]+$/;

const invalidHttpHeader: Rule = {
  id: 'pod/invalid-http-header',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Invalid HTTP header name in a probe or hook',
  explanation:
    "An `httpGet` probe or hook can send headers (`httpHeaders: [{name: X-Probe, value: ready}]`). The API server takes a header name of letters, digits and '-' only (\"a valid HTTP header must consist of alphanumeric characters or '-'\"), so a space, an underscore or a colon (`X_Probe`, `Host:`) is refused.",
  check(ctx, report) {
    for (const c of ctx.containers) {
      // A plain init container's probes and hooks are refused whole: pod/init-container-probe.
      if (c.role === 'init' || c.role === 'ephemeral') continue;
      for (const action of actionsOf(c)) {
        asArray(asObject(action.body.httpGet)?.httpHeaders).forEach((raw, index) => {
          const name = asObject(raw)?.name;
          if (typeof name !== 'string' || HTTP_HEADER_NAME.test(name)) return;
          const path = [...action.path, 'httpGet', 'httpHeaders', index, 'name'];
          const fixed = name
            .trim()
            .replace(/:$/, '')
            .replace(/[^-A-Za-z0-9]+/g, '-')
            .replace(/^-+|-+$/g, '');
          report({
            path,
            message:
              name === ''
                ? `The ${action.what} of "${c.name}" sends a header without a name.`
                : `The ${action.what} of "${c.name}" sends the header "${name}": a header name may hold only letters, digits and '-'.`,
            fix: fixed ? setAt(path, fixed, `Write ${fixed}`) : undefined,
          });
        });
      }
    }
  },
};

const probePortNotDeclared: Rule = {
  id: 'pod/probe-port-not-declared',
  severity: 'warning',
  title: 'Probe on a port the container does not declare',
  explanation:
    "A probe may use any port number, and the API server accepts it; but when the container lists its ports and the probe's is not among them, the probe most often checks a port nothing listens on (a typo, or a port changed in one place only), and fails every time. Declare the port, or name it and let the probe use the name.",
  check(ctx, report) {
    // The Pod's containers share one network namespace: a port another one declares is declared.
    // A quoted number (`"8080"`) is the schema's problem; it still declares the port.
    const inPod = new Set(
      ctx.containers.flatMap((c) => portsOf(c).map((p) => Number(p.data.containerPort))),
    );
    const unique = (name: string) => ctx.containers.filter((o) => o.name === name).length === 1;
    for (const c of ctx.containers) {
      if (portsOf(c).length === 0) continue;
      for (const action of actionsOf(c)) {
        for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
          const port = asObject(action.body[handler])?.port;
          if (typeof port !== 'number' || inPod.has(port)) continue;
          // A port out of range is pod/port-out-of-range's error.
          if (Number.isInteger(port) && (port < 1 || port > 65535)) continue;
          const fixable = Number.isInteger(port) && unique(c.name);
          report({
            path: [...action.path, handler, 'port'],
            message: `The ${action.what} of "${c.name}" checks port ${port}, which the container does not declare.`,
            fix: fixable
              ? {
                  title: `Declare port ${port}`,
                  edits: [{ type: 'addPort', container: c.name, containerPort: port }],
                }
              : undefined,
          });
        }
      }
    }
  },
};

const nonRootConflict: Rule = {
  id: 'pod/non-root-conflict',
  severity: 'error',
  title: 'runAsNonRoot with user 0',
  explanation:
    '`runAsNonRoot: true` asks the kubelet to check, before it starts a container, that its user is not root; `runAsUser: 0` is root. The API server accepts both, and then the container never starts: its status stays CreateContainerConfigError ("container\'s runAsUser breaks non-root policy"). Choose a non-root user, or drop runAsNonRoot.',
  check(ctx, report) {
    const pod = asObject(ctx.spec.securityContext);
    for (const c of ctx.containers) {
      const own = asObject(c.data.securityContext);
      const nonRoot = own?.runAsNonRoot ?? pod?.runAsNonRoot;
      const user = own?.runAsUser ?? pod?.runAsUser;
      if (nonRoot !== true || user !== 0) continue;
      const ownUser = own?.runAsUser === 0;
      report({
        path: ownUser
          ? [...c.path, 'securityContext', 'runAsUser']
          : [...ctx.specPath, 'securityContext', 'runAsUser'],
        nodeId: c.nodeId,
        message: `Container "${c.name}" runs as user 0 with runAsNonRoot: true: the kubelet will refuse to start it.`,
      });
    }
  },
};

export const CONTAINER_RULES: readonly Rule[] = [
  containerRestartPolicy,
  duplicateEnvName,
  invalidEnvName,
  envValueAndValueFrom,
  probeHandler,
  probeSuccessThreshold,
  probeGracePeriod,
  invalidHttpHeader,
  probePortNotDeclared,
  nonRootConflict,
];
