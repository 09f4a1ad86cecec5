/// <reference lib="webworker" />
/**
 * Reads manifest texts off the main thread: parse, Pod, graph. Only the newest text waiting is
 * read. The checks of a text are made when the page asks for them (`checkOnly`), once it has
 * painted what the reading shows (made at once, they took a core from that frame), and after
 * any text waiting to be read.
 */
import { readChecked, readShown } from '../../shared/document/reading';
import { shownSender, withoutText } from './reading-pieces';
import {
  textsKept,
  type ReadRequest,
  type ReadResponse,
  type WholeRequest,
} from './reading-protocol';

declare const self: DedicatedWorkerGlobalScope;

let waiting: WholeRequest | null = null;
/** The newest text sent to be checked only, while it waits. */
let checking: WholeRequest | null = null;
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

function check({ id, text, chosen, settings }: WholeRequest): void {
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
}

const whole = textsKept();

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  const request = whole(event.data);
  if (request.checkOnly) checking = request;
  else waiting = request;
  schedule();
};
