import { isAlias, isMap, isSeq } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import {
  documentFails,
  loadAndKeep,
  loadInserted,
  parseYaml,
  plainDocument,
  readText,
} from '../manifest/load';
import type { LoadedText } from '../manifest/load';
import { findPair } from '../manifest/nodes';
import type { PathKey } from '../manifest/nodes';
import { clone, deepEqual, getIn } from './model';
import { detectLayout } from './print';
import type { Layout } from './print';
import type { Change } from './flow-splices';
import { aliasUses, anchorsOf } from './anchors';

/** One replacement of `[from, to)` by `insert`. */
export interface Splice {
  from: number;
  to: number;
  insert: string;
}

/** An edit that cannot apply; its message is shown to the user as is. */

export class EditError extends Error {}

export function describe(path: readonly PathKey[]): string {
  return path
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
    .join('')
    .replace(/^\./, '');
}

export type Collection = YAMLMap | YAMLSeq;

/** One step of a path through the document's nodes. */
export interface Step {
  /** The collection holding the step. */
  parent: Collection;
  key: PathKey;
  /** For a mapping: the pair; for a sequence: null. */
  pair: Pair | null;
  /** The value node (null for `key:` with nothing, which yaml reads as a null scalar). */
  node: Node | null;
}

export interface Located {
  steps: Step[];
  /** Index in the path of the first key not found, or the path's length when all were. */
  missingAt: number;
}

export function isCollectionNode(node: unknown): node is Collection {
  return isMap(node) || isSeq(node);
}

export function itemCount(node: Collection): number {
  return node.items.length;
}

/**
 * The state of an edit in progress: the text, its parsed document, and the plain-data model
 * each splice is checked against. Subclasses add the structural operations.
 */
export class EditorCore {
  text: string;
  readonly docIndex: number;
  doc!: Document.Parsed;
  /** The load `doc` comes from (see plainDocument). */
  private loaded: LoadedText;
  layout: Layout;
  protected model: unknown;
  /** New lines follow the file's line ends. */
  protected readonly crlf: boolean;
  /** The usual key order of the mapping at a path, so new keys land where people expect them. */
  orderFor: (mapPath: readonly PathKey[]) => readonly string[] | undefined = () => undefined;

  /**
   * `document` is the index of the document to edit, or a function choosing it among the parsed
   * documents (so the text is parsed once).
   */
  constructor(
    text: string,
    document: number | ((docs: Document.Parsed[], loaded: LoadedText) => number),
  ) {
    this.text = text;
    this.crlf = text.includes('\r\n');
    // The text as read for the views: an edit changes no Document itself (it splices the text),
    // so it shares their parse, and the reading of the text it writes shares the edit's (which
    // may be that parse brought up to the new text: see loadInserted).
    const loaded = readText(text);
    // A document that does not parse is its own: the others are edited as they read, and it
    // stays byte for byte.
    const docIndex = typeof document === 'number' ? document : document(loaded.docs, loaded);
    if (documentFails(loaded, docIndex)) {
      const own = loaded.broken?.get(docIndex);
      const first = (own ?? loaded.diagnostics).find((d) => d.severity === 'error');
      const what = own && loaded.docs.length > 1 ? `Document ${docIndex + 1}` : 'The manifest';
      throw new EditError(
        first
          ? `${what} does not parse (line ${first.line}, column ${first.col}: ${first.message}); fix the YAML first.`
          : `${what} does not parse; fix the YAML first.`,
      );
    }
    this.docIndex = docIndex;
    const doc = loaded.docs[docIndex];
    if (!doc) throw new EditError(`There is no document ${docIndex + 1} in this file.`);
    this.doc = doc;
    this.loaded = loaded;
    try {
      this.model = plainDocument(loaded, docIndex);
    } catch (error) {
      throw new EditError(`The document cannot be edited: ${(error as Error).message}.`);
    }
    this.layout = detectLayout(text, doc);
  }

  /** While set, splices are collected (positions in the text as it was) instead of applied. */
  protected pending: { from: number; to: number; insert: string }[] | null = null;

