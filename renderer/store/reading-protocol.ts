import type { CheckedReading, ProblemSettings, ShownReading } from '../../shared';
import type { MapPiece } from './reading-pieces';

/** A text for the reading worker to read, with the settings its problems depend on. */
export interface ReadRequest {
  id: number;
  text: string;
  chosen: number | null;
  settings: ProblemSettings;
}

/**
 * The worker's answer: first what the views show, with the number of pieces of its large maps
 * that follow (see reading-pieces.ts), then those pieces, then (for a Pod) its checks.
 */
export type ReadResponse =
  | { id: number; shown: ShownReading; pieces?: number; checked?: undefined; piece?: undefined }
  | { id: number; piece: MapPiece; shown?: undefined; pieces?: undefined; checked?: undefined }
  | {
      id: number;
      checked: CheckedReading;
      shown?: undefined;
      pieces?: undefined;
      piece?: undefined;
    };
