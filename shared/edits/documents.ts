import { selects } from '../links/links';
import { fileObjects, type FileObject } from '../links/objects';
import { objectReferences } from '../links/references';
import { servedPorts, targetOf } from '../links/service-ports';
import { plainDocument, readText } from '../manifest/load';
import { locatePod, podMetadataPath } from '../manifest/locate';
import type { PathKey } from '../manifest/nodes';
import { asList, asMap, at } from '../manifest/references';
import { printBlock } from './print';
import type { PodContext } from './pod-context';
import { EditError } from './text-editor';
import type { NeededKind, PodEdit } from './types';

type Edit<T extends PodEdit['type']> = Extract<PodEdit, { type: T }>;

/** DNS-1123 subdomain: what a ConfigMap, Secret, claim or Service may be named. */
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function checkObjectName(kind: string, name: string): void {
  if (name.length === 0 || name.length > 253 || !SUBDOMAIN.test(name)) {
    throw new EditError(
      `"${name}" cannot name a ${kind}: use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit.`,
    );
  }
}

function podNamespace(pod: PodContext): string | null {
  const ns = pod.editor.valueAt(['metadata', 'namespace']);
  return typeof ns === 'string' ? ns : null;
}

/** The file's object of this kind and name, in the Pod's namespace. */
function objectNamed(pod: PodContext, kind: string, name: string): FileObject | undefined {
  const ns = podNamespace(pod);
  return fileObjects(pod.editor.text).find(
    (o) =>
      o.index !== pod.editor.docIndex &&
      o.kind === kind &&
      o.name === name &&
      (o.namespace === null || ns === null || o.namespace === ns),
  );
}

function referencesTo(pod: PodContext, kind: NeededKind, name: string) {
  return objectReferences(pod.editor.valueAt([]), pod.specPath).filter(
    (r) => r.kind === kind && r.name === name,
  );
}

function metadata(pod: PodContext, name: string): Record<string, unknown> {
  const ns = podNamespace(pod);
  return ns === null ? { name } : { name, namespace: ns };
}

function append(pod: PodContext, value: Record<string, unknown>): void {
  pod.editor.appendDocument(printBlock(value, 0, pod.editor.layout) + '\n', value);
}

const ARTICLE: Record<NeededKind, string> = {
  ConfigMap: 'a ConfigMap',
  Secret: 'a Secret',
  PersistentVolumeClaim: 'a PersistentVolumeClaim',
};

export function addNeededObject(pod: PodContext, edit: Edit<'addNeededObject'>): void {
  checkObjectName(edit.kind, edit.name);
  if (objectNamed(pod, edit.kind, edit.name)) {
    throw new EditError(`The ${edit.kind} "${edit.name}" is already in this file.`);
  }
  const references = referencesTo(pod, edit.kind, edit.name);
  if (references.length === 0) {
    throw new EditError(`The Pod does not use ${ARTICLE[edit.kind]} named "${edit.name}".`);
  }
  const keys = [...new Set(references.flatMap((r) => r.keys))];
  // Empty values to fill in: the Pod shows which keys it reads, not what they hold.
  const data = Object.fromEntries(keys.map((k) => [k, '']));
  const head = { apiVersion: 'v1', kind: edit.kind, metadata: metadata(pod, edit.name) };
  if (edit.kind === 'ConfigMap') append(pod, { ...head, data });
  else if (edit.kind === 'Secret') append(pod, { ...head, type: 'Opaque', stringData: data });
  else {
    const spec = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } };
    append(pod, { ...head, spec });
  }
}

/** A workload document of the file other than the one being edited, read as plain data. */
interface OtherWorkload {
  index: number;
  root: unknown;
  specPath: readonly string[];
  namespace: string | null;
  /** "The Pod \"worker\" (document 4)", for messages. */
  what: string;
}

/**
 * The file's other workload documents. One that cannot be read as plain data stops the edit:
 * `purpose` says what it was read for ("whether it uses the ConfigMap \"app\"").
 */
