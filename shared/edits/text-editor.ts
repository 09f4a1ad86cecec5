import { isMap, isSeq } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
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
import { insertIn } from './model';
import { printKey } from './print';
import { EditError, describe } from './editor-core';
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
