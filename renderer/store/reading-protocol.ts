import type { CheckedReading, ProblemSettings, ShownReading } from '../../shared';
import type { Delta } from './reading-delta';
import type { MapPiece } from './reading-pieces';
import { applyPatches, type TextPatch } from './text-patch';

/**
 * A text as it crosses to the worker: whole, or as the text of the request before it (`of`,
 * which the worker keeps) with `patches` applied, making a text `length` characters long. A key
 * typed in a large Pod's text crosses as the few characters it changed: the whole 130 KB,
 * flattened and copied, took 1.2 to 1.4 ms of the task after the echo's paint.
 */
export type SentText = string | { of: number; patches: readonly TextPatch[]; length: number };

/** A text for the reading worker to read, with the settings its problems depend on. */
export interface ReadRequest {
  id: number;
  text: SentText;
  chosen: number | null;
  settings: ProblemSettings;
  /**
   * The newest reading the page holds, which the answer may be sent against (see
   * reading-delta.ts); none before the first. The page keeps it until this request is answered.
   */
  base?: number;
  /**
   * Only the checks of this text are wanted: the page has its reading (its own, of a canvas
   * edit's text, or the worker's) and has painted it. They are made after the newest text
   * waiting is read, whatever that reading holds; only a newer text sent to be checked replaces
   * them.
   */
  checkOnly?: true;
}

/** A request with its text whole, as the worker reads it. */
export type WholeRequest = ReadRequest & { text: string };

/**
 * The worker's side of SentText: each request with its text whole, brought up from the last
 * request's text when it came as patches.
 */
export function textsKept(): (request: ReadRequest) => WholeRequest {
  let last: { id: number; text: string } | null = null;
  return (request) => {
    const { id, text: sent } = request;
    // The page sends patches only of the text of the request it sent just before, and messages
    // come in order: that text is here. Were it not, the error stops the worker, and the page
    // reads its texts itself from then on (see reading-worker.ts).
    let text: string;
    if (typeof sent === 'string') text = sent;
    else if (last?.id === sent.of) text = applyPatches(last.text, sent.patches);
    else throw new Error(`Request ${id} is sent as patches of ${sent.of}, which is not here`);
    // Patches out of step with the text they apply to would make another text, silently.
    if (text.length !== (typeof sent === 'string' ? text.length : sent.length))
      throw new Error(`Request ${id} patched to ${text.length} characters, not ${sent.length}`);
    last = { id, text };
    return { ...request, text };
  };
}

/**
 * A reading as it crosses back: without its text, which the page sent and keeps (a large Pod's
 * 130 KB, copied once each way for every key otherwise).
 */
export type Crossing<Reading> = Omit<Reading, 'text'>;

/**
 * The worker's answer: to a text to read, what the views show, with the number of pieces of its
 * large maps that follow (see reading-pieces.ts), then those pieces; to a text to check, its
 * checks. What the views show comes whole, or as how it differs (`delta`, null for no
 * difference) from the reading its request named (`base`), which the page holds (see
 * reading-delta.ts).
 */
export type ReadResponse =
  | {
      id: number;
      shown: Crossing<ShownReading>;
      pieces?: number;
      delta?: undefined;
      base?: undefined;
      checked?: undefined;
      piece?: undefined;
    }
  | {
      id: number;
      delta: Delta | null;
      base: number;
      shown?: undefined;
      pieces?: undefined;
      checked?: undefined;
      piece?: undefined;
    }
  | {
      id: number;
      piece: MapPiece;
      shown?: undefined;
      delta?: undefined;
      base?: undefined;
      pieces?: undefined;
      checked?: undefined;
    }
  | {
      id: number;
      checked: Crossing<CheckedReading>;
      shown?: undefined;
      delta?: undefined;
      base?: undefined;
      pieces?: undefined;
      piece?: undefined;
    };
