import { dns1123LabelProblem } from '../manifest/names';
import type { PathKey } from '../manifest/nodes';
import type { PodEdit } from '../edits/types';
import { asArray, asObject, asString } from './context';
import type { ContainerInfo, Rule } from './context';
import { portNameProblem } from './names';
import { parseQuantity } from './quantity';

const invalidName: Rule = {
  id: 'pod/invalid-name',
  severity: 'error',
  title: 'Invalid container or volume name',
  explanation:
    'Container and volume names are DNS-1123 labels: at most 63 lower-case letters, digits and "-", starting and ending with a letter or digit. They end up in DNS names, log paths and `kubectl logs -c <name>`.',
  check(ctx, report) {
    for (const c of ctx.containers) {
      const name = c.data.name;
      if (typeof name !== 'string') continue;
      const problem = dns1123LabelProblem(name);
      if (problem) report({ path: [...c.path, 'name'], message: `Container name: ${problem}.` });
    }
    for (const v of ctx.volumes) {
      const name = v.data.name;
      if (typeof name !== 'string') continue;
      const problem = dns1123LabelProblem(name);
      if (problem) report({ path: [...v.path, 'name'], message: `Volume name: ${problem}.` });
    }
  },
};

const missingImage: Rule = {
  id: 'pod/missing-image',
  severity: 'error',
  title: 'Container without an image',
  explanation:
    'A container is an image run with a command: without `image` there is nothing for the kubelet to pull and start, and the API server rejects the Pod.',
  check(ctx, report) {
    for (const c of ctx.containers) {
      const image = c.data.image;
      if (typeof image === 'string' && image.trim() !== '') continue;
      if (image !== undefined && image !== null && typeof image !== 'string') continue;
      report({
        path: image === undefined ? c.path : [...c.path, 'image'],
        message: `Container "${c.name}" has no image.`,
      });
    }
  },
};

const duplicateContainerName: Rule = {
  id: 'pod/duplicate-container-name',
  severity: 'error',
  title: 'Duplicate container name',
  explanation:
    'A container name identifies it in the Pod: in `kubectl logs -c`, `kubectl exec -c`, its status and its restarts. Names must be unique across `containers`, `initContainers` and `ephemeralContainers` together.',
  check(ctx, report) {
    const seen = new Map<string, ContainerInfo>();
    for (const c of ctx.containers) {
      if (!c.name) continue;
      const first = seen.get(c.name);
      if (!first) {
        seen.set(c.name, c);
        continue;
      }
      report({
        path: [...c.path, 'name'],
        message: `Another container is already named "${c.name}" (in \`${first.list}\`).`,
      });
    }
  },
};

const duplicateVolumeName: Rule = {
  id: 'pod/duplicate-volume-name',
  severity: 'error',
  title: 'Duplicate volume name',
  explanation:
    'Mounts refer to volumes by name, so each volume of a Pod needs its own name; the API server rejects a second volume with the same one.',
  check(ctx, report) {
    const seen = new Set<string>();
    for (const v of ctx.volumes) {
      if (!v.name) continue;
      if (seen.has(v.name)) {
        report({
          path: [...v.path, 'name'],
          message: `Another volume is already named "${v.name}".`,
        });
      }
      seen.add(v.name);
    }
  },
};

interface PortEntry {
  container: ContainerInfo;
  index: number;
  data: Record<string, unknown>;
  path: PathKey[];
}

function portsOf(c: ContainerInfo): PortEntry[] {
  const entries: PortEntry[] = [];
  asArray(c.data.ports).forEach((port, index) => {
    const data = asObject(port);
    if (data) entries.push({ container: c, index, data, path: [...c.path, 'ports', index] });
  });
  return entries;
}

const invalidPortName: Rule = {
  id: 'pod/invalid-port-name',
  severity: 'error',
  title: 'Invalid port name',
  explanation:
    'A port name (an IANA service name) lets probes and Services refer to the port by meaning rather than number: at most 15 lower-case letters, digits and "-", with at least one letter and no "--".',
  check(ctx, report) {
    for (const c of ctx.containers) {
      for (const port of portsOf(c)) {
        const name = port.data.name;
        if (typeof name !== 'string') continue;
        const problem = portNameProblem(name);
        if (problem) report({ path: [...port.path, 'name'], message: `Port name: ${problem}.` });
      }
    }
  },
};

