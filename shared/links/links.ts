import { visibleText } from '../text/hidden-characters';
import { documentFails, MAX_ALIAS_COUNT, readText } from '../manifest/load';
import { locatePod, podMetadataPath } from '../manifest/locate';
import { asMap, at } from '../manifest/references';
import { fileObjects, type FileObject } from './objects';
import { objectReferences, type LinkedKind, type ObjectReference } from './references';

/** One object the Pod needs, with every place that names it and where it is in the file. */
export interface PodNeed {
  kind: LinkedKind;
  name: string;
  /** Its document in the same file, or null when the file does not hold it. */
  object: FileObject | null;
  references: ObjectReference[];
  /** The keys the Pod reads from it. */
  keys: string[];
  /** The keys the Pod reads that the object in the file does not have. */
  missingKeys: string[];
}

export interface PodLinks {
  needs: PodNeed[];
  /** The file's other objects, linked or not (a Service among them). */
  objects: FileObject[];
  /** The Pod's namespace, which its objects share. */
  namespace: string | null;
  /** The Services of the file whose selector picks the Pod's labels. */
  services: FileObject[];
}

const EMPTY: PodLinks = { needs: [], objects: [], namespace: null, services: [] };

/** Objects in the same namespace: one written without a namespace goes where the Pod goes. */
function sameNamespace(object: FileObject, namespace: string | null): boolean {
  return object.namespace === null || namespace === null || object.namespace === namespace;
}

/**
 * Whether `object` is a Service whose selector picks a Pod with these labels in this namespace
 * (a Pod's own, or a workload's template's).
 */
export function selects(
  object: FileObject,
  labels: Record<string, unknown>,
  namespace: string | null,
): boolean {
  const selector = Object.entries(object.selector ?? {});
  return (
    object.kind === 'Service' &&
    sameNamespace(object, namespace) &&
    selector.length > 0 &&
    selector.every(([key, value]) => labels[key] === value)
  );
}

/**
 * What the user is told when an edit left Services of the file that selected the Pod (`before`)
 * selecting it no more (`after`): a label changed or removed, or the Pod moved to another
 * namespace than theirs. Null when none was lost.
 */
export function lostServicesNotice(before: PodLinks | null, after: PodLinks | null): string | null {
  const kept = new Set(after?.services.map((s) => s.name));
  const lost = (before?.services ?? []).filter((s) => !kept.has(s.name));
  if (lost.length === 0) return null;
  const namespace = after?.namespace ?? null;
  const elsewhere = (s: FileObject) => !sameNamespace(s, namespace);
  const names = lost.map((s) => visibleText(s.name)).join(', ');
  if (lost.length > 1) {
    const why = lost.every(elsewhere)
      ? `: the Pod is in namespace ${visibleText(namespace!)} now`
      : lost.some(elsewhere)
        ? ''
        : ': their selectors do not match its labels';
    return `Services ${names} no longer select this Pod${why}.`;
  }
  const service = lost[0]!;
  if (elsewhere(service)) {
    return `Service ${names} no longer selects this Pod: it is in namespace ${visibleText(service.namespace!)}, the Pod in ${visibleText(namespace!)} now.`;
  }
  const selector = Object.entries(service.selector ?? {})
    .map(([key, value]) => `${visibleText(key)}: ${visibleText(String(value))}`)
    .join(', ');
  return `Service ${names} no longer selects this Pod: its selector (${selector}) does not match the Pod's labels.`;
}

function read(text: string, document: number, plain?: readonly unknown[]): PodLinks {
  const loaded = readText(text);
  const doc = documentFails(loaded, document) ? undefined : loaded.docs[document];
  const location = doc ? locatePod(doc) : null;
  if (!doc || !location) return EMPTY;
  let root: unknown;
  try {
    root = plain?.[document] ?? doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return EMPTY;
  }
  const namespace = asMap(asMap(root)?.metadata)?.namespace;
  const ns = typeof namespace === 'string' ? namespace : null;
  const objects = fileObjects(text, plain).filter((o) => o.index !== document);
  const needs: PodNeed[] = [];
  for (const reference of objectReferences(root, location.specPath)) {
    let need = needs.find((n) => n.kind === reference.kind && n.name === reference.name);
    if (!need) {
      const object =
        objects.find(
          (o) => o.kind === reference.kind && o.name === reference.name && sameNamespace(o, ns),
        ) ?? null;
      need = {
        kind: reference.kind,
        name: reference.name,
        object,
        references: [],
        keys: [],
        missingKeys: [],
      };
      needs.push(need);
    }
    need.references.push(reference);
    for (const key of reference.keys) if (!need.keys.includes(key)) need.keys.push(key);
  }
  for (const need of needs) {
    if (need.object && need.kind !== 'PersistentVolumeClaim') {
      need.missingKeys = need.keys.filter((k) => !need.object!.keys.includes(k));
    }
  }
  const labels = asMap(at(root, [...podMetadataPath(location.specPath), 'labels'])) ?? {};
  const services = objects.filter((o) => selects(o, labels, ns));
  return { needs, objects, namespace: ns, services };
}

let last: { text: string; document: number; links: PodLinks } | null = null;

/**
 * The objects the Pod in `document` needs, and which of them the file holds. Memoised on the text.
 * `plain`: the text's documents as plain data, when the caller has them (each converted once).
 */
export function podLinks(text: string, document: number, plain?: readonly unknown[]): PodLinks {
  if (last?.text !== text || last.document !== document) {
    last = { text, document, links: read(text, document, plain) };
  }
  return last.links;
}
