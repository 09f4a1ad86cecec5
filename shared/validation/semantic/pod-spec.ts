import {
  checkDnsLabel,
  checkDnsSubdomain,
  checkQualifiedName,
  checkSubPath,
} from '../../inspect/checks';
import type { PathKey } from '../../manifest/nodes';
import { asArray, asObject, asString } from '../context';
import type { JsonObject, Rule } from '../context';
import { setAt } from '../fixes';
import { nearestDnsName } from '../names';
import { portsOf } from './ports';

const hostNetworkPorts: Rule = {
  id: 'pod/host-network-port',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'hostPort unlike containerPort on the host network',
  explanation:
    "With `hostNetwork: true` the Pod has no network namespace of its own: a container binds the Node's ports directly, so a `hostPort` can only be the `containerPort` itself. The API server refuses any other value.",
  check(ctx, report) {
    if (ctx.spec.hostNetwork !== true) return;
    for (const c of ctx.containers) {
      for (const port of portsOf(c)) {
        const host = port.data.hostPort;
        const own = port.data.containerPort;
        if (typeof host !== 'number' || host === 0 || host === own) continue;
        const path = [...port.path, 'hostPort'];
        report({
          path,
          message: `On the host network, port ${String(own)} of "${c.name}" has hostPort ${host}: it must be ${String(own)}.`,
          fix: setAt(path, own, `Set hostPort: ${String(own)}`),
        });
      }
    }
  },
};

const dnsConfig: Rule = {
  id: 'pod/dns-config',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'dnsPolicy None without a DNS configuration',
  explanation:
    '`dnsPolicy: None` tells the kubelet to ignore the cluster DNS and write `/etc/resolv.conf` only from `dnsConfig`, so `dnsConfig.nameservers` must list at least one server (at most 3; at most 32 search domains).',
  check(ctx, report) {
    const config = asObject(ctx.spec.dnsConfig);
    const servers = asArray(config?.nameservers);
    const searches = asArray(config?.searches);
    const configPath = [...ctx.specPath, 'dnsConfig'];
    if (ctx.spec.dnsPolicy === 'None' && servers.length === 0) {
      report({
        path: config ? configPath : [...ctx.specPath, 'dnsPolicy'],
        at: config ? 'key' : 'value',
        message: 'dnsPolicy is None, but dnsConfig names no nameserver: the Pod would have no DNS.',
      });
    }
    if (servers.length > 3) {
      report({
        path: [...configPath, 'nameservers'],
        at: 'key',
        message: `dnsConfig lists ${servers.length} nameservers: at most 3 are allowed.`,
      });
    }
    if (searches.length > 32) {
      report({
        path: [...configPath, 'searches'],
        at: 'key',
        message: `dnsConfig lists ${searches.length} search domains: at most 32 are allowed.`,
      });
    }
  },
};

const invalidToleration: Rule = {
  id: 'pod/invalid-toleration',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Toleration that cannot match',
  explanation:
    'A toleration matches a taint by key, value and effect. With `operator: Exists` it matches any value, so it cannot have one; an empty key matches every taint, which only Exists can do; `tolerationSeconds` only applies to the NoExecute effect (how long a Pod stays on a Node that turned it away); and the key has the syntax of a label key.',
  check(ctx, report) {
    asArray(ctx.spec.tolerations).forEach((raw, index) => {
      const t = asObject(raw);
      if (!t) return;
      const path = [...ctx.specPath, 'tolerations', index];
      const key = asString(t.key) ?? '';
      const keyProblem = key ? checkQualifiedName(key) : null;
      if (keyProblem) report({ path: [...path, 'key'], message: `Toleration key: ${keyProblem}.` });
      const exists = t.operator === 'Exists';
      if (exists && typeof t.value === 'string' && t.value !== '') {
        report({
          path: [...path, 'value'],
          message: `A toleration with operator Exists matches any value: remove value "${t.value}".`,
          fix: setAt([...path, 'value'], undefined, 'Remove the value'),
        });
      }
      if (!key && !exists && t.operator !== undefined) {
        report({
          path: [...path, 'operator'],
          message:
            'A toleration without a key matches every taint, so its operator must be Exists.',
        });
      }
      if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') {
        report({
          path: [...path, 'tolerationSeconds'],
          at: 'key',
          message: 'tolerationSeconds applies only to a toleration with effect NoExecute.',
        });
      }
    });
  },
};

