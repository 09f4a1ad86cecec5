import { checkMilliBytes } from '../../inspect/checks';
import type { PathKey } from '../../manifest/nodes';
import { asArray, asObject, asString } from '../context';
import type { JsonObject, Rule } from '../context';
import { setAt } from '../fixes';
import { parseQuantity } from '../../manifest/quantity';
import { suggestion } from '../../text/suggest';
import { yaml11Numbers } from '../schema/yaml11';
import { isBefore } from '../version';

const RESOURCE_LISTS = ['requests', 'limits'] as const;

const BINARY: Record<string, string> = { k: 'Ki', m: 'Mi', g: 'Gi', t: 'Ti', p: 'Pi', e: 'Ei' };
const DECIMAL: Record<string, string> = { k: 'k', m: 'M', g: 'G', t: 'T', p: 'P', e: 'E' };

/**
 * The quantity the author wrote, in the API's units: `1GB` is `1G` (10^9 bytes, as written;
 * `1Gi` would be 7 % more), `512 MiB` and `10gi` are `512Mi` and `10Gi`, and a bare lower-case
 * letter counts in powers of two as Docker and the JVM read it (`1g` → `1Gi`); an upper-case one
 * only spaced off is the API's own unit (`10 M` → `10M`). `1 cpu`, `2 cores` → `1`, `2`.
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
  const bytes = /^(\d+(?:\.\d+)?)\s*([kmgtpe])(i)?(b)?$/i.exec(text);
  if (bytes && resource !== 'cpu') {
    const letter = bytes[2]!;
    const decimal = !bytes[3] && (bytes[4] !== undefined || letter !== letter.toLowerCase());
    const units = decimal ? DECIMAL : BINARY;
    const fixed = `${bytes[1]}${units[letter.toLowerCase()]}`;
    return fixed !== value ? fixed : null;
  }
  return null;
}

/**
 * The quantity the quick fix of `pod/invalid-quantity` writes for `value` (see nearestQuantity),
 * or null when it offers none.
 */
function fixedQuantity(value: unknown, resource: string): string | null {
  const fixed = nearestQuantity(value, resource);
  return fixed !== null && parseQuantity(fixed) !== null ? fixed : null;
}

/**
 * A request's or a limit's amount as its own text reads, or else as its quick fix reads it
 * (`2GB` is 2G), with a note that says so (" (read as 2G)"). Null when neither reads.
 */
function readAmount(value: unknown, resource: string): { amount: number; note: string } | null {
  const amount = parseQuantity(value);
  if (amount !== null) return { amount, note: '' };
  const fixed = fixedQuantity(value, resource);
  return fixed === null ? null : { amount: parseQuantity(fixed)!, note: ` (read as ${fixed})` };
}

