import { repeatedPorts } from '../../inspect/ports';
import type { PathKey } from '../../manifest/nodes';
import { asArray, asObject, asString } from '../context';
import type { ContainerInfo, Rule, RuleContext } from '../context';
import { setAt } from '../fixes';
import { portNameProblem } from '../names';
import { isBefore } from '../version';
import { PROBES } from '../../manifest/references';

interface PortEntry {
  container: ContainerInfo;
  index: number;
  data: Record<string, unknown>;
  path: PathKey[];
}

export function portsOf(c: ContainerInfo): PortEntry[] {
  const entries: PortEntry[] = [];
  asArray(c.data.ports).forEach((port, index) => {
    const data = asObject(port);
    if (data) entries.push({ container: c, index, data, path: [...c.path, 'ports', index] });
  });
  return entries;
}

/** `http-2`, `http-3`…: a free port name within the 15 characters, or null. */
function uniquePortName(base: string, taken: readonly string[]): string | null {
  for (let n = 2; n < 100; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, 15 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.includes(candidate) && portNameProblem(candidate) === null) return candidate;
  }
  return null;
}

const invalidPortName: Rule = {
  id: 'pod/invalid-port-name',
  severity: 'error',
  refusedBy: 'api-server',
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
  refusedBy: 'api-server',
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
          const fresh = uniquePortName(name, [
            ...seen,
            ...portsOf(c).map((p) => String(p.data.name)),
          ]);
          seen.add(fresh ?? name);
          report({
            path: [...port.path, 'name'],
            message: `Container "${c.name}" already has a port named "${name}".`,
            fix: fresh
              ? setAt([...port.path, 'name'], fresh, `Rename this one "${fresh}"`)
              : undefined,
          });
        }
        seen.add(name);
      }
    }
  },
};

/**
 * The containers whose named ports a Service's `targetPort` can reach, in the order the API
 * server and the endpoints controller go through them: native sidecars, then app containers.
 */
function servingContainers(ctx: RuleContext): ContainerInfo[] {
  return [
    ...ctx.containers.filter((c) => c.role === 'native-sidecar'),
    ...ctx.containers.filter((c) => c.list === 'containers'),
  ];
}

// The API server warns "duplicate port name %q with %s, services and probes that select ports
// by name will use %s" for a name two of these containers give their ports
// (pkg/api/pod/warnings.go, kubernetes/kubernetes#122170).
const sharedPortName: Rule = {
  id: 'pod/shared-port-name',
  severity: 'warning',
  title: 'A port name two containers use',
  explanation:
    'A Service finds a container port by its name (`targetPort: http`) in the first container that has a port of that name, app containers after native sidecars: a second container\'s port of the same name gets none of that traffic. Recent API servers accept it with the warning "duplicate port name", which `kubectl apply` prints. Give each port of the Pod its own name (`http`, `admin`, `metrics`).',
  check(ctx, report) {
    const first = new Map<string, { c: ContainerInfo; port: unknown }>();
    for (const c of servingContainers(ctx)) {
      const own = new Set<string>();
      for (const port of portsOf(c)) {
        const name = asString(port.data.name);
        // A name repeated within the container is pod/duplicate-port-name's error.
        if (!name || own.has(name)) continue;
        own.add(name);
        const earlier = first.get(name);
        if (!earlier) {
          first.set(name, { c, port: port.data.containerPort });
          continue;
        }
        report({
          path: [...port.path, 'name'],
          message: `Container "${c.name}" names its port ${String(port.data.containerPort)} "${name}", as container "${earlier.c.name}" names its port ${String(earlier.port)}: a Service's targetPort "${name}" reaches "${earlier.c.name}" only. Give this port another name.`,
        });
      }
    }
  },
};

const portOutOfRange: Rule = {
  id: 'pod/port-out-of-range',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Port number out of range',
  explanation:
    "TCP and UDP ports are numbered 1 to 65535: `containerPort` must be in that range (`hostPort` too, when it is set), and so must a probe's or a lifecycle hook's `port`.",
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
      // A probe's or hook's port number is checked alike (ValidatePortNumOrName, and
      // IsValidPortNum for grpc, in pkg/apis/core/validation).
      for (const owner of ACTION_PATHS) {
        const body = asObject(owner.reduce<unknown>((data, key) => asObject(data)?.[key], c.data));
        for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
          const value = asObject(body?.[handler])?.port;
          if (typeof value !== 'number' || !Number.isInteger(value)) continue;
          if (value >= 1 && value <= 65535) continue;
          report({
            path: [...c.path, ...owner, handler, 'port'],
            message: `The ${owner.at(-1)} of container "${c.name}" uses port ${value}, which is not between 1 and 65535.`,
          });
        }
      }
    }
  },
};

