import type { PathKey } from '../manifest/nodes';
import { asList, asMap, CONTAINER_LISTS } from '../manifest/references';

/**
 * Where a Pod names the objects it needs beside it: the ConfigMaps and Secrets it mounts or reads
 * variables from, and the PersistentVolumeClaims it mounts. Read from the document as plain data.
 */

export type LinkedKind = 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim';

export interface ObjectReference {
  kind: LinkedKind;
  name: string;
  /** Document path of the scalar that holds the name. */
  path: PathKey[];
  /** The volume that holds the reference, or the container whose variables do. */
  volume?: string;
  container?: string;
  /** The keys of the object the Pod reads: `items[].key`, a `subPath`, a `configMapKeyRef.key`. */
  keys: string[];
}

type Plain = Record<string, unknown>;

function itemKeys(source: Plain | null): string[] {
  return asList(source?.items)
    .map((item) => asMap(item)?.key)
    .filter((key): key is string => typeof key === 'string');
}

/** The key a `subPath` mount of a ConfigMap or Secret volume reads. */
function subPathKey(source: Plain | null, subPath: string): string {
  const item = asList(source?.items)
    .map(asMap)
    .find((i) => i?.path === subPath);
  return typeof item?.key === 'string' ? item.key : subPath.split('/')[0]!;
}

function containersOf(spec: Plain): { data: Plain; path: PathKey[] }[] {
  return CONTAINER_LISTS.flatMap((list) =>
    asList(spec[list]).flatMap((raw, i) => {
      const data = asMap(raw);
      return data ? [{ data, path: [list, i] as PathKey[] }] : [];
    }),
  );
}

/** Every ConfigMap, Secret and PersistentVolumeClaim the Pod spec at `specPath` names. */
export function objectReferences(root: unknown, specPath: readonly PathKey[]): ObjectReference[] {
  let spec: unknown = root;
  for (const key of specPath) spec = asMap(spec)?.[key];
  const pod = asMap(spec);
  if (!pod) return [];
  const out: ObjectReference[] = [];
  const base = [...specPath];
  const containers = containersOf(pod);
  /** The subPaths under which containers mount a volume. */
  const subPaths = (volume: string) =>
    containers.flatMap(({ data }) =>
      asList(data.volumeMounts)
        .map(asMap)
        .filter((m) => m?.name === volume && typeof m.subPath === 'string')
        .map((m) => m!.subPath as string),
    );

  asList(pod.volumes).forEach((raw, v) => {
    const volume = asMap(raw);
    const name = typeof volume?.name === 'string' ? volume.name : undefined;
    if (!volume || name === undefined) return;
    const path: PathKey[] = [...base, 'volumes', v];
    const sourced = (kind: LinkedKind, source: Plain | null, key: string, at: PathKey[]) => {
      const target = source?.[key];
      if (typeof target !== 'string') return;
      const keys = [...itemKeys(source), ...subPaths(name).map((s) => subPathKey(source, s))];
      out.push({ kind, name: target, path: [...at, key], volume: name, keys: [...new Set(keys)] });
    };
    sourced('ConfigMap', asMap(volume.configMap), 'name', [...path, 'configMap']);
    sourced('Secret', asMap(volume.secret), 'secretName', [...path, 'secret']);
    const claim = asMap(volume.persistentVolumeClaim);
    if (typeof claim?.claimName === 'string') {
      const at = [...path, 'persistentVolumeClaim', 'claimName'];
      out.push({
        kind: 'PersistentVolumeClaim',
        name: claim.claimName,
        path: at,
        volume: name,
        keys: [],
      });
    }
    asList(asMap(volume.projected)?.sources).forEach((raw, s) => {
      const source = asMap(raw);
      const at = [...path, 'projected', 'sources', s];
      const projected = (kind: LinkedKind, key: string) => {
        const inner = asMap(source?.[key]);
        if (typeof inner?.name !== 'string') return;
        out.push({
          kind,
          name: inner.name,
          path: [...at, key, 'name'],
          volume: name,
          keys: itemKeys(inner),
        });
      };
      projected('ConfigMap', 'configMap');
      projected('Secret', 'secret');
    });
  });

  for (const { data, path } of containers) {
    const container = typeof data.name === 'string' ? data.name : undefined;
    const at = [...base, ...path];
    asList(data.envFrom).forEach((raw, e) => {
      const from = asMap(raw);
      for (const [key, kind] of [
        ['configMapRef', 'ConfigMap'],
        ['secretRef', 'Secret'],
      ] as const) {
        const name = asMap(from?.[key])?.name;
        if (typeof name !== 'string') continue;
        out.push({ kind, name, path: [...at, 'envFrom', e, key, 'name'], container, keys: [] });
      }
    });
    asList(data.env).forEach((raw, e) => {
      const valueFrom = asMap(asMap(raw)?.valueFrom);
      for (const [key, kind] of [
        ['configMapKeyRef', 'ConfigMap'],
        ['secretKeyRef', 'Secret'],
      ] as const) {
        const ref = asMap(valueFrom?.[key]);
        if (typeof ref?.name !== 'string') continue;
        const keys = typeof ref.key === 'string' ? [ref.key] : [];
        out.push({
          kind,
          name: ref.name,
          path: [...at, 'env', e, 'valueFrom', key, 'name'],
          container,
          keys,
        });
      }
    });
  }
  return out;
}
