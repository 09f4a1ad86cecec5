#!/usr/bin/env node
/**
 * Writes the per-version API schema of the workload kinds the app edits:
 * `shared/validation/schema/known-fields.ts` (every field of every object type a workload
 * reaches, with the versions that have it and the versions that require it) and
 * `shared/validation/schema/field-docs.ts` (descriptions, scalar types and enum values, for the
 * editor's completion and hover).
 *
 * The source is the OpenAPI models that @kubernetes/client-node generates, one release per
 * Kubernetes minor. Their tarballs are fetched with `npm pack` into node_modules/.cache (the
 * package is not a dependency: nothing of it is installed or bundled). Enum values and the
 * descriptions of fields of object types, which those models leave out, come from the installed
 * kubernetes-models declarations.
 *
 * Run: `node scripts/generate-schemas.mjs` (it formats what it writes with Prettier).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDeclarations } from './schema-declarations.mjs';
import { PACKAGE, readModel, tarball, typeOf } from './schema-models.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'kubernetes-schemas');
const OUT = join(ROOT, 'shared', 'validation', 'schema');

/** Kubernetes minor → the release of the package that ships its OpenAPI models. */
const SOURCES = [
  ['1.27', '0.19.0'],
  ['1.28', '0.20.0'],
  ['1.29', '0.21.0'],
  ['1.30', '0.22.3'],
  ['1.32', '1.1.3'],
  ['1.33', '1.3.0'],
  ['1.34', '1.4.0'],
  ['1.36', '2.0.1'],
];

/** The workload kinds the app edits, by their model's key. */
const ROOTS = {
  Pod: 'v1/Pod',
  ReplicationController: 'v1/ReplicationController',
  Deployment: 'apps/v1/Deployment',
  ReplicaSet: 'apps/v1/ReplicaSet',
  StatefulSet: 'apps/v1/StatefulSet',
  DaemonSet: 'apps/v1/DaemonSet',
  Job: 'batch/v1/Job',
  CronJob: 'batch/v1/CronJob',
};

/**
 * The models carry no API group: a type takes the group of the type that holds it, except these
 * (the shared metadata types, and the core types the apps and batch kinds hold).
 */
const META = new Set(['ObjectMeta', 'LabelSelector', 'LabelSelectorRequirement']);
for (const name of ['ManagedFieldsEntry', 'OwnerReference', 'Condition']) META.add(name);
const CORE = new Set(['PodTemplateSpec', 'PersistentVolumeClaim', 'ObjectReference']);

/**
 * Required in the OpenAPI of some versions, yet filled in by the API server before it validates
 * (the field's own description says so), so a manifest may leave them out: the Kubernetes
 * documentation's Job examples do.
 */
const DEFAULTED = new Set(['batch/v1/PodFailurePolicyOnPodConditionsPattern.status']);

/** Quantities are plain strings in the models; the editor names them as such. */
const QUANTITIES = new Set([
  'v1/EmptyDirVolumeSource.sizeLimit',
  'v1/ResourceFieldSelector.divisor',
]);

const bareName = (model) => model.replace(/^(?:Core)?V\d+(?:(?:alpha|beta)\d+)?/, '');

function keyOf(model, parentGroup) {
  const name = bareName(model);
  if (META.has(name)) return `meta/v1/${name}`;
  if (CORE.has(name)) return `v1/${name}`;
  return `${parentGroup}${name}`;
}

/** Every object type the workload kinds reach in one version: its fields, and what it is. */
function readVersion(kube, release) {
  const dir = tarball(CACHE, release);
  const files = new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.d.ts'))
      .map((f) => [f.slice(0, -5).toLowerCase(), f.slice(0, -5)]),
  );
  const types = {};
  const about = {};
  const visit = (key, model) => {
    if (types[key]) return;
    const { openapi, description, fields } = readModel(dir, files, model);
    if (openapi !== kube) throw new Error(`${PACKAGE}@${release} ships ${openapi}, not ${kube}`);
    types[key] = {};
    about[key] = description;
    const group = key.slice(0, key.lastIndexOf('/') + 1);
    for (const field of fields) {
      const { list, scalar, model: child } = typeOf(field.type);
      const childKey = child ? keyOf(child, group) : '';
      types[key][field.name] = {
        child: childKey ? `${list ? '[]' : ''}${childKey}` : '',
        scalar:
          scalar &&
          `${list ? '[]' : ''}${QUANTITIES.has(`${key}.${field.name}`) ? 'quantity' : scalar}`,
        required: field.required === true && !DEFAULTED.has(`${key}.${field.name}`),
        description: field.description ?? '',
      };
      if (child) visit(childKey, child);
    }
  };
  for (const key of Object.values(ROOTS)) {
    const name = key.slice(key.lastIndexOf('/') + 1);
    visit(key, `V1${name}`);
  }
  return { types, about };
}

/** `1.34-` (from 1.34 on), `-1.30` (up to 1.30), `1.29-1.33`, or '' for every version. */
function range(present, versions) {
  const first = present.indexOf(true);
  const last = present.lastIndexOf(true);
  if (present.slice(first, last + 1).includes(false))
    throw new Error('A field that comes and goes');
  const from = first === 0 ? '' : versions[first];
  const to = last === versions.length - 1 ? '' : versions[last];
  return from || to ? `${from}-${to}` : '';
}

