/** Kubernetes name rules the editor needs: container, init container and volume names. */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A DNS-1123 label: lower-case alphanumerics and '-', starting and ending alphanumeric, ≤ 63. */
export function isDns1123Label(name: string): boolean {
  return name.length <= 63 && DNS1123_LABEL.test(name);
}

/** Why `name` is not a DNS-1123 label, or null when it is one. */
export function dns1123LabelProblem(name: string): string | null {
  if (name.length === 0) return 'a name cannot be empty';
  if (name.length > 63) return `"${name}" is longer than 63 characters`;
  if (!DNS1123_LABEL.test(name)) {
    return `"${name}" must consist of lower-case letters, digits and '-', and start and end with a letter or digit`;
  }
  return null;
}

/**
 * The first of `base-1`, `base-2`, … that is not taken. The suffix is kept within the 63
 * characters of a label by shortening the base.
 */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const suffix = `-${n}`;
    const stem = base.slice(0, 63 - suffix.length).replace(/-+$/, '');
    const candidate = `${stem}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * The name of a copy of `name`: the next free number of its family. A copy of `api-server-1`,
 * made beside `api-server`, is `api-server-2`, not `api-server-1-1`. A number is read as the
 * family's only where the name without it is taken too: `web-8080` beside `web-8081` is copied
 * as `web-8080-1`.
 */
export function copyName(name: string, taken: Iterable<string>): string {
  const used = [...taken];
  const stem = /^(.+)-\d+$/.exec(name)?.[1];
  return uniqueName(stem !== undefined && used.includes(stem) ? stem : name, used);
}
