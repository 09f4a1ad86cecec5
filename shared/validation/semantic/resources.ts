import { checkMilliBytes } from '../../inspect/checks';
import type { PathKey } from '../../manifest/nodes';
import { asArray, asObject, asString } from '../context';
import type { JsonObject, Rule } from '../context';
import { setAt } from '../fixes';
import { parseQuantity } from '../../manifest/quantity';

const RESOURCE_LISTS = ['requests', 'limits'] as const;

const BINARY: Record<string, string> = { k: 'Ki', m: 'Mi', g: 'Gi', t: 'Ti', p: 'Pi', e: 'Ei' };

/**
 * The quantity the author most likely meant: `512mb`, `512MB`, `512 MiB` → `512Mi` (bytes are
 * counted in powers of two by habit), `1 cpu`, `2 cores` → `1`, `2`, `500 m` → `500m`.
 */
export function nearestQuantity(value: unknown, resource: string): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const cpu = /^(\d+(?:\.\d+)?)\s*(m|cpus?|cores?|vcpus?)?$/i.exec(text);
  if (cpu && resource === 'cpu') {
    const unit = cpu[2]?.toLowerCase();
    const fixed = unit === 'm' ? `${cpu[1]}m` : cpu[1]!;
    return fixed !== value ? fixed : null;
  }
  const bytes = /^(\d+(?:\.\d+)?)\s*([kmgtpe])i?b?$/i.exec(text);
  if (bytes && resource !== 'cpu') {
    const fixed = `${bytes[1]}${BINARY[bytes[2]!.toLowerCase()]}`;
    return fixed !== value ? fixed : null;
  }
  return null;
}