const invalidQuantity: Rule = {
  id: 'pod/invalid-quantity',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Invalid resource quantity',
  explanation:
    "Resource amounts are quantities: CPU in cores or millicores (`1`, `0.5`, `250m`), memory and storage in bytes with a suffix (`512Mi`, `1Gi`, `128M`; `Mi` is 2^20, `M` is 10^6). A unit the API does not know, such as `512MB`, `50GB`, `10gi` or `1 cpu`, is rejected, and so is a negative amount. This holds for a container's requests and limits, the Pod's `resources` and `overhead`, an emptyDir's `sizeLimit`, a claim template's `storage`, and a `resourceFieldRef`'s `divisor`, which is moreover one of 1m and 1 for cpu, or 1 or one unit (1Ki, 1Mi, 1G…) for bytes.",
  check(ctx, report) {
    // `cpu: 1_000` is 1000 to kubectl, a valid quantity: schema/yaml11-number's warning.
    const readOtherwise = new Set(yaml11Numbers(ctx).map((n) => n.path.join('/')));
    const check = (value: unknown, path: PathKey[], what: string, of = ''): boolean => {
      if (value === undefined || value === null) return false;
      if (readOtherwise.has(path.join('/'))) return false;
      // `.inf` and `.nan` are numbers JSON cannot carry: schema/type's error.
      if (typeof value === 'number' && !Number.isFinite(value)) return false;
      const amount = parseQuantity(value);
      if (amount !== null && amount < 0) {
        report({
          path,
          message: `${what} ${typeof value === 'string' ? `"${value}"` : String(value)}${of} is negative: the API server accepts only 0 or more.`,
        });
      }
      if (amount !== null) return amount >= 0;
      const fixed = fixedQuantity(value, quantityKind(path));
      report({
        path,
        message: `${what} ${typeof value === 'string' ? `"${value}"` : String(value)}${of} is not a quantity (e.g. 250m, 1, 512Mi).`,
        fix: fixed ? setAt(path, fixed, `Write ${fixed}`) : undefined,
      });
      return false;
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
      for (const ref of resourceFieldRefs(c.data, c.path)) {
        const path = [...ref.path, 'divisor'];
        const of = ` of ${asString(ref.data.resource) ?? 'the resource'} in container "${c.name}"`;
        if (check(ref.data.divisor, path, 'The divisor', of)) {
          divisorProblem(ref.data, path, report);
        }
      }
    }
    const podResources = asObject(ctx.spec.resources);
    for (const list of RESOURCE_LISTS) {
      for (const [name, value] of Object.entries(asObject(podResources?.[list]) ?? {})) {
        check(value, [...ctx.specPath, 'resources', list, name], `The Pod's ${name} ${list}`);
      }
    }
    for (const [name, value] of Object.entries(asObject(ctx.spec.overhead) ?? {})) {
      check(value, [...ctx.specPath, 'overhead', name], `The Pod's ${name} overhead`);
    }
    for (const v of ctx.volumes) {
      const size = asObject(v.data.emptyDir)?.sizeLimit;
      check(size, [...v.path, 'emptyDir', 'sizeLimit'], `The sizeLimit of volume "${v.name}"`);
      const claim = asObject(asObject(v.data.ephemeral)?.volumeClaimTemplate);
      const at = [...v.path, 'ephemeral', 'volumeClaimTemplate', 'spec', 'resources'];
      claimQuantities(asObject(asObject(claim?.spec)?.resources), at, `volume "${v.name}"`, check);
      for (const ref of resourceFieldRefs(v.data, v.path)) {
        const path = [...ref.path, 'divisor'];
        const of = ` of ${asString(ref.data.resource) ?? 'the resource'} in volume "${v.name}"`;
        if (check(ref.data.divisor, path, 'The divisor', of)) {
          divisorProblem(ref.data, path, report);
        }
      }
    }
    if (ctx.kind === 'StatefulSet') {
      asArray(asObject(ctx.root.spec)?.volumeClaimTemplates).forEach((raw, index) => {
        const template = asObject(raw);
        const name = asString(asObject(template?.metadata)?.name);
        const at = ['spec', 'volumeClaimTemplates', index, 'spec', 'resources'];
        const whose = name ? `claim template "${name}"` : `claim template ${index + 1}`;
        claimQuantities(asObject(asObject(template?.spec)?.resources), at, whose, check);
      });
    }
  },
};

/** What a quantity at `path` measures, for the examples and the nearest quantity. */
function quantityKind(path: readonly PathKey[]): string {
  const key = String(path[path.length - 1]);
  return key === 'cpu' ? 'cpu' : key === 'divisor' ? 'divisor' : 'bytes';
}

/** The requests and limits of a claim's `resources` (its `storage`), checked with `check`. */
function claimQuantities(
  resources: JsonObject | null,
  at: PathKey[],
  whose: string,
  check: (value: unknown, path: PathKey[], what: string, of: string) => boolean,
): void {
  for (const list of RESOURCE_LISTS) {
    for (const [name, value] of Object.entries(asObject(resources?.[list]) ?? {})) {
      const which = list === 'requests' ? 'request' : 'limit';
      check(value, [...at, list, name], `The ${name} ${which}`, ` of ${whose}`);
    }
  }
}

/** Each `resourceFieldRef` of a container's env or a downwardAPI volume's items, with its path. */
export function resourceFieldRefs(
  data: JsonObject,
  at: PathKey[],
): { data: JsonObject; path: PathKey[]; inVolume: boolean }[] {
  const found: { data: JsonObject; path: PathKey[]; inVolume: boolean }[] = [];
  asArray(data.env).forEach((raw, i) => {
    const ref = asObject(asObject(asObject(raw)?.valueFrom)?.resourceFieldRef);
    if (ref)
      found.push({
        data: ref,
        path: [...at, 'env', i, 'valueFrom', 'resourceFieldRef'],
        inVolume: false,
      });
  });
  const items = (source: JsonObject | null, path: PathKey[]) =>
    asArray(source?.items).forEach((raw, i) => {
      const ref = asObject(asObject(raw)?.resourceFieldRef);
      if (ref)
        found.push({ data: ref, path: [...path, 'items', i, 'resourceFieldRef'], inVolume: true });
    });
  items(asObject(data.downwardAPI), [...at, 'downwardAPI']);
  asArray(asObject(data.projected)?.sources).forEach((raw, i) => {
    items(asObject(asObject(raw)?.downwardAPI), [...at, 'projected', 'sources', i, 'downwardAPI']);
  });
  return found;
}