function encodeField(perVersion, versions) {
  // One variant per object type the field has had (a field can change its type's name).
  const children = [...new Set(perVersion.filter(Boolean).map((f) => f.child))];
  return children
    .map((child) => {
      const here = perVersion.map((f) => !!f && f.child === child);
      const where = range(here, versions);
      const required = perVersion.map((f, i) => here[i] && f.required);
      let text = child + (where ? `@${where}` : '');
      if (required.includes(true)) {
        const when = range(required, versions);
        text += `!${when === range(here, versions) ? '' : when}`;
      }
      return text;
    })
    .join(';');
}

function render(header, body) {
  return `${header.map((line) => `// ${line}`.trimEnd()).join('\n')}\n\n${body}\n`;
}

function main() {
  const versions = SOURCES.map(([kube]) => kube);
  const read = SOURCES.map(([kube, release]) => readVersion(kube, release));
  const all = read.map(({ types }) => types);
  const abouts = read.map(({ about }) => about);
  const typeKeys = [...new Set(all.flatMap((types) => Object.keys(types)))].sort();
  const fields = {};
  for (const key of typeKeys) {
    const names = [...new Set(all.flatMap((types) => Object.keys(types[key] ?? {})))].sort();
    fields[key] = Object.fromEntries(
      names.map((name) => [
        name,
        encodeField(
          all.map((types) => types[key]?.[name]),
          versions,
        ),
      ]),
    );
  }
  const declared = readDeclarations(createRequire(import.meta.url), typeKeys);
  // What a user writes: the spec and metadata around it, not the status the cluster reports
  // (an object's `status`; a condition's `status` is written).
  const docs = {};
  const reach = (key) => {
    if (docs[key]) return;
    docs[key] = {};
    for (const name of Object.keys(fields[key])) {
      const newest = all.findLast((types) => types[key]?.[name])[key][name];
      if (name === 'status' && newest.child) continue;
      // A field of an object type has no description in the models: kubernetes-models' words
      // for it, or else what its type is.
      const child = newest.child.replace(/^\[\]/, '');
      const typeText = child && abouts.findLast((about) => about[child])?.[child];
      const d = newest.description || declared.descriptions[`${key}.${name}`] || typeText || '';
      const doc = { d };
      if (newest.scalar) doc.t = newest.scalar;
      const values = declared.values[`${key}.${name}`];
      if (values) doc.e = values;
      docs[key][name] = doc;
      for (const variant of fields[key][name].split(';')) {
        const child = variant.replace(/[@!].*$/, '').replace(/^\[\]/, '');
        if (child) reach(child);
      }
    }
  };
  Object.values(ROOTS).forEach(reach);
  const sorted = Object.fromEntries(
    Object.keys(docs)
      .sort()
      .map((k) => [k, docs[k]]),
  );

  const source = SOURCES.map(([kube, release]) => `  Kubernetes ${kube}: ${PACKAGE} ${release}`);
  const known = render(
    [
      'Generated by scripts/generate-schemas.mjs (see the README) from the OpenAPI models of',
      ...source,
      'Do not edit by hand.',
      '',
      'For each object type: its fields. A field is `child@from-to!from-to`: its own object type',
      "('' for scalars and free-form maps such as labels; '[]' first for a list of it), the",
      'versions that have it (`@1.34-`: from 1.34 on; none: all of them) and, after `!`, that it',
      'is required (in the versions given, or wherever it is). `;` separates the object types a',
      'field has had in different versions.',
    ],
    [
      `export const SCHEMA_VERSIONS: readonly string[] = ${JSON.stringify(versions)};`,
      '',
      `export const ROOT_TYPES: Readonly<Record<string, string>> = ${JSON.stringify(ROOTS)};`,
      '',
      `export const API_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = ${JSON.stringify(fields)};`,
    ].join('\n'),
  );
  const fieldDocs = render(
    [
      'Generated by scripts/generate-schemas.mjs (see the README) from the OpenAPI models of',
      ...source,
      `and enum values (and the descriptions of fields of object types, which those models leave`,
      `out) from the declarations of kubernetes-models ${declared.version}.`,
      'Do not edit by hand.',
      '',
      "Each field's description (from the newest version that has it), its type when it is a",
      'scalar (an object type and requiredness are per version, in known-fields.ts) and the values',
      'it accepts. Loaded on demand (a dynamic import): only the editor and the inspector hints',
      'need it.',
    ],
    [
      "import type { FieldText } from './field-doc-types';",
      '',
      `export const FIELD_TEXT: Readonly<Record<string, Readonly<Record<string, FieldText>>>> = ${JSON.stringify(sorted)};`,
    ].join('\n'),
  );
  const outputs = { 'known-fields.ts': known, 'field-docs.ts': fieldDocs };
  for (const [name, text] of Object.entries(outputs)) writeFileSync(join(OUT, name), text);
  const written = Object.keys(outputs).map((name) => join(OUT, name));
  execFileSync('npx', ['prettier', '--write', ...written], { stdio: 'inherit', cwd: ROOT });
}

main();
