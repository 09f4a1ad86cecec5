import type { PathKey } from '../../manifest/nodes';
import { asObject } from '../context';
import type { Rule } from '../context';
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
    'Resource amounts are quantities: CPU in cores or millicores (`1`, `0.5`, `250m`), memory in bytes with a suffix (`512Mi`, `1Gi`, `128M`; `Mi` is 2^20, `M` is 10^6). A unit the API does not know, such as `512MB` or `1 cpu`, is rejected.',
  check(ctx, report) {
    const check = (value: unknown, path: PathKey[], what: string) => {
      if (value === undefined || value === null) return;
      if (parseQuantity(value) !== null) return;
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

export const RESOURCE_RULES: readonly Rule[] = [invalidQuantity, requestsExceedLimits];
