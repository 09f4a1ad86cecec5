import type { CheckedReading, ProblemSettings, ShownReading } from '../../shared';

/** A text for the reading worker to read, with the settings its problems depend on. */
export interface ReadRequest {
  id: number;
  text: string;
  chosen: number | null;
  settings: ProblemSettings;
}

/** The worker's answer: first what the views show, then (for a Pod) its checks. */
export type ReadResponse =
  | { id: number; shown: ShownReading; checked?: undefined }
  | { id: number; checked: CheckedReading; shown?: undefined };
