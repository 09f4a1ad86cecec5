import { kubectlScalar, readOtherwiseByKubectl } from '../manifest/yaml11';
import { asText } from './plain';

/** What a field that takes text (an env value, a label, an image) shows of the stored value. */
export interface StoredText {
  /** The value's text as the manifest writes it: `1.10`, not the 1.1 it is read as. */
  value: string;
  /**
   * Why kubectl does not read that text as text (an unquoted `1.10` is the number 1.1, `yes` the
   * boolean true), which the API server then refuses in a field of strings; null when it does.
   */
  notText: string | null;
  /**
   * False when `value` is printed from the value, not read from the manifest (an alias, or a long
   * text's parse the page does not hold): it may not be what is written (1.1 for `1.10`), so it
   * is not offered to be written back quoted.
   */
  asWritten: boolean;
}

/**
 * The stored `value` of a field that takes text, as the field shows it. `written` gives the
 * field's plain scalar as it is written (see `plainScalarText`); it reads the text's parse, so
 * it is asked only of a value kubectl may read otherwise: a number, a boolean, or a string such
 * as `yes` that is text only to YAML 1.2.
 */
export function storedText(value: unknown, written: () => string | null): StoredText {
  if (typeof value === 'string') {
    const plain = readOtherwiseByKubectl(value) && written() === value;
    return { value, notText: plain ? readAs(value, value) : null, asWritten: true };
  }
  if (typeof value !== 'number' && typeof value !== 'boolean') {
    return { value: asText(value), notText: null, asWritten: true };
  }
  const text = written();
  return { value: text ?? String(value), notText: readAs(text, value), asWritten: text !== null };
}

/**
 * "kubectl reads the unquoted 1.10 as the number 1.1, not as text"; "this value" where its text
 * is not known (printed from the value, it may not be what the manifest writes).
 */
function readAs(text: string | null, here: unknown): string {
  const read = (text === null ? null : kubectlScalar(text)) ?? here;
  const what = typeof read === 'boolean' ? 'boolean' : 'number';
  const value = text === null ? 'this value' : `the unquoted ${text}`;
  return `kubectl reads ${value} as the ${what} ${String(read)}, not as text`;
}
