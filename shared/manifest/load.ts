import { isAlias, isMap, isSeq, LineCounter, parseAllDocuments, visit } from 'yaml';
import type { Document, ScalarTag, Tags, YAMLError } from 'yaml';
import { MAX_MANIFEST_BYTES } from '../host';
import { parserLost, syntaxFaults } from './syntax-fault';
import { reportDuplicateKeys } from './duplicate-keys';
import { readInsertedLines } from './lines-edit';
import { isMergeKey } from './nodes';
import { readScalarEdit, type EditedParse, type PlainChange } from './scalar-edit';
import type { Diagnostic, Severity } from './types';
import { findUnclosed, type Unclosed } from './unclosed';

/** Aliases one document may expand to: enough for real manifests, too few for an alias bomb. */
export const MAX_ALIAS_COUNT = 1000;

/**
 * In the YAML 1.2 core schema a plain scalar is null, a boolean, a number or a string, and every
 * form but the string starts with one of `-+.~`, a digit, or the first letter of null, true or
 * false. This tag, tried first, takes every other plain scalar as the string it must be, sparing
 * it the eight tests of the other forms: most values of a manifest (names, images, paths) are
 * such strings.
 */
const PLAIN_STRING: ScalarTag = {
  tag: 'tag:yaml.org,2002:str',
  default: true,
  test: /^[^-+.~0-9nNtTfF]/,
  resolve: (text) => text,
};

export const PARSE_OPTIONS = {
  prettyErrors: false,
  // Duplicate keys are found by `parseYaml`, in linear time (see duplicate-keys.ts).
  uniqueKeys: false,
  // Kubernetes' YAML reader honours `<<` merge keys.
  merge: true,
  // Kubernetes reads every key as a string (`1:` is "1") and refuses a list or a mapping as one;
  // so do we, and an alias or a tag on a key too. Keys are half the scalars of a manifest: read
  // as strings, they skip the tests for a number, a boolean or null that every plain value takes.
  stringKeys: true,
  customTags: (tags: Tags) => [PLAIN_STRING, ...tags],
} as const;

/** The documents of `text`, read as a manifest is: with `PARSE_OPTIONS`, duplicate keys reported. */
export function parseYaml(text: string, lineCounter?: LineCounter): Document.Parsed[] {
  const docs = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter }) as Document.Parsed[];
  if (!Array.isArray(docs)) return [];
  for (const doc of docs) reportDuplicateKeys(doc);
  return docs;
}

export interface LoadedText {
  /** The parsed documents; empty when the text was refused before parsing. */
  docs: Document.Parsed[];
  lineCounter: LineCounter;
  /** Errors (refusals, syntax) and warnings, each located in the text. */
  diagnostics: Diagnostic[];
  /** True when the text was refused or holds a syntax error. */
  failed: boolean;
  /**
   * The documents that do not parse, each with its own errors (yaml gives each Document its
   * own): the others read as they are. Null when the text fails as a whole: refused, or an error
   * yaml does not confine to one document (see `confined`). Empty when nothing failed.
   */
  broken: ReadonlyMap<number, readonly Diagnostic[]> | null;
}

/** Nothing broken: every reading that did not fail. */
const NONE_BROKEN: ReadonlyMap<number, readonly Diagnostic[]> = new Map();

/**
 * True when document `index` of a reading cannot be read: the text fails as a whole, or this
 * document does not parse (or is not there while the text fails: its place is in doubt).
 */
export function documentFails(loaded: LoadedText, index: number): boolean {
  if (!loaded.failed) return false;
  return loaded.broken === null || loaded.broken.has(index) || loaded.docs[index] === undefined;
}

/**
 * True when the errors of `doc` are its own: each lies within its text, none is a directive's
 * (directives above a document belong to the stream before it), and its text holds no line that
 * starts or ends a document (a quote left open read on past it, so that the documents after it
 * are not those the user wrote). Else the error is the file's: the whole text does not parse.
 */
