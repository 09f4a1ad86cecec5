import { documentFails, readText, MAX_ALIAS_COUNT } from '../manifest/load';
import { firstShown, locatePod, podMetadataPath } from '../manifest/locate';
import { plainOf } from '../manifest/nodes';
import { DEFAULT_CONTAINER_ANNOTATION } from '../manifest/view';
import type { ContainerRole } from '../manifest/types';
import { nodeId, occurrences } from '../graph/ids';
import { asArray, asObject, asString, nodeIdForPath, refusalOf } from './context';
import type {
  ContainerInfo,
  ContainerListName,
  JsonObject,
  Report,
  RuleContext,
  VolumeInfo,
} from './context';
import { locatePath } from './locate';
import { allRules, MANIFEST_RULE } from './registry';
import { appliesAlone, namesOne } from './fixes';
import type { Problem, QuickFix, ValidateOptions } from './types';
import { parseKubeVersion } from './version';
import { SEVERITY_RANK } from './summary';

/**
 * Rules can be turned off for one file with an annotation on the object's metadata (or on its
 * Pod template's), a comma-separated list of rule ids or whole families:
 *
 *   metadata:
 *     annotations:
 *       pod-builder.dev/disable-rules: "lint/no-readiness-probe, lint/secret-in-env"
 *       # or every best-practice rule: "lint/*"
 *
 * The API server ignores the annotation; it travels with the manifest so that the choice is
 * visible to the next reader.
 */
export const DISABLE_RULES_ANNOTATION = 'pod-builder.dev/disable-rules';

function ruleFilter(disabled: Iterable<string>): (id: string) => boolean {
  const exact = new Set<string>();
  const families: string[] = [];
  for (const entry of disabled) {
    const id = entry.trim();
    if (id.endsWith('/*')) families.push(id.slice(0, -1));
    else if (id) exact.add(id);
  }
  if (exact.size === 0 && families.length === 0) return () => true;
  return (id) => !exact.has(id) && !families.some((family) => id.startsWith(family));
}

/** Code-point order: rule ids are ASCII, and `localeCompare` costs a collator call each time. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function annotatedDisables(root: JsonObject, specPath: readonly string[]): string[] {
  const ids: string[] = [];
  for (const path of [['metadata'], podMetadataPath(specPath)]) {
    let meta: unknown = root;
    for (const key of path) meta = asObject(meta)?.[key];
    const value = asString(asObject(asObject(meta)?.annotations)?.[DISABLE_RULES_ANNOTATION]);
    if (value) ids.push(...value.split(/[\s,]+/));
  }
  return ids;
}

/** The lesson's role of each container, as the canvas draws it (see shared/manifest/view.ts). */
function rolesOf(
  root: JsonObject,
  specPath: readonly string[],
  spec: JsonObject,
): (list: ContainerListName, index: number, data: JsonObject) => ContainerInfo['role'] {
  let meta: unknown = root;
  for (const key of podMetadataPath(specPath)) meta = asObject(meta)?.[key];
  const annotated = asString(asObject(asObject(meta)?.annotations)?.[DEFAULT_CONTAINER_ANNOTATION]);
  const apps = asArray(spec.containers).map((c) => asString(asObject(c)?.name));
  const mainIndex = annotated != null && apps.includes(annotated) ? apps.indexOf(annotated) : 0;
  return (list, index, data): ContainerRole | 'ephemeral' => {
    if (list === 'ephemeralContainers') return 'ephemeral';
    if (list === 'initContainers')
      return data.restartPolicy === 'Always' ? 'native-sidecar' : 'init';
    return index === mainIndex ? 'main' : 'sidecar';
  };
}

/**
 * Checks a manifest in three layers (the Kubernetes API schema, the Pod rules the API server
 * enforces, the lesson's best practices) and returns its problems, in text order. Also reports
 * the text's YAML errors (`manifest/…`), so one list says whether `kubectl apply` will take it.
 * Never throws.
 */
export function validateManifest(text: string, options: ValidateOptions = {}): Problem[] {
  try {
    return validate(text, options);
  } catch (error) {
    return [
      {
        ruleId: 'manifest/internal',
        severity: 'error',
        message: `The manifest could not be checked: ${error instanceof Error ? error.message : String(error)}`,
        explanation: MANIFEST_RULE.explanation,
        range: { from: 0, to: 0 },
        line: 1,
        col: 1,
        nodeId: null,
        refusedBy: null,
      },
    ];
  }
}

