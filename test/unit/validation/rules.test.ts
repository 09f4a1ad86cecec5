import { describe, expect, it } from 'vitest';
import { ruleInfo } from '../../../shared';
import { RULE_CASES } from './cases';
import { applyFix, check, only, textAt, yamlOf } from './helpers';

describe('every rule', () => {
  it('has a case that triggers it and one that does not', () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual(
      ruleInfo()
        .map((r) => r.id)
        .sort(),
    );
  });

  it('has a title and an explanation a student can learn from', () => {
    for (const rule of ruleInfo()) {
      expect(rule.title.length, rule.id).toBeGreaterThan(5);
      expect(rule.explanation.length, rule.id).toBeGreaterThan(80);
    }
  });
});

describe.each(Object.entries(RULE_CASES))('%s', (ruleId, c) => {
  it('is triggered', () => {
    const text = yamlOf(c.triggers);
    const problems = only(ruleId, text, c.options);
    expect(problems).toHaveLength(c.count ?? 1);
    const [first] = problems;
    const info = ruleInfo().find((r) => r.id === ruleId)!;
    expect(first!.explanation).toBe(info.explanation);
    expect(first!.message).not.toBe('');
    if (c.at !== undefined) expect(textAt(text, first!)).toBe(c.at);
  });

  it('is not triggered by the close variant', () => {
    expect(only(ruleId, c.clean, c.cleanOptions ?? c.options)).toEqual([]);
  });

  it('is silent when turned off in the options', () => {
    expect(only(ruleId, c.triggers, { ...c.options, disabledRules: [ruleId] })).toEqual([]);
  });

  it('has a quick fix that removes the problem, when it offers one', () => {
    const text = yamlOf(c.triggers);
    const problems = only(ruleId, text, c.options);
    const withFix = problems.find((p) => p.fix);
    if (!withFix) return;
    const fixed = applyFix(text, withFix);
    // Renaming one of two same-named containers removes both problems.
    expect(only(ruleId, fixed, c.options).length).toBeLessThan(problems.length);
    const errors = (t: string) => check(t, c.options).filter((p) => p.severity === 'error').length;
    expect(errors(fixed)).toBeLessThanOrEqual(errors(text));
  });
});
