/**
 * The `Host` for a plain web page: a file picker to open, a download to save or export, the
 * bundled templates, a recovery draft in localStorage, and the browser's confirm() for unsaved
 * changes. It lets the same renderer run in any browser, which is how the e2e tests drive it.
 */
import { afterPaint } from '../store/after-paint';
import {
  BLANK_MANIFEST,
  checkManifestBytes,
  checkManifestSize,
  documentTitle,
  IMAGE_FORMATS,
  isTemplateId,
  MAX_IMAGE_BYTES,
  notUtf8Message,
  orderTemplates,
  UNTITLED_NAME,
} from '../../shared/host';
import type {
  DocumentState,
  DroppedFile,
  Host,
  HostResult,
  OpenedFile,
  SavedFile,
} from '../../shared/host';

const ACCEPT = '.yaml,.yml,application/yaml,application/x-yaml,text/yaml,text/x-yaml,text/plain';
export const DRAFT_KEY = 'pod-builder:draft';

export interface BrowserHostOptions {
  document?: Document;
  /** Where the recovery draft lives; null for none. */
  storage?: Storage | null;
  /** Asks a yes/no question; `window.confirm` by default. */
  confirm?: (message: string) => boolean;
  /** Template texts by id. */
  templates?: Readonly<Record<string, string>>;
  /**
   * The parsed assets/templates/index.json, which orders and names the templates; without it
   * they are listed by title.
   */
  templateIndex?: unknown;
}

function readBytes(file: DroppedFile): Promise<Uint8Array> {
  if (typeof Blob !== 'undefined' && file instanceof Blob && typeof FileReader !== 'undefined') {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
      reader.readAsArrayBuffer(file);
    });
  }
  return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
}

/** Reads a picked or dropped file with the same checks as the desktop. */
export async function readManifestFile(file: DroppedFile): Promise<HostResult<OpenedFile>> {
  const tooBig = checkManifestSize(file.name, file.size);
  if (tooBig) return { ok: false, error: tooBig };
  const bytes = await readBytes(file);
  const problem = checkManifestBytes(file.name, bytes);
  if (problem) return { ok: false, error: problem };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, value: { path: null, name: file.name, text } };
  } catch {
    return { ok: false, error: notUtf8Message(file.name) };
  }
}

/** Asks for one file with a hidden file input; resolves `null` when the user cancels. */
function pickFile(doc: Document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT;
    input.hidden = true;
    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    doc.body.append(input);
    input.click();
  });
}

/** A name that ends in .yaml or .yml, without directories. */
export function downloadName(suggested: string): string {
  const base = (suggested.split(/[/\\]/).pop() ?? '').trim();
  if (base === '') return 'pod.yaml';
  return /\.ya?ml$/i.test(base) ? base : `${base}.yaml`;
}

function download(
  doc: Document,
  fileName: string,
  content: string | Uint8Array,
  type = 'application/yaml',
): SavedFile {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { path: null, name: fileName };
}

function failure(error: unknown): { ok: false; error: string } {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

function readDraft(storage: Storage | null): OpenedFile | null {
  try {
    const value = JSON.parse(storage?.getItem(DRAFT_KEY) ?? 'null') as unknown;
    const { name, text } = (value ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || typeof text !== 'string') return null;
    return { path: null, name, text, recovered: true };
  } catch {
    return null;
  }
}

function defaultStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // Storage can be switched off; the host works without drafts then.
  }
}

