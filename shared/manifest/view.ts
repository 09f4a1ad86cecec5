import { nodeId, occurrences } from '../graph/ids';
import { isMap, isSeq } from 'yaml';
import type { Document, LineCounter, Node, YAMLMap } from 'yaml';
import { diagnosticAt } from './load';
import { podMetadataPath } from './locate';
import type { PodLocation } from './locate';
import { childOf, deref, keyText, nodeAt, scalarString } from './nodes';
import type {
  ClaimTemplateView,
  ContainerList,
  ContainerView,
  Diagnostic,
  MountView,
  PodView,
  PortView,
  TextRange,
  VolumeSource,
  VolumeView,
  WorkloadKind,
} from './types';

export const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

/** The volume sources the app draws and edits by kind; any other is `other`. */
export const VOLUME_SOURCES = [
  'emptyDir',
  'configMap',
  'secret',
  'persistentVolumeClaim',
  'hostPath',
  'projected',
  'downwardAPI',
] as const satisfies readonly VolumeSource[];

export function rangeOf(node: Node | null | undefined): TextRange | null {
  const range = node?.range;
  return range ? { from: range[0], to: range[1] } : null;
}

/** A container as found in the document, before it becomes a view. */
export interface ContainerEntry {
  name: string | null;
  list: ContainerList;
  index: number;
  node: Node | null;
}

export function containerEntries(doc: Document, specPath: readonly string[]): ContainerEntry[] {
  const entries: ContainerEntry[] = [];
  for (const list of ['initContainers', 'containers'] as const) {
    const seq = nodeAt(doc, [...specPath, list]);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, index) => {
      const node = deref(item, doc);
      entries.push({ name: scalarString(childOf(node, 'name', doc)), list, index, node });
    });
  }
  return entries;
}

export interface VolumeEntry {
  name: string | null;
  index: number;
  node: Node | null;
}

export function volumeEntries(doc: Document, specPath: readonly string[]): VolumeEntry[] {
  const seq = nodeAt(doc, [...specPath, 'volumes']);
  if (!isSeq(seq)) return [];
  return seq.items.map((item, index) => {
    const node = deref(item, doc);
    return { name: scalarString(childOf(node, 'name', doc)), index, node };
  });
}

/** Where a StatefulSet keeps its claim templates (beside its Pod template, not in it). */
export const CLAIM_TEMPLATES_PATH: readonly string[] = ['spec', 'volumeClaimTemplates'];

/** A StatefulSet's claim template as found in the document: its name is `metadata.name`. */
export type ClaimTemplateEntry = VolumeEntry;

/** A StatefulSet's `volumeClaimTemplates`; none for another kind. */
export function claimTemplateEntries(doc: Document, kind: WorkloadKind): ClaimTemplateEntry[] {
  if (kind !== 'StatefulSet') return [];
  const seq = nodeAt(doc, CLAIM_TEMPLATES_PATH);
  if (!isSeq(seq)) return [];
  return seq.items.map((item, index) => {
    const node = deref(item, doc);
    const name = scalarString(childOf(childOf(node, 'metadata', doc), 'name', doc));
    return { name, index, node };
  });
}

