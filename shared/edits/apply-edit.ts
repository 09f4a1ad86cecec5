import type { Document } from 'yaml';
import type { LoadedText } from '../manifest/load';
import { firstShown, locatePod } from '../manifest/locate';
import { whyNoPod } from '../manifest/parse';
import type { ManifestOptions } from '../manifest/types';
import { moveContainer, reorderInitContainer, setMainContainer } from './container-roles';
import { addContainer, duplicateContainer, removeContainer, renameContainer } from './containers';
import { addPort, removeEnv, removePort, setEnv } from './env-ports';
import { renameKey, setField, setFieldText } from './fields';
import { addMount, removeMount } from './mounts';
import { PodContext } from './pod-context';
import { EditError, TextEditor } from './text-editor';
import type { Splice } from './editor-core';
import type { EditResult, PodEdit } from './types';
import { addVolume, removeVolume, renameVolume, setVolumeSource } from './volumes';
import { addNeededObject, addService, renameNeededObject, setServiceTargetPort } from './documents';

/**
 * The document an edit applies to, unless one is chosen: the one shown, the first that holds a
 * Pod (see firstShown).
 */
function firstPod(_docs: Document.Parsed[], loaded: LoadedText): number {
  const index = firstShown(loaded);
  if (index < 0) throw new EditError('This file holds no Pod to edit.');
  return index;
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
    case 'setField':
      return setField(pod, edit);
    case 'setFieldText':
      return setFieldText(pod, edit);
    case 'renameKey':
      return renameKey(pod, edit);
    case 'renameContainer':
      return renameContainer(pod, edit);
    case 'renameVolume':
      return renameVolume(pod, edit);
    case 'duplicateContainer':
      return duplicateContainer(pod, edit);
    case 'moveContainer':
      return moveContainer(pod, edit);
    case 'reorderInitContainer':
      return reorderInitContainer(pod, edit);
    case 'setMainContainer':
      return setMainContainer(pod, edit);
    case 'setVolumeSource':
      return setVolumeSource(pod, edit);
    case 'setEnv':
      return setEnv(pod, edit);
    case 'removeEnv':
      return removeEnv(pod, edit);
    case 'addPort':
      return addPort(pod, edit);
    case 'removePort':
      return removePort(pod, edit);
    case 'addNeededObject':
      return addNeededObject(pod, edit);
    case 'renameNeededObject':
      return renameNeededObject(pod, edit);
    case 'addService':
      return addService(pod, edit);
    case 'setServiceTargetPort':
      return setServiceTargetPort(pod, edit);
    default: {
      const unknown: { type?: unknown } = edit;
      throw new EditError(`Unknown edit "${String(unknown.type)}".`);
    }
  }
}

const ROLE_WORDS = {
  app: 'the main container',
  sidecar: 'a sidecar',
  init: 'an init container',
  'native-sidecar': 'a native sidecar',
} as const;

/** Why an edit that applied left the text as it was: it asked for what is already there. */
function unchanged(pod: PodContext, edit: PodEdit): string {
  switch (edit.type) {
    case 'renameContainer':
    case 'renameVolume':
    case 'renameNeededObject':
      return `It is already named "${edit.newName}".`;
    case 'setMainContainer':
      return `"${edit.name}" is already the main container.`;
    case 'reorderInitContainer':
      return `"${edit.name}" is already at position ${edit.index + 1} of the init containers.`;
    case 'moveContainer': {
      const apps = pod.containers().filter((c) => c.list === 'containers');
      if (edit.role === 'sidecar' && apps.length === 1 && apps[0]!.name === edit.name) {
        return `"${edit.name}" is the Pod's only app container, so it is the main container; add another app container to make this one a sidecar.`;
      }
      return `"${edit.name}" is already ${ROLE_WORDS[edit.role]}${edit.index === undefined ? '' : ' at that place'}.`;
    }
    case 'setField':
      return edit.value === undefined
        ? `There is no ${edit.path.join('.')} to remove.`
        : `${edit.path.join('.')} already has this value.`;
    case 'setFieldText':
      return edit.text.trim() === ''
        ? `There is no ${edit.path.join('.')} to remove.`
        : `${edit.path.join('.')} is already written this way.`;
    case 'renameKey':
      return `${edit.path.join('.')} is already named ${edit.newKey}.`;
    case 'setEnv':
      return `${edit.name} already has this value.`;
    case 'setVolumeSource':
      return `The volume "${edit.name}" already has this source.`;
    default:
      return 'This change leaves the manifest as it was.';
  }
}

/** An edit's outcome with the splices that made it, for views that apply them as they are. */
export type TrackedResult =
  { ok: true; text: string; splices: Splice[] } | { ok: false; error: string };

/**
 * One edit. An edit that leaves the text as it was is refused with the reason, unless it is one
 * step of several (a palette item adds a volume, then sets the source it already has): then
 * only the change as a whole must change something.
 */
function applyOne(
  text: string,
  edit: PodEdit,
  options: ManifestOptions,
  step = false,
): TrackedResult {
  try {
    const editor = new TextEditor(text, options.document ?? firstPod);
    const index = editor.docIndex;
    if (!locatePod(editor.doc)) {
      const many = options.document !== undefined && options.document > 0;
      throw new EditError(
        `${whyNoPod(editor.doc, index, true).replace(/^Document \d+/, many ? `Document ${index + 1}` : 'This document')} It cannot be edited on the canvas.`,
      );
    }
    const pod = new PodContext(editor);
    run(pod, edit);
    editor.verify();
    if (editor.text === text && !step) throw new EditError(unchanged(pod, edit));
    return { ok: true, text: editor.text, splices: editor.splices };
  } catch (error) {
    if (error instanceof EditError) return { ok: false, error: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The edit failed unexpectedly: ${message}` };
  }
}

/**
 * Applies several edits as one change (one undo step): all of them, or none when one fails, in
 * which case the error is that edit's. The splices come in the order they were made.
 */
export function applyEditsTracked(
  text: string,
  edits: readonly PodEdit[],
  options: ManifestOptions = {},
  /** The edits continue a change already made: each may leave the text as it was. */
  continuing = false,
): TrackedResult {
  if (edits.length === 1 && !continuing) return applyOne(text, edits[0]!, options);
  let current = text;
  const splices: Splice[] = [];
  for (const edit of edits) {
    const result = applyOne(current, edit, options, true);
    // The reason alone: the user made one gesture, whatever the number of edits it takes.
    if (!result.ok) return result;
    current = result.text;
    splices.push(...result.splices);
  }
  if (current === text && !continuing) {
    return { ok: false, error: 'These changes leave the manifest as it was.' };
  }
  return { ok: true, text: current, splices };
}

/**
 * Applies one edit to the manifest text, changing only the characters of the nodes it touches.
 * Returns the new text, or an error the user can read; never throws.
 */
export function applyEdit(text: string, edit: PodEdit, options: ManifestOptions = {}): EditResult {
  return withoutSplices(applyOne(text, edit, options));
}

/** `applyEditsTracked` without the splices. */
export function applyEdits(
  text: string,
  edits: readonly PodEdit[],
  options: ManifestOptions = {},
): EditResult {
  return withoutSplices(applyEditsTracked(text, edits, options));
}

function withoutSplices(result: TrackedResult): EditResult {
  return result.ok ? { ok: true, text: result.text } : result;
}
