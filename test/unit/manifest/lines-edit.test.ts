import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair } from 'yaml';
import { describe, expect, it } from 'vitest';
import { largePod } from '../../../bench/large-pod';
import { podDocument } from '../../../shared/document/pod-document';
import type { PodEdit } from '../../../shared/edits/types';
import {
  loadInserted,
  loadText,
  PARSE_OPTIONS,
  plainDocument,
  readText,
} from '../../../shared/manifest/load';
import { readInsertedLines } from '../../../shared/manifest/lines-edit';
import type { Parse } from '../../../shared/manifest/scalar-edit';
import { fixtureTexts, plainData, snapshot } from '../../support/parse-snapshot';
import { template } from '../../support/templates';

/**
 * Whole entries added to a block collection (what a canvas edit writes for a new container, a
 * volume, a mount or a field) are read into the last parse: whatever the text and wherever the
 * entries go, the result must be the full parse's own, to every position and comment.
 */

function inserted(text: string, at: number, lines: string): Parse | null {
  const next = text.slice(0, at) + lines + text.slice(at);
  return readInsertedLines(loadText(text), text, at, lines, next, PARSE_OPTIONS);
}

function expectFullParse(text: string, at: number, lines: string, what: string): boolean {
  const next = text.slice(0, at) + lines + text.slice(at);
  const result = inserted(text, at, lines);
  if (!result) return false;
  const full = loadText(next);
  expect(snapshot(result), what).toEqual(snapshot(full));
  expect(
    result.docs.map((d) => d.toJS()),
    what,
  ).toEqual(full.docs.map((d) => d.toJS()));
  expect(plainAfterInsert(text, at, lines), what).toEqual(plainData(full, true));
  return true;
}

interface PlainPod {
  metadata: unknown;
  spec: { containers: unknown[]; volumes: unknown };
}

/**
 * The plain data the views read after `lines` were read into the parse of `text` whose plain
 * data they had read (an edit's read-back, then the views, take it from there).
 */
