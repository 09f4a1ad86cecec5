import type { CheckedReading, ProblemSettings, ShownReading } from '../../shared';
import { patch } from './reading-delta';
import { joinPiece } from './reading-pieces';
import type { Crossing, ReadRequest, ReadResponse, SentText } from './reading-protocol';
import type { TextPatch } from './text-patch';

/** Where a reading goes once the worker has made it. */
export interface ReadingSink {
  shown(id: number, reading: ShownReading, settings: ProblemSettings): void;
  checked(reading: CheckedReading, settings: ProblemSettings): void;
  /** The worker failed: the texts it was given are to be read on this thread. */
  failed(): void;
}

/** A typed change: the text it was typed in, and the patches that made the new one from it. */
export interface TypedChange {
  from: string;
  patches: readonly TextPatch[];
}

/** Reads texts in a Web Worker; ids grow with each request. False: read it on this thread. */
export interface Reader {
  /** `change`, when given, is how `text` came to be: it crosses as that, if it can. */
  read(
    id: number,
    text: string,
    chosen: number | null,
    settings: ProblemSettings,
    change?: TypedChange,
  ): boolean;
  /** Checks a text whose reading the page has painted (see ReadRequest.checkOnly). */
  check(id: number, text: string, chosen: number | null, settings: ProblemSettings): boolean;
}

/**
 * A reader in a Web Worker, or null where there is none to start: jsdom (the component tests)
 * and Node have no `Worker`, and there the store reads on its own thread, after the echo's paint.
 */
export function startReader(sink: ReadingSink): Reader | null {
  if (typeof Worker !== 'function') return null;
  /** What was asked of the worker, by id; `base`, the reading a read request named. */
  type Asked = Map<number, { text: string; settings: ProblemSettings; base?: number }>;
  const asked: Asked = new Map();
  /** Texts sent to be checked only: answered in their own order (see reading.worker.ts). */
  const checks: Asked = new Map();
  let worker: Worker | null = null;
  let broken = false;
  /** The text of the last request sent, which the worker keeps (see SentText). */
  let sent: { id: number; text: string } | null = null;

  /**
   * The readings the worker sent whole or as a delta, shown or not, by id: the newest, which each
   * read request names for its answer to be sent against, and those named by requests still to
   * be answered. A delta is always from one of them: a message lost on the way, or a reading
   * dropped here, leaves the next answers as readable as ever. Not a reading whose maps came in
   * pieces (joined into a copy of its own), as on the worker's side.
   */
  const held = new Map<number, Crossing<ShownReading>>();
  let newest: number | undefined;

  /** Lets go of the readings no request names any more, but the newest. */
  const letGo = () => {
    const named = new Set([newest]);
    for (const { base } of asked.values()) named.add(base);
    for (const id of held.keys()) if (!named.has(id)) held.delete(id);
  };

  /** A reading whose large maps are still coming in pieces, and how many are to come. */
  let joining: { id: number; shown: Crossing<ShownReading>; left: number } | null = null;

  const show = (id: number, shown: Crossing<ShownReading>) => {
    const request = asked.get(id);
    if (!request) return;
    asked.delete(id);
    // The text as this thread sent it: the Pod documents are found by their text, and the same
    // string compares at once where an equal copy is read through.
    sink.shown(id, { ...shown, text: request.text }, request.settings);
  };

  /** A reading sent as a delta, brought up from the one it names; null if that one is not held. */
  const whole = (data: ReadResponse): Exclude<ReadResponse, { base: number }> | null => {
    if (data.base === undefined) return data;
    const base = held.get(data.base);
    if (!base) return null;
    const shown = data.delta ? (patch(base, data.delta) as Crossing<ShownReading>) : base;
    return { id: data.id, shown };
  };

  const receive = (event: MessageEvent<ReadResponse>) => {
    const data = whole(event.data);
    // Sent against a reading no request named: the worker is out of step with this thread.
    if (!data) return fail();
    if (data.shown && !data.pieces) {
      held.set(data.id, data.shown);
      newest = data.id;
    }
    if (data.piece) {
      if (joining?.id !== data.id || !joining.shown.documents) return;
      joinPiece(joining.shown.documents, data.piece);
      if (--joining.left > 0) return;
      const { id, shown } = joining;
      joining = null;
      show(id, shown);
      return;
    }
    if (data.checked) {
      const checking = checks.get(data.id);
      if (!checking) return;
      // The worker checks only the newest text sent to be checked: no answer for older ones.
      for (const older of checks.keys()) if (older <= data.id) checks.delete(older);
      sink.checked({ ...data.checked, text: checking.text }, checking.settings);
      return;
    }
    if (!asked.has(data.id)) return;
    // Older requests' answers will not come: the worker reads only the newest text waiting.
    for (const older of asked.keys()) if (older < data.id) asked.delete(older);
    // Shown once its pieces are in, each read in a task of its own (see PIECE_KEYS).
    if (data.pieces) joining = { id: data.id, shown: data.shown, left: data.pieces };
    else show(data.id, data.shown);
  };

  const fail = (event?: Event) => {
    event?.preventDefault();
    broken = true;
    asked.clear();
    checks.clear();
    worker?.terminate();
    sink.failed();
  };

  // Started at the first long text, not with the page: most Pods never need it.
  const start = (): Worker | null => {
    // A worker that failed is not used again: the texts are read on this thread from then on.
    if (broken) return null;
    if (worker) return worker;
    try {
      worker = new Worker(new URL('./reading.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<ReadResponse>) => {
      receive(event);
      letGo();
    };
    worker.onerror = fail;
    // An answer that cannot be read here would leave its text unread, saying "Reading…".
    worker.onmessageerror = fail;
    return worker;
  };

  const send = (
    to: Asked,
    id: number,
    text: string,
    chosen: number | null,
    settings: ProblemSettings,
    checkOnly: boolean,
    change?: TypedChange,
  ): boolean => {
    const running = start();
    if (!running) return false;
    // The same string (the store's own) compares at once, and so do two of different lengths.
    let crossing: SentText = text;
    const { length } = text;
    if (sent?.text === text) crossing = { of: sent.id, patches: [], length };
    else if (change && sent?.text === change.from)
      crossing = { of: sent.id, patches: change.patches, length };
    sent = { id, text };
    const base = checkOnly ? undefined : newest;
    to.set(id, { text, settings, base });
    const { kubernetesVersion, disabledRules, podSecurityLevel } = settings;
    const request: ReadRequest = {
      id,
      text: crossing,
      chosen,
      settings: { kubernetesVersion, disabledRules, podSecurityLevel },
      ...(base !== undefined && { base }),
      ...(checkOnly && { checkOnly: true }),
    };
    running.postMessage(request);
    return true;
  };

  return {
    read: (id, text, chosen, settings, change) =>
      send(asked, id, text, chosen, settings, false, change),
    check: (id, text, chosen, settings) => send(checks, id, text, chosen, settings, true),
  };
}
