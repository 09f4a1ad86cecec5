import { readdirSync, readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PARSE_OPTIONS } from '../../../shared/manifest/load';
import { plainOf } from '../../../shared/manifest/nodes';

const fixtures = ['manifests', 'valid', 'invalid'].flatMap((folder) => {
  const dir = new URL(`../../fixtures/${folder}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [`${folder}/${f}`, readFileSync(new URL(f, dir), 'utf8')] as const);
});

const docsOf = (text: string) => parseAllDocuments(text, PARSE_OPTIONS);

describe('plainOf, the fast reading of a document as data', () => {
  it.each(fixtures)('reads %s as yaml’s toJS does, or leaves it to toJS', (_, text) => {
    const docs = docsOf(text);
    if (!Array.isArray(docs)) return;
    for (const doc of docs) {
      if (doc.errors.length > 0) continue;
      const plain = plainOf(doc);
      if (plain !== undefined) expect(plain).toEqual(doc.toJS());
    }
  });

  it('reads the common manifest itself', () => {
    const fast = fixtures.filter(([, text]) => {
      const docs = docsOf(text);
      return Array.isArray(docs) && docs.some((d) => plainOf(d) !== undefined);
    });
    expect(fast.length).toBeGreaterThan(fixtures.length / 2);
  });

  it('keys as toJS writes them: numbers and booleans as text, an empty key as ""', () => {
    const [doc] = docsOf('1: a\ntrue: b\n: c\n2.5: d\n');
    expect(plainOf(doc!)).toEqual({ '1': 'a', true: 'b', '': 'c', '2.5': 'd' });
    expect(plainOf(doc!)).toEqual(doc!.toJS());
  });

  it('leaves aliases, merge keys, complex keys and tagged collections to toJS', () => {
    for (const text of [
      'a: &x {b: 1}\nc: *x\n',
      'base: &b {x: 1}\nd:\n  <<: *b\n  y: 2\n',
      '? [a, b]\n: c\n',
      '__proto__: x\n',
      'labels: !!set {app}\n',
      'args: !!omap []\n',
    ]) {
      const [doc] = docsOf(text);
      expect(plainOf(doc!), text).toBeUndefined();
    }
  });
});