function plainAfterInsert(text: string, at: number, lines: string): unknown[] {
  readText('# another text\n');
  const last = readText(text);
  plainData(last);
  const loaded = loadInserted(last, text, at, lines, text.slice(0, at) + lines + text.slice(at));
  return plainData(loaded);
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const startOf = (entry: unknown) =>
  ((entry as Pair).key !== undefined ? ((entry as Pair).key as Node) : (entry as Node))?.range?.[0];
const endOf = (entry: unknown) => {
  const pair = entry as Pair;
  if (pair.key !== undefined) return ((pair.value as Node | null) ?? (pair.key as Node)).range?.[2];
  return (entry as Node).range?.[2];
};

/** Every place between two entries of a block collection, or after its last, with entries to put there. */
function insertions(text: string): { at: number; lines: string }[] {
  const out: { at: number; lines: string }[] = [];
  const walk = (node: unknown): void => {
    if (!(isMap(node) || isSeq(node))) return;
    for (const entry of node.items) walk(isMap(node) ? (entry as Pair).value : entry);
    if (node.flow || node.items.length === 0) return;
    const first = startOf(node.items[0]);
    if (first === undefined) return;
    // The entries' column: the first item's dash, or the first key.
    const col = /^ */.exec(text.slice(lineStart(text, first), first))![0].length;
    // The first two places and the last of each collection: between entries, and after all.
    const last = node.items.length - 1;
    node.items.forEach((entry, i) => {
      if (i > 1 && i < last) return;
      // Right below an entry's line too, past the comments between it and the one before.
      const start = startOf(entry);
      if (i > 0 && start !== undefined && isSeq(node)) {
        const line = lineStart(text, start);
        if (line !== endOf(node.items[i - 1])) {
          out.push({ at: line, lines: `${' '.repeat(col)}- above-${i}\n` });
        }
      }
      const at = endOf(entry);
      if (at === undefined || (at > 0 && text[at - 1] !== '\n')) return;
      if (isSeq(node)) {
        const start = startOf(entry)!;
        out.push({ at, lines: text.slice(lineStart(text, start), at) });
      } else {
        const pad = ' '.repeat(col);
        out.push({ at, lines: `${pad}zz-added-${i}: 1\n` });
        out.push({ at, lines: `${pad}zz-compact-${i}:\n${pad}- a\n` });
      }
    });
  };
  for (const doc of loadText(text).docs) walk(doc.contents);
  return out;
}

describe('reading whole entries added to a block collection', () => {
  it('reads a container added to the lesson Pod as a full parse does', () => {
    const text = template('pod-anatomy.yaml');
    const at = text.indexOf('  volumes:');
    const lines = '    - name: added\n      image: busybox:1.36\n';
    expect(expectFullParse(text, at, lines, 'a container at the end')).toBe(true);
  });

  it('matches the full parse wherever entries go, in every fixture', () => {
    let fast = 0;
    let runs = 0;
    for (const { name, text } of fixtureTexts) {
      for (const { at, lines } of insertions(text)) {
        runs++;
        if (expectFullParse(text, at, lines, `${name} at ${at}: ${JSON.stringify(lines)}`)) fast++;
      }
    }
    // Most places take the fast path; the others hold a comment, an anchor or a blank line.
    expect(runs).toBeGreaterThan(1000);
    expect(fast / runs).toBeGreaterThan(0.5);
  }, 120_000);

  it('gives the comments below the new entries to whom the full parse gives them', () => {
    const cases: [string, string, string][] = [
      // A list written at its key's column keeps a comment at that column.
      [
        'spec:\n  restartPolicy: Always\n  # the workload\n  containers:\n  - name: a\n',
        '  # the workload',
        '  initContainers:\n  - name: init\n    image: busybox\n',
      ],
      // A comment indented past the entries goes to what ends just above it.
      ['spec:\n  a:\n    b: 1\n   # deeper\n  c: 2\n', '   # deeper', '  d: 1\n'],
      ['spec:\n  a:\n    - x\n      # deeper\n    - y\n', '      # deeper', '    - z\n'],
    ];
    for (const [text, line, lines] of cases) {
      const at = text.indexOf(line);
      expectFullParse(text, at, lines, JSON.stringify(lines));
    }
    // A comment at an item's dash column stays with the item below it: that takes the fast path.
    const items = 'spec:\n  a:\n    - x\n    # for y\n    - y\n';
    expect(
      expectFullParse(items, items.indexOf('    # for y'), '    - z\n', 'above a comment'),
    ).toBe(true);
  });

  it('parses in full what it cannot read as the full parse would', () => {
    const text = 'spec:\n  containers:\n    - name: a\n    - name: b\n  volumes: []\n';
    const at = text.indexOf('    - name: b');
    const item = '    - name: c\n';
    expect(inserted(text, at, item)).not.toBeNull();
    const cases: [string, number, string][] = [
      [text, at, '    - name: c # a comment\n'],
      [text, at, '    - name: &c c\n'],
      [text, at, '    - name: *c\n'],
      [text, at, '    - name: !!str c\n'],
      [text, at, '\n' + item], // a blank line
      [text, at, '    - name: c\n      name: d\n'], // a repeated key
      [text, at, '    - command: |\n        echo\n'], // a block scalar
      [text, at + 2, item], // not at a line start
      [text, text.indexOf('name: a') + 'name: a\n'.length - 2, item],
      [text, at, '  - name: c\n'], // not the entries' column
      [text, at, '    name: c\n'], // a key where the entries are items
      [text, text.indexOf('  volumes'), '  containers: []\n'], // a key the mapping has
      [text.replace('    - name: b', '\n    - name: b'), at + 1, item], // a blank line above
      ['%YAML 1.1\n---\n' + text, at + 14, item],
    ];
    for (const [t, where, lines] of cases) {
      expect(inserted(t, where, lines), JSON.stringify(lines)).toBeNull();
    }
  });
});

describe('a canvas edit that adds an entry', () => {
  const edits: PodEdit[] = [
    { type: 'addContainer', role: 'sidecar', index: 1 },
    { type: 'addContainer', role: 'app' },
    { type: 'addContainer', role: 'init' },
    { type: 'addContainer', role: 'native-sidecar' },
    { type: 'addVolume', name: 'added' },
  ];
  const pods = [
    { name: "the lesson's Pod", text: template('pod-anatomy.yaml') },
    { name: 'the large Pod', text: largePod() },
    ...fixtureTexts.filter((t) => podDocument(t.text).view),
  ];

  it('leaves the views a reading of its text that is the full parse own', () => {
    let fast = 0;
    let runs = 0;
    for (const { name, text } of pods) {
      for (const edit of edits) {
        const before = readText(text).docs;
        const result = podDocument(text).apply([edit]);
        if (!result.ok) continue;
        runs++;
        const kept = readText(result.text);
        // Read into the parse of the text as it was: the same Documents, brought up to it.
        if (kept.docs[0] === before[0]) fast++;
        const full = loadText(result.text);
        expect(snapshot(kept), `${name}: ${JSON.stringify(edit)}`).toEqual(snapshot(full));
        // And its plain data, which the edit read back, shares what did not change.
        expect(plainData(kept)).toEqual(plainData(full, true));
      }
    }
    expect(fast).toBeGreaterThan(runs / 2);
  }, 60_000);

  it('reads back plain data that shares with the last what the edit did not change', () => {
    const text = largePod();
    readText('# another text\n');
    const before = plainDocument(readText(text), 0) as PlainPod;
    const result = podDocument(text).apply([{ type: 'addContainer', role: 'sidecar', index: 1 }]);
    if (!result.ok) throw new Error(result.error);
    const after = plainDocument(readText(result.text), 0) as PlainPod;
    expect(after.spec.containers).toHaveLength(before.spec.containers.length + 1);
    expect(after.spec.containers[0]).toBe(before.spec.containers[0]);
    expect(after.spec.containers[2]).toBe(before.spec.containers[1]);
    expect(after.spec.volumes).toBe(before.spec.volumes);
    expect(after.metadata).toBe(before.metadata);
  });

  it('keeps the key order of what it reads: the new container is where it was put', () => {
    const result = podDocument(largePod()).apply([
      { type: 'addContainer', role: 'sidecar', index: 1 },
    ]);
    if (!result.ok) throw new Error(result.error);
    const doc = readText(result.text).docs[0]!;
    const containers = doc.getIn(['spec', 'containers']);
    expect(isSeq(containers)).toBe(true);
    const second = (containers as { items: unknown[] }).items[1];
    expect(isMap(second) && isScalar(second.items[0]?.key)).toBe(true);
    expect(doc.toJS().spec.containers[1].name).toBe(
      podDocument(result.text).view!.containers.find(
        (c) => c.list === 'containers' && c.index === 1,
      )!.name,
    );
  });
});
