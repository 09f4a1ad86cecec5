import { isMap, isScalar, isSeq } from 'yaml';
import { findPair } from '../manifest/nodes';
import type { Node, YAMLMap } from 'yaml';
import type { PathKey } from '../manifest/nodes';
import {
  aboveComments,
  column,
  contentEnd,
  dashBefore,
  endOfBlock,
  isBlockMap,
  lineStart,
  startsLine,
} from './geometry';
import { deepEqual, getIn, insertIn, setIn } from './model';
import { printKey } from './print';
import { EditError, describe } from './editor-core';
import type { Located } from './editor-core';
import { hasComments, pairText, placeText, readDraft, shownText, valueSpan } from './value-text';
import { StructureEditor } from './structure-editor';

export { EditError };

/**
 * Applies structural changes to one document of a manifest by splicing the text: each change
 * touches only the characters of the node it changes, printed like its neighbours, and the text
 * is re-parsed and checked against a plain-data model of the intended result after every splice.
 * This last layer moves and copies list items with their text, so comments travel along.
 */
export class TextEditor extends StructureEditor {
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
    if (toIndex === 0 && this.emptyListPair(toPath, target)) {
      this.fillEmptyList(toPath, body, sourceDash);
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

  /** Whether `path` is a key of a block mapping with an empty list or nothing (`key: []`). */
  private emptyListPair(path: readonly PathKey[], node: Node | null | undefined): boolean {
    const empty =
      node === null ||
      (isSeq(node) && node.items.length === 0) ||
      (isScalar(node) && node.value == null);
    const mapPath = path.slice(0, -1);
    const map = this.containerAt(mapPath);
    return empty && isMap(map) && !map.flow && !this.inFlow(mapPath);
  }

  /**
   * Writes `key:` followed by an existing item's lines, re-indented, in place of the empty list
   * (`[]`) or nothing after the key at `path`: the item's text stays as written.
   */
  private fillEmptyList(path: readonly PathKey[], itemLines: string, sourceDash: number): void {
    const map = this.containerAt(path.slice(0, -1)) as YAMLMap;
    const pair = findPair(map, String(path[path.length - 1]))!;
    const key = pair.key as Node;
    const col = column(this.text, key.range![0]);
    const dashCol = col + (this.layout.indentSeq ? this.layout.step : 0);
    const end = endOfBlock(this.text, contentEnd(pair));
    const keySource = this.text.slice(key.range![0], key.range![1]);
    const lines = keySource + ':\n' + shift(itemLines, dashCol - sourceDash);
    this.splice(key.range![0], end, end > 0 && this.text[end - 1] === '\n' ? lines + '\n' : lines);
  }

  /** Inserts `key:` followed by an existing item's lines, re-indented for the new place. */
  protected insertRawPair(
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
    const [start, end] = this.blockSpan(itemPath, false);
    if (!startsLine(this.text, start)) throw new EditError(`Cannot copy ${describe(itemPath)}.`);
    this.insertLines(end, this.text.slice(start, end).replace(/\n$/, ''));
    this.commit(nextModel, seqPath);
  }

  /**
   * The text of the value at `path` as written (comments, quoting, number forms, flow or block
   * style), at column 0; '' when there is none. Null when that text does not read on its own as
   * the value it holds here (an alias, a mapping that merges an anchor from elsewhere), or when
   * it stands inside a flow collection: a YAML field shows the value printed then.
   */
  fieldText(path: readonly PathKey[]): string | null {
    let located: Located;
    try {
      located = this.locate(path);
    } catch {
      return null;
    }
    const { steps, missingAt } = located;
    if (missingAt < path.length) return getIn(this.model, path) === undefined ? '' : null;
    const step = steps[steps.length - 1];
    const span = step?.pair && isBlockMap(step.parent) ? valueSpan(this.text, step.pair) : null;
    if (!span) return null;
    const shown = shownText(this.text, span);
    if (shown === '') return '';
    const read = readDraft(shown);
    return read.ok && deepEqual(read.value, getIn(this.model, path)) ? shown : null;
  }

  /**
   * Writes `typed`, the YAML text of one value, in place of the value at `path`, or as a new key
   * of the mapping above it: as typed, indented to where it stands, so that kubectl reads what
   * was typed (`1.10`, `010`, `~`) and the text around it stays as it was. Where the value stands
   * in a flow collection, or more than its own key is missing, the value it means is set instead.
   */
  setText(path: readonly PathKey[], typed: string): void {
    const draft = readDraft(typed);
    if (!draft.ok) throw new EditError(draft.error);
    this.unalias(path);
    const expected = setIn(this.model, path, draft.value);
    const { steps, missingAt } = this.locate(path);
    const key = path[path.length - 1];
    if (missingAt === path.length) {
      const step = steps[steps.length - 1];
      const span = step?.pair && isBlockMap(step.parent) ? valueSpan(this.text, step.pair) : null;
      if (span) {
        this.applyChange(placeText(this.text, span, draft, this.layout));
        this.commit(expected, path);
        return;
      }
    } else if (missingAt === path.length - 1 && typeof key === 'string') {
      const mapPath = path.slice(0, -1);
      const map = this.containerAt(mapPath);
      if (isBlockMap(map) && (map as YAMLMap).items.length > 0) {
        this.placePair(mapPath, key, (col) =>
          pairText(printKey(key, this.layout), draft, col, this.layout),
        );
        this.commit(expected, path);
        return;
      }
    }
    // Where the text cannot stand as typed (a flow collection around it, keys above it not
    // written yet), the value it means is written: its comments would go, unsaid.
    if (hasComments(draft.text)) {
      throw new EditError(
        `${describe(path)} cannot be written as typed here (inside a {…} or […] collection, or under keys not written yet): its values are, and its comments would be lost. Remove them, or write the comments in the YAML editor.`,
      );
    }
    this.set(path, draft.value);
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