export function createBrowserHost(options: BrowserHostOptions = {}): Host {
  const doc = options.document ?? document;
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const confirm = options.confirm ?? ((message: string) => globalThis.confirm(message));
  const templates = options.templates ?? {};
  let state: DocumentState = { name: UNTITLED_NAME, dirty: false };
  // Read now: the page reports its first, clean state before it subscribes to onOpened.
  let draft = readDraft(storage);
  let retitle: (() => void) | null = null;

  const saveDraft = (next: DocumentState): void => {
    try {
      if (next.dirty && next.text !== undefined) {
        storage?.setItem(DRAFT_KEY, JSON.stringify({ name: next.name, text: next.text }));
      } else if (!next.dirty) {
        storage?.removeItem(DRAFT_KEY);
      }
    } catch {
      // A full or disabled storage only costs the recovery draft.
    }
  };

  /** True when nothing unsaved would be lost, or the user agrees to lose it. */
  const confirmDiscard = (): boolean => {
    if (!state.dirty) return true;
    if (!confirm(`${state.name} has unsaved changes. Discard them?`)) return false;
    state = { ...state, dirty: false };
    saveDraft(state);
    return true;
  };

  const replaceWith = (result: HostResult<OpenedFile>): HostResult<OpenedFile | null> => {
    if (!result.ok) return result;
    if (!confirmDiscard()) return { ok: true, value: null };
    state = { name: result.value.name, dirty: false };
    return result;
  };

  doc.defaultView?.addEventListener('beforeunload', (event) => {
    if (state.dirty) event.preventDefault();
  });

  return {
    platform: 'browser',
    file: {
      async open() {
        try {
          const file = await pickFile(doc);
          return file ? replaceWith(await readManifestFile(file)) : { ok: true, value: null };
        } catch (error) {
          return failure(error);
        }
      },
      async openRecent() {
        return { ok: false, error: 'The browser version has no recent files.' };
      },
      async openDropped(file) {
        try {
          return replaceWith(await readManifestFile(file));
        } catch (error) {
          return failure(error);
        }
      },
      async newDocument({ templateId }) {
        if (templateId === null) {
          return replaceWith({
            ok: true,
            value: { path: null, name: UNTITLED_NAME, text: BLANK_MANIFEST },
          });
        }
        const text = isTemplateId(templateId) ? templates[templateId] : undefined;
        if (text === undefined)
          return { ok: false, error: `There is no template called ${templateId}.` };
        return replaceWith({ ok: true, value: { path: null, name: `${templateId}.yaml`, text } });
      },
      async save(request) {
        try {
          const name = downloadName(request.suggestedName);
          return { ok: true, value: download(doc, name, request.text) };
        } catch (error) {
          return failure(error);
        }
      },
      async exportManifest(request) {
        try {
          const name = downloadName(request.suggestedName);
          return { ok: true, value: download(doc, name, request.text) };
        } catch (error) {
          return failure(error);
        }
      },
      async exportImage({ suggestedName, format, data }) {
        if (!IMAGE_FORMATS.includes(format)) return { ok: false, error: 'Unknown image format.' };
        if (data.byteLength > MAX_IMAGE_BYTES)
          return { ok: false, error: 'The image is too large.' };
        try {
          const base = (suggestedName.split(/[/\\]/).pop() ?? '').replace(/\.(png|svg)$/i, '');
          const name = `${base.trim() || 'pod'}.${format}`;
          const type = format === 'png' ? 'image/png' : 'image/svg+xml';
          return { ok: true, value: download(doc, name, data, type) };
        } catch (error) {
          return failure(error);
        }
      },
      async recent() {
        return { ok: true, value: [] };
      },
      async clearRecent() {
        return { ok: true, value: null };
      },
      onOpened(listener) {
        const offered = draft;
        draft = null;
        if (offered) {
          if (confirm(`Recover the unsaved changes to ${offered.name} from your last visit?`)) {
            state = { name: offered.name, dirty: true, text: offered.text };
            saveDraft(state);
            listener(offered);
          } else {
            saveDraft({ name: offered.name, dirty: false });
          }
        }
        // The browser opens nothing by itself after the draft, so there is nothing to unsubscribe.
        return () => undefined;
      },
    },
    templates: {
      async list() {
        return { ok: true, value: orderTemplates(options.templateIndex, templates) };
      },
    },
    window: {
      setDocumentState(next) {
        state = next;
        saveDraft(next);
        // The title follows once the frame is painted: setting it costs Chromium a few
        // milliseconds of the frame of the key that made the document dirty.
        retitle ??= afterPaint(() => {
          retitle = null;
          doc.title = documentTitle(state);
        });
      },
    },
    menu: {
      // A web page has no native menu; the renderer's own shortcuts and buttons do the work.
      onCommand: () => () => undefined,
    },
  };
}
