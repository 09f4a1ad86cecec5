/**
 * The IPC channel names, `domain:action`, shared by the preload and the main process. Each one is
 * a single, named operation; there is no generic channel.
 */
export const Channels = {
  fileOpen: 'file:open',
  fileOpenRecent: 'file:open-recent',
  fileOpenDropped: 'file:open-dropped',
  fileNew: 'file:new',
  fileSave: 'file:save',
  fileExportManifest: 'file:export-manifest',
  fileExportImage: 'file:export-image',
  fileListRecent: 'file:list-recent',
  fileClearRecent: 'file:clear-recent',
  templatesList: 'templates:list',
  windowSetDocumentState: 'window:set-document-state',
  /** Main → renderer: a menu command. */
  menuCommand: 'menu:command',
  /** Main → renderer: a document the main process opened by itself. */
  documentOpened: 'document:opened',
  /** Main → renderer: report the document's state now, text included (see `onStateWanted`). */
  documentStateWanted: 'document:state-wanted',
} as const;

export type Channel = (typeof Channels)[keyof typeof Channels];
