import type { PathKey } from '../../manifest/nodes';

/** `spec.containers[0].ports[1]`, as kubectl names fields. */
export function fieldName(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out || 'the document';
}
