import type { OpenedFile } from '../../shared/host';
import type { DraftStore, EarlierDraft } from '../files/drafts';
import type { PathGrants } from '../files/path-grants';
import { readManifestFile } from '../files/read-manifest';
import type { Dialogs } from './dialogs';
import type { DocumentSession } from './document-session';
import type { OpenFile } from './open-file';

export interface RecoveryContext {
  dialogs: Dialogs;
  drafts: DraftStore;
  grants: PathGrants;
  session: DocumentSession;
  file: OpenFile;
  deliver: (file: OpenedFile) => void;
}

/**
 * Offers the drafts earlier runs left behind, newest first. Recover opens one; Discard forgets it
 * and offers the next; "Ask me later" (Escape) keeps them all for the next start. A draft is
 * removed only once the user has answered for it.
 */
export async function offerDrafts(
  context: RecoveryContext,
  drafts: readonly EarlierDraft[],
): Promise<void> {
  for (const { draft, id } of drafts) {
    const choice = await context.dialogs.askToRecover(draft.name, draft.savedAt);
    if (choice === 'later') return;
    if (choice === 'discard') {
      await context.drafts.forget(id);
      continue;
    }
    // The draft file is written only by this process, so its path was the user's choice.
    if (draft.path !== null) {
      context.grants.grant(draft.path);
      await context.file.trackCurrent(draft.path);
    } else {
      context.file.track(null, null);
    }
    const file: OpenedFile = {
      path: draft.path,
      name: draft.name,
      text: draft.text,
      recovered: true,
    };
    // It is the current draft from now on; the earlier copy goes only once that is written.
    await context.session.replaced(file);
    await context.drafts.forget(id);
    context.deliver(file);
    return;
  }
}

/**
 * The open file as it is on disk now, for a page that was reloaded with nothing unsaved; null
 * when there is none, or it is gone or no longer a manifest (the page then starts empty, and
 * the file is no longer followed).
 */
export async function reopenFile(context: RecoveryContext): Promise<OpenedFile | null> {
  const open = context.file.path;
  if (open === null) return null;
  try {
    const { file, identity } = await readManifestFile(open);
    context.file.track(open, identity, file.text);
    await context.session.replaced(file);
    return file;
  } catch {
    context.file.track(null, null);
    return null;
  }
}