const BYTE_DIVISORS = [
  '1',
  '1k',
  '1M',
  '1G',
  '1T',
  '1P',
  '1E',
  '1Ki',
  '1Mi',
  '1Gi',
  '1Ti',
  '1Pi',
  '1Ei',
];

/**
 * The divisors the API server takes for a resource (validateContainerResourceDivisor,
 * pkg/apis/core/validation): 1m or 1 for cpu; for memory, ephemeral-storage and huge pages,
 * 1 and each unit. It compares the quantity's canonical text; comparing values, as here, takes
 * a few spellings it would refuse (`1024`), and never refuses one it takes.
 */
function divisorProblem(
  ref: JsonObject,
  path: PathKey[],
  report: Parameters<Rule['check']>[1],
): void {
  const resource = asString(ref.resource);
  const divisor = parseQuantity(ref.divisor);
  if (!resource || divisor === null) return;
  const measured = resource.replace(/^(limits|requests)\./, '');
  const allowed =
    measured === 'cpu'
      ? ['1m', '1']
      : measured === 'memory' ||
          measured === 'ephemeral-storage' ||
          measured.startsWith('hugepages-')
        ? BYTE_DIVISORS
        : null;
  if (!allowed) return;
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(a, b);
  if (allowed.some((d) => same(parseQuantity(d)!, divisor))) return;
  const fixed = nearestQuantity(ref.divisor, measured === 'cpu' ? 'cpu' : 'bytes');
  report({
    path,
    message: `The divisor ${String(ref.divisor)} of ${resource} is not one the API server takes: use ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)!}.`,
    fix: fixed && allowed.includes(fixed) ? setAt(path, fixed, `Write ${fixed}`) : undefined,
  });
}