function confined(text: string, doc: Document.Parsed): boolean {
  const [start, valueEnd, end] = doc.range;
  for (const error of doc.errors) {
    const at = error.pos[0];
    if (at < start || at > end) return false;
    if (error.code === 'BAD_DIRECTIVE' || /directives-end/.test(error.message)) return false;
  }
  // Its own `---` starts it; a `...` past its value ends it (yaml counts that line in it).
  return (
    !START_LINE.test(text.slice(start + 1, end)) && !END_LINE.test(text.slice(start + 1, valueEnd))
  );
}

/** A line that starts a document, and one that ends it. */
const START_LINE = /\n---(?=[ \t\r\n]|$)/;
const END_LINE = /\n\.\.\.(?=[ \t\r\n]|$)/;

/** UTF-8 length without allocating an encoder (the core has no DOM or Node globals). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function diagnosticAt(
  lineCounter: LineCounter,
  from: number,
  to: number,
  severity: Severity,
  code: string,
  message: string,
): Diagnostic {
  const pos = lineCounter.linePos(from);
  return { severity, code, message, line: pos.line, col: pos.col, range: { from, to } };
}

/** The first line of yaml's message, without its own "at line …" suffix (we add ours). */
export function yamlErrorMessage(error: YAMLError): string {
  if (error.code === 'NON_STRING_KEY') {
    return 'Write this key out as text: keys are read as strings, as Kubernetes reads them, and a list, a mapping, an alias or a tagged value cannot be one.';
  }
  const first = error.message.split('\n')[0] ?? error.message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Reads the text into yaml Documents, refusing what must not reach the parser: oversized files
 * and binary content. Never throws.
 */
export function loadText(text: unknown): LoadedText {
  const lineCounter = new LineCounter();
  const refuse = (code: string, message: string): LoadedText => ({
    docs: [],
    lineCounter,
    failed: true,
    broken: null,
    diagnostics: [{ severity: 'error', code, message, line: 1, col: 1, range: { from: 0, to: 0 } }],
  });
  if (typeof text !== 'string') return refuse('not-text', 'The manifest is not text.');
  // A UTF-16 unit is at most 3 bytes of UTF-8: most texts need no counting.
  const tooLarge =
    text.length > MAX_MANIFEST_BYTES ||
    (text.length * 3 > MAX_MANIFEST_BYTES && utf8Length(text) > MAX_MANIFEST_BYTES);
  if (tooLarge) {
    return refuse(
      'too-large',
      `The file is larger than ${MAX_MANIFEST_BYTES / (1024 * 1024)} MB; a Pod manifest is much smaller.`,
    );
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const result = refuse('binary', 'The file holds binary data (a NUL byte), not YAML text.');
    const at = lineAndCol(text, nul);
    result.diagnostics = [{ ...result.diagnostics[0]!, ...at, range: { from: nul, to: nul + 1 } }];
    return result;
  }
  let docs: Document.Parsed[];
  try {
    docs = parseYaml(text, lineCounter);
  } catch (error) {
    return refuse('yaml-syntax', `The text could not be read as YAML: ${String(error)}`);
  }
  const diagnostics: Diagnostic[] = [];
  let failed = false;
  const hasAliases = text.includes('*');
  let unclosed: Unclosed[] | null = null;
  let broken: Map<number, Diagnostic[]> | null = new Map();
  docs.forEach((doc, index) => {
    /** An error of this document: listed in the text's diagnostics and as the document's. */
    const fails = (error: Diagnostic) => {
      failed = true;
      diagnostics.push(error);
      if (!broken) return;
      const own = broken.get(index);
      if (own) own.push(error);
      else broken.set(index, [error]);
    };
    if (doc.errors.length > 0) {
      failed = true;
      if (!confined(text, doc)) broken = null;
      unclosed ??= findUnclosed(text);
      const [start, , end] = doc.range;
      const inDoc = unclosed.filter((u) => u.offset >= start && u.offset <= end);
      for (const fault of syntaxFaults(text, doc.errors, inDoc, yamlErrorMessage)) {
        fails(diagnosticAt(lineCounter, fault.from, fault.to, 'error', fault.code, fault.message));
      }
      // A document that does not parse is one, whatever its errors were read as.
      if (broken && !broken.has(index)) broken.set(index, []);
      // Past a slip the parser lost its way: the rest of what it read says nothing reliable.
      if (parserLost(doc.errors)) return;
    }
    // An alias is written with `*`: a text without one has none to check.
    if (hasAliases)
      visit(doc, {
        Alias(_, alias) {
          let target: unknown;
          try {
            target = alias.resolve(doc);
          } catch {
            target = undefined;
          }
          if (target === undefined) {
            const [from, to] = alias.range ?? [0, 0];
            fails(
              diagnosticAt(
                lineCounter,
                from,
                to,
                'error',
                'unknown-alias',
                `The alias *${alias.source} names no anchor above it.`,
              ),
            );
          }
        },
      });
    for (const warning of doc.warnings) {
      const [from, to] = warning.pos;
      diagnostics.push(
        diagnosticAt(lineCounter, from, to, 'warning', 'yaml-warning', yamlErrorMessage(warning)),
      );
    }
  });
  return { docs, lineCounter, diagnostics, failed, broken: failed ? broken : NONE_BROKEN };
}

/** 1-based line and column of an offset, for texts the LineCounter has not seen. */
export function lineAndCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}

