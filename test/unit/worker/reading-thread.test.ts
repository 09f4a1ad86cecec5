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
const send = (id: number, text: string, checkOnly = false) =>
  scope.onmessage!({
    data: { id, text, chosen: null, settings, ...(checkOnly && { checkOnly: true }) },
  } as { data: ReadRequest });
/**
 * Runs the worker until it is idle; what it posted, as [id, what] pairs (a reading after the
 * first crosses as what changed since the one before).
 */
function answers(): [number, 'shown' | 'checked'][] {
  posted.length = 0;
  vi.runAllTimers();
  return posted.map((m) => [m.id, m.checked ? 'checked' : 'shown']);
}

describe('the reading worker', () => {
  it("checks a canvas edit's text after the text waiting, and not that older text", () => {
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
      [4, 'checked'],
    ]);
  });

  it('checks only the newest of two edits sent to be checked', () => {
    send(5, renamed('first'), true);
    send(6, renamed('second'), true);
    expect(answers()).toEqual([[6, 'checked']]);
  });
});
