import { isQuantity } from '../manifest/quantity';
/**
 * Checks for the values the inspector takes, as the API server would make them. Each returns
 * a short message saying what is wrong and what is expected, or null when the value is fine.
 */
import { dns1123LabelProblem } from '../manifest/names';

export { checkImage } from '../manifest/image-reference';

export type Check = (text: string) => string | null;

/** Container, init container, volume and namespace names. */
export function checkDnsLabel(text: string): string | null {
  return dns1123LabelProblem(text);
}

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Pod, ConfigMap, Secret, claim and service account names. */
export function checkDnsSubdomain(text: string): string | null {
  if (text.length === 0) return 'a name cannot be empty';
  if (text.length > 253) return `"${text}" is longer than 253 characters`;
  if (!DNS1123_SUBDOMAIN.test(text)) {
    return `"${text}" must be lower-case letters, digits, '-' and '.', starting and ending with a letter or digit`;
  }
  return null;
}

/** A port name: IANA_SVC_NAME. */
export function checkPortName(text: string): string | null {
  if (text.length === 0) return 'a port name cannot be empty';
  if (text.length > 15) return `"${text}" is longer than 15 characters`;
  if (!/^[a-z0-9-]+$/.test(text))
    return `"${text}" may hold only lower-case letters, digits and '-'`;
  if (!/[a-z]/.test(text)) return `"${text}" needs at least one letter`;
  if (text.startsWith('-') || text.endsWith('-')) return `"${text}" cannot start or end with '-'`;
  if (text.includes('--')) return `"${text}" cannot hold '--'`;
  return null;
}

/** Parses a whole number; null when `text` is not one. */
export function parseInteger(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : null;
}

/** Whole numbers past what this app holds exactly (2^53 − 1): their digits, with their sign. */
function tooLong(text: string): string | null {
  const trimmed = text.trim();
  return /^[+-]?\d+$/.test(trimmed) && parseInteger(trimmed) === null
    ? trimmed.replace(/^\+/, '')
    : null;
}

/** A port number. */
export function checkPort(text: string): string | null {
  const value = parseInteger(text);
  const huge = tooLong(text);
  if (huge !== null) return `${huge} is out of range: a port is 1–65535`;
  if (value == null) return `${text.trim() || 'an empty value'} is not a port number: use 1–65535`;
  if (value < 1 || value > 65535) return `${value} is out of range: a port is 1–65535`;
  return null;
}

/** A probe's port: a number, or the name of one of the container's ports. */
export function checkPortRef(text: string): string | null {
  if (/^\s*[+-]?\d+\s*$/.test(text)) return checkPort(text);
  if (text.trim() === '') return 'a probe needs a port (a number or a port name)';
  return checkPortName(text);
}

/**
 * A whole number within bounds (seconds, user ids, thresholds). One past 2^53 − 1 is too large or
 * too small for a field with a bound short of it; for a field without (an int64, such as the
 * grace period), it is a number this app cannot write exactly: it is left to the YAML, which
 * keeps its digits.
 */
export function checkInteger(min: number, max = Number.MAX_SAFE_INTEGER): Check {
  return (text) => {
    const huge = tooLong(text);
    if (huge !== null) {
      const negative = huge.startsWith('-');
      if (!negative && max < Number.MAX_SAFE_INTEGER)
        return `${huge} is too large: the most is ${max}`;
      if (negative && min > Number.MIN_SAFE_INTEGER)
        return `${huge} is too small: the least is ${min}`;
      return `${huge} is too ${negative ? 'small' : 'large'} to be edited here exactly (past ${Number.MAX_SAFE_INTEGER}): write it in the YAML`;
    }
    const value = parseInteger(text);
    if (value == null) return `${text.trim() || 'an empty value'} is not a whole number`;
    if (value < min) return `${value} is too small: the least is ${min}`;
    if (value > max) return `${value} is too large: the most is ${max}`;
    return null;
  };
}

export { isQuantity };

