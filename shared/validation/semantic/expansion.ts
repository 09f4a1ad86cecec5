import { isScalar } from 'yaml';
import type { PathKey } from '../../manifest/nodes';
import type { TextRange } from '../../manifest/types';
import { asArray, asObject, asString } from '../context';
import type { RuleContext, Rule } from '../context';
import { nodeAtPath } from '../locate';

export interface EnvReference {
  /** What stands between the parentheses. */
  name: string;
  /** Where `$(name)` is in the string. */
  from: number;
  to: number;
}

/**
 * The `$(NAME)` references in a string, as the kubelet expands them: read left to right, `$$` is
 * an escaped `$` (so `$$(NAME)` is the text `$(NAME)`), and a `$(` without a `)` is text.
 */
export function envReferences(text: string): EnvReference[] {
  const found: EnvReference[] = [];
  let at = text.indexOf('$');
  while (at >= 0 && at < text.length - 1) {
    if (text[at + 1] !== '(') {
      // `$$`, or `$` before any other character: both characters are text.
      at = text.indexOf('$', at + 2);
      continue;
    }
    const close = text.indexOf(')', at + 2);
    if (close < 0) break;
    found.push({ name: text.slice(at + 2, close), from: at, to: close + 1 });
    at = text.indexOf('$', close + 1);
  }
  return found;
}

/** How variables are usually named: only such a name is taken for a reference to a variable. */
const VARIABLE_LIKE = /^[A-Z_][A-Z0-9_]*$/;

/**
 * The variables the kubelet adds for each Service of the namespace (while `enableServiceLinks`
 * is not false): `WEB_SERVICE_HOST`, `WEB_SERVICE_PORT_HTTP`, `WEB_PORT_80_TCP_ADDR`…
 */
const SERVICE_LINK =
  /_(SERVICE_HOST|SERVICE_PORT(_[A-Z0-9_]+)?|PORT(_\d+_(TCP|UDP|SCTP)(_PROTO|_PORT|_ADDR)?)?)$/;

/**
 * The variables a workload's controller adds to every container of its Pods: an Indexed Job's
 * JOB_COMPLETION_INDEX (the Job controller's addCompletionIndexEnvVariables, pkg/controller/job).
 * It is appended after the container's own `env`, so `command` and `args` see it, and no `env`
 * value does.
 */
function addedByController(ctx: RuleContext): ReadonlySet<string> {
  const spec = asObject(ctx.root.spec);
  const job = ctx.kind === 'CronJob' ? asObject(asObject(spec?.jobTemplate)?.spec) : spec;
  const indexed =
    (ctx.kind === 'Job' || ctx.kind === 'CronJob') && job?.completionMode === 'Indexed';
  return new Set(indexed ? ['JOB_COMPLETION_INDEX'] : []);
}

/** The characters of `ref` in the text of the scalar at `path`, when they can be found there. */
function rangeOf(
  ctx: RuleContext,
  path: readonly PathKey[],
  refs: readonly EnvReference[],
  ref: EnvReference,
): TextRange | undefined {
  const node = nodeAtPath(ctx.doc, path);
  if (!isScalar(node) || !node.range) return undefined;
  const from = node.range[0];
  const nth = refs.filter((r) => r.name === ref.name).indexOf(ref);
  const written = envReferences(ctx.text.slice(from, node.range[1])).filter(
    (r) => r.name === ref.name,
  )[nth];
  return written ? { from: from + written.from, to: from + written.to } : undefined;
}

const undefinedEnvReference: Rule = {
  id: 'pod/undefined-env-reference',
  severity: 'warning',
  title: 'Reference to a variable not defined above it',
  explanation:
    "In a container's `command`, `args` and `env[].value`, `$(NAME)` stands for the value of the variable NAME, and the kubelet expands it when it starts the container. An `env` value sees only the variables defined above it in the list (and those of `envFrom` and the Services); `command` and `args` see the whole list. The image's own variables (its PATH…) are not among them; an Indexed Job's JOB_COMPLETION_INDEX, which the Job controller adds after the list, is, for `command` and `args`. A reference the kubelet cannot resolve is left as it is, the text \"$(NAME)\" (a shell then runs NAME as a command); the API server accepts it without a word. Define the variable above its use, or write `$$(NAME)` for the text itself.",
  check(ctx, report) {
    const added = addedByController(ctx);
    for (const c of ctx.containers) {
      const env = asArray(c.data.env);
      const command = asArray(c.data.command);
      const args = asArray(c.data.args);
      if (env.length === 0 && command.length === 0 && args.length === 0) continue;
      // Each name's first definition: a reference from an entry above it cannot see it.
      const defined = new Map<string, number>();
      env.forEach((raw, index) => {
        const name = asString(asObject(raw)?.name);
        if (name !== null && !defined.has(name)) defined.set(name, index);
      });
      // envFrom and the namespace's Services bring variables the file does not name.
      const fromElsewhere = (name: string) =>
        asArray(c.data.envFrom).length > 0 || SERVICE_LINK.test(name);
      const scan = (
        value: unknown,
        path: PathKey[],
        problem: (ref: EnvReference) => string | null,
      ) => {
        if (typeof value !== 'string' || !value.includes('$(')) return;
        const refs = envReferences(value);
        for (const ref of refs) {
          const message = ref.name ? problem(ref) : null;
          if (message) report({ path, range: rangeOf(ctx, path, refs, ref), message });
        }
      };
      const unknown = (ref: EnvReference, where: string, defineWhere: string) =>
        fromElsewhere(ref.name) || !VARIABLE_LIKE.test(ref.name)
          ? null
          : `Container "${c.name}" refers to $(${ref.name}) ${where}, but defines no variable ${ref.name}: unless an admission webhook adds one, the kubelet leaves the text "$(${ref.name})" as it is. Define ${ref.name} ${defineWhere}, or write $$(${ref.name}) for the text itself.`;
      env.forEach((raw, index) => {
        const entry = asObject(raw);
        const own = asString(entry?.name);
        scan(entry?.value, [...c.path, 'env', index, 'value'], (ref) => {
          const first = defined.get(ref.name);
          if (first !== undefined && first < index) return null;
          if (first !== undefined && first > index) {
            return `Container "${c.name}": variable "${own ?? '?'}" refers to $(${ref.name}), which is defined further down the env list: a reference sees only the variables above it, so the kubelet does not expand it to that value. Move ${ref.name} above ${own ?? 'it'}.`;
          }
          if (first === index) {
            return fromElsewhere(ref.name)
              ? null
              : `Container "${c.name}": variable "${ref.name}" refers to itself, $(${ref.name}): the kubelet expands only the variables defined above it, not the image's, so its value keeps the text "$(${ref.name})". Write the value in full.`;
          }
          return unknown(ref, `in variable "${own ?? '?'}"`, `in env above ${own ?? 'it'}`);
        });
      });
      for (const [field, list] of [
        ['command', command],
        ['args', args],
      ] as const) {
        list.forEach((value, index) => {
          scan(value, [...c.path, field, index], (ref) =>
            defined.has(ref.name) || added.has(ref.name)
              ? null
              : unknown(ref, `in its ${field}`, 'in env'),
          );
        });
      }
    }
  },
};

export const ENV_REFERENCE_RULES: readonly Rule[] = [undefinedEnvReference];
