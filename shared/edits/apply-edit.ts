import { loadText } from '../manifest/load';
import { locatePod } from '../manifest/locate';
import type { ManifestOptions } from '../manifest/types';
import { addContainer, removeContainer } from './containers';
import { addMount, removeMount } from './mounts';
import { PodContext } from './pod-context';
import { EditError, TextEditor } from './text-editor';
import type { EditResult, PodEdit } from './types';
import { addVolume, removeVolume } from './volumes';

/** The document an edit applies to: the chosen one, else the first that holds a Pod. */
function chooseDocument(text: string, options: ManifestOptions): number {
  if (options.document !== undefined) return options.document;
  const loaded = loadText(text);
  const index = loaded.docs.findIndex((doc) => locatePod(doc) != null);
  if (index < 0 && !loaded.failed) throw new EditError('This file holds no Pod to edit.');
  return Math.max(index, 0);
}

function run(pod: PodContext, edit: PodEdit): void {
  switch (edit.type) {
    case 'addContainer':
      return addContainer(pod, edit);
    case 'removeContainer':
      return removeContainer(pod, edit);
    case 'addVolume':
      return addVolume(pod, edit);
    case 'removeVolume':
      return removeVolume(pod, edit);
    case 'addMount':
      return addMount(pod, edit);
    case 'removeMount':
      return removeMount(pod, edit);
    default: {
      const unknown: { type?: unknown } = edit;
      throw new EditError(`Unknown edit "${String(unknown.type)}".`);
    }
  }
}

/**
 * Applies one edit to the manifest text, changing only the characters of the nodes it touches.
 * Returns the new text, or an error the user can read; never throws.
 */
export function applyEdit(text: string, edit: PodEdit, options: ManifestOptions = {}): EditResult {
  try {
    const editor = new TextEditor(text, chooseDocument(text, options));
    const pod = new PodContext(editor);
    run(pod, edit);
    editor.verify();
    return { ok: true, text: editor.text };
  } catch (error) {
    if (error instanceof EditError) return { ok: false, error: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The edit failed unexpectedly: ${message}` };
  }
}
