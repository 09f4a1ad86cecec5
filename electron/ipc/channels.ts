/**
 * The IPC channel names, `domain:action`, shared by the preload and the main process. Each one is
 * a single, named operation; there is no generic channel.
 */
export const Channels = {
  fileOpen: 'file:open',
  fileSave: 'file:save',
  fileExportManifest: 'file:export-manifest',
  windowSetDocumentState: 'window:set-document-state',
  menuCommand: 'menu:command',
} as const;

export type Channel = (typeof Channels)[keyof typeof Channels];