/** Where a container's probes and lifecycle hooks are, under it. */
const ACTION_PATHS: readonly string[][] = [
  ...PROBES.map((p) => [p]),
  ['lifecycle', 'postStart'],
  ['lifecycle', 'preStop'],
];

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

type PortData = Record<string, unknown>;

/**
 * The host port the API server compares. A Pod (not a Pod template, from Kubernetes 1.28) on the
 * host's network has the unset host ports of its init and app containers set to their container
 * ports before the warnings are made (SetDefaults_Pod, pkg/apis/core/v1/defaults.go).
 */
function hostPortOf(port: PortData, ctx: RuleContext, c: ContainerInfo): number {
  const hostPort = typeof port.hostPort === 'number' ? port.hostPort : 0;
  const defaulted =
    hostPort === 0 &&
    ctx.kind === 'Pod' &&
    ctx.spec.hostNetwork === true &&
    c.list !== 'ephemeralContainers' &&
    typeof port.containerPort === 'number';
  return defaulted ? (port.containerPort as number) : hostPort;
}

/**
 * How the API server words a port repeated within or across containers (pkg/api/pod/warnings.go,
 * from Kubernetes 1.28), or null when it is silent. `a` and `b` have the same number and
 * protocol; each comes with its host port as the API server compares it.
 */
function repeatWarning(
  a: { port: PortData; hostPort: number },
  b: { port: PortData; hostPort: number },
): string | null {
  const hostIP = (p: PortData) => asString(p.hostIP) ?? '';
  const [ipA, ipB] = [hostIP(a.port), hostIP(b.port)];
  if (a.hostPort === b.hostPort && ipA === ipB) return 'duplicate port definition';
  if (a.hostPort === 0 || b.hostPort === 0) return 'overlapping port definition';
  // One host port on two addresses, one of them every address: which one binds is undefined.
  if (a.hostPort === b.hostPort && (ipA === '') !== (ipB === '')) {
    return 'dangerously ambiguous port definition';
  }
  // Two host ports (or host addresses) for one container port: accepted without a word.
  return null;
}

const duplicatePort: Rule = {
  id: 'pod/duplicate-port',
  severity: 'warning',
  title: 'The same port twice in one container',
  explanation:
    'A container\'s `ports` lists each port once: its number and protocol are the entry\'s key. The API server accepts a repeated entry with a warning ("duplicate port definition", "overlapping port definition"), which `kubectl apply` prints, but server-side apply (`kubectl apply --server-side`) refuses the object ("duplicate entries for key"). Keep one entry per port. Two host ports (or host addresses) for one container port are a design rather than a slip, and the API server takes them without a warning; server-side apply still refuses them.',
  check(ctx, report) {
    for (const c of ctx.containers) {
      const raw = asArray(c.data.ports);
      if (raw.length < 2) continue;
      const ports = raw.map(asObject);
      for (const { index, first } of repeatedPorts(ports)) {
        const port = ports[index]!;
        const earlier = ports[first]!;
        const warning = repeatWarning(
          { port, hostPort: hostPortOf(port, ctx, c) },
          { port: earlier, hostPort: hostPortOf(earlier, ctx, c) },
        );
        const path = [...c.path, 'ports', index];
        const key = `${String(port.containerPort)}/${asString(port.protocol) || 'TCP'}`;
        const name = asString(port.name);
        // Removing an entry is safe when nothing can name it otherwise than the first.
        const removable =
          warning === 'duplicate port definition' && (!name || name === asString(earlier.name));
        // The API server has warned about repeated ports since Kubernetes 1.28.
        const warns = isBefore(ctx.version, 1, 28)
          ? `accepts it (from Kubernetes 1.28 with the warning "${warning}"), but`
          : `warns "${warning}", and`;
        report({
          path: [...path, 'containerPort'],
          message: warning
            ? `Container "${c.name}" lists port ${key} twice: the API server ${warns} \`kubectl apply --server-side\` refuses it. Keep one entry for the port.`
            : `Container "${c.name}" lists port ${key} twice, on two host ports or addresses: the API server accepts it, but \`kubectl apply --server-side\` refuses it (a container's ports are keyed by number and protocol).`,
          fix: removable ? setAt(path, undefined, 'Remove this repeated port') : undefined,
        });
      }
    }
  },
};

