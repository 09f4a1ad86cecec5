/**
 * A path as the container runtime resolves it (Go's `path.Clean`): `//`, `.` and a trailing
 * `/` dropped, `..` taken back. `/data/`, `//data` and `/x/../data` all name `/data`.
 */
export function cleanPath(path: string): string {
  const rooted = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!rooted) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

/**
 * Of a container's other mount paths, the one that names the same directory as `path` but is
 * written otherwise (`/data/` beside `/data`), or null. Both mounts would go on one directory,
 * where the later hides the earlier; the API server compares them as written, and takes both.
 */
export function sameDirectoryAs(path: string, others: readonly string[]): string | null {
  const clean = cleanPath(path);
  return others.find((other) => other !== path && cleanPath(other) === clean) ?? null;
}
