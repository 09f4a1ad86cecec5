/// <reference lib="webworker" />
/**
 * Reads manifest texts off the main thread: parse, Pod, graph, then the checks. Only the newest
 * text waiting is read; the checks of a text are skipped when a newer one has come meanwhile.
 * A text the page has read itself (a canvas edit's) is only checked, after any text waiting.
 */
import { readChecked, readShown } from '../../shared/document/reading';
import { shownSender, withoutText } from './reading-pieces';
import type { ReadRequest, ReadResponse } from './reading-protocol';

declare const self: DedicatedWorkerGlobalScope;

let waiting: ReadRequest | null = null;
/** The newest text sent to be checked only, while it waits. */
let checking: ReadRequest | null = null;
/** The id of the newest text sent to be read, and of the newest sent to be checked only. */
let newest = 0;
let newestCheck = 0;
let scheduled = false;
const shownMessages = shownSender();

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(next, 0);
}

function post(response: ReadResponse): void {
  self.postMessage(response);
}

function check({ id, text, chosen, settings }: ReadRequest): void {
  post({ id, checked: withoutText(readChecked(text, chosen, settings)) });
}

function next(): void {
  scheduled = false;
  const request = waiting;
  waiting = null;
  if (!request) {
    const asked = checking;
    checking = null;
    if (asked) check(asked);
    return;
  }
  if (checking) schedule();
  const { id, text, chosen, settings, base } = request;
  const shown = withoutText(readShown(text, chosen, settings));
  for (const message of shownMessages(id, shown, base)) post(message);
  if (!shown.parsed.view) return;
  // A task of its own, so that a text sent meanwhile is read before this one is checked. A
  // canvas edit's text sent since is newer than this one: the page wants its checks instead.
  setTimeout(() => {
    if (newest === id && newestCheck < id) check(request);
  }, 0);
}

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  const request = event.data;
  if (request.checkOnly) {
    checking = request;
    newestCheck = request.id;
  } else {
    waiting = request;
    newest = request.id;
  }
  schedule();
};