/** A whole number ≥ 0 written as one, else `fallback`. */
function count(node: Node | null, fallback: number): number {
  const value = node && 'value' in node ? node.value : null;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** What a claim template gives each Pod, and the line that sums it up. */
function claimTemplateOf(
  node: Node | null,
  name: string,
  doc: Document,
): { template: ClaimTemplateView; detail: string } {
  const spec = childOf(node, 'spec', doc);
  const modes = childOf(spec, 'accessModes', doc);
  const accessModes = isSeq(modes)
    ? modes.items.flatMap((item) => scalarString(deref(item, doc)) ?? [])
    : [];
  const storage = scalarString(
    childOf(childOf(childOf(spec, 'resources', doc), 'requests', doc), 'storage', doc),
  );
  const storageClassName = field(spec, 'storageClassName', doc);
  // The controller names each Pod's claim `<template>-<statefulset>-<ordinal>`.
  const set = field(nodeAt(doc, ['metadata']), 'name', doc) ?? '<statefulset>';
  const replicas = count(nodeAt(doc, ['spec', 'replicas']), 1);
  const start = count(nodeAt(doc, ['spec', 'ordinals', 'start']), 0);
  const claims: string[] = [];
  for (let i = 0; i < Math.min(replicas, 2); i++) claims.push(`${name}-${set}-${start + i}`);
  const asks = [storage, accessModes.join(', '), storageClassName && `class ${storageClassName}`];
  const shown = asks.filter((part) => part);
  const moreClaims = replicas > claims.length;
  const each = claims.length ? ` (${[...claims, ...(moreClaims ? ['…'] : [])].join(', ')})` : '';
  return {
    template: { storage, accessModes, storageClassName, claims, moreClaims },
    detail: `claim per Pod from template${each}${shown.length ? `: ${shown.join(', ')}` : ''}`,
  };
}

/** The container named by the default-container annotation, if any. */
export function annotatedMain(doc: Document, specPath: readonly string[]): string | null {
  const path = [...podMetadataPath(specPath), 'annotations', DEFAULT_CONTAINER_ANNOTATION];
  return scalarString(nodeAt(doc, path));
}

function portsOf(node: Node | null, doc: Document): PortView[] {
  const seq = childOf(node, 'ports', doc);
  if (!isSeq(seq)) return [];
  return seq.items.map((item) => {
    const port = deref(item, doc);
    const raw = childOf(port, 'containerPort', doc);
    const value = raw && 'value' in raw ? raw.value : null;
    const name = scalarString(childOf(port, 'name', doc));
    const view: PortView = {
      containerPort: typeof value === 'number' && Number.isInteger(value) ? value : null,
      protocol: scalarString(childOf(port, 'protocol', doc)) ?? 'TCP',
    };
    if (name != null) view.name = name;
    return view;
  });
}

function mountsOf(node: Node | null, doc: Document): MountView[] {
  const seq = childOf(node, 'volumeMounts', doc);
  if (!isSeq(seq)) return [];
  return seq.items.map((item, index) => {
    const mount = deref(item, doc);
    const readOnly = childOf(mount, 'readOnly', doc);
    const subPath = scalarString(childOf(mount, 'subPath', doc));
    const view: MountView = {
      volume: scalarString(childOf(mount, 'name', doc)) ?? '',
      mountPath: scalarString(childOf(mount, 'mountPath', doc)) ?? '',
      readOnly: readOnly != null && 'value' in readOnly && readOnly.value === true,
      index,
    };
    if (subPath != null) view.subPath = subPath;
    return view;
  });
}

function sourceKey(node: Node | null): string | null {
  if (!isMap(node)) return null;
  for (const pair of node.items) {
    const key = keyText(pair);
    if (key != null && key !== 'name') return key;
  }
  return null;
}

function field(node: Node | null, key: string, doc: Document): string | null {
  return scalarString(childOf(node, key, doc));
}

function detailOf(source: string | null, node: Node | null, doc: Document): string {
  const body = source ? childOf(node, source, doc) : null;
  const named = (label: string, key: string) => {
    const value = field(body, key, doc);
    return value ? `${label} ${value}` : label;
  };
  switch (source) {
    case 'emptyDir': {
      const parts = ['medium', 'sizeLimit']
        .map((key) => [key, field(body, key, doc)] as const)
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}: ${value}`);
      return parts.length ? parts.join(', ') : 'empty directory';
    }
    case 'configMap':
      return named('configMap', 'name');
    case 'secret':
      return named('secret', 'secretName');
    case 'persistentVolumeClaim':
      return named('claim', 'claimName');
    case 'hostPath':
      return named('hostPath', 'path');
    case 'projected': {
      const sources = childOf(body, 'sources', doc);
      const kinds = isSeq(sources) ? sources.items.map((s) => sourceKey(deref(s, doc)) ?? '?') : [];
      return kinds.length ? `projected: ${kinds.join(', ')}` : 'projected';
    }
    case 'downwardAPI': {
      const items = childOf(body, 'items', doc);
      const count = isSeq(items) ? items.items.length : 0;
      return `downwardAPI: ${count} item${count === 1 ? '' : 's'}`;
    }
    case null:
      return 'no source';
    default:
      return source;
  }
}

export function volumeSourceOf(node: Node | null): { key: string | null; source: VolumeSource } {
  const key = sourceKey(node);
  const source = VOLUME_SOURCES.find((s) => s === key) ?? 'other';
  return { key, source };
}

export interface BuiltView {
  view: PodView;
  diagnostics: Diagnostic[];
}

export function buildPodView(
  doc: Document,
  location: PodLocation,
  lineCounter: LineCounter,
): BuiltView {
  const { kind, specPath } = location;
  const diagnostics: Diagnostic[] = [];
  const warn = (node: Node | null | undefined, code: string, message: string) => {
    const range = rangeOf(node) ?? { from: 0, to: 0 };
    diagnostics.push(diagnosticAt(lineCounter, range.from, range.to, 'warning', code, message));
  };
  const spec = nodeAt(doc, specPath) as YAMLMap;
  for (const list of ['initContainers', 'containers', 'volumes']) {
    const node = childOf(spec, list, doc);
    if (node && !isSeq(node)) warn(node, 'not-a-list', `\`${list}\` should be a list.`);
  }

  const entries = containerEntries(doc, specPath);
  const apps = entries.filter((e) => e.list === 'containers');
  const annotated = annotatedMain(doc, specPath);
  const appNames = apps.map((e) => e.name);
  const mainContainer =
    annotated != null && appNames.includes(annotated) ? annotated : (apps[0]?.name ?? null);
  if (apps.length === 0) {
    warn(spec, 'no-containers', 'The Pod has no containers: add at least one app container.');
  }
  if (annotated != null && !appNames.includes(annotated)) {
    const node = nodeAt(doc, [
      ...podMetadataPath(specPath),
      'annotations',
      DEFAULT_CONTAINER_ANNOTATION,
    ]);
    warn(
      node,
      'unknown-default-container',
      `The default container "${annotated}" is not an app container of this Pod.`,
    );
  }

  let mainTaken = false;
  const containers: ContainerView[] = [];
  const nthContainer = occurrences();
  for (const entry of entries) {
    if (!isMap(entry.node)) {
      warn(
        entry.node,
        'container-not-mapping',
        `An item of \`${entry.list}\` is not a container mapping.`,
      );
      continue;
    }
    if (entry.name == null) warn(entry.node, 'container-without-name', 'A container has no name.');
    let role: ContainerView['role'];
    if (entry.list === 'initContainers') {
      role = field(entry.node, 'restartPolicy', doc) === 'Always' ? 'native-sidecar' : 'init';
    } else if (!mainTaken && entry.name === mainContainer) {
      role = 'main';
      mainTaken = true;
    } else {
      role = 'sidecar';
    }
    containers.push({
      id: nodeId.container(entry.name ?? '', nthContainer(entry.name ?? '')),
      name: entry.name ?? '',
      image: field(entry.node, 'image', doc),
      role,
      list: entry.list,
      index: entry.index,
      ports: portsOf(entry.node, doc),
      mounts: mountsOf(entry.node, doc),
      range: rangeOf(entry.node),
    });
  }

  const volumes: VolumeView[] = [];
  const nthVolume = occurrences();
  // A claim template gives every Pod a volume of its name, in place of a Pod volume of that
  // name: it takes the name's first node id, the one mounts link to.
  const templates: VolumeView[] = [];
  for (const entry of claimTemplateEntries(doc, kind)) {
    if (!isMap(entry.node)) continue;
    const name = entry.name ?? '';
    const { template, detail } = claimTemplateOf(entry.node, name, doc);
    templates.push({
      id: nodeId.volume(name, nthVolume(name)),
      name,
      source: 'persistentVolumeClaim',
      detail,
      index: entry.index,
      range: rangeOf(entry.node),
      claimTemplate: template,
    });
  }
  const templateNames = new Set(templates.map((t) => t.name));
  for (const entry of volumeEntries(doc, specPath)) {
    if (!isMap(entry.node)) {
      warn(entry.node, 'volume-not-mapping', 'An item of `volumes` is not a volume mapping.');
      continue;
    }
    const { key, source } = volumeSourceOf(entry.node);
    const volume: VolumeView = {
      id: nodeId.volume(entry.name ?? '', nthVolume(entry.name ?? '')),
      name: entry.name ?? '',
      source,
      detail: detailOf(key, entry.node, doc),
      index: entry.index,
      range: rangeOf(entry.node),
    };
    if (templateNames.has(volume.name)) volume.replacedByClaimTemplate = true;
    volumes.push(volume);
  }
  volumes.push(...templates);

  return {
    view: {
      kind,
      name: field(nodeAt(doc, ['metadata']), 'name', doc),
      namespace: field(nodeAt(doc, ['metadata']), 'namespace', doc),
      specPath,
      containers,
      volumes,
      restartPolicy: field(spec, 'restartPolicy', doc),
      mainContainer,
    },
    diagnostics,
  };
}