  /**
   * Every splice made so far, in order, each relative to the text the ones before it left: the
   * editor view applies them as they are instead of comparing the old and the new text.
   */
  readonly splices: Splice[] = [];

  protected splice(from: number, to: number, insert: string): void {
    if (this.pending) this.pending.push({ from, to, insert });
    else this.spliceMany([{ from, to, insert }]);
  }

  /** Several non-overlapping splices at once, for changes no single splice can express. */
  protected spliceMany(changes: { from: number; to: number; insert: string }[]): void {
    let next = this.text;
    const made: Splice[] = [];
    // From the end backwards: each splice leaves the positions before it as they were.
    for (const { from, to, insert } of [...changes].sort((a, b) => b.from - a.from)) {
      const lines = this.crlf ? insert.replace(/\r?\n/g, '\r\n') : insert;
      next = next.slice(0, from) + lines + next.slice(to);
      made.push({ from, to, insert: lines });
    }
    // A single insertion (a new item or key) is read into the Documents of the text as it was.
    const only = made.length === 1 && made[0]!.from === made[0]!.to ? made[0]! : null;
    const loaded = only
      ? loadInserted(this.loaded, this.text, only.from, only.insert, next)
      : loadAndKeep(next);
    const doc = loaded.docs[this.docIndex];
    if (!doc || doc.errors.length > 0) {
      const message = doc?.errors[0]?.message.split('\n')[0] ?? 'the document disappeared';
      throw new EditError(`The edit could not be written into this layout (${message}).`);
    }
    this.text = next;
    this.doc = doc;
    this.loaded = loaded;
    this.splices.push(...made);
  }

  /**
   * Adds a document after the last one. The document being edited stays as it was; the new one
   * is read back and must hold `value`.
   */
  appendDocument(body: string, value: unknown): void {
    const end = this.text.length;
    const lead = end === 0 || this.text.endsWith('\n') ? '' : '\n';
    this.spliceMany([{ from: end, to: end, insert: `${lead}---\n${body}` }]);
    const docs = parseYaml(this.text);
    const added = docs[docs.length - 1];
    if (!added || added.errors.length > 0 || !deepEqual(added.toJS(), value)) {
      throw new EditError('The new document could not be written as intended.');
    }
  }

  /**
   * Sets scalars of another document of the file (a ConfigMap's name, when the Pod's references
   * to it are renamed): only their characters change, and that document is read back and must
   * hold the new value. The document being edited stays as it was.
   */
  setInOtherDocument(index: number, paths: readonly (readonly PathKey[])[], value: unknown): void {
    if (index === this.docIndex) throw new EditError('This is the document being edited.');
    const other = new (this.constructor as new (text: string, document: number) => EditorCore)(
      this.text,
      index,
    );
    other.setScalars(paths, value);
    other.verify();
    for (const splice of other.splices) this.spliceMany([splice]);
  }

  /** Overridden where scalars can be set (StructureEditor.setEach). */
  protected setScalars(_paths: readonly (readonly PathKey[])[], _value: unknown): void {
    throw new EditError('This editor cannot set values.');
  }

