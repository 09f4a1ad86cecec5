import { isScalar, parseDocument, Scalar, stringify } from 'yaml';
import { reportDuplicateKeys } from '../manifest/duplicate-keys';
import {
  lineAndCol,
  MAX_ALIAS_COUNT,
  PARSE_OPTIONS,
  readAlready,
  yamlErrorMessage,
} from '../manifest/load';
import { syntaxFaults } from '../manifest/syntax-fault';
import { findUnclosed } from '../manifest/unclosed';
import { targetPath } from '../edits/fields';
import { PodContext } from '../edits/pod-context';
import { TextEditor } from '../edits/text-editor';
import type { EditTarget, FieldPath } from '../edits/types';

export type YamlValueResult = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Reads the text of a small YAML field (affinity, tolerations, a probe handler). Empty text is
 * `undefined`: the field is removed. `expect` names the shape the field must have.
 */
export function parseYamlValue(text: string, expect?: 'map' | 'list'): YamlValueResult {
  if (text.trim() === '') return { ok: true, value: undefined };
  let value: unknown;
  try {
    // Read as the manifest is, so that what the field takes, the manifest takes too.
    const doc = parseDocument(text, PARSE_OPTIONS);
    reportDuplicateKeys(doc);
    if (doc.errors.length > 0) {
      const fault = syntaxFaults(text, doc.errors, findUnclosed(text), yamlErrorMessage)[0]!;
      const { line } = lineAndCol(text, fault.from);
      return { ok: false, error: `Not valid YAML (line ${line}): ${fault.message}` };
    }
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { ok: false, error: `Not valid YAML: ${String(error)}` };
  }
  if (expect === 'list' && !Array.isArray(value)) {
    return { ok: false, error: 'Expected a list (lines starting with "- ").' };
  }
  const isMap = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (expect === 'map' && !isMap) {
    return { ok: false, error: 'Expected a mapping (lines of "key: value").' };
  }
  return { ok: true, value };
}

/**
 * What `yamlText` printed for each map or list. The values the inspector shows are the plain
 * documents' own, which no one changes and which a keystroke shares with the reading before,
 * save what it changed: each is printed once, not again at every key in the form that shows it
 * (on a long text, where fields print their value, 3 ms a key on the large Pod).
 */
const printed = new WeakMap<object, string>();

/** The text a YAML field starts with for `value`; empty when there is none. */
export function yamlText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'object') return print(value);
  let text = printed.get(value);
  if (text === undefined) printed.set(value, (text = print(value)));
  return text;
}

const print = (value: unknown) => stringify(value, { lineWidth: 0 }).replace(/\n$/, '');

/**
 * What a YAML field shows for the field at `path` below `target`, in document `document` of
 * `text`: the manifest's own text of it, at column 0, as the `setFieldText` edit writes it back
 * ('' when the field is not there). Null when it has no text of its own to show (an alias, a
 * merge, a flow collection around it) or the text cannot be read: the value is printed then.
 * Without `parse`, only from a parse of `text` this thread holds already (else null).
 */
export function fieldText(
  text: string,
  document: number,
  target: EditTarget,
  path: FieldPath,
  parse = true,
): string | null {
  return readField(text, document, target, path, parse, (editor, at) => editor.fieldText(at));
}

/**
 * The text of the plain scalar (neither quoted, nor tagged, nor a block scalar) at `path` below
 * `target` in document `document` of `text`, as it is written (`1.10`, `010`, `yes`): what the
 * value of a field that takes text is to kubectl. Null for any other value, or where it is not
 * written under the target itself (an alias). Without `parse`, only from a parse of `text` this
 * thread holds already (else null).
 */
export function plainScalarText(
  text: string,
  document: number,
  target: EditTarget,
  path: FieldPath,
  parse = true,
): string | null {
  return readField(text, document, target, path, parse, (editor, at) => {
    const node = editor.nodeAt(at);
    const plain = isScalar(node) && node.type === Scalar.PLAIN && node.tag === undefined;
    return plain ? (node.source ?? null) : null;
  });
}

/**
 * `read` of the field at `path` below `target`, in the text's own parse; null where it fails, or
 * where the text would be parsed for it and `parse` is false.
 */
function readField(
  text: string,
  document: number,
  target: EditTarget,
  path: FieldPath,
  parse: boolean,
  read: (editor: TextEditor, at: FieldPath) => string | null,
): string | null {
  if (!parse && !readAlready(text)) return null;
  try {
    const editor = new TextEditor(text, document);
    return read(editor, [...targetPath(new PodContext(editor), target), ...path]);
  } catch {
    return null;
  }
}
