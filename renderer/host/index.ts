import type { Host } from '../../shared/host';
import { createBrowserHost } from './browser-host';
import { BUNDLED_TEMPLATE_INDEX, BUNDLED_TEMPLATES } from './templates';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    readonly podBuilder?: Host;
  }
}

let browserHost: Host | null = null;

/** The desktop bridge when running in Pod Builder's window, else the browser implementation. */
export function getHost(): Host {
  if (window.podBuilder) return window.podBuilder;
  browserHost ??= createBrowserHost({
    document,
    templates: BUNDLED_TEMPLATES,
    templateIndex: BUNDLED_TEMPLATE_INDEX,
  });
  return browserHost;
}

export { createBrowserHost } from './browser-host';
export type { Host } from '../../shared/host';
export { connectDocument } from './document-controller';
export type { DocumentAdapter, DocumentController, DocumentSnapshot } from './document-controller';
export { acceptFileDrops } from './file-drop';
export type { FileDropOptions } from './file-drop';