const invalidHostname: Rule = {
  id: 'pod/invalid-hostname',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Invalid hostname or subdomain',
  explanation:
    "A Pod's `hostname` and `subdomain` become its DNS name (`<hostname>.<subdomain>.<namespace>.svc`), so each is a DNS label: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit.",
  check(ctx, report) {
    for (const field of ['hostname', 'subdomain']) {
      const value = asString(ctx.spec[field]);
      const problem = value !== null ? checkDnsLabel(value) : null;
      if (value === null || !problem) continue;
      const path = [...ctx.specPath, field];
      const fixed = nearestDnsName(value);
      report({
        path,
        message: `The Pod's ${field}: ${problem}.`,
        fix: fixed ? setAt(path, fixed, `Use "${fixed}"`) : undefined,
      });
    }
  },
};

/**
 * Whether the API server takes `text` as an IP address (validation.IsValidIP, which parses with
 * netutils.ParseIPSloppy): four decimal numbers to 255 (leading zeros allowed, as the legacy
 * parser did), or an IPv6 address, which may end in four such numbers. No zone, no CIDR.
 */
export function isIpAddress(text: string): boolean {
  const ipv4 = (part: string) =>
    /^\d+(\.\d+){3}$/.test(part) && part.split('.').every((n) => Number(n) <= 255);
  if (ipv4(text)) return true;
  if (!text.includes(':') || /[^0-9A-Fa-f:.]/.test(text)) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const all = [...head, ...tail];
  let count = all.length;
  // An embedded IPv4 address takes the last two groups.
  const last = all.at(-1);
  if (last !== undefined && last.includes('.')) {
    if (!ipv4(last)) return false;
    all.pop();
    count += 1;
  }
  if (!all.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

const invalidHostAlias: Rule = {
  id: 'pod/invalid-host-alias',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Host alias with an invalid IP address or hostname',
  explanation:
    "`hostAliases` adds lines to the Pod's `/etc/hosts`: each maps an `ip` to `hostnames`. The API server refuses an `ip` that is not an IPv4 or IPv6 address (`10.1.2.3`, `2001:db8::1`; no port, no CIDR, no name), and a hostname that is not a DNS subdomain (lower-case letters, digits, '-' and '.').",
  check(ctx, report) {
    asArray(ctx.spec.hostAliases).forEach((raw, index) => {
      const alias = asObject(raw);
      if (!alias) return;
      const path = [...ctx.specPath, 'hostAliases', index];
      const ip = alias.ip;
      if (typeof ip === 'string' && !isIpAddress(ip)) {
        // `10.0.0.1:8080` or `10.0.0.0/24`: the address is in it.
        const bare = ip.trim().replace(/(\/\d+|:\d+)$/, '');
        report({
          path: [...path, 'ip'],
          message: `Host alias ${index + 1}: "${ip}" is not an IP address (e.g. 10.1.2.3 or 2001:db8::1).`,
          fix:
            bare !== ip && isIpAddress(bare)
              ? setAt([...path, 'ip'], bare, `Write ${bare}`)
              : undefined,
        });
      }
      asArray(alias.hostnames).forEach((name, i) => {
        if (typeof name !== 'string') return;
        const problem = checkDnsSubdomain(name);
        if (!problem) return;
        const fixed = nearestDnsName(name, { dots: true });
        report({
          path: [...path, 'hostnames', i],
          message: `Host alias ${index + 1}, hostname: ${problem}.`,
          fix: fixed ? setAt([...path, 'hostnames', i], fixed, `Use "${fixed}"`) : undefined,
        });
      });
    });
  },
};

/** The Pod's security context and each container's, with their paths. */
function securityContexts(
  specPath: readonly string[],
  spec: JsonObject,
  containers: { path: PathKey[]; data: JsonObject }[],
): { path: PathKey[]; data: JsonObject }[] {
  const out: { path: PathKey[]; data: JsonObject }[] = [];
  const pod = asObject(spec.securityContext);
  if (pod) out.push({ path: [...specPath, 'securityContext'], data: pod });
  for (const c of containers) {
    const own = asObject(c.data.securityContext);
    if (own) out.push({ path: [...c.path, 'securityContext'], data: own });
  }
  return out;
}

const seccompLocalhost: Rule = {
  id: 'pod/seccomp-localhost',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Seccomp profile file given or missing',
  explanation:
    "A seccomp profile of type Localhost is a file on the Node, named by `localhostProfile` (relative to the kubelet's seccomp directory); the other types (RuntimeDefault, Unconfined) take no file. The API server refuses a Localhost profile without the file, and a file on the other types.",
  check(ctx, report) {
    for (const context of securityContexts(ctx.specPath, ctx.spec, ctx.containers)) {
      const profile = asObject(context.data.seccompProfile);
      if (!profile) continue;
      const path = [...context.path, 'seccompProfile'];
      const file = profile.localhostProfile;
      if (profile.type === 'Localhost' && (typeof file !== 'string' || file === '')) {
        report({
          path,
          at: 'key',
          message: 'A Localhost seccomp profile needs localhostProfile: the file on the Node.',
        });
      }
      if (profile.type !== 'Localhost' && file !== undefined) {
        report({
          path: [...path, 'localhostProfile'],
          at: 'key',
          message: `localhostProfile is only for type Localhost, not ${String(profile.type)}.`,
          fix: setAt([...path, 'localhostProfile'], undefined, 'Remove localhostProfile'),
        });
      }
    }
  },
};

/** Fields of a volume that are not its source. */
const NOT_A_SOURCE = new Set(['name']);

const volumeSources: Rule = {
  id: 'pod/volume-sources',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Volume with more than one source',
  explanation:
    'A volume has one source: an emptyDir, a ConfigMap, a Secret, a claim… The source is the key beside `name`. With two, the API server cannot tell which one you mean and refuses the Pod ("may not specify more than 1 volume type"). (A volume with no source at all becomes an emptyDir.)',
  check(ctx, report) {
    for (const v of ctx.volumes) {
      const sources = Object.keys(v.data).filter((k) => !NOT_A_SOURCE.has(k));
      if (sources.length < 2) continue;
      report({
        path: [...v.path, sources[1]!],
        at: 'key',
        message: `Volume "${v.name}" has ${sources.length} sources (${sources.join(', ')}): keep one.`,
      });
    }
  },
};

const invalidSubPath: Rule = {
  id: 'pod/invalid-sub-path',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'subPath outside the volume',
  explanation:
    "A mount's `subPath` picks a file or directory inside the volume, so it is relative (no leading '/') and cannot climb out with '..'. The API server refuses it otherwise.",
  check(ctx, report) {
    for (const c of ctx.containers) {
      asArray(c.data.volumeMounts).forEach((raw, index) => {
        const sub = asString(asObject(raw)?.subPath);
        const problem = sub ? checkSubPath(sub) : null;
        if (!problem) return;
        report({
          path: [...c.path, 'volumeMounts', index, 'subPath'],
          message: `subPath: ${problem}.`,
        });
      });
    }
  },
};

const ephemeralContainersInManifest: Rule = {
  id: 'pod/ephemeral-containers',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Ephemeral containers written in the manifest',
  explanation:
    'Ephemeral containers are for debugging a Pod that already runs: `kubectl debug` adds one through the Pod\'s `ephemeralcontainers` subresource, and it stays in `spec.ephemeralContainers` until the Pod is deleted (it cannot be removed or restarted). They are not part of the Pod\'s design, so the API server refuses a new Pod that lists them ("cannot be set on create"), and refuses them in the Pod template of a Deployment, Job or other workload ("not allowed in pod template"). A manifest copied from a Pod you debugged still carries them: remove the list, and run `kubectl debug` again on the Pod when you need a shell beside it.',
  check(ctx, report) {
    const list = asArray(ctx.spec.ephemeralContainers);
    if (list.length === 0) return;
    const path = [...ctx.specPath, 'ephemeralContainers'];
    const one = list.length === 1;
    const count = one ? 'an ephemeral container' : `${list.length} ephemeral containers`;
    const them = one ? 'it' : 'them';
    report({
      path,
      at: 'key',
      message:
        ctx.kind === 'Pod'
          ? `The Pod lists ${count}: the API server refuses ephemeralContainers when a Pod is created. Add ${them} to the running Pod with \`kubectl debug\`.`
          : `A ${ctx.kind}'s Pod template lists ${count}: the API server does not allow ephemeralContainers in a Pod template. Add ${them} to a running Pod with \`kubectl debug\`.`,
      fix: setAt(path, undefined, 'Remove ephemeralContainers'),
    });
  },
};

export const POD_SPEC_RULES: readonly Rule[] = [
  hostNetworkPorts,
  dnsConfig,
  invalidToleration,
  invalidHostname,
  invalidHostAlias,
  seccompLocalhost,
  volumeSources,
  invalidSubPath,
  ephemeralContainersInManifest,
];
