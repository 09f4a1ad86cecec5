/// <reference lib="webworker" />
/**
 * Reads manifest texts off the main thread: parse, Pod, graph, then the checks. Only the newest
 * text waiting is read; the checks of a text are skipped when a newer one has come meanwhile.
 */
import { readChecked, readShown } from '../../shared/document/reading';
import { shownMessages, withoutText } from './reading-pieces';
import type { ReadRequest, ReadResponse } from './reading-protocol';

declare const self: DedicatedWorkerGlobalScope;

let waiting: ReadRequest | null = null;
let newest = 0;
let scheduled = false;

function post(response: ReadResponse): void {
  self.postMessage(response);
}

function next(): void {
  scheduled = false;
  const request = waiting;
  waiting = null;
  if (!request) return;
  const { id, text, chosen, settings } = request;
  const shown = withoutText(readShown(text, chosen, settings));
  for (const message of shownMessages(id, shown)) post(message);
  if (!shown.parsed.view) return;
  // A task of its own, so that a text sent meanwhile is read before this one is checked.
  setTimeout(() => {
    if (newest === id) post({ id, checked: withoutText(readChecked(text, chosen, settings)) });
  }, 0);
}

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  waiting = event.data;
  newest = event.data.id;
  if (!scheduled) {
    scheduled = true;
    setTimeout(next, 0);
  }
};
