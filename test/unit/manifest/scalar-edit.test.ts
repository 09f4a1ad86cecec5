import fc from 'fast-check';
import { isMap, isScalar, isSeq } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadText, PARSE_OPTIONS, plainDocument, readText } from '../../../shared/manifest/load';
import { parseManifest } from '../../../shared/manifest/parse';
import { readScalarEdit, type Parse } from '../../../shared/manifest/scalar-edit';
import { fixtureTexts, plainData, snapshot } from '../../support/parse-snapshot';

/**
 * A keystroke inside a value is read by bringing the last parse up to the new text: whatever
 * the text and the keystroke, the result must be the full parse's own, to every position.
 */

const texts = fixtureTexts;

/** The edited reading of `next`, or null where it takes the full parse. */
function edited(text: string, next: string): Parse | null {
  return readScalarEdit(loadText(text), text, next, PARSE_OPTIONS);
}

/** Offsets inside the plain or quoted scalars of a text (where typing takes the fast path). */
function scalarOffsets(text: string): number[] {
  const offsets: number[] = [];
  const walk = (node: unknown): void => {
    if (isScalar(node) && node.range) {
      for (let at = node.range[0]; at <= node.range[1]; at++) offsets.push(at);
    } else if (isMap(node)) {
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) node.items.forEach(walk);
  };
  for (const doc of loadText(text).docs) walk(doc.contents);
  return offsets;
}

/** What typing may put in a value: letters, digits, and every character YAML gives a meaning. */
const TYPED = fc.constantFrom(
  ...'ab9Z0.-_/ :#"\'[]{},&*!|>%@`?\t~\\\uFEFF'.split(''),
  ' #',
  ': ',
  '1',
  'true',
  'null',
  '0x1F',
  '1e3',
  '2.50',
  '<<',
);

describe('reading a keystroke inside a value', () => {
  it('brings the last parse up to a changed image tag, as a full parse reads it', () => {
    const text = texts.find((t) => t.name === 'pod-minimal.yaml')!.text;
    const at = text.indexOf('image: ') + 'image: '.length;
    const next = `${text.slice(0, at)}x${text.slice(at)}`;
    const result = edited(text, next);
    expect(result).not.toBeNull();
    expect(snapshot(result!)).toEqual(snapshot(loadText(next)));
  });

  it('reads a number typed into a port as a number, and a letter after it as text', () => {
    const text =
      'spec:\n  containers:\n    - name: web\n      ports:\n        - containerPort: 8\n';
    const eighty = text.replace('Port: 8', 'Port: 80');
    const typo = text.replace('Port: 8', 'Port: 80a');
    const number = edited(text, eighty);
    expect(snapshot(number!)).toEqual(snapshot(loadText(eighty)));
    expect(number!.docs[0]!.toJS()).toMatchObject({
      spec: { containers: [{ ports: [{ containerPort: 80 }] }] },
    });
    const string = edited(eighty, typo);
    expect(string!.docs[0]!.toJS()).toMatchObject({
      spec: { containers: [{ ports: [{ containerPort: '80a' }] }] },
    });
  });

  it('parses in full a keystroke that changes the structure, or lands outside a value', () => {
    const text = 'metadata:\n  name: web # the name\nspec:\n  containers: []\n';
    const cases = [
      text.replace('name: web', 'name: we: b'), // a colon and a space: a mapping
      text.replace('name: web', 'name: web #'), // a comment
      text.replace('name: web', 'name: "web'), // an unclosed quote
      text.replace('the name', 'the names'), // inside a comment
      text.replace('containers: []', 'containers: [a]'), // inside a flow sequence
      text.replace('name: web', 'name: &a web'), // an anchor
      text.replace('metadata:', 'metadata:\n'), // a line break
      text.replace('name: web', 'metadata: web'), // a key that repeats... another mapping's
    ];
    for (const next of cases.slice(0, -1)) expect(edited(text, next), next).toBeNull();
    // A key renamed to one of another mapping is no repeat: that one takes the fast path.
    expect(snapshot(edited(text, cases.at(-1)!)!)).toEqual(snapshot(loadText(cases.at(-1)!)));
    const twoKeys = 'a: 1\nb: 2\n';
    expect(edited(twoKeys, 'a: 1\na: 2\n')).toBeNull();
  });

  it('parses in full what reads otherwise where it stands than on its own', () => {
    const cases: [string, string][] = [
      // A quote escaped at the line's end: the value runs on over the next lines.
      ['k: "ab"\nj: w\n', 'k: "a\\"\nj: w\n'],
      ["k: 'ab'\nj: w\n", "k: 'a''\nj: w\n"],
      ['k: "ab"\n', 'k: "a\\"\n'],
      // A key that starts with U+FEFF, which yaml drops only at the start of its input.
      ['- x: 1\n', '- \uFEFFx: 1\n'],
      // YAML 1.1 reads `n` as false and `017` as octal.
      ['%YAML 1.1\n---\nk: n1\n', '%YAML 1.1\n---\nk: n\n'],
      ['%YAML 1.1\n---\nk: 01\n', '%YAML 1.1\n---\nk: 017\n'],
      // A key over 1024 characters up to its colon.
      [`${'a'.repeat(10)}${' '.repeat(1014)}: v\n`, `${'a'.repeat(11)}${' '.repeat(1014)}: v\n`],
    ];
    for (const [text, next] of cases) {
      const result = edited(text, next);
      if (result) expect(snapshot(result), next).toEqual(snapshot(loadText(next)));
    }
    expect(edited(cases[0]![0], cases[0]![1])).toBeNull();
    expect(edited(cases[3]![0], cases[3]![1])).toBeNull();
    expect(edited(cases[4]![0], cases[4]![1])).toBeNull();
  });

  it('matches the full parse for any keystroke in any value of every fixture', () => {
    let fast = 0;
    let runs = 0;
    for (const { name, text } of texts) {
      const offsets = scalarOffsets(text);
      if (offsets.length === 0) continue;
      fc.assert(
        fc.property(
          fc.constantFrom(...offsets),
          fc.integer({ min: 0, max: 3 }),
          TYPED,
          (at, removed, typed) => {
            runs++;
            const next =
              text.slice(0, at) + typed + text.slice(Math.min(text.length, at + removed));
            const result = edited(text, next);
            if (!result) return;
            fast++;
            expect(snapshot(result), `${name} at ${at}: ${JSON.stringify(typed)}`).toEqual(
              snapshot(loadText(next)),
            );
          },
        ),
        { numRuns: 30, seed: 19 },
      );
    }
    // Most keystrokes in a value keep the structure: the fast path is the common one.
    expect(fast / runs).toBeGreaterThan(0.3);
  }, 60_000);

  it('finds the keystroke in a long text, wherever it falls against the blocks compared', () => {
    const text = Array.from(
      { length: 400 },
      (_, i) => `key${i}: value-${i}-${'v'.repeat(i % 7)}\n`,
    ).join('');
    // Inside a value (a key changed may repeat another): a character of it on each side.
    const values = scalarOffsets(text).filter(
      (at) =>
        /^[a-z0-9-]{2}$/.test(text.slice(at - 1, at + 1)) &&
        text.lastIndexOf(': ', at) > text.lastIndexOf('\n', at),
    );
    // Around each multiple of the block (1,024 characters), from both ends of the text.
    const near = (n: number) => values.filter((at) => Math.abs(at - n) <= 3);
    const blocks = Array.from({ length: Math.floor(text.length / 1024) }, (_, i) => (i + 1) * 1024);
    const offsets = [...blocks, ...blocks.map((b) => text.length - b)].flatMap(near);
    expect(offsets.length).toBeGreaterThan(20);
    for (const at of offsets) {
      for (const [typed, removed] of [
        ['x', 0],
        ['', 1],
        ['yz', 1],
      ] as const) {
        const next = text.slice(0, at) + typed + text.slice(at + removed);
        const result = edited(text, next);
        expect(result, `at ${at}`).not.toBeNull();
        expect(snapshot(result!), `at ${at}`).toEqual(snapshot(loadText(next)));
      }
    }
  });

  it('serves the views the same Pod as a full parse, keystroke after keystroke', () => {
    const text = texts.find((t) => t.name === '02-api-with-sidecar.yaml')!.text;
    const at = text.indexOf('image: ') + 'image: '.length;
    let current = text;
    readText(current);
    for (const key of 'registry.example/x:1') {
      const caret = at + (current.length - text.length);
      current = current.slice(0, caret) + key + current.slice(caret);
      const read = parseManifest(current);
      expect(read).toEqual(parseManifestFresh(current));
    }
  });
});

