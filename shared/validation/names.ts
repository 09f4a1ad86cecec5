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
