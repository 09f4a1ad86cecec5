import { isMap } from 'yaml';
import type { Document } from 'yaml';
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

/** The Pod spec of a document, if it is a kind the app edits and the spec is a mapping. */
export function locatePod(doc: Document): PodLocation | null {
  const kind = documentKind(doc);
  if (!isWorkloadKind(kind)) return null;
  const specPath = POD_SPEC_PATHS[kind];
  return isMap(nodeAt(doc, specPath)) ? { kind, specPath } : null;
}
