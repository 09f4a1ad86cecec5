/**
 * Reading @kubernetes/client-node's generated OpenAPI models: each release's tarball (by
 * `npm pack`, kept in a cache folder) and, of each model, its fields with their types,
 * requiredness and descriptions.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PACKAGE = '@kubernetes/client-node';

export function tarball(cache, version) {
  const file = join(cache, `kubernetes-client-node-${version}.tgz`);
  if (!existsSync(file)) {
    mkdirSync(cache, { recursive: true });
    execFileSync('npm', ['pack', `${PACKAGE}@${version}`, '--pack-destination', cache], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const dir = join(cache, version);
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['-xzf', file, '-C', dir]);
  }
  for (const models of ['package/dist/gen/models', 'package/dist/gen/model']) {
    if (existsSync(join(dir, models))) return join(dir, models);
  }
  throw new Error(`${PACKAGE}@${version} has no generated models`);
}

const unescape = (text) => text.replace(/\\(['"\\])/g, '$1');

/** The text of a `/** … *\/` comment's body, without its stars. */
const commentText = (body) =>
  unescape(
    (body ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\*\s?/, ''))
      .join('\n')
      .trim(),
  );

/**
 * One model: its description and its fields (from the attribute map) with type, requiredness
 * and description (none for a field of an object type: the generator leaves those out).
 */
export function readModel(dir, files, name) {
  const base = files.get(name.toLowerCase());
  if (!base) throw new Error(`No model ${name} in ${dir}`);
  const js = readFileSync(join(dir, `${base}.js`), 'utf8');
  const at = js.indexOf('.attributeTypeMap = [');
  const list = JSON.parse(js.slice(js.indexOf('[', at), js.indexOf('];', at) + 1));
  const dts = readFileSync(join(dir, `${base}.d.ts`), 'utf8');
  const declared = new Map();
  const property = /(?:\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*)?'([^']+)'(\??):/g;
  for (const match of dts.matchAll(property)) {
    declared.set(match[2], { required: match[3] !== '?', description: commentText(match[1]) });
  }
  const type = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (?:declare )?class/.exec(dts);
  const header =
    /(?:OpenAPI spec version|version of the OpenAPI document): v?(?:release-)?(\d+\.\d+)/;
  return {
    openapi: header.exec(dts)?.[1],
    /** What the type is, which stands in for a field's description where the model has none. */
    description: commentText(type?.[1]),
    fields: list.map((f) => ({ name: f.baseName, type: f.type, ...declared.get(f.name) })),
  };
}

/** `Array<V1Probe>` → { list, model: 'V1Probe' }; a scalar names its kind instead. */
export function typeOf(type) {
  const list = /^Array<(.+)>$/.exec(type);
  const inner = list ? list[1] : type;
  const scalars = {
    string: 'string',
    number: 'number',
    boolean: 'boolean',
    Date: 'string',
    IntOrString: 'int-or-string',
    object: 'object',
    any: 'object',
  };
  if (scalars[inner]) return { list: !!list, scalar: scalars[inner] };
  if (inner.startsWith('{')) return { list: !!list, scalar: 'map' };
  return { list: !!list, model: inner };
}
