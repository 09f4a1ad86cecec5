import { documentFails, readText, MAX_ALIAS_COUNT } from '../load';
import { isWorkloadKind, POD_SPEC_PATHS, podMetadataPath } from '../locate';
import type { PathKey } from '../nodes';
import { at } from '../references';
import { asList, asMap, deploymentDefaults, podSpecDefaults, type Add } from './defaults';

/**
 * Reading a document copied from a cluster (`kubectl get pod web -o yaml`): what the cluster
 * recorded about the object, what its admission plugins added, and the defaults the API server
 * filled in. Each is a field to remove, with the value it holds, so the user sees the list first.
 */

export type RemovalGroup = 'record' | 'admission' | 'default';

export interface Removal {
  path: PathKey[];
  /** How far up a mapping or list the removal leaves empty goes: the first `keep` keys stay. */
  keep: number;
  group: RemovalGroup;
  /** The field, in the user's terms: `metadata.uid`, `containers[nginx].imagePullPolicy`. */
  field: string;
  /** Its value, on one line and short. */
  value: string;
  /** Left in unless the user asks: removing it may change where the object goes. */
  optional?: boolean;
}

export interface ClusterRecord {
  document: number;
  kind: string;
  name: string | null;
  removals: Removal[];
  /** Defaults kept because the last-applied configuration shows that someone wrote them. */
  kept: string[];
  /** The ReplicaSet that made this Pod: its Pod template can become a Deployment. */
  replicaSet: { name: string; deployment: string } | null;
}

type Plain = Record<string, unknown>;

const RECORD_METADATA = [
  'uid',
  'resourceVersion',
  'creationTimestamp',
  'generation',
  'selfLink',
  'managedFields',
  'ownerReferences',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
] as const;

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

const RECORD_ANNOTATIONS = [
  LAST_APPLIED,
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
];

/** Labels a controller stamps on the Pods it makes, to tell its revisions apart. */
const CONTROLLER_LABELS = [
  'pod-template-hash',
  'controller-revision-hash',
  'pod-template-generation',
  'statefulset.kubernetes.io/pod-name',
  'apps.kubernetes.io/pod-index',
];

/** True when the object was read back from a cluster, not written by hand. */
function fromCluster(root: Plain): boolean {
  const meta = asMap(root.metadata);
  const status = asMap(root.status);
  return (
    meta !== null &&
    (typeof meta.uid === 'string' ||
      meta.resourceVersion != null ||
      Array.isArray(meta.managedFields) ||
      typeof meta.creationTimestamp === 'string' ||
      (status !== null && Object.keys(status).length > 0))
  );
}

