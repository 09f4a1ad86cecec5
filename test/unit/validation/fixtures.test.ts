import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit, validateManifest } from '../../../shared';
import type { Problem } from '../../../shared';

const dir = (name: string) => new URL(`../../fixtures/${name}/`, import.meta.url);
const read = (name: string, file: string) => readFileSync(new URL(file, dir(name)), 'utf8');
const yamlFiles = (name: string) =>
  readdirSync(dir(name))
    .filter((f) => f.endsWith('.yaml'))
    .sort();

/** What an `.expected.json` lists for each problem. */
function summary(p: Problem) {
  return { ruleId: p.ruleId, severity: p.severity, line: p.line, col: p.col, message: p.message };
}

describe('valid fixtures', () => {
  const files = yamlFiles('valid');

  it('are at least 30', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s has no error', (file) => {
    const errors = validateManifest(read('valid', file)).filter((p) => p.severity === 'error');
    expect(errors.map(summary)).toEqual([]);
  });
});

describe('invalid fixtures', () => {
  const files = yamlFiles('invalid');

  it.each(files)('%s has exactly the expected problems', (file) => {
    const expected = JSON.parse(read('invalid', file.replace(/\.yaml$/, '.expected.json'))) as {
      options?: Parameters<typeof validateManifest>[1];
      problems: ReturnType<typeof summary>[];
    };
    const problems = validateManifest(read('invalid', file), expected.options);
    expect(problems.map(summary)).toEqual(expected.problems);
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
  });
});

describe('every fixture', () => {
  const all = [
    ...yamlFiles('valid').map((file) => ['valid', file] as const),
    ...yamlFiles('invalid').map((file) => ['invalid', file] as const),
  ];

  it.each(all)('%s/%s: problems point inside the text, at a canvas node or none', (set, file) => {
    const text = read(set, file);
    for (const p of validateManifest(text)) {
      expect(p.range.from).toBeGreaterThanOrEqual(0);
      expect(p.range.to).toBeGreaterThanOrEqual(p.range.from);
      expect(p.range.to).toBeLessThanOrEqual(text.length);
      expect(p.nodeId === null || /^(pod|container:.+|volume:.+)$/.test(p.nodeId)).toBe(true);
      expect(p.explanation).not.toBe('');
    }
  });

  it.each(all)(
    '%s/%s: each quick fix applies and removes its problem',
    (set, file) => {
      const text = read(set, file);
      const problems = validateManifest(text);
      const count = (t: string, ruleId: string) =>
        validateManifest(t).filter((p) => p.ruleId === ruleId).length;
      for (const problem of problems) {
        if (!problem.fix) continue;
        let fixed = text;
        for (const edit of problem.fix.edits) {
          const result = applyEdit(fixed, edit);
          expect(result, `${problem.ruleId}: ${problem.fix.title}`).toMatchObject({ ok: true });
          if (result.ok) fixed = result.text;
        }
        expect(count(fixed, problem.ruleId), problem.message).toBeLessThan(
          count(text, problem.ruleId),
        );
      }
    },
    60_000,
  );
});
