import { describe, expect, it } from 'vitest';
import { readShown } from '../../../shared/document/reading';
import { joinPiece, shownMessages, withoutText } from '../../../renderer/store/reading-pieces';
import type { ShownReading } from '../../../shared';

const settings = { kubernetesVersion: '1.33', disabledRules: [] };

/** What the page holds once every message has crossed (as a structured clone) and been joined. */
function crossed(id: number, shown: ShownReading, limit: number): ShownReading {
  const messages = shownMessages(id, withoutText(shown), limit);
  const [first, ...pieces] = messages.map((m) => structuredClone(m));
  const reading = first!.shown!;
  for (const message of pieces) joinPiece(reading.documents!, message.piece!);
  // The page puts back the text it sent.
  return { ...reading, text: shown.text };
}

describe('a reading crossing from the worker with its large maps in pieces', () => {
  it('arrives whole, every key in its order, however its maps were cut', () => {
    const keys = Array.from({ length: 95 }, (_, i) => `    key-${i}: "${i}"\n`).join('');
    const labels = Array.from({ length: 30 }, (_, i) => `      l${i}: v${i}\n`).join('');
    const text =
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: many\n  annotations:\n${keys}    __proto__: kept\n` +
      `spec:\n  nodeSelector:\n    "1": one\n    __proto__: kept\n  containers:\n` +
      `    - name: app\n      image: app:1\n      env:\n        - name: A\n          value: a\n` +
      `  volumes:\n    - name: v\n      configMap:\n        name: c\n        items:\n` +
      `          - key: k\n            path: p\n  affinity:\n    nodeAffinity:\n      labels:\n${labels}`;
    const shown = readShown(text, null, settings);
    expect(shown.documents).not.toBeNull();
    const messages = shownMessages(1, shown, 20);
    // 96 annotations: 20 with the reading, then 4 pieces; 30 labels: 20, then one piece.
    expect(messages.filter((m) => m.piece)).toHaveLength(5);
    for (const message of messages.slice(1))
      expect(Object.keys(message.piece!.entries).length).toBeLessThanOrEqual(20);
    expect(crossed(1, shown, 20).documents).toEqual(shown.documents);
    const annotations = (crossed(1, shown, 20).documents![0] as { metadata: object }).metadata;
    expect(Object.keys((annotations as { annotations: object }).annotations)).toEqual([
      ...Array.from({ length: 95 }, (_, i) => `key-${i}`),
      '__proto__',
    ]);
    // The reading read on the worker's side is left as it was.
    expect(
      Object.keys(
        (shown.documents![0] as { metadata: { annotations: object } }).metadata.annotations,
      ),
    ).toHaveLength(96);
  });

  it('sends a reading with no large map as one message', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: a\n';
    const shown = readShown(text, null, settings);
    expect(shown.documents).not.toBeNull();
    const messages = shownMessages(2, shown, 20);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.shown).toEqual(shown);
    expect(messages[0]!.pieces ?? 0).toBe(0);
  });

  it('crosses without its text, which the page sent and keeps', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: []\n';
    const [message] = shownMessages(1, withoutText(readShown(text, null, settings)));
    expect(Object.keys(message!.shown!)).not.toContain('text');
  });

  it('walks again none of a part shared with a reading sent before, but what changed', () => {
    const walked: string[] = [];
    const watched = <T extends object>(name: string, value: T): T =>
      new Proxy(value, {
        // A map is walked by its keys, a list by its length.
        ownKeys(target) {
          walked.push(name);
          return Reflect.ownKeys(target);
        },
        get(target, key, receiver) {
          if (Array.isArray(target) && key === 'length') walked.push(name);
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const containers = watched('containers', [watched('app', { name: 'app', image: 'app:1' })]);
    const first = [{ kind: 'Pod', spec: { containers } }];
    shownMessages(1, { documents: first } as unknown as ShownReading, 20);
    expect(walked).toEqual(['containers', 'app']);
    walked.length = 0;
    // A key typed in the Pod's name: its metadata is new, its containers the same objects.
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`k${i}`, `${i}`]));
    const next = [{ kind: 'Pod', metadata: { labels: many }, spec: { containers } }];
    const messages = shownMessages(2, { documents: next } as unknown as ShownReading, 20);
    expect(walked).toEqual([]);
    // The new part is cut as ever.
    expect(messages.filter((m) => m.piece)).toHaveLength(1);
  });

  it('cuts a large map reached through an alias that holds itself, from wherever the walk starts', () => {
    // `pod` holds `list`, which holds `pod` again (`&p { list: [*p] }`), and a large map.
    const pod: Record<string, unknown> = {
      labels: Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`k${i}`, `${i}`])),
    };
    const list: unknown[] = [pod];
    pod.list = list;
    expect(shownMessages(1, { documents: [pod] } as unknown as ShownReading, 20)).toHaveLength(2);
    // The list was walked inside `pod` last time, and stopped short at `pod`: not known whole.
    expect(shownMessages(2, { documents: [list] } as unknown as ShownReading, 20)).toHaveLength(2);
  });
});
