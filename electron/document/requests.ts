import type { ImageFormat } from '../../shared/host';

/** What the page asks to save or export, once its IPC arguments are checked. */
export interface SaveRequest {
  path: string | null;
  suggestedName: string;
  text: string;
}

export interface ExportRequest {
  suggestedName: string;
  text: string;
}

export interface ImageExportRequest {
  suggestedName: string;
  format: ImageFormat;
  data: Uint8Array;
}
