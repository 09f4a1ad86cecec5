import type { PathKey } from '../../manifest/nodes';
import { asArray, asObject, asString } from '../context';
import type { JsonObject, Report, Rule, RuleContext } from '../context';
import type { QuickFix } from '../types';
import { setAt } from '../fixes';

/** The operators of a label selector's expressions (LabelSelectorRequirement). */
const LABEL_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;

/** One `matchExpressions` list: where it is, whose it is, and whether it selects Nodes. */
interface ExpressionList {
  path: PathKey[];
  /** "The Deployment's selector", "The required node affinity", for messages. */
  what: string;
  /** A node selector term's (NodeSelectorRequirement): it also takes Gt and Lt. */
  nodes: boolean;
  /** A node selector term's `matchFields`: Node fields, not labels. */
  fields?: boolean;
  /** What the scheduler does with a node selector term it cannot read (nodeaffinity). */
  unreadable?: string;
}

/** A label selector's `matchExpressions` at `path` (`labelSelector`, `namespaceSelector`…). */
function selectorAt(out: ExpressionList[], selector: unknown, path: PathKey[], what: string): void {
  if (asObject(selector)?.matchExpressions !== undefined) {
    out.push({ path: [...path, 'matchExpressions'], what, nodes: false });
  }
}

/** Every `matchExpressions` the API server validates in the workload and its Pod spec. */
function expressionLists(ctx: RuleContext): ExpressionList[] {
  const out: ExpressionList[] = [];
  // The workload's own selector (apps validation, and a Job's with manualSelector).
  if (ctx.kind !== 'Pod' && ctx.kind !== 'CronJob') {
    selectorAt(
      out,
      asObject(ctx.root.spec)?.selector,
      ['spec', 'selector'],
      `The ${ctx.kind}'s selector`,
    );
  }
  const spec = ctx.specPath;
  const affinity = asObject(ctx.spec.affinity);
  const node = asObject(affinity?.nodeAffinity);
  const required = asObject(node?.requiredDuringSchedulingIgnoredDuringExecution);
  // A node selector term's two lists (ValidateNodeSelectorTerm), required or preferred alike.
  const nodeTerm = (raw: unknown, path: PathKey[], what: string, unreadable: string) => {
    const term = asObject(raw);
    if (term?.matchExpressions !== undefined) {
      out.push({ path: [...path, 'matchExpressions'], what, nodes: true, unreadable });
    }
    if (term?.matchFields !== undefined) {
      out.push({ path: [...path, 'matchFields'], what, nodes: true, fields: true });
    }
  };
  const nodeAt = [...spec, 'affinity', 'nodeAffinity'];
  asArray(required?.nodeSelectorTerms).forEach((term, i) => {
    nodeTerm(
      term,
      [...nodeAt, 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms', i],
      'The required node affinity',
      // The term never matches (LazyErrorNodeSelector): the other terms may still.
      'so it matches no Node',
    );
  });
  asArray(node?.preferredDuringSchedulingIgnoredDuringExecution).forEach((term, i) => {
    nodeTerm(
      asObject(term)?.preference,
      [...nodeAt, 'preferredDuringSchedulingIgnoredDuringExecution', i, 'preference'],
      'A preferred node affinity',
      // NewPreferredSchedulingTerms fails, and with it the NodeAffinity plugin's PreScore.
      'so the Pod stays Pending',
    );
  });
  for (const [kind, name] of [
    ['podAffinity', 'pod affinity'],
    ['podAntiAffinity', 'pod anti-affinity'],
  ] as const) {
    const rules = asObject(affinity?.[kind]);
    const at = [...spec, 'affinity', kind];
    const term = (raw: unknown, path: PathKey[], what: string) => {
      const data = asObject(raw);
      selectorAt(out, data?.labelSelector, [...path, 'labelSelector'], what);
      selectorAt(out, data?.namespaceSelector, [...path, 'namespaceSelector'], what);
    };
    asArray(rules?.requiredDuringSchedulingIgnoredDuringExecution).forEach((raw, i) => {
      term(
        raw,
        [...at, 'requiredDuringSchedulingIgnoredDuringExecution', i],
        `The required ${name}`,
      );
    });
    asArray(rules?.preferredDuringSchedulingIgnoredDuringExecution).forEach((raw, i) => {
      term(
        asObject(raw)?.podAffinityTerm,
        [...at, 'preferredDuringSchedulingIgnoredDuringExecution', i, 'podAffinityTerm'],
        `A preferred ${name}`,
      );
    });
  }
  asArray(ctx.spec.topologySpreadConstraints).forEach((raw, i) => {
    selectorAt(
      out,
      asObject(raw)?.labelSelector,
      [...spec, 'topologySpreadConstraints', i, 'labelSelector'],
      `Topology spread constraint ${i + 1}`,
    );
  });
  return out;
}

/** The operators of a node selector requirement (NodeSelectorRequirement), the schema's enum. */
const NODE_OPERATORS: readonly string[] = [...LABEL_OPERATORS, 'Gt', 'Lt'];

/** The only field `matchFields` can test (nodeFieldSelectorValidators): the Node's name. */
const NODE_NAME_FIELD = 'metadata.name';

/** Whether `text` is an integer as strconv.ParseInt(text, 10, 64) reads it. */
function isInt64(text: string): boolean {
  if (!/^[+-]?\d+$/.test(text)) return false;
  const value = BigInt(text);
  return value >= -(2n ** 63n) && value < 2n ** 63n;
}

/**
 * One `matchFields` entry, as ValidateNodeFieldSelectorRequirement (core validation) checks it:
 * the key is metadata.name, the operator In or NotIn, with exactly one value.
 */
function checkFieldRequirement(
  list: ExpressionList,
  expression: JsonObject,
  path: PathKey[],
  report: (report: Report) => void,
): void {
  const key = asString(expression.key);
  // A missing key is schema/required-field's.
  if (key !== null && key !== NODE_NAME_FIELD) {
    const meant = key.toLowerCase() === NODE_NAME_FIELD;
    report({
      path: [...path, 'key'],
      message: `${list.what} selects Nodes by the field "${key}": matchFields takes only ${NODE_NAME_FIELD}, the Node's name (to select Nodes by a label, use matchExpressions).`,
      fix: meant ? setAt([...path, 'key'], NODE_NAME_FIELD, `Write ${NODE_NAME_FIELD}`) : undefined,
    });
  }
  const operator = expression.operator;
  // An operator outside the enum is schema/enum's.
  if (typeof operator !== 'string' || !NODE_OPERATORS.includes(operator)) return;
  const field = key ?? '';
  if (operator !== 'In' && operator !== 'NotIn') {
    report({
      path: [...path, 'operator'],
      message: `${list.what} tests the field "${field}" with the operator "${operator}": matchFields takes only In and NotIn, each with one Node name.`,
    });
    return;
  }
  const count = asArray(expression.values).length;
  if (count === 1) return;
  const more =
    operator === 'In'
      ? 'write one node selector term per Node'
      : 'write one matchFields entry per Node';
  report({
    path: [...path, expression.values === undefined ? 'operator' : 'values'],
    at: expression.values === undefined ? 'value' : 'key',
    message: `${list.what} tests the field "${field} ${operator}" with ${count === 0 ? 'no values' : `${count} values`}: in matchFields, ${operator} takes exactly one Node name (for more Nodes, ${more}).`,
  });
}

/** The expression's operator changed to `operator`, as a fix. */
function useOperator(path: PathKey[], operator: string, title: string): QuickFix {
  return setAt([...path, 'operator'], operator, title);
}

const invalidMatchExpression: Rule = {
  id: 'pod/invalid-match-expression',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Selector expression the API server refuses',
  explanation:
    "A `matchExpressions` entry (in a workload's selector, a node or Pod affinity, a topology spread constraint) tests one label `key` with an `operator`, spelt as the API spells it: `In` and `NotIn` compare the label with `values`, so they need at least one; `Exists` and `DoesNotExist` only ask whether the label is there, so they take no values; node affinity also has `Gt` and `Lt`, with exactly one number. The API server refuses anything else (\"not a valid selector operator\", \"must be specified when `operator` is 'In' or 'NotIn'\", \"may not be specified when `operator` is 'Exists' or 'DoesNotExist'\"). A node affinity's `matchFields` tests the Node's fields, not its labels: only `metadata.name`, with In or NotIn and exactly one Node name. A `Gt` or `Lt` value that is not a whole number the API server accepts, but the scheduler cannot read the term: a required one then matches no Node, a preferred one keeps the Pod Pending.",
  check(ctx, report) {
    for (const list of expressionLists(ctx)) {
      let expressions: unknown = ctx.root;
      for (const key of list.path) expressions = (expressions as JsonObject | undefined)?.[key];
      asArray(expressions).forEach((raw, index) => {
        const expression = asObject(raw);
        if (!expression) return;
        const path = [...list.path, index];
        if (list.fields) {
          checkFieldRequirement(list, expression, path, report);
          return;
        }
        const key = asString(expression.key) ?? '';
        const operator = expression.operator;
        const values = asArray(expression.values);
        const known: readonly string[] = list.nodes ? NODE_OPERATORS : LABEL_OPERATORS;
        if (typeof operator !== 'string' || !known.includes(operator)) {
          // A node selector's operator is an enum of the schema: schema/enum says it.
          if (list.nodes || typeof operator !== 'string') return;
          const meant = known.find((o) => o.toLowerCase() === operator.toLowerCase());
          report({
            path: [...path, 'operator'],
            message: meant
              ? `${list.what} tests "${key}" with the operator "${operator}": operators are case-sensitive, write ${meant}.`
              : `${list.what} tests "${key}" with the operator "${operator}", which is not one of ${known.join(', ')}.`,
            fix: meant ? useOperator(path, meant, `Write ${meant}`) : undefined,
          });
          return;
        }
        if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
          const instead = operator === 'In' ? 'Exists' : 'DoesNotExist';
          report({
            path: [...path, expression.values === undefined ? 'operator' : 'values'],
            at: expression.values === undefined ? 'value' : 'key',
            message: `${list.what} tests "${key} ${operator}" with no values: ${operator} needs at least one value (to test only that the label is ${operator === 'In' ? 'there, use Exists' : 'absent, use DoesNotExist'}).`,
            fix: useOperator(path, instead, `Use ${instead}`),
          });
          return;
        }
        if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
          const instead = operator === 'Exists' ? 'In' : 'NotIn';
          report({
            path: [...path, 'values'],
            at: 'key',
            message: `${list.what} tests "${key} ${operator}" with values: ${operator} takes none (to compare the label with values, use ${instead}).`,
            fix: setAt([...path, 'values'], undefined, 'Remove the values'),
            moreFixes: [useOperator(path, instead, `Use ${instead} with these values`)],
          });
          return;
        }
        if (operator !== 'Gt' && operator !== 'Lt') return;
        if (values.length !== 1) {
          report({
            path: [...path, expression.values === undefined ? 'operator' : 'values'],
            at: expression.values === undefined ? 'value' : 'key',
            message: `${list.what} tests "${key} ${operator}" with ${values.length} values: ${operator} compares the label with exactly one number.`,
          });
          return;
        }
        // ValidateNodeSelectorRequirement counts the values only; the scheduler reads the value
        // with strconv.ParseInt (labels.NewRequirement) and cannot use a term it fails to read.
        // A value that is no string is schema/type's.
        const value = values[0];
        if (typeof value !== 'string' || isInt64(value)) return;
        report({
          path: [...path, 'values', 0],
          refusedBy: null,
          message: `${list.what} tests "${key} ${operator} ${value}": ${operator} compares the label with a whole number, and "${value}" is not one. The API server accepts it, but the scheduler cannot read the term, ${list.unreadable ?? 'and ignores it'}.`,
        });
      });
    }
  },
};

export const SELECTOR_RULES: readonly Rule[] = [invalidMatchExpression];
