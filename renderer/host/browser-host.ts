/**
 * The `Host` for a plain web page: a file picker to open, a download to save or export. It lets
 * the same renderer run in any browser, which is how the e2e tests drive it.
 */
import {
  checkManifestBytes,
  checkManifestSize,
  documentTitle,
  notUtf8Message,
} from '../../shared/host';
import type { Host, HostResult, OpenedFile, SavedFile } from '../../shared/host';

const ACCEPT = '.yaml,.yml,application/yaml,application/x-yaml,text/yaml,text/x-yaml,text/plain';

function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}

/** Reads a picked or dropped file with the same checks as the desktop. */
export async function readManifestFile(file: File): Promise<HostResult<OpenedFile>> {
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

function download(doc: Document, name: string, text: string): SavedFile {
  const fileName = downloadName(name);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
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

export function createBrowserHost(doc: Document = document): Host {
  return {
    platform: 'browser',
    file: {
      async open() {
        try {
          const file = await pickFile(doc);
          return file ? await readManifestFile(file) : { ok: true, value: null };
        } catch (error) {
          return failure(error);
        }
      },
      async save(request) {
        try {
          return { ok: true, value: download(doc, request.suggestedName, request.text) };
        } catch (error) {
          return failure(error);
        }
      },
      async exportManifest(request) {
        try {
          return { ok: true, value: download(doc, request.suggestedName, request.text) };
        } catch (error) {
          return failure(error);
        }
      },
    },
    window: {
      setDocumentState(state) {
        doc.title = documentTitle(state);
      },
    },
    menu: {
      // A web page has no native menu; the renderer's own shortcuts and buttons do the work.
      onCommand: () => () => undefined,
    },
  };
}
