import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, visit } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { MAX_ALIAS_COUNT, PARSE_OPTIONS, loadText } from '../manifest/load';
import { findPair, keyText } from '../manifest/nodes';
import type { PathKey } from '../manifest/nodes';
import {
  aboveComments,
  column,
  contentEnd,
  dashBefore,
  endOfBlock,
  lineStart,
  startsLine,
} from './geometry';
import {
  clone,
  deepEqual,
  deleteIn,
  getIn,
  insertIn,
  isEmptyCollection,
  nest,
  setIn,
} from './model';
import { detectLayout, indentRest, printAfterKey, printInline, printItem, printKey } from './print';
import type { Layout } from './print';
import { insertFlowItem, insertFlowPair, removeFlowEntry, rewriteFlow } from './flow-splices';
import type { Change } from './flow-splices';

/** An edit that cannot apply; its message is shown to the user as is. */
export class EditError extends Error {}

function describe(path: readonly PathKey[]): string {
  return path
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
    .join('')
    .replace(/^\./, '');
}

type Collection = YAMLMap | YAMLSeq;

/** One step of a path through the document's nodes. */
interface Step {
  /** The collection holding the step. */
  parent: Collection;
  key: PathKey;
  /** For a mapping: the pair; for a sequence: null. */
  pair: Pair | null;
  /** The value node (null for `key:` with nothing, which yaml reads as a null scalar). */
  node: Node | null;
}

interface Located {
  steps: Step[];
  /** Index in the path of the first key not found, or the path's length when all were. */
  missingAt: number;
}

function isCollectionNode(node: unknown): node is Collection {
  return isMap(node) || isSeq(node);
}

function itemCount(node: Collection): number {
  return node.items.length;
}

/**
 * Applies structural changes to one document of a manifest by splicing the text: each change
 * touches only the characters of the node it changes, printed like its neighbours, and the text
 * is re-parsed after every splice. A plain-data model of the intended result is kept alongside
 * and checked at the end.
 */
export class TextEditor {
  text: string;
  readonly docIndex: number;
  doc!: Document.Parsed;
  layout: Layout;
  private model: unknown;
  /** New lines follow the file's line ends. */
  private readonly crlf: boolean;
  /** The usual key order of the mapping at a path, so new keys land where people expect them. */
  orderFor: (mapPath: readonly PathKey[]) => readonly string[] | undefined = () => undefined;

  /**
   * `document` is the index of the document to edit, or a function choosing it among the parsed
   * documents (so the text is parsed once).
   */
  constructor(text: string, document: number | ((docs: Document.Parsed[]) => number)) {
    this.text = text;
    this.crlf = text.includes('\r\n');
    const loaded = loadText(text);
    if (loaded.failed) {
      const first = loaded.diagnostics.find((d) => d.severity === 'error');
      throw new EditError(
        first
          ? `The manifest does not parse (line ${first.line}, column ${first.col}: ${first.message}); fix the YAML first.`
          : 'The manifest does not parse; fix the YAML first.',
      );
    }
    const docIndex = typeof document === 'number' ? document : document(loaded.docs);
    this.docIndex = docIndex;
    const doc = loaded.docs[docIndex];
    if (!doc) throw new EditError(`There is no document ${docIndex + 1} in this file.`);
    this.doc = doc;
    try {
      this.model = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      throw new EditError(`The document cannot be edited: ${(error as Error).message}.`);
    }
    this.layout = detectLayout(text, doc);
  }

  private splice(from: number, to: number, insert: string): void {
    this.spliceMany([{ from, to, insert }]);
  }