function validate(text: string, options: ValidateOptions): Problem[] {
  const loaded = readText(text);
  const index = options.document ?? firstShown(loaded);
  const fails = documentFails(loaded, index);
  // Another document that does not parse has its errors (see ParsedManifest): the problems are
  // those of the document checked. While it does not parse itself, all of them are listed.
  const elsewhere = new Set(fails ? [] : [...(loaded.broken?.values() ?? [])].flat());
  const diagnostics = loaded.diagnostics.filter((d) => !elsewhere.has(d));
  const problems: Problem[] = diagnostics.map((d) => ({
    ruleId: `manifest/${d.code}`,
    severity: d.severity,
    message: d.message,
    explanation: MANIFEST_RULE.explanation,
    range: d.range,
    line: d.line,
    col: d.col,
    nodeId: null,
    // kubectl cannot read what does not parse; a warning (a duplicate key…) it reads.
    refusedBy: d.severity === 'error' ? 'api-server' : null,
  }));
  if (fails) return problems;
  const doc = loaded.docs[index];
  const location = doc ? locatePod(doc) : null;
  if (!doc || !location) return problems;

  const root = asObject(plainOf(doc) ?? doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })) ?? {};
  const { specPath } = location;
  let spec: unknown = root;
  for (const key of specPath) spec = asObject(spec)?.[key];

  const containers: ContainerInfo[] = [];
  const nthContainer = occurrences();
  const roleOf = rolesOf(root, specPath, asObject(spec) ?? {});
  for (const list of [
    'initContainers',
    'containers',
    'ephemeralContainers',
  ] as ContainerListName[]) {
    asArray(asObject(spec)?.[list]).forEach((raw, i) => {
      const data = asObject(raw);
      if (!data) return;
      const name = asString(data.name) ?? '';
      containers.push({
        name,
        list,
        index: i,
        role: roleOf(list, i, data),
        data,
        path: [...specPath, list, i],
        // Ephemeral containers are not drawn: their problems go to the Pod.
        nodeId:
          list === 'ephemeralContainers' ? nodeId.pod : nodeId.container(name, nthContainer(name)),
      });
    });
  }
  const volumes: VolumeInfo[] = [];
  const nthVolume = occurrences();
  // A claim template takes the first node of its name, as in the view (shared/manifest/view.ts).
  const claimTemplateIds = (
    location.kind === 'StatefulSet' ? asArray(asObject(root.spec)?.volumeClaimTemplates) : []
  ).map((raw) => {
    const template = asObject(raw);
    if (!template) return null;
    const name = asString(asObject(template.metadata)?.name) ?? '';
    const id = nodeId.volume(name, nthVolume(name));
    return name ? id : null;
  });
  asArray(asObject(spec)?.volumes).forEach((raw, i) => {
    const data = asObject(raw);
    if (!data) return;
    const name = asString(data.name) ?? '';
    volumes.push({
      name,
      index: i,
      data,
      path: [...specPath, 'volumes', i],
      nodeId: nodeId.volume(name, nthVolume(name)),
    });
  });

  const memos = new Map<string, unknown>();
  const ctx: RuleContext = {
    text,
    doc,
    kind: location.kind,
    root,
    specPath,
    podPath: specPath.slice(0, -1),
    spec: asObject(spec) ?? {},
    containers,
    volumes,
    claimTemplateIds,
    version: parseKubeVersion(options.kubernetesVersion),
    podSecurity: options.podSecurityLevel ?? 'privileged',
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
  };

  const containerNames = containers.map((c) => c.name);
  const enabled = ruleFilter([
    ...(options.disabledRules ?? []),
    ...annotatedDisables(root, specPath),
  ]);
  for (const rule of allRules()) {
    if (!enabled(rule.id)) continue;
    const refusedBy = refusalOf(rule);
    const report = (r: Report) => {
      const range = r.range ?? locatePath(doc, r.path, text, r.at);
      const pos = loaded.lineCounter.linePos(range.from);
      const problem: Problem = {
        ruleId: rule.id,
        severity: r.severity ?? rule.severity,
        message: r.message,
        explanation: rule.explanation,
        range,
        line: pos.line,
        col: pos.col,
        nodeId: r.nodeId !== undefined ? r.nodeId : nodeIdForPath(ctx, r.path),
        refusedBy: r.refusedBy !== undefined ? r.refusedBy : refusedBy,
      };
      const fixes = [r.fix, ...(r.moreFixes ?? [])].filter(
        (fix): fix is QuickFix =>
          fix !== undefined && appliesAlone(doc, fix) && namesOne(containerNames, fix),
      );
      if (fixes[0]) problem.fix = fixes[0];
      if (fixes.length > 1) problem.moreFixes = fixes.slice(1);
      problems.push(problem);
    };
    rule.check(ctx, report);
  }
  return problems.sort(
    (a, b) =>
      a.range.from - b.range.from ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      compareIds(a.ruleId, b.ruleId),
  );
}
