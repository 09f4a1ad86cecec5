import { readdirSync, readFileSync } from 'node:fs';
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node } from 'yaml';
import {
  documentFails,
  MAX_ALIAS_COUNT,
  plainDocument,
  type LoadedText,
} from '../../shared/manifest/load';
import type { Parse } from '../../shared/manifest/scalar-edit';

/** Every manifest fixture, valid or not, by name. */
export const fixtureTexts = ['../fixtures/manifests/', '../fixtures/valid/']
  .map((d) => new URL(d, import.meta.url))
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(new URL(f, dir), 'utf8') })),
  );

/** Every node of a document, in order, with what a reader can see of it. */
export function nodesOf(doc: Document): unknown[] {
  const out: unknown[] = [];
  const around = (node: Node) => ({
    commentBefore: node.commentBefore,
    comment: node.comment,
    spaceBefore: node.spaceBefore,
  });
  const walk = (node: unknown): void => {
    if (isScalar(node)) {
      const { value, source, type, format, tag, range } = node as typeof node & {
        source?: string;
        format?: string;
      };
      const shown = typeof value === 'symbol' ? String(value) : value;
      out.push({ scalar: shown, source, type, format, tag, range, ...around(node) });
    } else if (isAlias(node)) {
      out.push({ alias: node.source, range: node.range });
    } else if (isMap(node)) {
      out.push({ map: node.items.length, range: node.range, flow: node.flow, ...around(node) });
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      out.push({ seq: node.items.length, range: node.range, flow: node.flow, ...around(node) });
      node.items.forEach(walk);
    } else out.push({ other: String(node) });
  };
  walk(doc.contents);
  return out;
}

/** A reading as a reader sees it: every node to its position, the line starts, the diagnostics. */
export function snapshot(parse: Parse) {
  return {
    docs: parse.docs.map((doc) => ({
      range: doc.range,
      errors: doc.errors.map((e) => e.code),
      warnings: doc.warnings.map((w) => w.code),
      comment: doc.comment,
      commentBefore: doc.commentBefore,
      nodes: nodesOf(doc),
    })),
    lineStarts: parse.lineCounter.lineStarts,
    diagnostics: parse.diagnostics,
    failed: parse.failed,
  };
}

/**
 * Every document of a reading as plain data, with its JSON (toEqual does not compare the order
 * of keys), or the message of the error that reading it throws (an alias before its anchor; a
 * document that does not parse has none): as the views read it (`plainDocument`, which a reading
 * brought up in place may carry over from the last), or by `toJS` when `fresh`.
 */
export function plainData(loaded: LoadedText, fresh = false): unknown[] {
  return loaded.docs.map((doc, i) => {
    try {
      if (fresh && documentFails(loaded, i)) throw new Error(`Document ${i + 1} does not parse`);
      const value = fresh ? doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) : plainDocument(loaded, i);
      return [value, JSON.stringify(value)];
    } catch (error) {
      return (error as Error).message;
    }
  });
}