const requestsExceedLimits: Rule = {
  id: 'pod/requests-exceed-limits',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Request above limit',
  explanation:
    'A request is what the scheduler reserves; a limit is the ceiling cgroups enforce. A request larger than the limit can never be honoured, so the API server rejects it ("must be less than or equal to limit"). An amount written in a unit the API does not know (`2GB`) is compared as the quick fix of `pod/invalid-quantity` writes it (`2G`): fixing the unit alone leaves the request above its limit.',
  check(ctx, report) {
    for (const c of ctx.containers) {
      const resources = asObject(c.data.resources);
      const requests = asObject(resources?.requests) ?? {};
      const limits = asObject(resources?.limits) ?? {};
      for (const [name, raw] of Object.entries(requests)) {
        const path = [...c.path, 'resources', 'requests', name];
        const request = readAmount(raw, quantityKind(path));
        const limit = readAmount(limits[name], quantityKind(path));
        if (!request || !limit || request.amount <= limit.amount * (1 + 1e-12)) continue;
        report({
          path,
          message: `Container "${c.name}" requests ${String(raw)} ${name}${request.note}, more than its limit of ${String(limits[name])}${limit.note}.`,
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
      const ceiling = readAmount(opts.ceiling, 'bytes')?.amount ?? null;
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

/** The resources a container may request without a domain prefix, but `hugepages-<size>`. */
const STANDARD_CONTAINER_RESOURCES = ['cpu', 'memory', 'ephemeral-storage'] as const;

/**
 * Whether the API takes `name` as a container's resource: a standard one, huge pages of a size,
 * or any name with a '/' (an extended resource such as nvidia.com/gpu, checked by its own rules).
 * validateContainerResourceName, pkg/apis/core/validation: "must be a standard resource for
 * containers".
 */
function isContainerResourceName(name: string): boolean {
  return (
    name.includes('/') ||
    name.startsWith('hugepages-') ||
    (STANDARD_CONTAINER_RESOURCES as readonly string[]).includes(name)
  );
}

/**
 * The standard resource a misspelt container resource name stands for (`memroy`, `Memory`,
 * `ephemeral_storage`), or null when it is a valid name or none is close.
 */
export function meantResourceName(name: string): string | null {
  return meantName(name, STANDARD_CONTAINER_RESOURCES, isContainerResourceName);
}

/** The name of `known` that a misspelt resource name stands for, or null. */
function meantName(
  name: string,
  known: readonly string[],
  isValid: (name: string) => boolean,
): string | null {
  if (isValid(name)) return null;
  // `gpu` is a letter from `cpu`, but a GPU is an extended resource (nvidia.com/gpu, amd.com/gpu).
  if (/gpu/i.test(name)) return null;
  if (/^huge_?pages[-_]/i.test(name)) return `hugepages-${name.replace(/^huge_?pages[-_]/i, '')}`;
  return suggestion(name.replace(/_/g, '-'), known, 3);
}

/** The resources the Pod may set for itself (`spec.resources`, 1.32+), but `hugepages-<size>`. */
const POD_LEVEL_RESOURCES = ['cpu', 'memory'] as const;

/**
 * Whether the API takes `name` in the Pod's own `resources`: cpu, memory, huge pages
 * (validatePodResourceName, IsSupportedPodLevelResource). Neither ephemeral-storage nor an
 * extended resource: "supported values: "cpu", "hugepages-", "memory"".
 */
function isPodResourceName(name: string): boolean {
  return name.startsWith('hugepages-') || (POD_LEVEL_RESOURCES as readonly string[]).includes(name);
}

const unknownResourceName: Rule = {
  id: 'pod/unknown-resource-name',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'A resource name the API does not know',
  explanation:
    'A container requests and limits resources by name: `cpu`, `memory`, `ephemeral-storage`, huge pages of one size (`hugepages-2Mi`), or an extended resource that a device plugin offers, named with its domain (`nvidia.com/gpu`). The API server refuses any other name ("must be a standard resource for containers"), so a misspelt `memroy` is not silently ignored: it stops the whole manifest. The Pod\'s own `resources` (Kubernetes 1.32 and later, on by default from 1.34) take fewer: `cpu`, `memory` and huge pages only.',
  check(ctx, report) {
    for (const c of ctx.containers) {
      const resources = asObject(c.data.resources);
      for (const list of RESOURCE_LISTS) {
        const values = asObject(resources?.[list]);
        for (const [name, value] of Object.entries(values ?? {})) {
          if (isContainerResourceName(name)) continue;
          const meant = meantResourceName(name);
          const path = [...c.path, 'resources', list, name];
          const free = meant !== null && values?.[meant] === undefined;
          report({
            path,
            at: 'key',
            message: meant
              ? `Container "${c.name}" ${list === 'requests' ? 'requests' : 'limits'} "${name}", which is not a resource a container can have: did you mean ${meant}?`
              : `Container "${c.name}" ${list === 'requests' ? 'requests' : 'limits'} "${name}", which is not a resource a container can have: use cpu, memory, ephemeral-storage, hugepages-<size>, or an extended resource named with its domain (nvidia.com/gpu).`,
            fix: free
              ? {
                  title: `Write ${meant}`,
                  edits: [
                    ...setAt([...c.path, 'resources', list, meant], value, '').edits,
                    ...setAt(path, undefined, '').edits,
                  ],
                }
              : undefined,
          });
        }
      }
    }
    // The Pod's own resources: before 1.34 the feature gate is off by default, and the API server
    // then drops the field rather than refusing it.
    const at = [...ctx.specPath, 'resources'];
    const podResources = asObject(ctx.spec.resources);
    const gated = isBefore(ctx.version, 1, 34);
    for (const list of RESOURCE_LISTS) {
      const values = asObject(podResources?.[list]);
      for (const [name, value] of Object.entries(values ?? {})) {
        if (isPodResourceName(name)) continue;
        const meant = meantName(name, POD_LEVEL_RESOURCES, isPodResourceName);
        const path = [...at, list, name];
        const free = meant !== null && values?.[meant] === undefined;
        const verb = list === 'requests' ? 'requests' : 'limits';
        report({
          path,
          at: 'key',
          refusedBy: gated ? null : 'api-server',
          message: meant
            ? `The Pod ${verb} "${name}" for itself, which is not a resource a Pod can have: did you mean ${meant}?`
            : `The Pod ${verb} "${name}" for itself, which is not a resource a Pod can have: the Pod's own resources are cpu, memory and hugepages-<size>${isContainerResourceName(name) ? `; set ${name} on its containers` : ''}.`,
          fix: free
            ? {
                title: `Write ${meant}`,
                edits: [
                  ...setAt([...at, list, meant], value, '').edits,
                  ...setAt(path, undefined, '').edits,
                ],
              }
            : undefined,
        });
      }
    }
  },
};

export const RESOURCE_RULES: readonly Rule[] = [
  unknownResourceName,
  invalidQuantity,
  requestsExceedLimits,
  fractionalBytes,
];
