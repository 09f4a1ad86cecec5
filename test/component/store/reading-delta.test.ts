import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { readShown } from '../../../shared/document/reading';
import { containerName, largePod } from '../../../bench/large-pod';
import { diff, patch } from '../../../renderer/store/reading-delta';
import { shownMessages, withoutText } from '../../../renderer/store/reading-pieces';
import type { Graph } from '../../../shared';

const settings = { kubernetesVersion: '1.33', disabledRules: [] };
const read = (text: string) => withoutText(readShown(text, null, settings));

/** What the page holds after a reading crossed as a delta from `before` (both cloned). */
function crossed(before: unknown, after: unknown): { page: unknown; held: unknown } {
  const held = structuredClone(before);
  const delta = structuredClone(diff(before, after));
  return { page: delta ? patch(held, delta) : held, held };
}

const large = largePod();
const imageEnd = (text: string, container: string) =>
  text.indexOf('\n', text.indexOf('image: ', text.indexOf(`- name: ${container}\n`)));
const typed = (text: string, at: number, key: string) => text.slice(0, at) + key + text.slice(at);

describe('a reading crossing as what changed since the last one', () => {
  it('arrives equal to the reading, for a key, a new container, a deletion and a comment', () => {
    const before = read(large);
    const key = typed(large, imageEnd(large, containerName(30)), '7');
    const block = large.indexOf(`    - name: ${containerName(20)}\n`);
    const added = typed(large, block, '    - name: added\n      image: added:1\n');
    const next = large.indexOf(`    - name: ${containerName(21)}\n`);
    const removed = large.slice(0, block) + large.slice(next);
    const comment = typed(large, large.indexOf('spec:'), '# a note\n');
    for (const text of [key, added, removed, comment]) {
      const after = read(text);
      expect(crossed(before, after).page).toEqual(structuredClone(after));
    }
  });

  it('leaves what did not change as the page held it, so the canvas keeps those nodes', () => {
    const before = read(large);
    const container = containerName(30);
    const after = read(typed(large, imageEnd(large, container), '7'));
    const { page, held } = crossed(before, after);
    const nodes = (page as { graph: Graph }).graph.nodes;
    const heldNodes = (held as { graph: Graph }).graph.nodes;
    const changed = nodes.filter((node, i) => node !== heldNodes[i]).map((node) => node.id);
    expect(changed).toEqual([`container:${container}`]);
    // The reading the page held is left as it was.
    expect(held).toEqual(structuredClone(before));
  });

  it('sends a key in a large Pod in a small fraction of the whole reading', () => {
    const before = read(large);
    const after = read(typed(large, imageEnd(large, containerName(30)), '7'));
    const whole = serialize(after).length;
    const sent = serialize(diff(before, after)).length;
    // Every position after the key moves by one; the rest is the image, in three places.
    expect(sent).toBeLessThan(whole / 10);
  });

  it('keeps a key named __proto__ a key like any other', () => {
    const text = (value: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    __proto__: ${value}\n` +
      'spec:\n  containers:\n    - name: a\n      image: a\n';
    const { page } = crossed(read(text('one')), read(text('two')));
    const doc = (page as { documents: { metadata: { annotations: object } }[] }).documents[0]!;
    const annotations = doc.metadata.annotations;
    expect(Object.getOwnPropertyDescriptor(annotations, '__proto__')?.value).toBe('two');
    expect(Object.getPrototypeOf(annotations)).toBe(Object.prototype);
  });

  it('keeps the items at both ends of a list that grew or shrank', () => {
    const before = [{ a: 1 }, { b: 2 }, { c: 3 }, { d: 4 }];
    const after = [before[0], { b: 2 }, { x: 9 }, { c: 3 }, before[3]];
    expect(diff(before, after)).toEqual({ splice: [2, 0, [{ x: 9 }]] });
    const page = patch(before, diff(before, after)!) as object[];
    expect(page).toEqual(after);
    expect(page[1]).toBe(before[1]);
    expect(diff(after, after)).toBeNull();
    expect(patch(after, diff(after, before)!)).toEqual(before);
  });

  it('replaces a value whose kind or keys changed', () => {
    expect(diff({ a: 1, b: 2 }, { b: 2, a: 1 })).toEqual({ to: { b: 2, a: 1 } });
    expect(diff([1], { 0: 1 })).toEqual({ to: { 0: 1 } });
    expect(diff(null, {})).toEqual({ to: {} });
    expect(diff({ a: undefined }, { a: null })).toEqual({ keys: { a: { to: null } } });
    expect(diff(NaN, NaN)).toBeNull();
  });
});

describe('a reading of a document that holds itself (a recursive alias)', () => {
  const pod = (image: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nx-loop: &loop\n  self: *loop\n` +
    `spec:\n  containers:\n    - name: a\n      image: ${image}\n`;

  it('crosses, whole or as what changed, and arrives equal', () => {
    const before = read(pod('a:1'));
    const after = read(pod('a:2'));
    expect(after.parsed.view).not.toBeNull();
    const [whole] = shownMessages(1, after).map((m) => structuredClone(m));
    expect(whole!.shown).toEqual(after);
    expect(crossed(before, after).page).toEqual(after);
  });
});
