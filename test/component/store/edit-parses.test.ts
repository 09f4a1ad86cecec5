import type * as Yaml from 'yaml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPodStore, goodModelOf } from '../../../renderer/store/pod-store';
import { createTeachStore } from '../../../renderer/teach/teach-store';
import { template } from '../../support/templates';

// Every parse of a text goes through yaml's parseAllDocuments: counted here, by text.
const parses = vi.hoisted(() => new Map<string, number>());
vi.mock('yaml', async (original) => {
  const yaml = await original<typeof Yaml>();
  return {
    ...yaml,
    parseAllDocuments: (text: string, ...rest: unknown[]) => {
      parses.set(text, (parses.get(text) ?? 0) + 1);
      return (yaml.parseAllDocuments as (...args: unknown[]) => unknown)(text, ...rest);
    },
  };
});

const anatomy = template('pod-anatomy.yaml');

describe('a canvas edit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads the container it adds into the last parse, for the edit, the canvas and the problems', () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    parses.clear();
    expect(store.getState().edit({ type: 'addContainer', role: 'sidecar' })).toBe(true);
    vi.advanceTimersByTime(100);
    const after = store.getState().text;
    expect(goodModelOf(store.getState())?.view.containers.length).toBe(4);
    expect(store.getState().checkedText).toBe(after);
    // The text before was read when it was shown: the edit reuses that parse, and reads the
    // container it adds into it. Nothing is parsed in full.
    expect(Object.fromEntries(parses)).toEqual({});
  });

  it('changes the state the views select from once: the new text with its reading', () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    // A notice from a refused edit before: the edit that succeeds clears it in the same change.
    expect(store.getState().edit({ type: 'removeVolume', name: 'no-such-volume' })).toBe(false);
    expect(store.getState().notice).not.toBeNull();
    let changes = 0;
    const stop = store.subscribe(() => changes++);
    expect(store.getState().edit({ type: 'addContainer', role: 'sidecar' })).toBe(true);
    stop();
    expect(store.getState().notice).toBeNull();
    expect(goodModelOf(store.getState())?.view.containers.length).toBe(4);
    // Each change runs every view's selector: a large Pod's canvas has some 650 of them.
    expect(changes).toBe(1);
    expect(store.getState().shownText).toBe(store.getState().text);
  });

  it('parses each text at most once over several edits, a rename in many places among them', () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    parses.clear();
    const edits = [
      { type: 'addVolume', name: 'cache' },
      { type: 'renameVolume', name: 'app-logs', newName: 'logs' },
      { type: 'addMount', container: 'api-server', volume: 'cache', mountPath: '/cache' },
    ] as const;
    const texts: string[] = [];
    for (const edit of edits) {
      expect(store.getState().edit(edit)).toBe(true);
      vi.advanceTimersByTime(100);
      texts.push(store.getState().text);
    }
    // The added volume and mount are read into the last parse; the rename's text is parsed once.
    expect(texts.map((text) => parses.get(text) ?? 0)).toEqual([0, 1, 0]);
    expect([...parses.values()].every((count) => count === 1)).toBe(true);
  });

  it('places a dropped container in the same change, each text parsed at most once', () => {
    const start = `${anatomy}# dropped on\n`;
    const store = createPodStore({ text: start, fileName: 'pod.yaml' });
    parses.clear();
    const placed = store
      .getState()
      .editAll([{ type: 'addContainer', role: 'sidecar' }], 'canvas', (after, before) => {
        const names = new Set(before.view?.containers.map((c) => c.name));
        const added = after.view?.containers.find((c) => !names.has(c.name));
        return added ? [{ type: 'moveContainer', name: added.name, role: 'init', index: 0 }] : [];
      });
    expect(placed).toBe(true);
    vi.advanceTimersByTime(100);
    const first = goodModelOf(store.getState())?.view.containers[0];
    expect(first).toMatchObject({ role: 'init', name: 'sidecar-1', index: 0 });
    // The text with the container added is read into the last parse; then the move's two steps,
    // out of the app lane (the text as it started) and into the init lane, are parsed once each.
    // Placing it and reading it parse nothing more.
    const text = store.getState().text;
    expect([...parses.keys()]).toEqual([start, text]);
    expect([...parses.values()]).toEqual([1, 1]);
    store.getState().undo();
    expect(store.getState().text).toBe(start);
  });
});

describe('the teaching store beside the Pod', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  // Long enough to be read once the key's echo is painted, not in the key's own task.
  const long = `${'# a note on the Pod, kept as written\n'.repeat(200)}${anatomy}`;

  it.each([
    ['no scenario target', null],
    ['a scenario target', 'log-shipper'],
  ])('reads no text the Pod store has not read, with %s', (_, target) => {
    const pod = createPodStore({ text: long, fileName: 'long.yaml' });
    const teach = createTeachStore(pod);
    // As TeachStoreProvider has it follow the Pod.
    pod.subscribe(() => teach.getState().refresh());
    teach.getState().setScenario('app-crash', target);
    // A text of its own in each case: one read before is not read again.
    const typed = long.replace(
      'image: my-api:v2',
      `image: my-api:v2\n      imagePullPolicy: ${target ? 'Always' : 'Never'}`,
    );
    parses.clear();
    pod.getState().setText(typed, 'yaml');
    // Read after the echo's paint (a 1 MB file opened, in the worker): the teaching store,
    // which follows every change, must not read it on the page first.
    expect(parses.get(typed) ?? 0).toBe(0);
    vi.advanceTimersByTime(100);
    expect(pod.getState().shownText).toBe(typed);
  });
});
