import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit, validateManifest } from '../../../shared';
import type { Problem, QuickFix, ValidateOptions } from '../../../shared';
import { RULE_CASES } from './cases';
import { yamlOf } from './helpers';

const root = new URL('../../../', import.meta.url);
const filesOf = (dir: string) =>
  readdirSync(new URL(dir, root))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => [`${dir}${f}`, readFileSync(new URL(`${dir}${f}`, root), 'utf8')] as const);

/** Every manifest the tests know: fixtures, templates, and each rule's triggering case. */
const CORPUS: (readonly [string, string, ValidateOptions?])[] = [
  ...filesOf('test/fixtures/invalid/'),
  ...filesOf('test/fixtures/valid/'),
  ...filesOf('test/fixtures/manifests/'),
  ...filesOf('assets/templates/'),
  ...Object.entries(RULE_CASES).map(
    ([id, c]) => [`case ${id}`, yamlOf(c.triggers), c.options] as const,
  ),
];

const keyOf = (p: Problem) => `${p.ruleId}: ${p.message}`;
/** A problem that stands only for its rule, to count by rule with `tally`. */
const byRule = (p: Problem): Problem => ({ ...p, message: '' });

function tally(problems: readonly Problem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of problems) {
    const key = p.message === '' ? p.ruleId : keyOf(p);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function apply(text: string, fix: QuickFix, options?: ValidateOptions): string {
  let current = text;
  for (const edit of fix.edits) {
    const result = applyEdit(current, edit, { document: options?.document });
    if (!result.ok) throw new Error(`"${fix.title}" does not apply: ${result.error}`);
    current = result.text;
  }
  return current;
}

describe('every quick fix offered on the test corpus', () => {
  const offered = CORPUS.flatMap(([name, text, options]) =>
    validateManifest(text, options).flatMap((problem) =>
      [problem.fix, ...(problem.moreFixes ?? [])]
        .filter((fix): fix is QuickFix => fix !== undefined)
        .map((fix) => ({ name, text, options, problem, fix })),
    ),
  );

  it('is offered on many problems (the corpus exercises the fixes)', () => {
    const rules = new Set(offered.map((o) => o.problem.ruleId));
    expect(rules.size).toBeGreaterThanOrEqual(25);
  });

  it('applies, removes its problem, and adds no error', () => {
    const failures: string[] = [];
    for (const { name, text, options, problem, fix } of offered) {
      const where = `${name}: ${keyOf(problem)} → "${fix.title}"`;
      let fixed: string;
      try {
        fixed = apply(text, fix, options);
      } catch (error) {
        failures.push(`${where}: ${(error as Error).message}`);
        continue;
      }
      const beforeProblems = validateManifest(text, options);
      const before = tally(beforeProblems);
      const afterProblems = validateManifest(fixed, options);
      const after = tally(afterProblems);
      // A rename changes the messages that name the renamed thing: count problems by rule.
      const rules = (ps: readonly Problem[], severity?: string) =>
        tally(ps.filter((p) => !severity || p.severity === severity).map(byRule));
      if ((after.get(keyOf(problem)) ?? 0) >= (before.get(keyOf(problem)) ?? 0)) {
        failures.push(`${where}: the problem stays`);
      } else if (
        (rules(afterProblems).get(problem.ruleId) ?? 0) >=
        (rules(beforeProblems).get(problem.ruleId) ?? 0)
      ) {
        failures.push(`${where}: another problem of the rule takes its place`);
      }
      const errorsBefore = rules(beforeProblems, 'error');
      for (const [ruleId, count] of rules(afterProblems, 'error')) {
        if (count > (errorsBefore.get(ruleId) ?? 0))
          failures.push(`${where}: adds a ${ruleId} error`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