function otherWorkloads(pod: PodContext, purpose: string): OtherWorkload[] {
  const loaded = readText(pod.editor.text);
  const out: OtherWorkload[] = [];
  loaded.docs.forEach((doc, index) => {
    const location = index === pod.editor.docIndex ? null : locatePod(doc);
    if (!location) return;
    let root: unknown;
    try {
      root = plainDocument(loaded, index);
    } catch (error) {
      throw new EditError(
        `The ${location.kind} in document ${index + 1} cannot be read to check ${purpose} (${(error as Error).message.replace(/\.$/, '')}); fix it first.`,
      );
    }
    const meta = asMap(asMap(root)?.metadata);
    const name = typeof meta?.name === 'string' ? ` "${meta.name}"` : '';
    out.push({
      index,
      root,
      specPath: location.specPath,
      namespace: typeof meta?.namespace === 'string' ? meta.namespace : null,
      what: `The ${location.kind}${name} (document ${index + 1})`,
    });
  });
  return out;
}

/** A workload document of the file that names an object, and where. */
interface OtherUser {
  index: number;
  /** "The Pod \"worker\" (document 4)", for messages. */
  what: string;
  paths: PathKey[][];
}

/**
 * The file's other workload documents whose Pod spec names `object`: those the links show it
 * to, in its namespace or with either namespace left out (see sameNamespace in links.ts).
 */
function otherUsers(pod: PodContext, object: FileObject): OtherUser[] {
  const purpose = `whether it uses the ${object.kind} "${object.name}"`;
  return otherWorkloads(pod, purpose).flatMap((other) => {
    const ns = other.namespace;
    if (object.namespace !== null && ns !== null && object.namespace !== ns) return [];
    const paths = objectReferences(other.root, other.specPath)
      .filter((r) => r.kind === object.kind && r.name === object.name)
      .map((r) => r.path);
    return paths.length === 0 ? [] : [{ index: other.index, what: other.what, paths }];
  });
}

/**
 * Renames a ConfigMap, Secret or claim the Pod names. When the file holds the object, its own
 * document and every other workload of the file that uses it follow (only those names change),
 * so that no Pod is left naming an object that is gone.
 */
export function renameNeededObject(pod: PodContext, edit: Edit<'renameNeededObject'>): void {
  checkObjectName(edit.kind, edit.newName);
  if (edit.newName === edit.name) return;
  const object = objectNamed(pod, edit.kind, edit.name);
  const taken = objectNamed(pod, edit.kind, edit.newName);
  if (object && taken) {
    throw new EditError(`The ${edit.kind} "${edit.newName}" is already in this file.`);
  }
  const references = referencesTo(pod, edit.kind, edit.name);
  if (!object && references.length === 0) {
    throw new EditError(
      `Neither the Pod nor this file has ${ARTICLE[edit.kind]} named "${edit.name}".`,
    );
  }
  const users = object ? otherUsers(pod, object) : [];
  if (references.length > 0)
    pod.editor.setEach(
      references.map((r) => r.path),
      edit.newName,
    );
  if (!object) return;
  pod.editor.setInOtherDocument(object.index, [['metadata', 'name']], edit.newName);
  for (const user of users) {
    try {
      pod.editor.setInOtherDocument(user.index, user.paths, edit.newName);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      throw new EditError(
        `${user.what} also uses the ${edit.kind} "${edit.name}", and its references cannot be renamed with it (${error.message.replace(/\.$/, '')}). Rename them there first.`,
      );
    }
  }
}

/**
 * After the Pod's port at `portPath` was renamed from `old`: the Services of the file that
 * select the Pod and forward to that port by its old name follow, each such `targetPort`
 * rewritten (only its characters change). A Service port stays as it is while a Pod the Service
 * selects, this one or another workload of the file, still has a port of the old name and its
 * protocol: there the name still means a port.
 */