/** How a message names a container: as the canvas labels it. */
function containerTitle(c: ContainerInfo): string {
  if (c.role === 'init') return `init container "${c.name}"`;
  if (c.role === 'native-sidecar') return `native sidecar "${c.name}"`;
  return `container "${c.name}"`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether `pod/port-conflict` reports the pair: both keep running, side by side. */
function runSideBySide(a: ContainerInfo, b: ContainerInfo): boolean {
  const alongside = (c: ContainerInfo) => c.role !== 'init' && c.role !== 'ephemeral';
  return alongside(a) && alongside(b);
}

const duplicatePortAcrossContainers: Rule = {
  id: 'pod/duplicate-port-across-containers',
  severity: 'warning',
  title: 'The same port declared by two containers',
  explanation:
    'The API server compares the `ports` of all the Pod\'s containers, init containers included: a port (number and protocol) that an earlier container already declares gets the warning "duplicate port definition" (or "overlapping port definition" when only one of them sets a `hostPort`, "dangerously ambiguous port definition" when both use one host port and only one sets a `hostIP`), which `kubectl apply` prints. Plain init containers run one at a time, before the app containers start, so an init container and an app container never bind the port together; the API server warns all the same. Declare the port in one of them. Two containers that run side by side on one port are an error of their own (`pod/port-conflict`): the second cannot bind it.',
  check(ctx, report) {
    // The API server has warned about repeated ports since Kubernetes 1.28.
    if (isBefore(ctx.version, 1, 28)) return;
    const seen = new Map<string, { c: ContainerInfo; port: PortData; hostPort: number }[]>();
    for (const c of ctx.containers) {
      // The API server refuses ephemeral containers in a manifest: nothing is warned about.
      if (c.role === 'ephemeral') continue;
      for (const entry of portsOf(c)) {
        const number = entry.data.containerPort;
        if (typeof number !== 'number' || !Number.isInteger(number)) continue;
        const key = `${number}/${asString(entry.data.protocol) || 'TCP'}`;
        const port = { c, port: entry.data, hostPort: hostPortOf(entry.data, ctx, c) };
        const earlier = seen.get(key) ?? [];
        const told = new Set<ContainerInfo>();
        for (const other of earlier) {
          if (other.c === c || told.has(other.c) || runSideBySide(other.c, c)) continue;
          const warning = repeatWarning(port, other);
          if (!warning) continue;
          told.add(other.c);
          report({
            path: [...entry.path, 'containerPort'],
            message: `${capitalised(containerTitle(c))} declares port ${key}, as ${containerTitle(other.c)} does: the API server warns "${warning}". Declare the port in one of them.`,
          });
        }
        seen.set(key, [...earlier, port]);
      }
    }
  },
};

// The API server warns "hostIP set without hostPort" for a port with a host address and no host
// port (pkg/api/pod/warnings.go, from Kubernetes 1.28, kubernetes/kubernetes#113245).
const hostIPWithoutHostPort: Rule = {
  id: 'pod/host-ip-without-host-port',
  severity: 'warning',
  title: 'hostIP without a hostPort',
  explanation:
    "A port's `hostIP` is the Node's address on which its `hostPort` is published: without a `hostPort`, the port is not published on the Node at all, and `hostIP` does nothing. The API server accepts it with the warning \"hostIP set without hostPort\", which `kubectl apply` prints. Set the `hostPort` the address is meant for, or remove `hostIP`. (In a Pod on the host's network, an unset `hostPort` is filled in with the `containerPort`, and nothing is warned about.)",
  check(ctx, report) {
    // The API server has warned about it since Kubernetes 1.28.
    if (isBefore(ctx.version, 1, 28)) return;
    for (const c of ctx.containers) {
      // The API server refuses ephemeral containers in a manifest: nothing is warned about.
      if (c.role === 'ephemeral') continue;
      for (const entry of portsOf(c)) {
        const hostIP = asString(entry.data.hostIP);
        if (!hostIP) continue;
        const number = entry.data.containerPort;
        if (typeof number !== 'number' || !Number.isInteger(number)) continue;
        // A hostPort of another type is the schema's error: the API server refuses the object.
        const hostPort = entry.data.hostPort;
        if (hostPort != null && typeof hostPort !== 'number') continue;
        if (hostPortOf(entry.data, ctx, c) !== 0) continue;
        const path = [...entry.path, 'hostIP'];
        report({
          path,
          at: 'key',
          message: `Port ${number}/${asString(entry.data.protocol) || 'TCP'} of ${containerTitle(c)} sets hostIP ${hostIP} but no hostPort: the API server warns "hostIP set without hostPort", and the address does nothing. Set a hostPort to publish the port on that address, or remove hostIP.`,
          fix: setAt(path, undefined, 'Remove hostIP'),
        });
      }
    }
  },
};

export const PORT_RULES: readonly Rule[] = [
  invalidPortName,
  duplicatePortName,
  sharedPortName,
  portOutOfRange,
  portConflict,
  duplicatePort,
  duplicatePortAcrossContainers,
  hostIPWithoutHostPort,
];