let lastRead: { text: string; loaded: LoadedText } | null = null;

/**
 * `loadText` for readers that never change the Documents (`parseManifest`, `validateManifest`,
 * and edits, which splice the text rather than change a Document): on every keystroke both
 * readers read the same text, so the second one reuses the first's parse. A text one keystroke
 * inside a value away from the last one read takes the last parse, brought up to it (see
 * scalar-edit.ts), and so does the text an edit writes by adding whole entries (`loadInserted`):
 * the Documents of the last reading are then this one's, so a reader must not keep them past
 * its own synchronous work.
 */
export function readText(text: string): LoadedText {
  if (lastRead?.text === text) return lastRead.loaded;
  const edited = lastRead && readScalarEdit(lastRead.loaded, lastRead.text, text, PARSE_OPTIONS);
  if (!edited) return loadAndKeep(text);
  return keepEdited(lastRead!, text, edited);
}

/** Keeps `edited`, the last reading brought up to `text`, with what it carries of the last one. */
function keepEdited(
  last: { text: string; loaded: LoadedText },
  text: string,
  { changed, ...parse }: EditedParse,
) {
  // A reading brought up in place is one that did not fail (see readScalarEdit).
  const loaded: LoadedText = { ...parse, diagnostics: [], broken: NONE_BROKEN };
  // Without a `*` or a `<<` anywhere, the text has neither an alias nor a merge key.
  if (!last.text.includes('*') && !last.text.includes('<<')) {
    sharedValues.set(last.loaded, new Map(last.loaded.docs.map((_, i) => [i, false])));
  }
  carryPlain(last.loaded, loaded, changed);
  lastRead = { text, loaded };
  return loaded;
}

/** True when `readText(text)` would cost nothing: `text` is the one it read last. */
export function readAlready(text: string): boolean {
  return lastRead?.text === text;
}

const plainByLoad = new WeakMap<LoadedText, Map<number, unknown>>();

/**
 * Per load, per document: true where an alias or a merge key makes one value of the text stand
 * in several places of the document's plain data (or in none of its own).
 */
const sharedValues = new WeakMap<LoadedText, Map<number, boolean>>();

function hasSharedValues(loaded: LoadedText, index: number): boolean {
  let known = sharedValues.get(loaded);
  const seen = known?.get(index);
  if (seen !== undefined) return seen;
  const found = sharesValues(loaded.docs[index]!.contents);
  if (!known) sharedValues.set(loaded, (known = new Map()));
  known.set(index, found);
  return found;
}

/** True when an alias or a merge key is in `node` (a walk of its own: yaml's `visit` is slower). */
function sharesValues(node: unknown): boolean {
  if (isAlias(node)) return true;
  if (isMap(node)) {
    return node.items.some(
      (pair) => isMergeKey(pair.key) || sharesValues(pair.key) || sharesValues(pair.value),
    );
  }
  return isSeq(node) && node.items.some(sharesValues);
}

