import { parse } from 'yaml';

/**
 * How kubectl reads a plain scalar, where that differs from how this app (YAML 1.2) does. kubectl
 * reads manifests with go-yaml v2, through sigs.k8s.io/yaml.
 */

const GO_INT = /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|0([0-7]+)|(0|[1-9]\d*))$/;
const GO_FLOAT = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;

/**
 * The number kubectl reads from the plain scalar `text`, or null when it reads something else
 * (a string, a boolean, null) or an integer too large to hold exactly here. A scalar that starts
 * with a digit or a sign loses its underscores and is read as Go's `strconv.ParseInt(text, 0,
 * 64)` reads it, so a leading `0` makes it octal and `0b`, `0o`, `0x` (in either case) binary,
 * octal, hexadecimal; failing that, as a float. One that starts otherwise (`.5`) is read alike
 * by both.
 */
export function kubectlNumber(text: string): number | null {
  if (!/^[-+\d]/.test(text)) return null;
  const plain = text.replace(/_/g, '');
  const int = GO_INT.exec(plain);
  if (int) {
    const [, sign, hex, oct, bin, leadingZero, decimal] = int;
    const [digits, radix] = hex
      ? [hex, 16]
      : oct
        ? [oct, 8]
        : bin
          ? [bin, 2]
          : leadingZero
            ? [leadingZero, 8]
            : [decimal!, 10];
    const value = parseInt(digits, radix);
    if (!Number.isSafeInteger(value)) return null;
    return sign === '-' ? -value : value;
  }
  return GO_FLOAT.test(plain) ? Number(plain) : null;
}

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
