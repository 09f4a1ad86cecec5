import { parse } from 'yaml';

/**
 * How kubectl reads a plain scalar, where that differs from how this app (YAML 1.2) does. kubectl
 * reads manifests with go-yaml v2, through sigs.k8s.io/yaml.
 */

const GO_INT = /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|0([0-7]+)|(0|[1-9]\d*))$/;
const GO_FLOAT = /^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/;

/** The integers Go's `strconv.ParseInt` and, failing that, `ParseUint` read (64 bits). */
const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;
const INT64_MAX = 2n ** 63n - 1n;

/**
 * What kubectl reads from the plain scalar `text`: a number, an integer as a bigint where a
 * number cannot hold it exactly (beyond 2^53), or null when it reads something else (a string,
 * a boolean, null). A scalar that starts with a digit or a sign loses its underscores and is
 * read as go-yaml v2 reads it: `strconv.ParseInt(text, 0, 64)`, so a leading `0` makes it octal
 * and `0b`, `0o`, `0x` (in either case) binary, octal, hexadecimal; failing that (beyond 64
 * bits), `ParseUint` (to 2^64 - 1, unsigned only); failing that, as a float where it is written
 * like one (`99999999999999999999` is 1e20), else as a string (`0x` and 17 hex digits). One
 * that starts otherwise (`.5`) is read alike by both.
 */
function kubectlReading(text: string): number | bigint | null {
  if (!/^[-+\d]/.test(text)) return null;
  const plain = text.replace(/_/g, '');
  const int = GO_INT.exec(plain);
  if (int) {
    const [, sign, hex, oct, bin, leadingZero, decimal] = int;
    const digits = hex
      ? `0x${hex}`
      : oct
        ? `0o${oct}`
        : bin
          ? `0b${bin}`
          : leadingZero
            ? `0o${leadingZero}`
            : decimal!;
    const magnitude = BigInt(digits);
    const value = sign === '-' ? -magnitude : magnitude;
    const fits = (value >= INT64_MIN && value <= INT64_MAX) || (sign === '' && value <= UINT64_MAX);
    if (fits) {
      return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
        ? Number(value)
        : value;
    }
  }
  return GO_FLOAT.test(plain) ? Number(plain) : null;
}

/**
 * The number kubectl reads from the plain scalar `text`, or null when it reads something else
 * (a string, a boolean, null: see kubectlReading) or an integer too large to hold exactly here
 * (beyond 2^53: kubectl holds it exactly, so no JS number may stand for it in a message or an
 * edit; `readsAsNumber` says that kubectl reads a number there).
 */
export function kubectlNumber(text: string): number | null {
  const value = kubectlReading(text);
  return typeof value === 'number' ? value : null;
}

/** Whether kubectl reads the plain scalar `text` as a number (of any size). */
export function readsAsNumber(text: string): boolean {
  return kubectlReading(text) !== null;
}

/** go-yaml v2 reads these plain scalars as booleans (YAML 1.1); YAML 1.2 only `true`, `false`. */
const KUBECTL_TRUE = /^(?:y|Y|yes|Yes|YES|on|On|ON|true|True|TRUE)$/;
const KUBECTL_FALSE = /^(?:n|N|no|No|NO|off|Off|OFF|false|False|FALSE)$/;

/** The boolean kubectl reads from the plain scalar `text` (`yes`, `off`, `True`), or null. */
export function kubectlBoolean(text: string): boolean | null {
  // Every one of them is at most 5 characters long: most values need no regex.
  if (text.length > 5) return null;
  if (KUBECTL_TRUE.test(text)) return true;
  return KUBECTL_FALSE.test(text) ? false : null;
}

/**
 * What kubectl reads from the plain scalar `text` where it does not read a string: a boolean, or
 * a number (a bigint beyond 2^53). Null where it reads a string (or null).
 */
export function kubectlScalar(text: string): boolean | number | bigint | null {
  return kubectlBoolean(text) ?? kubectlReading(text);
}

/**
 * Whether `value`, written as a plain scalar, is that string for this app (YAML 1.2) and something
 * else for kubectl: `yes`, `off`, `1_000`, `0b101`. A string value of another text that kubectl
 * reads otherwise (`8080`, `true`) was quoted, or this app would not read it as a string either.
 */
export function readOtherwiseByKubectl(value: string): boolean {
  if (kubectlScalar(value) === null) return false;
  let known = otherwise.get(value);
  if (known === undefined) {
    known = sameString(value, '1.2');
    if (otherwise.size > 4096) otherwise.clear();
    otherwise.set(value, known);
  }
  return known;
}

const otherwise = new Map<string, boolean>();

/**
 * Whether a string, written plain, is read back as that same string both by kubectl, which reads
 * YAML 1.1 (`yes`, `no`, `on`, `off`, `y`, `n` in any case are booleans; `1_000`, `0b101`, `017`
 * and `190:20:30` integers; `2001-12-14` a timestamp), and by this app, which reads YAML 1.2.
 * A string that is not must be quoted when it is written.
 */
export function readsAsString(value: string): boolean {
  let known = seen.get(value);
  if (known === undefined) {
    known = !readsAsNumber(value) && sameString(value, '1.1') && sameString(value, '1.2');
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
