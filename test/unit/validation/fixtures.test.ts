import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
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
