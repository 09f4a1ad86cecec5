import { isMap } from 'yaml';
import { documentFails, MAX_ALIAS_COUNT, readText } from '../manifest/load';
import { asList, asMap } from '../manifest/references';
import type { TextRange } from '../manifest/types';
import type { LinkedKind } from './references';

/** An object of the file the Pod can name: a ConfigMap, a Secret, a claim, a Service. */
export interface FileObject {
  index: number;
  kind: LinkedKind | 'Service';
  name: string;
  namespace: string | null;
  /** Its data keys (a ConfigMap's `data` and `binaryData`, a Secret's `data` and `stringData`). */
  keys: string[];
  /** The document's text, to show it in the editor. */
  range: TextRange;
  /** Where its `metadata.name` value is, to rename it. */
  nameRange: TextRange | null;
  /** A Service's selector, and its ports with the container port each forwards to. */
  selector?: Record<string, unknown>;
  ports?: ServicePort[];
}

/** One of a Service's `spec.ports`. */
export interface ServicePort {
  /** Its index in `spec.ports`. */
  index: number;
  name: string | null;
  port: number | null;
  /** The container port it forwards to: `targetPort`, else `port` (its default). */
  target: string | number | null;
  /** `TCP` unless written otherwise: a named target matches a container port of this protocol. */
  protocol: string;
}

const KINDS = new Set(['ConfigMap', 'Secret', 'PersistentVolumeClaim', 'Service']);
const DATA = ['data', 'binaryData', 'stringData'];

function service(spec: Record<string, unknown> | null): Pick<FileObject, 'selector' | 'ports'> {
  const ports = asList(spec?.ports).map((raw, index): ServicePort => {
    const port = asMap(raw);
    const number = typeof port?.port === 'number' ? port.port : null;
    const target = port?.targetPort ?? number;
    return {
      index,
      name: typeof port?.name === 'string' ? port.name : null,
      port: number,
      // A name is always the written targetPort: `port` is a number.
      target: typeof target === 'string' || typeof target === 'number' ? target : null,
      protocol: typeof port?.protocol === 'string' ? port.protocol : 'TCP',
    };
  });
  return { selector: asMap(spec?.selector) ?? {}, ports };
}

/**
 * The ConfigMaps, Secrets, claims and Services among the file's documents. `plain`, the
 * documents as plain data where the caller has them already (PodDocument.documents), saves
 * converting each again.
 */
export function fileObjects(text: string, plain?: readonly unknown[]): FileObject[] {
  const loaded = readText(text);
  if (loaded.failed && loaded.broken === null) return [];
  const out: FileObject[] = [];
  loaded.docs.forEach((doc, index) => {
    // A document that does not parse holds nothing that can be told for sure.
    if (!isMap(doc.contents) || documentFails(loaded, index)) return;
    let root: Record<string, unknown> | null;
    try {
      root = asMap(plain?.[index] ?? doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
    } catch {
      return;
    }
    const kind = root?.kind;
    const meta = asMap(root?.metadata);
    if (typeof kind !== 'string' || !KINDS.has(kind) || typeof meta?.name !== 'string') return;
    const keys = DATA.flatMap((key) => Object.keys(asMap(root?.[key]) ?? {}));
    const nameNode = doc.getIn(['metadata', 'name'], true) as { range?: number[] } | undefined;
    const range = doc.range ?? [0, 0, 0];
    out.push({
      index,
      kind: kind as FileObject['kind'],
      name: meta.name,
      namespace: typeof meta.namespace === 'string' ? meta.namespace : null,
      keys,
      range: { from: range[0], to: range[1] },
      nameRange: nameNode?.range ? { from: nameNode.range[0]!, to: nameNode.range[1]! } : null,
      ...(kind === 'Service' ? service(asMap(root?.spec)) : {}),
    });
  });
  return out;
}
