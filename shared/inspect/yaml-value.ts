import { parseDocument, stringify } from 'yaml';
import { reportDuplicateKeys } from '../manifest/duplicate-keys';
import { lineAndCol, MAX_ALIAS_COUNT, PARSE_OPTIONS, yamlErrorMessage } from '../manifest/load';
import { syntaxFaults } from '../manifest/syntax-fault';
import { findUnclosed } from '../manifest/unclosed';

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

/** The text a YAML field starts with for `value`; empty when there is none. */
export function yamlText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}