describe("a keystroke's plain data", () => {
  /** Every document of `text` as plain data, read as the views read it after `before`. */
  function plainAfter(before: string, text: string): unknown[] {
    readText('# another text\n');
    const last = readText(before);
    plainData(last);
    return plainData(readText(text));
  }
  const full = (text: string) => plainData(loadText(text), true);

  it("is the full reading's, for any keystroke in any value of every fixture", () => {
    for (const { name, text } of texts) {
      const offsets = scalarOffsets(text);
      if (offsets.length === 0) continue;
      fc.assert(
        fc.property(fc.constantFrom(...offsets), TYPED, (at, typed) => {
          const next = text.slice(0, at) + typed + text.slice(at);
          expect(plainAfter(text, next), `${name} at ${at}: ${JSON.stringify(typed)}`).toEqual(
            full(next),
          );
        }),
        { numRuns: 15, seed: 7 },
      );
    }
  }, 60_000);

  it('keeps every part the keystroke did not change: the same objects', () => {
    const text = texts.find((t) => t.name === '02-api-with-sidecar.yaml')!.text;
    const at = text.indexOf('image: ') + 'image: '.length;
    const next = `${text.slice(0, at)}x${text.slice(at)}`;
    readText(text);
    const before = plainDocument(readText(text), 0) as Pod;
    const after = plainDocument(readText(next), 0) as Pod;
    expect(after.spec.containers[0]!.image).toBe(`x${before.spec.containers[0]!.image}`);
    expect(after.metadata).toBe(before.metadata);
    expect(after.spec.containers[1]).toBe(before.spec.containers[1]);
    expect(after.spec.volumes).toBe(before.spec.volumes);
  });

  it('follows an alias and a merge key to every place the value stands', () => {
    const text = [
      'base: &b',
      '  image: one',
      '  port: 80',
      'copy: *b',
      'merged:',
      '  <<: *b',
      '  port: 81',
      '',
    ].join('\n');
    const next = text.replace('image: one', 'image: onex');
    const plain = {
      base: { image: 'onex', port: 80 },
      copy: { image: 'onex', port: 80 },
      merged: { image: 'onex', port: 81 },
    };
    expect(plainAfter(text, next)).toEqual([[plain, JSON.stringify(plain)]]);
  });
});

interface Pod {
  metadata: unknown;
  spec: { containers: { image: string }[]; volumes: unknown };
}

/** parseManifest of a text the cache has never seen (so read in full). */
function parseManifestFresh(text: string) {
  readText('# another text\n');
  return parseManifest(text);
}