/** `plain` with the value at `path` changed: new objects along the path, the rest shared. */
function changedAt(
  plain: unknown,
  path: readonly (string | number)[],
  change: PlainChange['change'],
): unknown {
  if (path.length === 0) return change(plain);
  const [key, ...rest] = path;
  if (Array.isArray(plain) && typeof key === 'number' && key < plain.length) {
    const copy = plain.slice();
    copy[key] = changedAt(plain[key], rest, change);
    return copy;
  }
  if (typeof plain !== 'object' || plain === null || typeof key !== 'string') throw new Error();
  if (!Object.prototype.hasOwnProperty.call(plain, key)) throw new Error();
  const copy = { ...(plain as Record<string, unknown>) };
  // A key named `__proto__` is a key like any other (as `toJS` sets it).
  Object.defineProperty(copy, key, {
    value: changedAt((plain as Record<string, unknown>)[key], rest, change),
    writable: true,
    enumerable: true,
    configurable: true,
  });
  return copy;
}

/**
 * The plain data of a load brought up in place (`to`: a keystroke inside a value, or lines an
 * edit added), from the last load's (`from`): the other documents are as they were, and the one
 * changed takes the change on a copy of the path to it, sharing every other part. On the large
 * Pod, `toJS` took 4 to 5 ms a key (7 ms for a container added, read back by the edit), and the
 * worker's comparison of the old and new data (reading-delta.ts) walked all of it again; shared
 * parts are passed over at once. Not where an alias or a merge key could make one value of the
 * text stand in several places.
 */
function carryPlain(from: LoadedText, to: LoadedText, changed: PlainChange): void {
  const known = plainByLoad.get(from);
  if (!known) return;
  const carried = new Map<number, unknown>();
  for (const [index, plain] of known) {
    if (index !== changed.doc) carried.set(index, plain);
    else if (changed.path && !hasSharedValues(from, index)) {
      try {
        carried.set(index, changedAt(plain, changed.path, changed.change));
      } catch {
        // A path the plain data does not have: read in full when asked for.
      }
    }
  }
  plainByLoad.set(to, carried);
  // A keystroke inside a value adds no alias and no merge key, nor do the lines read in place.
  const shared = sharedValues.get(from);
  if (shared) sharedValues.set(to, shared);
}

/**
 * Document `index` of a loaded text as plain data (`toJS`, aliases and merge keys resolved),
 * converted once per load: an edit's model, its read-back of the text it wrote and the views'
 * plain documents (`readDocuments`) ask for the same one. Throws as `toJS` does, and for a
 * document that does not parse (see documentFails). The value is
 * shared: no reader may change it. (Keyed by the load, not the Document: `readText` may bring
 * the Documents of one load up to the next text, in place.)
 */
export function plainDocument(loaded: LoadedText, index: number): unknown {
  let known = plainByLoad.get(loaded);
  if (known?.has(index)) return known.get(index);
  const doc = loaded.docs[index];
  if (!doc) throw new Error(`There is no document ${index + 1}.`);
  // What yaml made of a document that does not parse is not what the user wrote.
  if (documentFails(loaded, index)) throw new Error(`Document ${index + 1} does not parse`);
  const value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  if (!known) plainByLoad.set(loaded, (known = new Map()));
  known.set(index, value);
  return value;
}

/** `loadText(text)`, kept for `readText`: an edit's parse of the text it wrote is read once. */
export function loadAndKeep(text: string): LoadedText {
  lastRead = { text, loaded: loadText(text) };
  return lastRead.loaded;
}

/**
 * `loadAndKeep(text)` for the text an edit wrote by inserting `inserted` at `at` into `lastText`,
 * read as `last`: whole entries added to a block collection are read into `last`'s Documents
 * (see lines-edit.ts), which then belong to `text`. Only while `last` is the reading `readText`
 * keeps (no other reader has taken its Documents on since).
 */
export function loadInserted(
  last: LoadedText,
  lastText: string,
  at: number,
  inserted: string,
  text: string,
): LoadedText {
  const kept = lastRead?.text === lastText && lastRead.loaded === last;
  const edited = kept && readInsertedLines(last, lastText, at, inserted, text, PARSE_OPTIONS);
  if (!edited) return loadAndKeep(text);
  return keepEdited({ text: lastText, loaded: last }, text, edited);
}
