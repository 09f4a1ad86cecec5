import type { PathKey } from './nodes';

/**
 * Where a Pod names its own containers and ports besides their `name` fields. A rename follows
 * every one of these; a removal reports the ones it would leave naming nothing. Read from the
 * document as plain data (aliases and merge keys resolved), so edits and validation agree.
 */
export interface Reference {
  /** Document path of the scalar that holds the name. */
  path: PathKey[];
  /** The name it holds. */
  name: string;
  /** What it is, for messages: "the env variable CPU_LIMIT of "app"". */
  what: string;
}

/** Annotations whose value names a container of the Pod. */
export const CONTAINER_ANNOTATIONS = [
  'kubectl.kubernetes.io/default-container',
  'kubectl.kubernetes.io/default-logs-container',
] as const;

type Plain = Record<string, unknown>;

export function asMap(value: unknown): Plain | null {
  return value != null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Plain)
    : null;
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function at(root: unknown, path: readonly PathKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value == null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** The lists of a Pod spec that hold containers, the ephemeral ones `kubectl debug` adds too. */
export const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

/** `items[].resourceFieldRef.containerName` of a downwardAPI volume source at `path`. */
function downwardItems(source: unknown, path: PathKey[], volume: string, out: Reference[]): void {
  asList(asMap(source)?.items).forEach((item, i) => {
    const name = asMap(asMap(item)?.resourceFieldRef)?.containerName;
    if (typeof name === 'string') {
      out.push({
        path: [...path, 'items', i, 'resourceFieldRef', 'containerName'],
        name,
        what: `the downwardAPI volume "${volume}"`,
      });
    }
  });
}

/**
 * Every place that names a container: the default-container annotations,
 * `env[].valueFrom.resourceFieldRef.containerName` in every container, an ephemeral container's
 * `targetContainerName`, downwardAPI volume items (also inside projected volumes), and a Job's
 * `podFailurePolicy.rules[].onExitCodes.containerName`.
 */
export function containerReferences(
  root: unknown,
  specPath: readonly string[],
  metadataPath: readonly string[],
): Reference[] {
  const out: Reference[] = [];
  const annotations = [...metadataPath, 'annotations'];
  for (const key of CONTAINER_ANNOTATIONS) {
    const name = at(root, [...annotations, key]);
    if (typeof name === 'string') {
      out.push({ path: [...annotations, key], name, what: `the annotation ${key}` });
    }
  }
  const spec = asMap(at(root, specPath));
  for (const list of CONTAINER_LISTS) {
    asList(spec?.[list]).forEach((raw, c) => {
      const owner = asMap(raw)?.name;
      const target = asMap(raw)?.targetContainerName;
      if (list === 'ephemeralContainers' && typeof target === 'string') {
        out.push({
          path: [...specPath, list, c, 'targetContainerName'],
          name: target,
          what: `the targetContainerName of the ephemeral container "${String(owner)}"`,
        });
      }
      asList(asMap(raw)?.env).forEach((env, e) => {
        const ref = asMap(asMap(asMap(env)?.valueFrom)?.resourceFieldRef);
        if (typeof ref?.containerName !== 'string') return;
        out.push({
          path: [...specPath, list, c, 'env', e, 'valueFrom', 'resourceFieldRef', 'containerName'],
          name: ref.containerName,
          what: `the variable ${String(asMap(env)?.name)} of "${String(owner)}"`,
        });
      });
    });
  }
  asList(spec?.volumes).forEach((raw, v) => {
    const volume = asMap(raw);
    const label = String(volume?.name);
    const base: PathKey[] = [...specPath, 'volumes', v];
    downwardItems(volume?.downwardAPI, [...base, 'downwardAPI'], label, out);
    asList(asMap(volume?.projected)?.sources).forEach((source, s) => {
      const path = [...base, 'projected', 'sources', s, 'downwardAPI'];
      downwardItems(asMap(source)?.downwardAPI, path, label, out);
    });
  });
  // A Job's spec (also a CronJob's job template) sits right above its Pod template.
  if (specPath.length >= 2 && specPath.at(-2) === 'template') {
    const jobPath = specPath.slice(0, -2);
    asList(asMap(at(root, [...jobPath, 'podFailurePolicy']))?.rules).forEach((rule, r) => {
      const name = asMap(asMap(rule)?.onExitCodes)?.containerName;
      if (typeof name !== 'string') return;
      out.push({
        path: [...jobPath, 'podFailurePolicy', 'rules', r, 'onExitCodes', 'containerName'],
        name,
        what: `rule ${r + 1} of the Job's podFailurePolicy`,
      });
    });
  }
  return out;
}

export const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HOOKS = ['postStart', 'preStop'] as const;
const HANDLERS = ['httpGet', 'tcpSocket'] as const;

/** Every probe and lifecycle hook of a container that names a port (`port: http`). */
export function portReferences(container: unknown, containerPath: readonly PathKey[]): Reference[] {
  const out: Reference[] = [];
  const data = asMap(container);
  const add = (owner: PathKey[], body: unknown, what: string) => {
    for (const handler of HANDLERS) {
      const port = asMap(asMap(body)?.[handler])?.port;
      if (typeof port === 'string') {
        out.push({ path: [...owner, handler, 'port'], name: port, what });
      }
    }
  };
  for (const probe of PROBES) add([...containerPath, probe], data?.[probe], `the ${probe}`);
  for (const hook of HOOKS) {
    const path = [...containerPath, 'lifecycle', hook];
    add(path, asMap(data?.lifecycle)?.[hook], `the ${hook} hook`);
  }
  return out;
}
