import { isMap } from 'yaml';
import type { Document } from 'yaml';
import { suggestion } from '../text/suggest';
import { documentFails, type LoadedText } from './load';
import { nodeAt, scalarString } from './nodes';
import type { WorkloadKind } from './types';

/** Where each kind keeps its Pod spec. */
export const POD_SPEC_PATHS: Readonly<Record<WorkloadKind, readonly string[]>> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

export function isWorkloadKind(kind: string | null): kind is WorkloadKind {
  return kind != null && Object.prototype.hasOwnProperty.call(POD_SPEC_PATHS, kind);
}

/** The metadata that carries the Pod's annotations: the Pod's own, or the template's. */
export function podMetadataPath(specPath: readonly string[]): string[] {
  return [...specPath.slice(0, -1), 'metadata'];
}

export interface PodLocation {
  kind: WorkloadKind;
  specPath: readonly string[];
}

export function documentKind(doc: Document): string | null {
  if (!isMap(doc.contents)) return null;
  return scalarString(nodeAt(doc, ['kind']));
}

/** A kind's letters, lower-case and singular: `Pod [`, `pod` and `Pods` all read as `pod`. */
const kindLetters = (kind: string) =>
  kind
    .replace(/[^a-z]/gi, '')
    .toLowerCase()
    .replace(/s$/, '');

/**
 * The kinds of the built-in API groups that have no dot in their name (the core group `v1`,
 * `apps`, `batch`, `policy`, `autoscaling`) that a manifest beside a Pod most often holds.
 */
const BUILT_IN_KINDS = [
  'ConfigMap',
  'Secret',
  'Service',
  'ServiceAccount',
  'Namespace',
  'PersistentVolumeClaim',
  'PersistentVolume',
  'LimitRange',
  'ResourceQuota',
  'Endpoints',
  'PodTemplate',
  'PodDisruptionBudget',
  'HorizontalPodAutoscaler',
];

/**
 * The built-in kind a document's `kind` was meant to be, where it reads as a mistyped one (`pod`,
 * `Pod [`, `Pods`, `service`; for a workload, a letter off too: `Deploymnet`) in a built-in API
 * group: the API server knows no such kind, and `kubectl apply` refuses the document ("no
 * matches for kind"). A kind of another group (a custom resource, whose group has a dot in its
 * name) can be anything: left alone.
 */
export function mistypedKind(doc: Document): string | null {
  const kind = documentKind(doc);
  if (kind === null || isWorkloadKind(kind) || BUILT_IN_KINDS.includes(kind)) return null;
  const apiVersion = scalarString(nodeAt(doc, ['apiVersion'])) ?? '';
  if (apiVersion.split('/').length > 1 && apiVersion.split('/')[0]!.includes('.')) return null;
  const workloads = Object.keys(POD_SPEC_PATHS) as WorkloadKind[];
  const same = [...workloads, ...BUILT_IN_KINDS].find((k) => kindLetters(k) === kindLetters(kind));
  if (same) return same;
  // A letter off, or two swapped, in a name long enough not to be another kind (Node, Job).
  return kind.length >= 6 ? suggestion(kind, workloads, 2) : null;
}

/** The Pod spec of a document, if it is a kind the app edits and the spec is a mapping. */
export function locatePod(doc: Document): PodLocation | null {
  const kind = documentKind(doc);
  if (!isWorkloadKind(kind)) return null;
  const specPath = POD_SPEC_PATHS[kind];
  return isMap(nodeAt(doc, specPath)) ? { kind, specPath } : null;
}

/**
 * The document shown when none is chosen: the first that holds a Pod, unless one before it does
 * not parse and may be the Pod the user is typing (its kind, as far as it reads, is a workload's
 * or none): then that one, which shows none. A broken ConfigMap or Service before the Pod is no
 * Pod: the Pod after it is shown. -1: none.
 */
export function firstShown(loaded: LoadedText): number {
  return loaded.docs.findIndex((doc, i) => {
    if (!documentFails(loaded, i)) return locatePod(doc) != null;
    const kind = documentKind(doc);
    const meant = kind === null ? null : (mistypedKind(doc) ?? kind);
    return meant === null || isWorkloadKind(meant);
  });
}
