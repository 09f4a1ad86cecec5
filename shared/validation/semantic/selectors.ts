import type { PathKey } from '../../manifest/nodes';
import { asArray, asObject, asString } from '../context';
import type { JsonObject, Rule, RuleContext } from '../context';
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
  asArray(required?.nodeSelectorTerms).forEach((term, i) => {
    if (asObject(term)?.matchExpressions === undefined) return;
    out.push({
      path: [
        ...spec,
        'affinity',
        'nodeAffinity',
        'requiredDuringSchedulingIgnoredDuringExecution',
        'nodeSelectorTerms',
        i,
        'matchExpressions',
      ],
      what: 'The required node affinity',
      nodes: true,
    });
  });
  asArray(node?.preferredDuringSchedulingIgnoredDuringExecution).forEach((term, i) => {
    if (asObject(asObject(term)?.preference)?.matchExpressions === undefined) return;
    out.push({
      path: [
        ...spec,
        'affinity',
        'nodeAffinity',
        'preferredDuringSchedulingIgnoredDuringExecution',
        i,
        'preference',
        'matchExpressions',
      ],
      what: 'A preferred node affinity',
      nodes: true,
    });
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
    "A `matchExpressions` entry (in a workload's selector, a node or Pod affinity, a topology spread constraint) tests one label `key` with an `operator`, spelt as the API spells it: `In` and `NotIn` compare the label with `values`, so they need at least one; `Exists` and `DoesNotExist` only ask whether the label is there, so they take no values; node affinity also has `Gt` and `Lt`, with exactly one number. The API server refuses anything else (\"not a valid selector operator\", \"must be specified when `operator` is 'In' or 'NotIn'\", \"may not be specified when `operator` is 'Exists' or 'DoesNotExist'\").",
  check(ctx, report) {
    for (const list of expressionLists(ctx)) {
      let expressions: unknown = ctx.root;
      for (const key of list.path) expressions = (expressions as JsonObject | undefined)?.[key];
      asArray(expressions).forEach((raw, index) => {
        const expression = asObject(raw);
        if (!expression) return;
        const path = [...list.path, index];
        const key = asString(expression.key) ?? '';
        const operator = expression.operator;
        const values = asArray(expression.values);
        const known: readonly string[] = list.nodes
          ? [...LABEL_OPERATORS, 'Gt', 'Lt']
          : LABEL_OPERATORS;
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
        if ((operator === 'Gt' || operator === 'Lt') && values.length !== 1) {
          report({
            path: [...path, expression.values === undefined ? 'operator' : 'values'],
            at: expression.values === undefined ? 'value' : 'key',
            message: `${list.what} tests "${key} ${operator}" with ${values.length} values: ${operator} compares the label with exactly one number.`,
          });
        }
      });
    }
  },
};

export const SELECTOR_RULES: readonly Rule[] = [invalidMatchExpression];
