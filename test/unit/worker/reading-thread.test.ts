import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReadRequest, ReadResponse } from '../../../renderer/store/reading-protocol';
import { template } from '../../support/templates';

/** The reading worker's own script, run here with a stand-in for its global scope. */
const posted: ReadResponse[] = [];
const scope: { onmessage: ((event: { data: ReadRequest }) => void) | null } & {
  postMessage(message: ReadResponse): void;
} = { onmessage: null, postMessage: (message) => posted.push(message) };

beforeAll(async () => {
  vi.useFakeTimers();
  Object.assign(globalThis, { self: scope });
  await import('../../../renderer/store/reading.worker');
});
afterAll(() => {
  vi.useRealTimers();
  delete (globalThis as { self?: unknown }).self;
});

const settings = { kubernetesVersion: '1.34', disabledRules: [], podSecurityLevel: 'baseline' };
const lesson = template('pod-anatomy.yaml');
const renamed = (name: string) => lesson.replace('name: api-server', `name: ${name}`);
const send = (id: number, text: string, checkOnly = false, base?: number) =>
  scope.onmessage!({
    data: {
      id,
      text,
      chosen: null,
      settings,
      ...(base !== undefined && { base }),
      ...(checkOnly && { checkOnly: true }),
    },
  } as { data: ReadRequest });
/**
 * Runs the worker until it is idle; what it posted, as [id, what] pairs (a reading crosses
 * whole, or as what changed since the one its request names).
 */
function answers(): [number, 'shown' | 'checked'][] {
  posted.length = 0;
  vi.runAllTimers();
  return posted.map((m) => [m.id, m.checked ? 'checked' : 'shown']);
}

describe('the reading worker', () => {
  it("checks a canvas edit's text after reading the text waiting", () => {
    send(1, renamed('typed'));
    send(2, renamed('edited'), true);
    expect(answers()).toEqual([
      [1, 'shown'],
      [2, 'checked'],
    ]);
  });

  it("checks a canvas edit's text even when a newer text holding a Pod is read first", () => {
    send(3, renamed('edited'), true);
    send(4, renamed('typed'));
    expect(answers()).toEqual([
      [4, 'shown'],
      [3, 'checked'],
    ]);
  });

  it('reads a text without checking it: the page asks for its checks once it has painted it', () => {
    send(17, renamed('typed'));
    expect(answers()).toEqual([[17, 'shown']]);
    send(18, renamed('typed'), true);
    expect(answers()).toEqual([[18, 'checked']]);
  });

  it('checks only the newest of two edits sent to be checked', () => {
    send(5, renamed('first'), true);
    send(6, renamed('second'), true);
    expect(answers()).toEqual([[6, 'checked']]);
  });

  it('sends a reading as what changed since the one its request names, else whole', () => {
    /** The reading the worker posts for a request: whole, or the id of the one it is sent against. */
    const reading = (id: number, text: string, base?: number) => {
      send(id, text, false, base);
      answers();
      const shown = posted.find((m) => !m.checked)!;
      return shown.shown ? 'whole' : shown.base;
    };
    // The request names none: the page holds no reading yet.
    expect(reading(7, renamed('a'))).toBe('whole');
    expect(reading(8, renamed('ab'), 7)).toBe(7);
    // The reading of 8 lost on the way: the page still holds 7, and says so.
    expect(reading(9, renamed('abc'), 7)).toBe(7);
    expect(reading(10, renamed('abcd'), 9)).toBe(9);
    // A reading older than one named since is no longer held.
    expect(reading(11, renamed('abcde'), 7)).toBe('whole');
    // Every reading after 11 lost: the page stays on it until the worker lets it go.
    const after = [12, 13, 14, 15, 16].map((id) => reading(id, renamed(`x${id}`), 11));
    expect(after).toEqual([11, 11, 11, 11, 'whole']);
  });

  it('reads a text sent as patches of the one sent before it', () => {
    const web = renamed('web');
    send(30, web);
    const at = web.indexOf('name: web') + 'name: web'.length;
    const patched = (id: number, of: number, insert: string, length: number) =>
      scope.onmessage!({
        data: {
          id,
          text: { of, patches: [{ from: at, to: at, insert }], length },
          chosen: null,
          settings,
        },
      } as { data: ReadRequest });
    patched(31, 30, '-2', web.length + 2);
    answers();
    const reading = posted.find((m) => m.id === 31);
    expect(JSON.stringify(reading)).toContain('web-2');
    // Patches of a text the worker does not hold, or that make a text of another length than
    // the page's, cannot be read: the page is told (the worker stops, and the page reads its
    // texts itself).
    expect(() => patched(33, 30, '-3', web.length + 4)).toThrow(/not here/);
    expect(() => patched(34, 31, '3', web.length + 2)).toThrow(/characters, not/);
  });
});
