import type { CheckedReading, ProblemSettings, ShownReading } from '../../shared';
import type { Delta } from './reading-delta';
import type { MapPiece } from './reading-pieces';

/** A text for the reading worker to read, with the settings its problems depend on. */
export interface ReadRequest {
  id: number;
  text: string;
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