  /** Walks the path through raw nodes; refuses to walk through an alias. */
  protected locate(path: readonly PathKey[]): Located {
    const steps: Step[] = [];
    let current: unknown = this.doc.contents;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      if (isAlias(current)) {
        throw new EditError(
          `${describe(path.slice(0, i)) || 'The document'} is an alias (*${current.source}); edit the anchored node instead.`,
        );
      }
      if (typeof key === 'number' && isSeq(current) && key < current.items.length) {
        const node = current.items[key] as Node | null;
        steps.push({ parent: current, key, pair: null, node });
        current = node;
        continue;
      }
      if (typeof key === 'string' && isMap(current)) {
        const pair = findPair(current, key);
        if (pair) {
          const node = pair.value as Node | null;
          steps.push({ parent: current, key, pair, node });
          current = node;
          continue;
        }
      }
      return { steps, missingAt: i };
    }
    return { steps, missingAt: path.length };
  }

  /** The node at `path` (the raw node: an alias stays an alias), or undefined when absent. */
  nodeAt(path: readonly PathKey[]): Node | null | undefined {
    const { steps, missingAt } = this.locate(path);
    if (missingAt < path.length) return undefined;
    return path.length === 0
      ? (this.doc.contents as Node | null)
      : (steps[steps.length - 1]?.node ?? null);
  }

  has(path: readonly PathKey[]): boolean {
    return this.nodeAt(path) !== undefined;
  }

  /** The intended value at `path` (after the edits so far). */
  valueAt(path: readonly PathKey[]): unknown {
    return clone(getIn(this.model, path));
  }

  protected containerAt(path: readonly PathKey[]): Node | null {
    return path.length === 0
      ? (this.doc.contents as Node | null)
      : (this.locate(path).steps[path.length - 1]?.node ?? null);
  }

  /** True when the collection at `path` is a flow collection (so is everything inside it). */
  protected inFlow(path: readonly PathKey[]): boolean {
    const node = this.containerAt(path);
    return isCollectionNode(node) && node.flow === true;
  }

  protected flowNode(path: readonly PathKey[]): Collection {
    const node = this.containerAt(path);
    if (!isCollectionNode(node) || !node.range) {
      throw new EditError(`Cannot locate ${describe(path)} in the text.`);
    }
    return node;
  }

  protected applyChange(change: Change): void {
    this.splice(change.from, change.to, change.insert);
  }

  /** Refuses to remove a node whose anchors are still used by aliases elsewhere. */
  protected checkAnchorsUnused(path: readonly PathKey[]): void {
    const node = this.nodeAt(path);
    const range = node?.range;
    if (!node || !range) return;
    const used = aliasUses(this.doc.contents, anchorsOf(node, true), range[0], range[2])[0];
    if (used) {
      throw new EditError(
        `${describe(path)} defines the anchor &${used.source}, which is used elsewhere (*${used.source}); replace those aliases first.`,
      );
    }
  }

  /**
   * Checks a splice against the data it should have produced. A difference elsewhere means the
   * edited node is shared: merged (`<<: *base`) into another part of the document, which would
   * silently change too. The edit is refused then, saying so.
   */
  protected commit(expected: unknown, path: readonly PathKey[]): void {
    const actual = this.readBack();
    if (!deepEqual(actual, expected)) {
      const anchor = this.anchorOn(path);
      throw new EditError(
        anchor
          ? `${describe(path)} is shared through the anchor &${anchor}: another part of the document merges it (<<: *${anchor}) and would change too. Write the shared keys out where they are merged, then edit again.`
          : 'The edit could not be applied without changing other parts of the document.',
      );
    }
    this.model = actual;
  }

  protected readBack(): unknown {
    try {
      return plainDocument(this.loaded, this.docIndex);
    } catch (error) {
      const message = (error as Error).message;
      if (/alias|anchor|merge/i.test(message)) {
        throw new EditError(
          `The edit would leave an alias before or without the anchor it names (${message.replace(/\.$/, '')}).`,
        );
      }
      throw new EditError(`The edited document cannot be read back: ${message}.`);
    }
  }

  /** The first anchor on the way from the root to `path`, or null. */
  protected anchorOn(path: readonly PathKey[]): string | null {
    let node: unknown = this.doc.contents;
    for (let i = 0; ; i++) {
      const anchor = (node as { anchor?: string } | null)?.anchor;
      if (anchor) return anchor;
      const key = path[i];
      if (key === undefined || node == null) return null;
      if (isMap(node) && typeof key === 'string') node = findPair(node, key)?.value;
      else if (isSeq(node) && typeof key === 'number') node = node.items[key];
      else return null;
    }
  }

  protected throughAnchor(path: readonly PathKey[]): boolean {
    return this.anchorOn(path) !== null;
  }

  /** Throws unless the text now means exactly what the edits intended. */
  verify(): void {
    let actual: unknown;
    try {
      actual = plainDocument(this.loaded, this.docIndex);
    } catch (error) {
      throw new EditError(`The edited document cannot be read back: ${(error as Error).message}.`);
    }
    if (!deepEqual(actual, this.model)) {
      throw new EditError(
        'The edit could not be applied without changing other parts of the document.',
      );
    }
  }
}