const duplicatePortName: Rule = {
  id: 'pod/duplicate-port-name',
  severity: 'error',
  title: 'Duplicate port name',
  explanation:
    "Probes and Services find a port by its name, so the names of a container's ports must be unique.",
  check(ctx, report) {
    for (const c of ctx.containers) {
      const seen = new Set<string>();
      for (const port of portsOf(c)) {
        const name = asString(port.data.name);
        if (!name) continue;
        if (seen.has(name)) {
          report({
            path: [...port.path, 'name'],
            message: `Container "${c.name}" already has a port named "${name}".`,
          });
        }
        seen.add(name);
      }
    }
  },
};

const portOutOfRange: Rule = {
  id: 'pod/port-out-of-range',
  severity: 'error',
  title: 'Port number out of range',
  explanation:
    'TCP and UDP ports are numbered 1 to 65535: `containerPort` must be in that range (`hostPort` too, when it is set).',
  check(ctx, report) {
    for (const c of ctx.containers) {
      for (const port of portsOf(c)) {
        for (const field of ['containerPort', 'hostPort'] as const) {
          const value = port.data[field];
          if (typeof value !== 'number' || !Number.isInteger(value)) continue;
          if (value >= 1 && value <= 65535) continue;
          if (field === 'hostPort' && value === 0) continue;
          report({
            path: [...port.path, field],
            message: `\`${field}\` ${value} of container "${c.name}" is not between 1 and 65535.`,
          });
        }
      }
    }
  },
};

const portConflict: Rule = {
  id: 'pod/port-conflict',
  severity: 'error',
  title: 'Two containers bind the same port',
  explanation:
    'All containers of a Pod share one network namespace: localhost, the same IP, the same ports. If container A binds 8080, container B cannot: the second one fails to start with "address already in use". (Init containers run before the others, one at a time, so they do not clash.)',
  check(ctx, report) {
    const taken = new Map<string, ContainerInfo>();
    for (const c of ctx.containers) {
      if (c.role === 'init' || c.role === 'ephemeral') continue;
      const own = new Set<string>();
      for (const port of portsOf(c)) {
        const number = port.data.containerPort;
        if (typeof number !== 'number') continue;
        const protocol = asString(port.data.protocol) ?? 'TCP';
        const key = `${number}/${protocol}`;
        if (own.has(key)) continue;
        own.add(key);
        const other = taken.get(key);
        if (other) {
          report({
            path: [...port.path, 'containerPort'],
            message: `Containers "${other.name}" and "${c.name}" both bind port ${number}/${protocol} in the Pod's shared network namespace.`,
          });
        } else taken.set(key, c);
      }
    }
  },
};

const unknownVolume: Rule = {
  id: 'pod/unknown-volume',
  severity: 'error',
  title: 'Mount of a missing volume',
  explanation:
    "A `volumeMounts` entry names one of the Pod's `volumes`: the volume is declared once at Pod level, and each container that needs it mounts it by name. A mount of an undeclared volume is rejected.",
  check(ctx, report) {
    const names = new Set(ctx.volumes.map((v) => v.name));
    // A StatefulSet's claim templates are volumes too: one claim per replica, mounted by name.
    if (ctx.kind === 'StatefulSet') {
      for (const raw of asArray(asObject(ctx.root.spec)?.volumeClaimTemplates)) {
        const name = asString(asObject(asObject(raw)?.metadata)?.name);
        if (name) names.add(name);
      }
    }
    const added = new Set<string>();
    for (const c of ctx.containers) {
      asArray(c.data.volumeMounts).forEach((raw, index) => {
        const mount = asObject(raw);
        const name = asString(mount?.name);
        if (!name || names.has(name)) return;
        const fix = added.has(name)
          ? undefined
          : {
              title: `Add an emptyDir volume "${name}"`,
              edits: [{ type: 'addVolume', name } satisfies PodEdit],
            };
        added.add(name);
        report({
          path: [...c.path, 'volumeMounts', index, 'name'],
          message: `Container "${c.name}" mounts "${name}", but the Pod has no volume of that name.`,
          fix,
        });
      });
    }
  },
};

const duplicateMountPath: Rule = {
  id: 'pod/duplicate-mount-path',
  severity: 'error',
  title: 'Two mounts at the same path',
  explanation:
    'Within one container each `mountPath` can hold only one volume: a second mount at the same path is rejected ("must be unique").',
  check(ctx, report) {
    for (const c of ctx.containers) {
      const seen = new Set<string>();
      asArray(c.data.volumeMounts).forEach((raw, index) => {
        const path = asString(asObject(raw)?.mountPath);
        if (!path) return;
        if (seen.has(path)) {
          report({
            path: [...c.path, 'volumeMounts', index, 'mountPath'],
            message: `Container "${c.name}" already mounts a volume at ${path}.`,
          });
        }
        seen.add(path);
      });
    }
  },
};

const RESOURCE_LISTS = ['requests', 'limits'] as const;

