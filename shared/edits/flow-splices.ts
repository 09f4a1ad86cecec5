import { isScalar, visit } from 'yaml';
import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { contentEnd, contentStart } from './geometry';
import { printFlow } from './print';
import type { Layout } from './print';

/**
 * Splices inside flow collections (`[a, b]`, `{a: 1}`, JSON): an entry is added or removed
 * with its comma, and only that entry is printed, quoted like its siblings.
 */

export interface Change {
  from: number;
  to: number;
  insert: string;
}

type Quote = 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | undefined;

interface FlowStyle {
  padded: boolean;
  strings: Quote;
  keys: Quote;
}

function quoteOf(node: unknown): Quote {
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? node.type : undefined;
}

/** How the collection writes itself: padding inside its brackets, quoting of keys and strings. */
export function flowStyle(text: string, node: YAMLMap | YAMLSeq): FlowStyle {
  const range = node.range!;
  let strings: Quote;
  let keys: Quote;
  let sawString = false;
  let sawKey = false;
  visit(node, {
    Scalar(key, scalar) {
      if (typeof scalar.value !== 'string') return undefined;
      if (key === 'key' && !sawKey) {
        sawKey = true;
        keys = quoteOf(scalar);
      } else if (key !== 'key' && !sawString) {
        sawString = true;
        strings = quoteOf(scalar);
      }
      return sawKey && sawString ? visit.BREAK : undefined;
    },
  });
  if (!sawKey) keys = strings;
  return { padded: /^[[{][ \n]/.test(text.slice(range[0], range[1])), strings, keys };
}

function printEntry(value: unknown, layout: Layout, style: FlowStyle): string {
  // Printed inside a one-item list so that yaml quotes what a flow context requires.
  const out = printFlow([value], layout, false, style.strings);
  return out.slice(1, -1);
}

function printPairEntry(key: string, value: unknown, layout: Layout, style: FlowStyle): string {
  const printedKey =
    style.keys === 'QUOTE_DOUBLE'
      ? JSON.stringify(key)
      : style.keys === 'QUOTE_SINGLE'
        ? `'${key.replaceAll("'", "''")}'`
        : printFlow([key], layout, false).slice(1, -1);
  const printedValue = printEntry(value, layout, style);
  return `${printedKey}: ${printedValue}`;
}

/** The whole collection rewritten as `value` (for empty collections and odd layouts). */
export function rewriteFlow(
  text: string,
  node: YAMLMap | YAMLSeq,
  value: unknown,
  layout: Layout,
): Change {
  const style = flowStyle(text, node);
  const out = printFlow(value, layout, style.padded, style.strings);
  return { from: node.range![0], to: node.range![1], insert: out };
}

/** A new `key: value` after the last entry of a non-empty flow mapping. */
export function insertFlowPair(
  text: string,
  map: YAMLMap,
  key: string,
  value: unknown,
  layout: Layout,
): Change {
  const at = contentEnd(map.items[map.items.length - 1]!);
  return {
    from: at,
    to: at,
    insert: ', ' + printPairEntry(key, value, layout, flowStyle(text, map)),
  };
}

/** A new item at `index` of a non-empty flow sequence. */
export function insertFlowItem(
  text: string,
  seq: YAMLSeq,
  index: number,
  value: unknown,
  layout: Layout,
): Change {
  const printed = printEntry(value, layout, flowStyle(text, seq));
  const items = seq.items as (Node | Pair)[];
  if (index < items.length) {
    const at = contentStart(items[index]!);
    return { from: at, to: at, insert: printed + ', ' };
  }
  const at = contentEnd(items[items.length - 1]!);
  return { from: at, to: at, insert: ', ' + printed };
}

/** Removes entry `index` of a flow collection of at least two entries, with one comma. */
export function removeFlowEntry(collection: YAMLMap | YAMLSeq, index: number): Change {
  const items = collection.items as (Node | Pair)[];
  const item = items[index]!;
  if (index > 0) return { from: contentEnd(items[index - 1]!), to: contentEnd(item), insert: '' };
  return { from: contentStart(item), to: contentStart(items[1]!), insert: '' };
}
