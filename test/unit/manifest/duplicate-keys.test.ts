import { describe, expect, it } from 'vitest';
import { isScalar, parseAllDocuments } from 'yaml';
import { parseManifest } from '../../../shared';
import { parseYaml, PARSE_OPTIONS } from '../../../shared/manifest/load';
import { isMergeKey } from '../../../shared/manifest/nodes';

/** yaml's own check (every key against every earlier one), with merge keys allowed to repeat. */
const yamlsOwn = (text: string) =>
  parseAllDocuments(text, {
    ...PARSE_OPTIONS,
    uniqueKeys: (a, b) =>
      a === b ||
      (isScalar(a) && isScalar(b) && a.value === b.value && !(isMergeKey(a) && isMergeKey(b))),
  }).flatMap((doc) => doc.errors.map((e) => ({ code: e.code, pos: e.pos, message: e.message })));
const ours = (text: string) =>
  parseYaml(text).flatMap((doc) =>
    doc.errors.map((e) => ({ code: e.code, pos: e.pos, message: e.message })),
  );

const many = (n: number, repeat: number) =>
  `metadata:\n  annotations:\n${Array.from({ length: n }, (_, i) => `    key-${i}: "${i}"\n`).join('')}    key-${repeat}: again\n`;

describe('duplicate keys', () => {
  it.each([
    ['a small mapping', 'a: 1\nb: 2\na: 3\n'],
    ['a large mapping', many(40, 7)],
    ['a nested mapping, twice', 'spec:\n  x: 1\n  x: 2\n  y: 1\n  y: 3\nother: {p: 1, p: 2}\n'],
    ['in a list item', 'items:\n  - name: a\n    name: b\n'],
    ['merge keys, which may repeat', 'a: &a {x: 1}\nb: &b {y: 1}\nc:\n  <<: *a\n  <<: *b\n'],
    ['quoted and plain keys with one value', 'k: 1\n"k": 2\n'],
    ['none', 'a: 1\nb:\n  a: 1\n'],
    ['another document', 'a: 1\n---\nb: 1\nb: 2\n'],
  ])('are reported as yaml reports them: %s', (_, text) => {
    expect(ours(text)).toEqual(yamlsOwn(text));
  });

  it('are found in a mapping of thousands of annotations, at the repeated key', () => {
    // (How long the 48,000-key file takes is measured in `npm run bench`, not here.)
    const text = many(5_000, 123);
    const parsed = parseManifest(text);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'duplicate-key', line: 5_003, col: 5 }),
    ]);
  });
});