const invalidQuantity: Rule = {
  id: 'pod/invalid-quantity',
  severity: 'error',
  title: 'Invalid resource quantity',
  explanation:
    'Resource amounts are quantities: CPU in cores or millicores (`1`, `0.5`, `250m`), memory in bytes with a suffix (`512Mi`, `1Gi`, `128M`; `Mi` is 2^20, `M` is 10^6). A unit the API does not know, such as `512MB` or `1 cpu`, is rejected.',
  check(ctx, report) {
    const check = (value: unknown, path: PathKey[], what: string) => {
      if (value === undefined || value === null) return;
      if (parseQuantity(value) !== null) return;
      report({
        path,
        message: `${what} ${typeof value === 'string' ? `"${value}"` : String(value)} is not a quantity (e.g. 250m, 1, 512Mi).`,
      });
    };
    for (const c of ctx.containers) {
      const resources = asObject(c.data.resources);
      for (const list of RESOURCE_LISTS) {
        const values = asObject(resources?.[list]);
        for (const [name, value] of Object.entries(values ?? {})) {
          check(
            value,
            [...c.path, 'resources', list, name],
            `The ${name} ${list === 'requests' ? 'request' : 'limit'}`,
          );
        }
      }
    }
    const podResources = asObject(ctx.spec.resources);
    for (const list of RESOURCE_LISTS) {
      for (const [name, value] of Object.entries(asObject(podResources?.[list]) ?? {})) {
        check(value, [...ctx.specPath, 'resources', list, name], `The Pod's ${name} ${list}`);
      }
    }
    for (const v of ctx.volumes) {
      const size = asObject(v.data.emptyDir)?.sizeLimit;
      check(size, [...v.path, 'emptyDir', 'sizeLimit'], `The sizeLimit of volume "${v.name}"`);
    }
  },
};

const requestsExceedLimits: Rule = {
  id: 'pod/requests-exceed-limits',
  severity: 'error',
  title: 'Request above limit',
  explanation:
    'A request is what the scheduler reserves; a limit is the ceiling cgroups enforce. A request larger than the limit can never be honoured, so the API server rejects it ("must be less than or equal to limit").',
  check(ctx, report) {
    for (const c of ctx.containers) {
      const resources = asObject(c.data.resources);
      const requests = asObject(resources?.requests) ?? {};
      const limits = asObject(resources?.limits) ?? {};
      for (const [name, raw] of Object.entries(requests)) {
        const request = parseQuantity(raw);
        const limit = parseQuantity(limits[name]);
        if (request === null || limit === null || request <= limit * (1 + 1e-12)) continue;
        report({
          path: [...c.path, 'resources', 'requests', name],
          message: `Container "${c.name}" requests ${String(raw)} ${name}, more than its limit of ${String(limits[name])}.`,
        });
      }
    }
  },
};

const JOB_KINDS = new Set(['Job', 'CronJob']);

const restartPolicyForWorkload: Rule = {
  id: 'pod/restart-policy-for-workload',
  severity: 'error',
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

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

const unknownProbePort: Rule = {
  id: 'pod/unknown-probe-port',
  severity: 'error',
  title: 'Probe on a port name the container does not declare',
  explanation:
    "A probe can name its port (`port: http`) instead of numbering it, so the number lives in one place. The name must be one of the container's own `ports[].name`: the API server accepts any well-formed name, but the kubelet cannot resolve an unknown one and the probe fails every time (a liveness probe then restarts the container in a loop).",
  check(ctx, report) {
    for (const c of ctx.containers) {
      const names = new Set(portsOf(c).map((p) => asString(p.data.name)));
      for (const probe of PROBES) {
        const body = asObject(c.data[probe]);
        for (const handler of ['httpGet', 'tcpSocket'] as const) {
          const port = asObject(body?.[handler])?.port;
          if (typeof port !== 'string' || /^\d+$/.test(port) || names.has(port)) continue;
          report({
            path: [...c.path, probe, handler, 'port'],
            message: `The ${probe} of "${c.name}" uses port "${port}", but the container has no port of that name.`,
          });
        }
      }
    }
  },
};

const initContainerProbe: Rule = {
  id: 'pod/init-container-probe',
  severity: 'error',
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

export const SEMANTIC_RULES: readonly Rule[] = [
  invalidName,
  missingImage,
  duplicateContainerName,
  duplicateVolumeName,
  invalidPortName,
  duplicatePortName,
  portOutOfRange,
  portConflict,
  unknownVolume,
  duplicateMountPath,
  invalidQuantity,
  requestsExceedLimits,
  restartPolicyForWorkload,
  initContainerProbe,
  unknownProbePort,
];