/** A resource amount for requests and limits: a quantity that is not negative. */
export function checkQuantity(text: string): string | null {
  const value = text.trim();
  if (value === '') return 'a quantity cannot be empty';
  if (!isQuantity(value)) {
    return `${value} is not a quantity: use 250m, 1, 0.5, 512Mi, 1Gi…`;
  }
  if (value.startsWith('-')) return `${value} is negative: resources cannot be`;
  return null;
}

/**
 * An amount of bytes written in thousandths of a byte (`500m`): a valid quantity, and almost
 * always a slip for `500Mi`. Says nothing of text that is not a quantity (`checkQuantity` does).
 */
export function checkMilliBytes(text: string): string | null {
  const value = text.trim();
  if (!isQuantity(value) || !value.endsWith('m')) return null;
  return `${value} means thousandths of a byte: did you mean ${value.slice(0, -1)}Mi?`;
}

/** A memory amount: a quantity, and `m` (thousandths of a byte) is almost always a slip. */
export function checkMemory(text: string): string | null {
  return checkQuantity(text) ?? checkMilliBytes(text);
}

/** A container's mountPath: absolute, with no ':' (the runtime splits on it). */
export function checkMountPath(text: string): string | null {
  if (text.length === 0) return 'a mount path cannot be empty';
  if (!text.startsWith('/')) return `"${text}" is not absolute: start it with /`;
  if (text.includes(':')) return `"${text}" cannot hold ':'`;
  return null;
}

/** A subPath: relative, and never climbing out of the volume with '..'. */
export function checkSubPath(text: string): string | null {
  if (text.startsWith('/')) return `"${text}" must be relative to the volume (no leading /)`;
  if (text.split('/').includes('..')) return `"${text}" cannot climb out of the volume with '..'`;
  return null;
}

/** An absolute path on the node (hostPath). */
export function checkAbsolutePath(text: string): string | null {
  if (text.length === 0) return 'a path cannot be empty';
  if (!text.startsWith('/')) return `"${text}" is not absolute: start it with /`;
  return null;
}

/** An environment variable name: printable ASCII without '=' (what the API server accepts). */
export function checkEnvName(text: string): string | null {
  if (text.length === 0) return 'a variable needs a name';
  if (!/^[\x20-\x7e]+$/.test(text)) return `"${text}" may hold only printable ASCII`;
  if (text.includes('=')) return `"${text}" cannot hold '='`;
  return null;
}

const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** A label or annotation key: an optional DNS subdomain prefix and '/', then a name of ≤ 63. */
export function checkQualifiedName(text: string): string | null {
  if (text.length === 0) return 'a key cannot be empty';
  const parts = text.split('/');
  if (parts.length > 2) return `"${text}" holds more than one '/'`;
  const name = parts[parts.length - 1] ?? '';
  if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    if (checkDnsSubdomain(prefix)) return `"${prefix}" is not a DNS subdomain prefix`;
  }
  if (name.length === 0) return `"${text}" needs a name after the prefix`;
  if (name.length > 63) return `"${name}" is longer than 63 characters`;
  if (!QUALIFIED_NAME.test(name)) {
    return `"${name}" must be letters, digits, '-', '_' and '.', starting and ending with a letter or digit`;
  }
  return null;
}

/** A label value: empty, or a name of ≤ 63 characters. */
export function checkLabelValue(text: string): string | null {
  if (text.length === 0) return null;
  if (text.length > 63) return `"${text}" is longer than 63 characters`;
  if (!QUALIFIED_NAME.test(text)) {
    return `"${text}" must be letters, digits, '-', '_' and '.', starting and ending with a letter or digit`;
  }
  return null;
}

/** Runs checks in turn; the first problem wins. */
export function allOf(...checks: Check[]): Check {
  return (text) => {
    for (const check of checks) {
      const problem = check(text);
      if (problem) return problem;
    }
    return null;
  };
}

/** A check that lets the empty value through (for fields that are optional). */
export function optional(check: Check): Check {
  return (text) => (text.trim() === '' ? null : check(text));
}
