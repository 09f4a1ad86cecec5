/** Name rules of the Kubernetes API that the shared manifest module does not cover. */

const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** Why `name` is not a valid port name (IANA_SVC_NAME), or null when it is one. */
export function portNameProblem(name: string): string | null {
  if (name.length === 0) return 'a port name cannot be empty';
  if (name.length > 15) return `"${name}" is longer than 15 characters`;
  if (!IANA_SVC_NAME.test(name)) {
    return `"${name}" must consist of lower-case letters, digits and '-', and start and end with a letter or digit`;
  }
  if (name.includes('--')) return `"${name}" must not contain '--'`;
  if (!/[a-z]/.test(name)) return `"${name}" must contain at least one letter`;
  return null;
}

/**
 * The nearest valid name to `name`, for a quick fix: lower-cased, each run of other characters
 * made one '-', trimmed to start and end with a letter or digit. `dots` keeps '.' (a DNS
 * subdomain, such as a Pod's name); without it the result is a DNS-1123 label. Null when
 * nothing of `name` is left.
 */
export function nearestDnsName(
  name: string,
  options: { dots?: boolean; max?: number } = {},
): string | null {
  const dots = options.dots ?? false;
  const max = options.max ?? (dots ? 253 : 63);
  const other = dots ? /[^a-z0-9.]+/g : /[^a-z0-9]+/g;
  const cleaned = name
    .toLowerCase()
    .replace(other, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-?\.-?/g, '.')
    .slice(0, max)
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return cleaned === '' ? null : cleaned;
}

/** The nearest valid label value (letters, digits, '-', '_', '.'; ≤ 63; alphanumeric ends). */
export function nearestLabelValue(value: string): string {
  return value
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
}