function short(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** `spec.containers[nginx].ports[0].protocol`: list items by name where they have one. */
function fieldName(root: unknown, path: readonly PathKey[]): string {
  let out = '';
  let node: unknown = root;
  for (const key of path) {
    if (typeof key === 'number') {
      const name = asMap(asList(node)[key])?.name;
      out += typeof name === 'string' ? `[${name}]` : `[${key}]`;
      node = asList(node)[key];
    } else {
      out += out === '' ? key : `.${key}`;
      node = asMap(node)?.[key];
    }
  }
  return out;
}

/** The configuration `kubectl apply` recorded: exactly what the user wrote, when present. */
function lastApplied(meta: Plain | null): unknown {
  const raw = asMap(meta?.annotations)?.[LAST_APPLIED];
  if (typeof raw !== 'string') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The cluster's record in one document, or null when the document was not read from one.
 * `plain`: the text's documents as plain data, when the caller has them (PodDocument.documents).
 */
export function findClusterRecord(
  text: string,
  document: number,
  plain?: readonly unknown[],
): ClusterRecord | null {
  const loaded = readText(text);
  const doc = documentFails(loaded, document) ? undefined : loaded.docs[document];
  if (!doc) return null;
  let root: Plain | null;
  try {
    root = asMap(plain?.[document] ?? doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  } catch {
    return null;
  }
  if (!root || !fromCluster(root)) return null;
  const kind = typeof root.kind === 'string' ? root.kind : '';
  const meta = asMap(root.metadata);
  const applied = lastApplied(meta);
  const removals: Removal[] = [];
  const kept: string[] = [];
  const adder =
    (group: RemovalGroup): Add =>
    (path, value, keep) => {
      const field = fieldName(root, path);
      // A field the user wrote out is theirs: the last-applied configuration says so.
      const written = path[0] !== 'metadata' && path[0] !== 'status';
      if (written && applied !== undefined && at(applied, path) !== undefined) {
        kept.push(field);
        return;
      }
      removals.push({ path, keep, group, field, value: short(value) });
    };
  const record = adder('record');
  const admission = adder('admission');
  const defaults = adder('default');

  for (const key of RECORD_METADATA) {
    if (meta && Object.hasOwn(meta, key)) record(['metadata', key], meta[key], 1);
  }
  if (typeof meta?.generateName === 'string' && typeof meta.name === 'string') {
    record(['metadata', 'generateName'], meta.generateName, 1);
  }
  const annotations = asMap(meta?.annotations);
  for (const key of RECORD_ANNOTATIONS) {
    if (annotations && Object.hasOwn(annotations, key)) {
      record(['metadata', 'annotations', key], annotations[key], 1);
    }
  }
  if (Object.hasOwn(root, 'status')) record(['status'], root.status, 0);
  if (typeof meta?.namespace === 'string') {
    removals.push({
      path: ['metadata', 'namespace'],
      keep: 1,
      group: 'record',
      field: 'metadata.namespace',
      value: meta.namespace,
      optional: true,
    });
  }

  let replicaSet: ClusterRecord['replicaSet'] = null;
  if (isWorkloadKind(kind)) {
    const specPath = POD_SPEC_PATHS[kind];
    const podMeta = podMetadataPath(specPath);
    const labels = asMap(at(root, [...podMeta, 'labels']));
    for (const key of CONTROLLER_LABELS) {
      if (labels && Object.hasOwn(labels, key) && kind === 'Pod') {
        record([...podMeta, 'labels', key], labels[key], 1);
      }
    }
    if (kind !== 'Pod') {
      const templateMeta = asMap(at(root, podMeta));
      if (templateMeta && templateMeta.creationTimestamp === null) {
        record([...podMeta, 'creationTimestamp'], null, podMeta.length - 1);
      }
    }
    const spec = asMap(at(root, specPath));
    const restartDefault = kind !== 'Job' && kind !== 'CronJob';
    if (spec) podSpecDefaults(spec, specPath, restartDefault, defaults, admission);
    if (kind === 'Deployment') {
      const own = asMap(root.spec);
      if (own) deploymentDefaults(own, defaults);
    }
    if (kind === 'Pod') {
      // The scheduler's choice of Node, not the user's (unless the last-applied one says so).
      if (typeof spec?.nodeName === 'string') record(['spec', 'nodeName'], spec.nodeName, 1);
      // What `kubectl debug` added to the running Pod: the API server refuses it in a new one.
      if (asList(spec?.ephemeralContainers).length > 0) {
        record(['spec', 'ephemeralContainers'], spec!.ephemeralContainers, 1);
      }
      replicaSet = ownerReplicaSet(meta, labels);
    }
  }
  return {
    document,
    kind,
    name: typeof meta?.name === 'string' ? meta.name : null,
    removals,
    kept,
    replicaSet,
  };
}

/** The ReplicaSet controlling a Pod, and the Deployment name it was made for (`web-5d8f7c9b6d` → `web`). */
function ownerReplicaSet(meta: Plain | null, labels: Plain | null): ClusterRecord['replicaSet'] {
  const owner = asList(meta?.ownerReferences)
    .map(asMap)
    .find((o) => o?.kind === 'ReplicaSet' && o.controller !== false);
  const name = owner?.name;
  if (typeof name !== 'string') return null;
  const hash = labels?.['pod-template-hash'];
  const suffix = typeof hash === 'string' ? `-${hash}` : /-[a-z0-9]+$/.exec(name)?.[0];
  const deployment = suffix && name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
  return { name, deployment };
}
