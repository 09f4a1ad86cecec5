import {
  checkDnsLabel,
  checkDnsSubdomain,
  checkLabelValue,
  checkQualifiedName,
} from '../../inspect/checks';
import { podMetadataPath } from '../../manifest/locate';
import type { PathKey } from '../../manifest/nodes';
import { asObject, asString } from '../context';
import type { JsonObject, Report, Rule } from '../context';
import { nodeId } from '../../graph/ids';
import { setAt } from '../fixes';
import { nearestDnsName, nearestLabelValue } from '../names';

/** A CronJob's Jobs are named `<name>-<minutes>`, and a Job name must stay a label (63). */
const MAX_NAME: Partial<Record<string, number>> = { CronJob: 52 };

const invalidObjectName: Rule = {
  id: 'pod/invalid-object-name',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Invalid Pod or workload name',
  explanation:
    "An object's `metadata.name` is a DNS subdomain: at most 253 lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (a CronJob's at most 52, as its Jobs add a suffix). The namespace is a DNS label (no '.'). The API server refuses anything else, whatever the inspector shows.",
  check(ctx, report) {
    const meta = asObject(ctx.root.metadata);
    if (!meta) return;
    const what = ctx.kind === 'Pod' ? 'Pod name' : `${ctx.kind} name`;
    const name = asString(meta.name);
    if (name !== null) {
      const max = MAX_NAME[ctx.kind];
      const problem =
        checkDnsSubdomain(name) ??
        (max !== undefined && name.length > max
          ? `"${name}" is longer than ${max} characters`
          : null);
      const fixed = problem ? nearestDnsName(name, { dots: true, max }) : null;
      if (problem) {
        report({
          path: ['metadata', 'name'],
          message: `${what}: ${problem}.`,
          nodeId: ctx.kind === 'Pod' ? nodeId.pod : null,
          fix: fixed ? setAt(['metadata', 'name'], fixed, `Rename to "${fixed}"`) : undefined,
        });
      }
    }
    const prefix = asString(meta.generateName);
    // A prefix gets five random characters after it, so it may end in '-'.
    const prefixProblem = prefix ? checkDnsSubdomain(`${prefix.replace(/-+$/, '')}`) : null;
    if (prefix && prefixProblem) {
      report({ path: ['metadata', 'generateName'], message: `generateName: ${prefixProblem}.` });
    }
    const namespace = asString(meta.namespace);
    const nsProblem = namespace !== null ? checkDnsLabel(namespace) : null;
    if (namespace !== null && nsProblem) {
      const fixed = nearestDnsName(namespace);
      report({
        path: ['metadata', 'namespace'],
        message: `Namespace: ${nsProblem}.`,
        fix: fixed ? setAt(['metadata', 'namespace'], fixed, `Use "${fixed}"`) : undefined,
      });
    }
  },
};

/** Each key and value of a label-shaped map, and the path the map sits at. */
function eachLabel(
  map: JsonObject | null,
  path: PathKey[],
  what: string,
  report: (r: Report) => void,
  checkValues: boolean,
): void {
  for (const [key, value] of Object.entries(map ?? {})) {
    const keyProblem = checkQualifiedName(key);
    if (keyProblem) {
      report({ path: [...path, key], at: 'key', message: `${what} key: ${keyProblem}.` });
    }
    if (!checkValues || typeof value !== 'string') continue;
    const valueProblem = checkLabelValue(value);
    if (!valueProblem) continue;
    const fixed = nearestLabelValue(value);
    report({
      path: [...path, key],
      message: `${what} "${key}": ${valueProblem}.`,
      fix: setAt([...path, key], fixed, fixed ? `Use "${fixed}"` : 'Make the value empty'),
    });
  }
}

const invalidLabel: Rule = {
  id: 'pod/invalid-label',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Label or annotation that breaks the syntax',
  explanation:
    "Selectors match labels, so their syntax is strict. A key is an optional DNS-subdomain prefix and '/', then a name of at most 63 letters, digits, '-', '_' and '.', starting and ending with a letter or digit (`app.kubernetes.io/name`); a value is empty or such a name. Annotation keys follow the same rule (their values are free text), and so do `nodeSelector` entries.",
  check(ctx, report) {
    const seen = new Set<string>();
    for (const metaPath of [['metadata'], podMetadataPath(ctx.specPath)]) {
      const id = metaPath.join('.');
      if (seen.has(id)) continue;
      seen.add(id);
      let meta: unknown = ctx.root;
      for (const key of metaPath) meta = asObject(meta)?.[key];
      const m = asObject(meta);
      eachLabel(asObject(m?.labels), [...metaPath, 'labels'], 'Label', report, true);
      const notes = asObject(m?.annotations);
      eachLabel(notes, [...metaPath, 'annotations'], 'Annotation', report, false);
    }
    const selector = asObject(ctx.spec.nodeSelector);
    eachLabel(selector, [...ctx.specPath, 'nodeSelector'], 'nodeSelector', report, true);
  },
};

