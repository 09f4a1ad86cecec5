import { IMAGE_FORMATS, isTemplateId, MAX_IMAGE_BYTES } from '../../shared/host';
import type { ImageFormat } from '../../shared/host';
import type {
  OpenedFile,
  OpenResult,
  RecentFile,
  SavedDocument,
  SavedFile,
  TemplateInfo,
} from '../../shared/host';
import type { Documents } from '../document/documents';
import type { ExportRequest, ImageExportRequest, SaveRequest } from '../document/requests';
import { Channels } from './channels';
import { handleIpc, handleIpcResult, resultOf } from './handle-ipc';
import {
  expectArgumentCount,
  expectBytes,
  expectManifestText,
  expectName,
  expectPath,
  expectRecord,
  noArguments,
  validator,
  ValidationError,
} from './validate';

export const validateSaveRequest = validator<SaveRequest>((args) => {
  expectArgumentCount(args, 1);
  const request = expectRecord(args[0], 'The save request');
  return {
    path: request.path === null ? null : expectPath(request.path, 'path'),
    suggestedName: expectName(request.suggestedName, 'suggestedName'),
    text: expectManifestText(request.text, 'text'),
  };
});

export const validateExportRequest = validator<ExportRequest>((args) => {
  expectArgumentCount(args, 1);
  const request = expectRecord(args[0], 'The export request');
  return {
    suggestedName: expectName(request.suggestedName, 'suggestedName'),
    text: expectManifestText(request.text, 'text'),
  };
});

export const validateImageExportRequest = validator<ImageExportRequest>((args) => {
  expectArgumentCount(args, 1);
  const request = expectRecord(args[0], 'The image export request');
  if (!(IMAGE_FORMATS as readonly unknown[]).includes(request.format)) {
    throw new ValidationError('format must be png or svg.');
  }
  return {
    suggestedName: expectName(request.suggestedName, 'suggestedName'),
    format: request.format as ImageFormat,
    data: expectBytes(request.data, 'data', MAX_IMAGE_BYTES),
  };
});

export const validatePathArgument = validator<string>((args) => {
  expectArgumentCount(args, 1);
  return expectPath(args[0], 'path');
});

export const validateNewRequest = validator<string | null>((args) => {
  expectArgumentCount(args, 1);
  const { templateId } = expectRecord(args[0], 'The new-document request');
  if (templateId === null) return null;
  if (!isTemplateId(templateId)) throw new ValidationError('templateId is not a template name.');
  return templateId;
});

/** Registers every `file:*` and `templates:*` channel on top of the document service. */
export function registerFileHandlers(documents: Documents): void {
  // A Save chosen in Open's unsaved-changes question stands whatever Open then does (a cancelled
  // dialog, an unreadable file): the result says so, so that the page shows the document saved.
  handleIpcResult(Channels.fileOpen, noArguments, async (): Promise<OpenResult> => {
    let saved: SavedDocument | undefined;
    const result = await resultOf(Channels.fileOpen, () =>
      documents.open((file) => (saved = file)),
    );
    return saved ? { ...result, saved } : result;
  });
  handleIpc(Channels.fileOpenRecent, validatePathArgument, (filePath): Promise<OpenedFile | null> =>
    documents.openRecent(filePath),
  );
  // The path of a dropped file comes from the page (the preload's webUtils.getPathForFile), so
  // openDropped checks it as untrusted: local, and a .yaml or .yml regular file once links are
  // followed.
  handleIpc(
    Channels.fileOpenDropped,
    validatePathArgument,
    (filePath): Promise<OpenedFile | null> => documents.openDropped(filePath),
  );
  handleIpc(Channels.fileNew, validateNewRequest, (templateId): Promise<OpenedFile | null> =>
    documents.newDocument(templateId),
  );
  handleIpc(Channels.fileSave, validateSaveRequest, (request): Promise<SavedFile | null> =>
    documents.save(request),
  );
  handleIpc(
    Channels.fileExportManifest,
    validateExportRequest,
    (request): Promise<SavedFile | null> => documents.exportManifest(request),
  );
  handleIpc(
    Channels.fileExportImage,
    validateImageExportRequest,
    (request): Promise<SavedFile | null> => documents.exportImage(request),
  );
  handleIpc(Channels.fileListRecent, noArguments, (): Promise<RecentFile[]> =>
    documents.recentFiles(),
  );
  handleIpc(Channels.fileClearRecent, noArguments, async (): Promise<null> => {
    await documents.clearRecent();
    return null;
  });
  handleIpc(Channels.templatesList, noArguments, (): Promise<TemplateInfo[]> =>
    documents.templates(),
  );
}
