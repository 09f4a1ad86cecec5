import { parse } from 'yaml';
import { kubectlNumber } from '../manifest/yaml11';

/**
 * Whether a string, written plain, is read back as that same string both by kubectl, which reads
 * YAML 1.1 (`yes`, `no`, `on`, `off`, `y`, `n` in any case are booleans; `1_000`, `0b101`, `017`
 * and `190:20:30` integers; `2001-12-14` a timestamp), and by this app, which reads YAML 1.2.
 * A string that is not must be quoted when it is written.
 */
export function readsAsString(value: string): boolean {
  let known = seen.get(value);
  if (known === undefined) {
    known = kubectlNumber(value) === null && sameString(value, '1.1') && sameString(value, '1.2');
    if (seen.size > 4096) seen.clear();
    seen.set(value, known);
  }
  return known;
}

const seen = new Map<string, boolean>();

function sameString(value: string, version: '1.1' | '1.2'): boolean {
  try {
    return parse(value, { version, logLevel: 'silent' }) === value;
  } catch {
    return false;
  }
}