const invalidQuantity: Rule = {
  id: 'pod/invalid-quantity',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Invalid resource quantity',
  explanation:
    'Resource amounts are quantities: CPU in cores or millicores (`1`, `0.5`, `250m`), memory in bytes with a suffix (`512Mi`, `1Gi`, `128M`; `Mi` is 2^20, `M` is 10^6). A unit the API does not know, such as `512MB` or `1 cpu`, is rejected, and so is a negative amount.',
  check(ctx, report) {
    const check = (value: unknown, path: PathKey[], what: string) => {
      if (value === undefined || value === null) return;
      const amount = parseQuantity(value);
      if (amount !== null && amount < 0) {
        report({
          path,
          message: `${what} ${typeof value === 'string' ? `"${value}"` : String(value)} is negative: the API server accepts only 0 or more.`,
        });
      }
      if (amount !== null) return;
      const fixed = nearestQuantity(value, String(path[path.length - 1]));
      report({
        path,
        message: `${what} ${typeof value === 'string' ? `"${value}"` : String(value)} is not a quantity (e.g. 250m, 1, 512Mi).`,
        fix:
          fixed && parseQuantity(fixed) !== null ? setAt(path, fixed, `Write ${fixed}`) : undefined,
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
  refusedBy: 'api-server',
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

/** The resources counted in bytes, whose requests and limits the API server wants whole. */
const BYTE_RESOURCES = ['memory', 'ephemeral-storage'] as const;

/** A claim's resource counted in bytes: its size. */
const CLAIM_RESOURCES = ['storage'] as const;

/** Whether `amount` bytes has a fraction, within the precision a double keeps. */
function hasFraction(amount: number): boolean {
  return Math.abs(amount - Math.round(amount)) > 1e-9 * Math.max(1, Math.abs(amount));
}

// Where the API server warns "fractional byte value %q is invalid, must be an integer":
// pkg/api/pod/warnings.go, for the memory and ephemeral-storage requests and limits of every
// container and for the Pod's `overhead`, and, through GetWarningsForPersistentVolumeClaimSpec
// (pkg/api/persistentvolumeclaim/util.go), for the storage request and limit of an ephemeral
// volume's claim template; pkg/registry/apps/statefulset/strategy.go adds a StatefulSet's
// `volumeClaimTemplates`. It says nothing of the Pod's own `resources` or an emptyDir's
// `sizeLimit`.
const fractionalBytes: Rule = {
  id: 'pod/fractional-bytes',
  severity: 'warning',
  title: 'Memory or storage in fractions of a byte',
  explanation:
    "The suffix `m` means thousandths, which suits CPU (`500m` is half a core) but not bytes: `memory: 500m` is half a byte, where `500Mi` was meant. It is a valid quantity, so kubectl and the API server take it; for a fraction of a byte in a container's request or limit, the Pod's `overhead`, or the storage of a claim template (a StatefulSet's `volumeClaimTemplates`, an ephemeral volume's `volumeClaimTemplate`) the API server adds the warning \"fractional byte value\", which `kubectl apply` prints. A few bytes are never what a container or a volume needs. Write bytes with `Ki`, `Mi`, `Gi` (powers of 2) or `k`, `M`, `G` (powers of 10).",
  check(ctx, report) {
    const check = (
      value: unknown,
      path: PathKey[],
      what: string,
      opts: { apiWarns: boolean; ceiling?: unknown; volume?: boolean },
    ) => {
      const amount = parseQuantity(value);
      if (amount === null || amount < 0) return;
      const text = String(value);
      const fraction = hasFraction(amount);
      const milli = typeof value === 'string' ? checkMilliBytes(text) : null;
      if (!milli && !fraction) return;
      const consequence =
        fraction && opts.apiWarns
          ? 'The API server accepts it with the warning "fractional byte value".'
          : opts.volume
            ? 'The API server accepts it, and the kubelet evicts the Pod once the volume holds more.'
            : `The API server accepts it, as ${amount} ${amount === 1 ? 'byte' : 'bytes'}.`;
      // `500m` → `500Mi`, unless that request would then exceed its limit.
      const meant = milli ? `${text.trim().slice(0, -1)}Mi` : null;
      const ceiling = parseQuantity(opts.ceiling);
      const fits = meant !== null && (ceiling === null || parseQuantity(meant)! <= ceiling);
      report({
        path,
        message: `${what}: ${milli ?? `${text} is not a whole number of bytes.`} ${consequence}`,
        fix: fits ? setAt(path, meant, `Write ${meant}`) : undefined,
      });
    };
    const resourcesOf = (
      resources: JsonObject,
      at: PathKey[],
      whose: string,
      apiWarns: boolean,
      names: readonly string[] = BYTE_RESOURCES,
    ) => {
      const requests = asObject(resources.requests);
      const limits = asObject(resources.limits);
      for (const name of names) {
        if (requests?.[name] != null) {
          check(requests[name], [...at, 'requests', name], `${whose}${name} request`, {
            apiWarns,
            ceiling: limits?.[name],
          });
        }
        if (limits?.[name] != null) {
          check(limits[name], [...at, 'limits', name], `${whose}${name} limit`, { apiWarns });
        }
      }
    };
    for (const c of ctx.containers) {
      const resources = asObject(c.data.resources);
      if (resources)
        resourcesOf(resources, [...c.path, 'resources'], `Container "${c.name}", `, true);
    }
    const podResources = asObject(ctx.spec.resources);
    if (podResources) {
      resourcesOf(podResources, [...ctx.specPath, 'resources'], "The Pod's ", false);
    }
    const overhead = asObject(ctx.spec.overhead);
    for (const name of BYTE_RESOURCES) {
      if (overhead?.[name] == null) continue;
      check(overhead[name], [...ctx.specPath, 'overhead', name], `The Pod's ${name} overhead`, {
        apiWarns: true,
      });
    }
    for (const v of ctx.volumes) {
      const size = asObject(v.data.emptyDir)?.sizeLimit;
      if (size != null) {
        check(size, [...v.path, 'emptyDir', 'sizeLimit'], `Volume "${v.name}", sizeLimit`, {
          apiWarns: false,
          volume: true,
        });
      }
      const claim = asObject(asObject(v.data.ephemeral)?.volumeClaimTemplate);
      const claimResources = asObject(asObject(claim?.spec)?.resources);
      if (claimResources) {
        const at = [...v.path, 'ephemeral', 'volumeClaimTemplate', 'spec', 'resources'];
        resourcesOf(claimResources, at, `Volume "${v.name}", `, true, CLAIM_RESOURCES);
      }
    }
    if (ctx.kind === 'StatefulSet') {
      asArray(asObject(ctx.root.spec)?.volumeClaimTemplates).forEach((raw, index) => {
        const template = asObject(raw);
        const resources = asObject(asObject(template?.spec)?.resources);
        if (!resources) return;
        const name = asString(asObject(template?.metadata)?.name);
        const whose = name ? `Claim template "${name}", ` : `Claim template ${index + 1}, `;
        const at = ['spec', 'volumeClaimTemplates', index, 'spec', 'resources'];
        resourcesOf(resources, at, whose, true, CLAIM_RESOURCES);
      });
    }
  },
};

export const RESOURCE_RULES: readonly Rule[] = [
  invalidQuantity,
  requestsExceedLimits,
  fractionalBytes,
];
