import { checkSubPath } from '../../inspect/checks';
import type { PathKey } from '../../manifest/nodes';
import { asArray, asObject, asString } from '../context';
import type { JsonObject, Rule } from '../context';
import { setAt } from '../fixes';

/** The sources that write chosen keys as files, each an `items` list of `{path, …}`. */
const ITEM_SOURCES = ['configMap', 'secret', 'downwardAPI'] as const;

/**
 * The `items` entries of a volume's configMap, secret and downwardAPI sources, on their own or
 * inside `projected.sources`: each entry's data and document path.
 */
export function volumeItems(
  volume: JsonObject,
  at: PathKey[],
): { data: JsonObject; path: PathKey[] }[] {
  const found: { data: JsonObject; path: PathKey[] }[] = [];
  const items = (source: JsonObject | null, path: PathKey[]) =>
    asArray(source?.items).forEach((raw, i) => {
      const data = asObject(raw);
      if (data) found.push({ data, path: [...path, 'items', i] });
    });
  for (const kind of ITEM_SOURCES) items(asObject(volume[kind]), [...at, kind]);
  asArray(asObject(volume.projected)?.sources).forEach((raw, i) => {
    const projection = asObject(raw);
    for (const kind of ITEM_SOURCES) {
      items(asObject(projection?.[kind]), [...at, 'projected', 'sources', i, kind]);
    }
  });
  return found;
}

/** The projected sources that write one file at their own `path`. */
const SINGLE_FILE_SOURCES = ['serviceAccountToken', 'clusterTrustBundle'] as const;

/**
 * Why the API server refuses `path` for a file of a volume: absolute, climbing out with '..', or
 * starting with '..' (the kubelet's own entries in the volume, `..data` and the timestamped
 * directory, start so). The first two are a subPath's rules too.
 */
export function itemPathProblem(path: string): string | null {
  if (path === '') return 'a file needs a path';
  const problem = checkSubPath(path);
  if (problem) return problem;
  if (path.startsWith('..')) {
    return `"${path}" cannot start with '..', which marks the kubelet's own files in the volume`;
  }
  return null;
}

const invalidItemPath: Rule = {
  id: 'pod/invalid-item-path',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Volume file path outside the volume',
  explanation:
    "A ConfigMap, Secret, downward API or projected volume writes each of its `items` as a file at `path`, inside the volume's directory, and a projected service account token or trust bundle at its own `path`. So a path is relative (no leading '/'), has no '..' element that climbs out of the volume, and does not start with '..', which the kubelet keeps for its own entries (`..data`). The API server refuses it otherwise (\"must be a relative path\", \"must not contain '..'\").",
  check(ctx, report) {
    const checkPath = (value: unknown, path: PathKey[], what: string) => {
      if (typeof value !== 'string') return;
      const problem = itemPathProblem(value);
      if (!problem) return;
      // `/config.yaml` meant the file in the volume: the same path without the leading '/'.
      const relative = value.replace(/^\/+/, '');
      const fixable = value.startsWith('/') && itemPathProblem(relative) === null;
      report({
        path,
        message: `${what}: ${problem}. The API server refuses it.`,
        fix: fixable ? setAt(path, relative, `Write "${relative}"`) : undefined,
      });
    };
    for (const v of ctx.volumes) {
      for (const item of volumeItems(v.data, v.path)) {
        checkPath(item.data.path, [...item.path, 'path'], `Volume "${v.name}", item path`);
      }
      asArray(asObject(v.data.projected)?.sources).forEach((raw, i) => {
        for (const kind of SINGLE_FILE_SOURCES) {
          const source = asObject(asObject(raw)?.[kind]);
          if (!source) continue;
          const path = [...v.path, 'projected', 'sources', i, kind, 'path'];
          checkPath(source.path, path, `Volume "${v.name}", ${kind} path`);
        }
      });
    }
  },
};

const MIN_TOKEN_SECONDS = 10 * 60;
const MAX_TOKEN_SECONDS = 2 ** 32;

const tokenExpiration: Rule = {
  id: 'pod/token-expiration',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Service account token lifetime out of range',
  explanation:
    'A projected `serviceAccountToken` is a token the kubelet requests for the Pod and renews before it expires. `expirationSeconds` is how long each token is valid: 3600 (an hour) when unset, at least 600 (10 minutes, "may not specify a duration less than 10 minutes") and at most 2^32 seconds. The API server refuses a value outside that range; the cluster may also cap it lower.',
  check(ctx, report) {
    for (const v of ctx.volumes) {
      asArray(asObject(v.data.projected)?.sources).forEach((raw, i) => {
        const token = asObject(asObject(raw)?.serviceAccountToken);
        const seconds = token?.expirationSeconds;
        if (typeof seconds !== 'number') return;
        if (seconds >= MIN_TOKEN_SECONDS && seconds <= MAX_TOKEN_SECONDS) return;
        const path = [
          ...v.path,
          'projected',
          'sources',
          i,
          'serviceAccountToken',
          'expirationSeconds',
        ];
        const short = seconds < MIN_TOKEN_SECONDS;
        const nearest = short ? MIN_TOKEN_SECONDS : MAX_TOKEN_SECONDS;
        const name = asString(token?.path);
        report({
          path,
          message: short
            ? `Volume "${v.name}": the service account token${name ? ` "${name}"` : ''} expires after ${seconds} seconds, less than the 10 minutes (600 seconds) the API server allows.`
            : `Volume "${v.name}": the service account token${name ? ` "${name}"` : ''} expires after ${seconds} seconds, more than the 2^32 seconds the API server allows.`,
          fix: setAt(path, nearest, `Set expirationSeconds: ${nearest}`),
        });
      });
    }
  },
};

export const VOLUME_FILE_RULES: readonly Rule[] = [invalidItemPath, tokenExpiration];
