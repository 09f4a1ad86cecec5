import type { FieldDoc, FieldText, TypeDocs } from '../../shared/validation/schema/field-doc-types';
import { ROOT_TYPES } from '../../shared/validation/schema/known-fields';
import { schemaFor } from '../../shared/validation/schema/versions';
import { ruleInfo } from '../../shared';
import { useSettings } from '../settings/settings-store';
import type { Step } from './yaml-path';

export type { FieldDoc, TypeDocs };
export type FieldDocs = Readonly<Record<string, TypeDocs>>;
type FieldTexts = Readonly<Record<string, Readonly<Record<string, FieldText>>>>;

let texts: FieldTexts | null = null;
let loading: Promise<FieldTexts> | null = null;
const byVersion = new Map<string, FieldDocs>();
/** The docs by the target as Settings writes it: each field of a form asks at every render. */
const byTarget = new Map<string, FieldDocs>();

/**
 * The docs of the target version's fields: which fields each type has, their object types and
 * whether they are required come from that version's schema (the one validation checks
 * against); descriptions and enum values from the generated texts.
 */
function docsOf(all: FieldTexts, target: string): FieldDocs {
  const known = byTarget.get(target);
  if (known) return known;
  const schema = schemaFor(target);
  let docs = byVersion.get(schema.version);
  if (docs) {
    byTarget.set(target, docs);
    return docs;
  }
  const built: Record<string, Record<string, FieldDoc>> = {};
  for (const [type, fields] of Object.entries(all)) {
    const own = schema.fields[type];
    if (!own) continue;
    const required = new Set(schema.required[type]);
    const typeDocs: Record<string, FieldDoc> = {};
    for (const [name, text] of Object.entries(fields)) {
      const child = own[name];
      if (child === undefined) continue;
      const doc: FieldDoc = { t: child || text.t || 'object', d: text.d };
      if (required.has(name)) doc.r = 1;
      if (text.e) doc.e = text.e;
      typeDocs[name] = doc;
    }
    built[type] = typeDocs;
  }
  docs = built;
  byVersion.set(schema.version, docs);
  byTarget.set(target, docs);
  return docs;
}

const targetVersion = () => useSettings.getState().kubernetesVersion;

/**
 * The API reference's field docs for a Kubernetes version (by default the target chosen in
 * Settings). A separate chunk: start-up does not wait for its 150 kB.
 */
export function loadFieldDocs(version: string = targetVersion()): Promise<FieldDocs> {
  loading ??= import('../../shared/validation/schema/field-docs').then((module) => {
    texts = module.FIELD_TEXT;
    return texts;
  });
  return loading.then((all) => docsOf(all, version));
}

/** The docs if they have arrived (the first completion or hover asks for them). */
export function fieldDocsNow(version: string = targetVersion()): FieldDocs | null {
  return texts && docsOf(texts, version);
}

/** A field found at a path: the object type that holds it, its name and its doc. */
export interface FoundField {
  owner: string;
  name: string;
  doc: FieldDoc;
}

/**
 * The object type of the mapping at `path` in a document of `kind` (`v1/Container` for
 * `spec.containers[0]`), or null where the schema has no object type (a label map, a typo).
 */
export function typeAt(docs: FieldDocs, kind: string | null, path: readonly Step[]): string | null {
  let type = kind ? (ROOT_TYPES[kind] ?? null) : null;
  let list = false;
  for (const step of path) {
    if (type === null) return null;
    if (typeof step === 'number') {
      if (!list) return null;
      list = false;
      continue;
    }
    if (list) return null;
    const doc = docs[type]?.[step];
    if (!doc) return null;
    list = doc.t.startsWith('[]');
    const next = list ? doc.t.slice(2) : doc.t;
    type = docs[next] ? next : null;
    if (type === null && !list) return null;
  }
  return list ? null : type;
}

/** The field that `key` names in the mapping at `path`. */
export function fieldAt(
  docs: FieldDocs,
  kind: string | null,
  path: readonly Step[],
  key: string,
): FoundField | null {
  const owner = typeAt(docs, kind, path);
  const doc = owner ? docs[owner]?.[key] : undefined;
  return owner && doc ? { owner, name: key, doc } : null;
}

const SCALARS: Record<string, string> = {
  string: 'string',
  number: 'integer',
  boolean: 'boolean',
  quantity: 'quantity (250m, 512Mi)',
  'int-or-string': 'number or name',
  map: 'map of strings',
  object: 'object',
};

/** The type as a person reads it: `list of ContainerPort`, `integer`, `Probe`. */
export function typeLabel(t: string): string {
  const list = t.startsWith('[]');
  const base = list ? t.slice(2) : t;
  const name = SCALARS[base] ?? base.split('/').pop() ?? base;
  return list ? `list of ${name}` : name;
}

/** The first sentence of a description: what a hint beside a field has room for. */
export function firstSentence(text: string): string {
  // `e.g.` and `i.e.` do not end a sentence.
  const match = /^.*?(?<!\b(?:e\.g|i\.e))[.!?](?=\s|$)/s.exec(text.trim());
  return (match ? match[0] : text).replace(/\s+/g, ' ').trim();
}

/**
 * Where the lesson speaks of a field: the lint rule whose explanation teaches it, by the
 * field's owner type and name.
 */
const LESSON_RULES: Record<string, string> = {
  'v1/Container.image': 'lint/image-not-pinned',
  'v1/Container.readinessProbe': 'lint/no-readiness-probe',
  'v1/Container.livenessProbe': 'lint/liveness-equals-readiness',
  'v1/Container.startupProbe': 'lint/slow-start-without-startup-probe',
  'v1/Container.resources': 'lint/no-resources',
  'v1/ResourceRequirements.requests': 'lint/no-resources',
  'v1/ResourceRequirements.limits': 'lint/limits-without-requests',
  'v1/Container.restartPolicy': 'lint/native-sidecar-version',
  'v1/SecurityContext.runAsNonRoot': 'lint/run-as-non-root',
  'v1/PodSecurityContext.runAsNonRoot': 'lint/run-as-non-root',
  'v1/SecurityContext.allowPrivilegeEscalation': 'lint/allow-privilege-escalation',
  'v1/SecurityContext.readOnlyRootFilesystem': 'lint/read-only-root-filesystem',
  'v1/Volume.hostPath': 'lint/host-path-volume',
  'v1/VolumeMount.readOnly': 'lint/writable-shared-mount',
  'v1/PodSpec.volumes': 'lint/unused-volume',
  'v1/EnvVarSource.secretKeyRef': 'lint/secret-in-env',
};

/** The lesson's one-line explanation of a field, where it has one. */
export function lessonNote(field: FoundField): string | null {
  const id = LESSON_RULES[`${field.owner}.${field.name}`];
  const rule = id ? ruleInfo().find((r) => r.id === id) : undefined;
  return rule ? firstSentence(rule.explanation) : null;
}

/** An enum value with what it means: "Always means that kubelet…", "Directory: A directory…". */
export function valueMeaning(value: string, meaning: string): string {
  return /^[a-z]/.test(meaning) ? `${value} ${meaning}` : `${value}: ${meaning}`;
}