  /** Several non-overlapping splices at once, for changes no single splice can express. */
  private spliceMany(changes: { from: number; to: number; insert: string }[]): void {
    let next = this.text;
    for (const { from, to, insert } of [...changes].sort((a, b) => b.from - a.from)) {
      const lines = this.crlf ? insert.replace(/\r?\n/g, '\r\n') : insert;
      next = next.slice(0, from) + lines + next.slice(to);
    }
    const docs = parseAllDocuments(next, PARSE_OPTIONS) as Document.Parsed[];
    const doc = Array.isArray(docs) ? docs[this.docIndex] : undefined;
    if (!doc || doc.errors.length > 0) {
      const message = doc?.errors[0]?.message.split('\n')[0] ?? 'the document disappeared';
      throw new EditError(`The edit could not be written into this layout (${message}).`);
    }
    this.text = next;
    this.doc = doc;
  }

  /**
   * Writes out, in place, each alias the path runs through (`resources: *small` becomes the
   * mapping it names), so that an edit below it changes this place only, not the anchor.
   */
  private unalias(path: readonly PathKey[]): void {
    let node: unknown = this.doc.contents;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      if (isMap(node) && typeof key === 'string') node = findPair(node, key)?.value;
      else if (isSeq(node) && typeof key === 'number') node = node.items[key];
      else return;
      if (isAlias(node) && i < path.length - 1) {
        const prefix = path.slice(0, i + 1);
        const value = getIn(this.model, prefix);
        this.replace(prefix, value);
        this.commit(this.model, prefix);
        node = this.containerAt(prefix);
      }
    }
  }

  /** Walks the path through raw nodes; refuses to walk through an alias. */
  private locate(path: readonly PathKey[]): Located {
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

  private containerAt(path: readonly PathKey[]): Node | null {
    return path.length === 0
      ? (this.doc.contents as Node | null)
      : (this.locate(path).steps[path.length - 1]?.node ?? null);
  }

  /** True when the collection at `path` is a flow collection (so is everything inside it). */
  private inFlow(path: readonly PathKey[]): boolean {
    const node = this.containerAt(path);
    return isCollectionNode(node) && node.flow === true;
  }

  private flowNode(path: readonly PathKey[]): Collection {
    const node = this.containerAt(path);
    if (!isCollectionNode(node) || !node.range) {
      throw new EditError(`Cannot locate ${describe(path)} in the text.`);
    }
    return node;
  }

  /** Rewrites the flow collection at `path` as `value`, in its own style. */
  private rewriteFlowAt(path: readonly PathKey[], value: unknown): void {
    const change = rewriteFlow(this.text, this.flowNode(path), value, this.layout);
    this.splice(change.from, change.to, change.insert);
  }

  private applyChange(change: Change): void {
    this.splice(change.from, change.to, change.insert);
  }

  /** Sets `path` to `value`, creating the keys that are missing. */
  set(path: readonly PathKey[], value: unknown): void {
    if (value === undefined) throw new EditError('Use delete to remove a value.');
    // Setting what is already there changes nothing, not even an alias into its value.
    if (deepEqual(getIn(this.model, path), value)) return;
    this.unalias(path);
    const { missingAt } = this.locate(path);
    const nextModel = setIn(this.model, path, value);
    if (missingAt === path.length) {
      this.replace(path, value);
    } else {
      const parentPath = path.slice(0, missingAt);
      const parent = this.containerAt(parentPath);
      const rest = path.slice(missingAt);
      const key = rest[0]!;
      const inner = nest(rest.slice(1), value);
      if (isMap(parent) && typeof key === 'string') {
        this.insertPair(parentPath, key, inner);
      } else if (isSeq(parent) && key === parent.items.length) {
        this.insertItemRaw(parentPath, key, inner);
      } else if (
        parentPath.length > 0 &&
        (parent == null || (isScalar(parent) && parent.value == null))
      ) {
        this.replace(parentPath, nest(rest, value));
      } else {
        throw new EditError(
          `Cannot set ${describe(path)}: ${describe(parentPath) || 'the document'} is not a mapping.`,
        );
      }
    }
    this.commit(nextModel, path);
  }

  private replace(path: readonly PathKey[], value: unknown): void {
    if (path.length === 0) throw new EditError('Cannot replace the whole document.');
    const parentPath = path.slice(0, -1);
    const parentFlow = this.inFlow(parentPath);
    const { steps } = this.locate(path);
    const step = steps[steps.length - 1]!;
    const old = step.node;
    if (this.spliceScalar(old, value, parentFlow)) return;
    if (parentFlow) {
      if (isCollectionNode(old) && old.range) this.rewriteFlowAt(path, value);
      else
        this.rewriteFlowAt(parentPath, setIn(getIn(this.model, parentPath), path.slice(-1), value));
      return;
    }
    const oldRange = old?.range;
    if (isCollectionNode(old) && old.flow && old.range && old.items.length > 0) {
      const inline = printInline(value, this.layout);
      const collection = typeof value === 'object' && value !== null && !isEmptyCollection(value);
      if (collection || inline != null) {
        if (collection) this.rewriteFlowAt(path, value);
        else this.splice(old.range[0], old.range[1], inline!);
        return;
      }
    }
    if (step.pair) {
      const key = step.pair.key as Node;
      if (!key.range) throw new EditError(`Cannot locate ${describe(path)} in the text.`);
      const col = column(this.text, key.range[0]);
      const keySource = this.text.slice(key.range[0], key.range[1]);
      const end = endOfBlock(this.text, contentEnd(step.pair));
      const printed = keySource + ':' + printAfterKey(value, col, this.layout);
      this.splice(key.range[0], end, this.withNewline(printed, end));
      return;
    }
    if (!oldRange) throw new EditError(`Cannot locate ${describe(path)} in the text.`);
    const col = column(this.text, oldRange[0]);
    const end = endOfBlock(this.text, contentEnd(old));
    const inline = printInline(value, this.layout);
    const printed = inline ?? indentRest(printItem(value, 0, 2, this.layout).slice(2), col);
    this.splice(oldRange[0], end, this.withNewline(printed, end));
  }

  /** Replaces a scalar's characters only, in its quoting style; false when that cannot be done. */
  private spliceScalar(old: Node | null, value: unknown, inFlow: boolean): boolean {
    const range = old?.range;
    if (!old || !range || range[0] === range[1] || !(isScalar(old) || isAlias(old))) return false;
    if (isScalar(old) && (old.type === 'BLOCK_LITERAL' || old.type === 'BLOCK_FOLDED'))
      return false;
    let inline = printInline(value, this.layout, isScalar(old) ? old : null);
    if (inline == null || /^[|>]/.test(inline)) return false;
    // Inside `[…]` or `{…}`, a plain scalar must not hold flow indicators.
    if (
      inFlow &&
      typeof value === 'string' &&
      !/^["']/.test(inline) &&
      /[,[\]{}]|: | #/.test(inline)
    ) {
      inline = JSON.stringify(value);
    }
    try {
      this.splice(range[0], range[1], inline);
      return true;
    } catch (error) {
      if (error instanceof EditError) return false;
      throw error;
    }
  }

  /** `printed` plus the newline the replaced block ended with (none at the end of a file). */
  private withNewline(printed: string, end: number): string {
    return end > 0 && this.text[end - 1] === '\n' ? printed + '\n' : printed;
  }

  /** Inserts text as whole lines at `at` (a line start or the end of the text). */
  private insertLines(at: number, lines: string): void {
    if (at === this.text.length && this.text.length > 0 && !this.text.endsWith('\n')) {
      this.splice(at, at, '\n' + lines);
    } else {
      this.splice(at, at, lines + '\n');
    }
  }

  private insertPair(mapPath: readonly PathKey[], key: string, value: unknown): void {
    if (this.inFlow(mapPath)) {
      const map = this.flowNode(mapPath) as YAMLMap;
      const next = setIn(getIn(this.model, mapPath), [key], value);
      if (map.items.length > 0)
        this.applyChange(insertFlowPair(this.text, map, key, value, this.layout));
      else if (mapPath.length > 0 && !this.inFlow(mapPath.slice(0, -1)))
        this.replace(mapPath, next);
      else this.rewriteFlowAt(mapPath, next);
      return;
    }
    const map = this.containerAt(mapPath) as YAMLMap;
    const pairs = map.items;
    const firstKey = pairs[0]?.key as Node | undefined;
    if (!firstKey?.range) throw new EditError(`Cannot locate ${describe(mapPath)} in the text.`);
    const col = column(this.text, firstKey.range[0]);
    const printed =
      ' '.repeat(col) + printKey(key, this.layout) + ':' + printAfterKey(value, col, this.layout);
    const before = this.pairAfter(mapPath, key);
    const beforeKey = before?.key as Node | undefined;
    if (beforeKey?.range && startsLine(this.text, beforeKey.range[0])) {
      const at = aboveComments(this.text, lineStart(this.text, beforeKey.range[0]), col);
      this.splice(at, at, printed + '\n');
      return;
    }
    const last = pairs[pairs.length - 1]!;
    this.insertLines(endOfBlock(this.text, contentEnd(last)), printed);
  }

  /** The first pair of the map at `mapPath` that belongs after `key` in the usual key order. */
  private pairAfter(mapPath: readonly PathKey[], key: string): Pair | undefined {
    const order = this.orderFor(mapPath);
    const rank = order ? order.indexOf(key) : -1;
    if (!order || rank < 0) return undefined;
    const map = this.containerAt(mapPath);
    if (!isMap(map)) return undefined;
    return map.items.find(
      (p) => order.indexOf(String((p.key as { value?: unknown } | null)?.value)) > rank,
    );
  }

  /** Inserts `value` as item `index` of the sequence at `seqPath`, creating the key if needed. */
  insertItem(seqPath: readonly PathKey[], index: number, value: unknown): void {
    this.unalias([...seqPath, index]);
    const seq = this.nodeAt(seqPath);
    if (seq === undefined || seq === null || (isScalar(seq) && seq.value == null)) {
      // A list only inherited through a merge key becomes this mapping's own, in full.
      const inherited = getIn(this.model, seqPath);
      const list = Array.isArray(inherited) ? [...(inherited as unknown[])] : [];
      if (index < 0 || index > list.length) {
        throw new EditError(`${describe(seqPath)} has no position ${index}.`);
      }
      list.splice(index, 0, value);
      this.set(seqPath, list);
      return;
    }
    if (!isSeq(seq)) throw new EditError(`${describe(seqPath)} is not a list.`);
    if (index < 0 || index > seq.items.length)
      throw new EditError(`${describe(seqPath)} has no position ${index}.`);
    const nextModel = insertIn(this.model, seqPath, index, value);
    if (seq.items.length === 0) {
      this.replace(seqPath, [value]);
    } else {
      this.insertItemRaw(seqPath, index, value);
    }
    this.commit(nextModel, seqPath);
  }

  private insertItemRaw(seqPath: readonly PathKey[], index: number, value: unknown): void {
    if (this.inFlow(seqPath)) {
      const seq = this.flowNode(seqPath) as YAMLSeq;
      if (seq.items.length > 0) {
        this.applyChange(insertFlowItem(this.text, seq, index, value, this.layout));
      } else {
        this.rewriteFlowAt(seqPath, insertIn(getIn(this.model, seqPath), [], index, value));
      }
      return;
    }
    const { dashCol, offset } = this.itemLayout(seqPath);
    this.placeItem(
      seqPath,
      index,
      ' '.repeat(dashCol) + printItem(value, dashCol, offset, this.layout),
      dashCol,
    );
  }

  private itemLayout(seqPath: readonly PathKey[]): { dashCol: number; offset: number } {
    const seq = this.containerAt(seqPath) as YAMLSeq;
    const first = seq.items[0] as Node | null;
    const start = first?.range?.[0];
    const dash = start === undefined ? -1 : dashBefore(this.text, start);
    if (dash < 0 || !startsLine(this.text, dash)) {
      throw new EditError(
        `The list ${describe(seqPath)} is laid out in a way the editor cannot extend.`,
      );
    }
    const dashCol = column(this.text, dash);
    const offset = column(this.text, start!) - dashCol;
    return { dashCol, offset: offset > 0 ? offset : 2 };
  }

  /** Puts already-indented item lines at position `index` of a block sequence. */
  private placeItem(
    seqPath: readonly PathKey[],
    index: number,
    lines: string,
    dashCol: number,
  ): void {
    const seq = this.containerAt(seqPath) as YAMLSeq;
    const target = seq.items[index] as Node | null | undefined;
    if (target?.range) {
      const dash = dashBefore(this.text, target.range[0]);
      if (dash < 0 || !startsLine(this.text, dash))
        throw new EditError(`Cannot insert into ${describe(seqPath)}.`);
      const at = aboveComments(this.text, lineStart(this.text, dash), dashCol);
      this.splice(at, at, lines + '\n');
      return;
    }
    const last = seq.items[seq.items.length - 1] as Node;
    this.insertLines(endOfBlock(this.text, contentEnd(last)), lines);
  }

  /**
   * Removes the value at `path`. A collection left empty by the removal goes too, up to (not
   * including) the first `keep` keys of the path: removing the last mount removes
   * `volumeMounts`, but never the container itself.
   */
  delete(path: readonly PathKey[], keep = 0): void {
    this.unalias(path);
    if (!this.has(path)) {
      if (getIn(this.model, path) === undefined) return;
      // Inherited through a merge key: this mapping gets its own copy, without the value.
      const own = path.slice(0, this.locate(path).missingAt + 1);
      this.set(own, deleteIn(getIn(this.model, own), path.slice(own.length)));
      return;
    }
    let target = [...path];
    while (target.length - 1 > keep) {
      const parent = this.containerAt(target.slice(0, -1));
      if (!isCollectionNode(parent) || itemCount(parent) > 1) break;
      target = target.slice(0, -1);
    }
    const nextModel = deleteIn(this.model, target);
    const parentPath = target.slice(0, -1);
    const parent = this.containerAt(parentPath);
    if (!isCollectionNode(parent)) throw new EditError(`Cannot remove ${describe(path)}.`);
    this.checkAnchorsUnused(target);
    const flow = parent.flow === true;
    if (itemCount(parent) === 1 && parentPath.length > 0 && !flow) {
      this.empty(parentPath, target, isMap(parent) ? '{}' : '[]');
    } else if (flow && itemCount(parent) === 1) {
      this.rewriteFlowAt(parentPath, isMap(parent) ? {} : []);
    } else if (flow) {
      const index = isMap(parent)
        ? parent.items.findIndex((p) => keyText(p) === target[target.length - 1])
        : (target[target.length - 1] as number);
      this.applyChange(removeFlowEntry(parent, index));
    } else {
      const [from, to] = this.blockSpan(target);
      this.splice(from, to, '');
    }
    this.commit(nextModel, target);
  }

  /** Refuses to remove a node whose anchors are still used by aliases elsewhere. */
  private checkAnchorsUnused(path: readonly PathKey[]): void {
    const node = this.nodeAt(path);
    const range = node?.range;
    if (!node || !range) return;
    const anchors = new Set<string>();
    visit(node, (_, n) => {
      const anchor = (n as { anchor?: string } | null)?.anchor;
      if (anchor) anchors.add(anchor);
    });
    const own = (node as { anchor?: string }).anchor;
    if (own) anchors.add(own);
    if (anchors.size === 0) return;
    let used: string | null = null;
    visit(this.doc, {
      Alias(_, alias) {
        const at = alias.range?.[0] ?? -1;
        if (anchors.has(alias.source) && (at < range[0] || at >= range[2])) {
          used = alias.source;
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (used) {
      throw new EditError(
        `${describe(path)} defines the anchor &${used}, which is used elsewhere (*${used}); replace those aliases first.`,
      );
    }
  }

  /**
   * Empties the block collection at `path` by removing its only entry's lines and writing
   * `{}` or `[]` after its key: comment lines inside it stay where they were.
   */
  private empty(path: readonly PathKey[], only: readonly PathKey[], marker: string): void {
    const { steps } = this.locate(path);
    const key = steps[steps.length - 1]?.pair?.key as Node | undefined;
    let span: [number, number] | null;
    try {
      span = this.blockSpan(only);
    } catch {
      span = null;
    }
    const colon = key?.range ? this.text.indexOf(':', key.range[1]) : -1;
    const between = colon >= 0 ? this.text.slice(key!.range![1], colon) : '';
    if (
      !span ||
      colon < 0 ||
      !/^ *$/.test(between) ||
      !startsLine(this.text, span[0]) ||
      colon > span[0]
    ) {
      this.replace(path, marker === '{}' ? {} : []);
      return;
    }
    this.spliceMany([
      { from: colon + 1, to: colon + 1, insert: ' ' + marker },
      { from: span[0], to: span[1], insert: '' },
    ]);
  }

  /** The text of a pair or item of a block collection, as whole lines where possible. */
  private blockSpan(path: readonly PathKey[]): [number, number] {
    const { steps } = this.locate(path);
    const step = steps[steps.length - 1]!;
    if (step.pair) {
      const key = step.pair.key as Node;
      const start = key.range![0];
      if (startsLine(this.text, start)) {
        return [lineStart(this.text, start), endOfBlock(this.text, contentEnd(step.pair))];
      }
      // The first key of `- key: …`: the next key moves up to take its place.
      const items = (step.parent as YAMLMap).items;
      const next = items[items.indexOf(step.pair) + 1]?.key as Node | undefined;
      if (items[0] === step.pair && next?.range) return [start, next.range[0]];
      throw new EditError(`${describe(path)} is laid out in a way the editor cannot remove.`);
    }
    const node = step.node;
    const dash = node?.range ? dashBefore(this.text, node.range[0]) : -1;
    if (dash < 0 || !startsLine(this.text, dash)) {
      throw new EditError(`${describe(path)} is laid out in a way the editor cannot remove.`);
    }
    return [lineStart(this.text, dash), endOfBlock(this.text, contentEnd(node))];
  }

  /**
   * Moves item `from` of a block sequence to `toPath` at `toIndex` (`toIndex` counts the items
   * there once the item has left), carrying its text verbatim: comments inside it stay.
   */
  moveItem(
    fromPath: readonly PathKey[],
    from: number,
    toPath: readonly PathKey[],
    toIndex: number,
  ): void {
    const itemPath = [...fromPath, from];
    const value = this.valueAt(itemPath);
    if (this.inFlow(fromPath)) {
      this.delete(itemPath);
      this.insertItem(toPath, toIndex, value);
      return;
    }
    const [start, end] = this.blockSpan(itemPath);
    const sourceDash = column(this.text, dashBefore(this.text, this.nodeAt(itemPath)!.range![0]));
    const body = this.text.slice(start, end).replace(/\n$/, '');
    this.delete(itemPath);
    const target = this.nodeAt(toPath);
    const nextModel = insertIn(this.model, toPath, toIndex, value);
    if (isSeq(target) && !target.flow && target.items.length > 0 && !this.inFlow(toPath)) {
      const { dashCol } = this.itemLayout(toPath);
      this.placeItem(toPath, toIndex, shift(body, dashCol - sourceDash), dashCol);
      this.commit(nextModel, toPath);
      return;
    }
    if (target === undefined && toIndex === 0) {
      const mapPath = toPath.slice(0, -1);
      const map = this.containerAt(mapPath);
      if (isMap(map) && !map.flow && !this.inFlow(mapPath) && map.items.length > 0) {
        this.insertRawPair(mapPath, String(toPath[toPath.length - 1]), body, sourceDash);
        this.commit(nextModel, toPath);
        return;
      }
    }
    this.insertItem(toPath, toIndex, value);
  }

  /** Inserts `key:` followed by an existing item's lines, re-indented for the new place. */
  private insertRawPair(
    mapPath: readonly PathKey[],
    key: string,
    itemLines: string,
    sourceDash: number,
  ): void {
    const map = this.containerAt(mapPath) as YAMLMap;
    const col = column(this.text, (map.items[0]!.key as Node).range![0]);
    const dashCol = col + (this.layout.indentSeq ? this.layout.step : 0);
    const lines =
      ' '.repeat(col) + printKey(key, this.layout) + ':\n' + shift(itemLines, dashCol - sourceDash);
    const before = this.pairAfter(mapPath, key);
    const beforeKey = before?.key as Node | undefined;
    if (beforeKey?.range && startsLine(this.text, beforeKey.range[0])) {
      const at = aboveComments(this.text, lineStart(this.text, beforeKey.range[0]), col);
      this.splice(at, at, lines + '\n');
      return;
    }
    this.insertLines(endOfBlock(this.text, contentEnd(map.items[map.items.length - 1]!)), lines);
  }

  /**
   * Inserts a copy of item `index` right after it: its text verbatim (comments, quoting) when
   * `verbatim`, else printed afresh.
   */
  copyItem(seqPath: readonly PathKey[], index: number, verbatim: boolean): void {
    const itemPath = [...seqPath, index];
    const value = this.valueAt(itemPath);
    if (!verbatim || this.inFlow(seqPath)) {
      this.insertItem(seqPath, index + 1, value);
      return;
    }
    const nextModel = insertIn(this.model, seqPath, index + 1, value);
    const [start, end] = this.blockSpan(itemPath);
    if (!startsLine(this.text, start)) throw new EditError(`Cannot copy ${describe(itemPath)}.`);
    this.insertLines(end, this.text.slice(start, end).replace(/\n$/, ''));
    this.commit(nextModel, seqPath);
  }

  /**
   * Checks a splice against the data it should have produced. Content shared through an anchor
   * legitimately changes everywhere it is aliased, so a difference is accepted when the edited
   * path runs through an anchored node.
   */
  private commit(expected: unknown, path: readonly PathKey[]): void {
    const actual = this.readBack();
    if (!deepEqual(actual, expected) && !this.throughAnchor(path)) {
      throw new EditError(
        'The edit could not be applied without changing other parts of the document.',
      );
    }
    this.model = actual;
  }

  private readBack(): unknown {
    try {
      return this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
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

  private throughAnchor(path: readonly PathKey[]): boolean {
    let node: unknown = this.doc.contents;
    for (let i = 0; ; i++) {
      if ((node as { anchor?: string } | null)?.anchor) return true;
      const key = path[i];
      if (key === undefined || node == null) return false;
      if (isMap(node) && typeof key === 'string') node = findPair(node, key)?.value;
      else if (isSeq(node) && typeof key === 'number') node = node.items[key];
      else return false;
    }
  }

  /** Throws unless the text now means exactly what the edits intended. */
  verify(): void {
    let actual: unknown;
    try {
      actual = this.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
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

/** Moves every non-blank line by `delta` columns. */
function shift(lines: string, delta: number): string {
  if (delta === 0) return lines;
  return lines
    .split('\n')
    .map((line) => {
      if (line.trim() === '') return line;
      return delta > 0
        ? ' '.repeat(delta) + line
        : line.slice(Math.min(-delta, line.length - line.trimStart().length));
    })
    .join('\n');
}
