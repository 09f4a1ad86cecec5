import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
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
import { deepEqual, deleteIn, getIn, insertIn, isEmptyCollection, nest, setIn } from './model';
import {
  foldedBlock,
  indentRest,
  printAfterKey,
  printBlock,
  printInline,
  printItem,
  printKey,
} from './print';
import { readsAsString } from '../manifest/yaml11';
import { insertFlowItem, insertFlowPair, removeFlowEntry, rewriteFlow } from './flow-splices';
import { EditError, EditorCore, describe, isCollectionNode, itemCount } from './editor-core';
import { aliasUses, anchorsOf } from './anchors';

/** Setting, inserting and removing values by splicing only the nodes they change. */
export class StructureEditor extends EditorCore {
  /**
   * Writes out, in place, each alias the path runs through (`resources: *small` becomes the
   * mapping it names), so that an edit below it changes this place only, not the anchor.
   */
  protected unalias(path: readonly PathKey[]): void {
    let node: unknown = this.doc.contents;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      if (isMap(node) && typeof key === 'string') node = findPair(node, key)?.value;
      else if (isSeq(node) && typeof key === 'number') node = node.items[key];
      else return;
      if (isAlias(node) && i < path.length - 1) {
        const prefix = path.slice(0, i + 1);
        this.writeOut(prefix);
        node = this.containerAt(prefix);
      } else if (!isAlias(node)) {
        // The edited node, or a node above it, is anchored: the places that alias it get a copy
        // of their own first, so the edit changes only the place the user meant.
        this.shareOut(node as Node | null, path[i + 1]);
      }
    }
  }

  /** Replaces the alias at `path` with a copy of what it names, in place. */
  private writeOut(path: readonly PathKey[]): void {
    this.replace(path, getIn(this.model, path));
    this.commit(this.model, path);
  }

  /**
   * Writes out every use elsewhere of `node`'s anchor (and of the anchors inside it, when the
   * edit replaces `node` itself). `next` is the key the edit goes on to below `node`: a mapping
   * that merges `node` (`<<: *base`) but has its own `next` does not see the change and stays.
   * One that would see it is written out in full, with what it merged.
   */
  private shareOut(node: Node | null, next: PathKey | undefined): void {
    const range = node?.range;
    if (!node || !range) return;
    const anchors = anchorsOf(node, next === undefined);
    const uses = aliasUses(this.doc.contents, anchors, range[0], range[2]);
    for (const use of uses.reverse()) {
      if (!use.merge) {
        this.writeOut(use.path);
        continue;
      }
      const map = this.containerAt(use.path);
      const own = typeof next === 'string' && isMap(map) && findPair(map, next) !== null;
      if (!own) this.writeOut(use.path);
    }
  }

  /** Rewrites the flow collection at `path` as `value`, in its own style. */
  protected rewriteFlowAt(path: readonly PathKey[], value: unknown): void {
    const change = rewriteFlow(this.text, this.flowNode(path), value, this.layout);
    this.splice(change.from, change.to, change.insert);
  }

  /**
   * Sets every path to `value` (a rename's many `name`s): the existing plain scalars among them
   * are rewritten in one splice, re-parsed and checked once, instead of once each; the others go
   * through `set` one by one.
   */
  setEach(paths: readonly (readonly PathKey[])[], value: unknown): void {
    const rest: (readonly PathKey[])[] = [];
    let expected = this.model;
    this.pending = [];
    try {
      for (const path of paths) {
        if (deepEqual(getIn(expected, path), value)) continue;
        let old: Node | null = null;
        try {
          const { steps, missingAt } = this.locate(path);
          if (missingAt === path.length) old = steps[steps.length - 1]?.node ?? null;
        } catch {
          // Through an alias: `set` knows how to handle that.
        }
        // A scalar under an anchor may show elsewhere too: `set` checks that case on its own.
        const plain = isScalar(old) && !this.inFlow(path.slice(0, -1)) && !this.throughAnchor(path);
        if (plain && this.spliceScalar(old, value, false)) expected = setIn(expected, path, value);
        else rest.push(path);
      }
    } finally {
      const changes = this.pending;
      this.pending = null;
      if (changes.length > 0) {
        this.spliceMany(changes);
        this.commit(expected, paths[0] ?? []);
      }
    }
    for (const path of rest) this.set(path, value);
  }

  protected override setScalars(paths: readonly (readonly PathKey[])[], value: unknown): void {
    this.setEach(paths, value);
  }

  /** Sets `path` to `value`, creating the keys that are missing. */
  set(path: readonly PathKey[], value: unknown): void {
    if (value === undefined) throw new EditError('Use delete to remove a value.');
    // Setting what is already there changes nothing, not even an alias into its value; but a
    // string written plain that kubectl reads as another type (`yes`, `1_000`) is written again,
    // quoted, as every string is written.
    if (deepEqual(getIn(this.model, path), value) && !this.plainNotString(path, value)) return;
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
      } else if (isSeq(parent)) {
        throw new EditError(
          typeof key === 'number'
            ? `Cannot set ${describe(path)}: ${describe(parentPath)} has ${parent.items.length} item${parent.items.length === 1 ? '' : 's'}.`
            : `Cannot set ${describe(path)}: ${describe(parentPath)} is a list.`,
        );
      } else {
        throw new EditError(
          `Cannot set ${describe(path)}: ${describe(parentPath) || 'the document'} is not a mapping.`,
        );
      }
    }
    this.commit(nextModel, path);
  }

  /** Whether `path` holds the string `value` written plain where kubectl reads another type. */
  private plainNotString(path: readonly PathKey[], value: unknown): boolean {
    if (typeof value !== 'string' || readsAsString(value)) return false;
    try {
      const { steps, missingAt } = this.locate(path);
      const node = missingAt === path.length ? steps[steps.length - 1]?.node : null;
      return isScalar(node) && node.type === 'PLAIN';
    } catch {
      return false;
    }
  }

  protected replace(path: readonly PathKey[], value: unknown): void {
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
      const folded = this.refold(old, value, col);
      const printed =
        keySource + ':' + (folded ? ' ' + folded : printAfterKey(value, col, this.layout));
      this.splice(key.range[0], end, this.withNewline(printed, end));
      return;
    }
    if (!oldRange) throw new EditError(`Cannot locate ${describe(path)} in the text.`);
    const col = column(this.text, oldRange[0]);
    const end = endOfBlock(this.text, contentEnd(old));
    const dash = dashBefore(this.text, oldRange[0]);
    const folded = dash >= 0 ? this.refold(old, value, column(this.text, dash)) : null;
    const printed =
      folded ?? printInline(value, this.layout) ?? printBlock(value, col, this.layout);
    this.splice(oldRange[0], end, this.withNewline(printed, end));
  }

  /**
   * A string written in place of a folded block scalar (`>`), folded too, its lines where the
   * old ones were and folded at the old width when they were folded; `parentCol` is the column
   * of its key or dash. Null for any other value or node, or a string a folded block cannot hold.
   */
  private refold(old: Node | null, value: unknown, parentCol: number): string | null {
    if (!isScalar(old) || old.type !== 'BLOCK_FOLDED' || typeof value !== 'string') return null;
    if (!old.range) return null;
    const lines = this.text.slice(old.range[0], old.range[1]).split(/\r?\n/).slice(1);
    const content = lines.filter((line) => line.trim() !== '');
    const first = content[0];
    const indent = first ? first.length - first.trimStart().length - parentCol : this.layout.step;
    // Two content lines in a row at the same depth were folded into one line of the value.
    const folds = lines.some((line, i) => {
      const next = lines[i + 1];
      return (
        line.trim() !== '' &&
        next !== undefined &&
        next.trim() !== '' &&
        !/^\s/.test(next.slice(indent + parentCol))
      );
    });
    const width = folds ? Math.max(...content.map((line) => line.trimEnd().length)) - parentCol : 0;
    const block = foldedBlock(value, indent, Math.max(width, 0));
    return block === null ? null : indentRest(block, parentCol);
  }

  /** Replaces a scalar's characters only, in its quoting style; false when that cannot be done. */
  protected spliceScalar(old: Node | null, value: unknown, inFlow: boolean): boolean {
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
  protected withNewline(printed: string, end: number): string {
    return end > 0 && this.text[end - 1] === '\n' ? printed + '\n' : printed;
  }

  /** Inserts text as whole lines at `at` (a line start or the end of the text). */
  protected insertLines(at: number, lines: string): void {
    if (at === this.text.length && this.text.length > 0 && !this.text.endsWith('\n')) {
      this.splice(at, at, '\n' + lines);
    } else {
      this.splice(at, at, lines + '\n');
    }
  }

  protected insertPair(mapPath: readonly PathKey[], key: string, value: unknown): void {
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
    this.placePair(
      mapPath,
      key,
      (col) =>
        ' '.repeat(col) + printKey(key, this.layout) + ':' + printAfterKey(value, col, this.layout),
    );
  }

  /**
   * Puts the lines of a new pair `key` into the block mapping at `mapPath`, at its usual place;
   * `print` writes them for a key at column `col`, the column of the mapping's keys.
   */
  protected placePair(
    mapPath: readonly PathKey[],
    key: string,
    print: (col: number) => string,
  ): void {
    const map = this.containerAt(mapPath) as YAMLMap;
    const pairs = map.items;
    const firstKey = pairs[0]?.key as Node | undefined;
    if (!firstKey?.range) throw new EditError(`Cannot locate ${describe(mapPath)} in the text.`);
    const col = column(this.text, firstKey.range[0]);
    const printed = print(col);
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
  protected pairAfter(mapPath: readonly PathKey[], key: string): Pair | undefined {
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

  protected insertItemRaw(seqPath: readonly PathKey[], index: number, value: unknown): void {
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

  protected itemLayout(seqPath: readonly PathKey[]): { dashCol: number; offset: number } {
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
  protected placeItem(
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
   * Renames the key at `path` to `newKey` where it stands: only the key's characters change, so
   * its value, its comments and its place among the keys stay as written.
   */
  renameKey(path: readonly PathKey[], newKey: string): void {
    const key = path[path.length - 1];
    if (typeof key !== 'string') throw new EditError(`${describe(path)} is not a key to rename.`);
    if (newKey === key) return;
    const parentPath = path.slice(0, -1);
    this.unalias(path);
    const map = this.containerAt(parentPath);
    const pair = isMap(map) ? findPair(map, key) : undefined;
    if (!pair) throw new EditError(`There is no ${describe(path)} to rename.`);
    if (getIn(this.model, [...parentPath, newKey]) !== undefined) {
      throw new EditError(`${describe([...parentPath, newKey])} is there already.`);
    }
    const range = isScalar(pair.key) ? pair.key.range : undefined;
    if (!range) throw new EditError(`Cannot locate ${describe(path)} in the text.`);
    const value = getIn(this.model, path);
    const nextModel = setIn(deleteIn(this.model, path), [...parentPath, newKey], value);
    this.splice(range[0], range[1], printKey(newKey, this.layout));
    this.commit(nextModel, parentPath);
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

  /**
   * Empties the block collection at `path` by removing its only entry's lines and writing
   * `{}` or `[]` after its key. Other comment lines inside it stay where they were; those right
   * above a list item's dash go with the item (blockSpan).
   */
  protected empty(path: readonly PathKey[], only: readonly PathKey[], marker: string): void {
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

  /**
   * The text of a pair or item of a block collection, as whole lines where possible. It starts at
   * the comment lines directly above it, at its own column: above a list item's dash
   * (`# The shipper only reads the app's logs.` above `- name: app-logs`) or above a key
   * (`# Keeps running beside the app.` above `restartPolicy: Always`). They describe it, so they
   * go when it is removed and travel when it moves. `ownComments: false` leaves them out, for a
   * copy.
   */
  protected blockSpan(path: readonly PathKey[], ownComments = true): [number, number] {
    const { steps } = this.locate(path);
    const step = steps[steps.length - 1]!;
    if (step.pair) {
      const key = step.pair.key as Node;
      const start = key.range![0];
      if (startsLine(this.text, start)) {
        const line = lineStart(this.text, start);
        return [
          ownComments ? aboveComments(this.text, line, start - line, true) : line,
          endOfBlock(this.text, contentEnd(step.pair)),
        ];
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
    const start = lineStart(this.text, dash);
    return [
      ownComments ? aboveComments(this.text, start, dash - start, true) : start,
      endOfBlock(this.text, contentEnd(node)),
    ];
  }
}