export function renameServiceTargetPorts(
  pod: PodContext,
  portPath: readonly PathKey[],
  old: string,
): void {
  // A file of one document holds no Service.
  if (readText(pod.editor.text).docs.length < 2) return;
  const root = pod.editor.valueAt([]);
  const served = servedPorts(root, pod.specPath);
  const renamed = served.find(
    (p) => p.path.length === portPath.length && p.path.every((key, i) => key === portPath[i]),
  );
  // A plain init container's port is none a Service reaches.
  if (!renamed?.name) return;
  const labels = asMap(at(root, [...pod.metadataPath, 'labels'])) ?? {};
  const ns = podNamespace(pod);
  const wanted = fileObjects(pod.editor.text).flatMap((service) => {
    if (service.index === pod.editor.docIndex || !selects(service, labels, ns)) return [];
    const ports = (service.ports ?? []).filter(
      (p) => p.target === old && p.protocol === renamed.protocol,
    );
    return ports.length > 0 ? [{ service, ports }] : [];
  });
  if (wanted.length === 0) return;
  const pods = [
    { labels, namespace: ns, served },
    ...otherWorkloads(pod, `whether a Service forwards to its port "${old}"`).map((other) => ({
      labels: asMap(at(other.root, [...podMetadataPath(other.specPath), 'labels'])) ?? {},
      namespace: other.namespace,
      served: servedPorts(other.root, other.specPath),
    })),
  ];
  for (const { service, ports } of wanted) {
    const selected = pods.filter((p) => selects(service, p.labels, p.namespace));
    const paths = ports
      .filter((port) => selected.every((p) => targetOf(p.served, port) === null))
      .map((port) => ['spec', 'ports', port.index, 'targetPort']);
    if (paths.length === 0) continue;
    try {
      pod.editor.setInOtherDocument(service.index, paths, renamed.name);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      throw new EditError(
        `The Service "${service.name}" (document ${service.index + 1}) forwards to the port "${old}", and its targetPort cannot be renamed with it (${error.message.replace(/\.$/, '')}). Rename it there first.`,
      );
    }
  }
}

/** Sets the `targetPort` of a port of a Service of the file: only its characters change. */
export function setServiceTargetPort(pod: PodContext, edit: Edit<'setServiceTargetPort'>): void {
  const service = fileObjects(pod.editor.text).find(
    (o) => o.kind === 'Service' && o.name === edit.service && o.index !== pod.editor.docIndex,
  );
  if (!service) throw new EditError(`This file has no Service named "${edit.service}".`);
  if (!service.ports?.some((p) => p.index === edit.port)) {
    throw new EditError(`The Service "${edit.service}" has no port ${edit.port + 1}.`);
  }
  pod.editor.setInOtherDocument(
    service.index,
    [['spec', 'ports', edit.port, 'targetPort']],
    edit.value,
  );
}

/** The container ports a Service forwards to: the named ones, else every one. */
function servicePorts(pod: PodContext): Record<string, unknown>[] {
  const ports = pod
    .containers()
    .filter((c) => c.list === 'containers')
    .flatMap((c) => asList(asMap(pod.editor.valueAt([...pod.specPath, c.list, c.index]))?.ports));
  const all = ports.map(asMap).filter((p) => typeof p?.containerPort === 'number') as Record<
    string,
    unknown
  >[];
  const named = all.filter((p) => typeof p.name === 'string');
  return (named.length > 0 ? named : all).map((p) => ({
    ...(typeof p.name === 'string' ? { name: p.name } : {}),
    ...(typeof p.protocol === 'string' && p.protocol !== 'TCP' ? { protocol: p.protocol } : {}),
    port: p.containerPort,
    targetPort: typeof p.name === 'string' ? p.name : p.containerPort,
  }));
}

export function addService(pod: PodContext, edit: Edit<'addService'>): void {
  const own = pod.editor.valueAt(['metadata', 'name']);
  const name = edit.name ?? (typeof own === 'string' ? own : '');
  checkObjectName('Service', name);
  if (objectNamed(pod, 'Service', name)) {
    throw new EditError(`The Service "${name}" is already in this file.`);
  }
  const labels = asMap(pod.editor.valueAt([...pod.metadataPath, 'labels']));
  if (!labels || Object.keys(labels).length === 0) {
    throw new EditError('The Pod has no labels for a Service to select it by: add a label first.');
  }
  const ports = servicePorts(pod);
  if (ports.length === 0) {
    throw new EditError(
      'The Pod has no container ports for a Service to forward to: add a port first.',
    );
  }
  append(pod, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(pod, name),
    spec: { selector: labels, ports },
  });
}