/** Kinds whose `spec.selector` must select their own template. */
const SELECTING_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

/** The first reason `labels` fail one of the selector's terms, or null when they match. */
function mismatch(selector: JsonObject, labels: JsonObject): string | null {
  for (const [key, value] of Object.entries(asObject(selector.matchLabels) ?? {})) {
    if (labels[key] === value) continue;
    return labels[key] === undefined
      ? `has no label ${key}=${String(value)}`
      : `labels ${key}=${String(labels[key])}, not ${String(value)}`;
  }
  for (const raw of Array.isArray(selector.matchExpressions) ? selector.matchExpressions : []) {
    const term = asObject(raw);
    const key = asString(term?.key);
    if (!term || !key) continue;
    const values = Array.isArray(term.values) ? term.values : [];
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    const ok =
      term.operator === 'In'
        ? has && values.includes(labels[key])
        : term.operator === 'NotIn'
          ? !has || !values.includes(labels[key])
          : term.operator === 'Exists'
            ? has
            : term.operator === 'DoesNotExist'
              ? !has
              : true;
    if (!ok) return `does not meet "${key} ${String(term.operator)}"`;
  }
  return null;
}

const selectorMismatch: Rule = {
  id: 'pod/selector-mismatch',
  severity: 'error',
  refusedBy: 'api-server',
  title: "Selector that does not select the workload's own Pods",
  explanation:
    "A Deployment, ReplicaSet, StatefulSet or DaemonSet finds its Pods by `spec.selector`, and makes them from `spec.template`: the template's labels must match the selector, or the controller would create Pods it never counts, forever. The API server refuses it (`selector does not match template labels`), and an empty selector too. (A Job makes its own selector, unless `manualSelector: true`.)",
  check(ctx, report) {
    const spec = asObject(ctx.root.spec);
    const manualJob = ctx.kind === 'Job' && spec?.manualSelector === true;
    if (!spec || (!SELECTING_KINDS.has(ctx.kind) && !manualJob)) return;
    const selector = asObject(spec.selector);
    // A missing selector is the schema's to report (a required field).
    if (!selector) return;
    const labelsPath = [...podMetadataPath(ctx.specPath), 'labels'];
    let labels: unknown = ctx.root;
    for (const key of labelsPath) labels = asObject(labels)?.[key];
    const empty =
      Object.keys(asObject(selector.matchLabels) ?? {}).length === 0 &&
      !(Array.isArray(selector.matchExpressions) && selector.matchExpressions.length > 0);
    if (empty) {
      report({
        path: ['spec', 'selector'],
        at: 'key',
        nodeId: null,
        message: `The ${ctx.kind}'s selector is empty: it must name the labels of its Pods.`,
      });
      return;
    }
    const reason = mismatch(selector, asObject(labels) ?? {});
    if (!reason) return;
    const missing = Object.entries(asObject(selector.matchLabels) ?? {}).filter(
      ([key, value]) => asObject(labels)?.[key] !== value && typeof value === 'string',
    );
    const fixable =
      missing.length > 0 &&
      mismatch(
        { matchExpressions: selector.matchExpressions },
        {
          ...(asObject(labels) ?? {}),
          ...Object.fromEntries(missing),
        },
      ) === null;
    report({
      path: ['spec', 'selector'],
      at: 'key',
      nodeId: null,
      message: `The ${ctx.kind}'s selector does not match its Pod template: the template ${reason}.`,
      fix: fixable
        ? {
            title: `Label the template ${missing.map(([k, v]) => `${k}=${String(v)}`).join(', ')}`,
            edits: missing.flatMap(([key, value]) => setAt([...labelsPath, key], value, '').edits),
          }
        : undefined,
    });
  },
};

export const METADATA_RULES: readonly Rule[] = [invalidObjectName, invalidLabel, selectorMismatch];
