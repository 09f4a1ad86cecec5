import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MenuCommand, OpenedFile } from '../../../shared/host';
import { Dialogs } from '../../../electron/document/dialogs';
import { DocumentSession } from '../../../electron/document/document-session';
import { Documents } from '../../../electron/document/documents';
import { DraftStore } from '../../../electron/files/drafts';
import { PathGrants } from '../../../electron/files/path-grants';
import { RecentFiles } from '../../../electron/files/recent-files';

/**
 * The real document service over a fresh temporary folder, as the app builds it: only the
 * dialogs are faked (a test file mocks `electron` with `support/electron-fake` before importing
 * this). `start()` again over the same folder is the app's next start.
 */
export interface DocumentsFixture {
  /** The temporary folder (its real path, so it compares equal to resolved links). */
  directory: string;
  userData: string;
  grants: PathGrants;
  drafts: DraftStore;
  session: DocumentSession;
  documents: Documents;
  /** Documents main handed to the renderer by itself (reloads, recovered drafts). */
  delivered: OpenedFile[];
  /** Menu commands main asked the renderer to run. */
  commands: MenuCommand[];
  /** Writes a file in the folder and returns its path. */
  file(name: string, content: string | Uint8Array): Promise<string>;
  /** Stops watching and removes the folder. */
  remove(): Promise<void>;
}

export interface FixtureOptions {
  /** Watch the open file (default true); off for a file system that reports no changes. */
  watchFiles?: boolean;
  /** Reuse this folder: a second start of the app. */
  directory?: string;
  /** The page asked to report its state (`DocumentsContext.wantState`). */
  wantState?: (request: number) => boolean;
}

export async function startDocuments(options: FixtureOptions = {}): Promise<DocumentsFixture> {
  const directory =
    options.directory ??
    (await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'pod-builder-docs-'))));
  const userData = path.join(directory, 'user-data');
  const grants = new PathGrants();
  const drafts = new DraftStore(path.join(userData, 'drafts', 'current.json'));
  const session = new DocumentSession(drafts, 10);
  const delivered: OpenedFile[] = [];
  const commands: MenuCommand[] = [];
  const documents = new Documents({
    dialogs: new Dialogs(
      () => null,
      () => directory,
    ),
    session,
    grants,
    recent: new RecentFiles(path.join(userData, 'recent-files.json')),
    drafts,
    templatesDirectory: path.join(directory, 'templates'),
    deliver: (file) => delivered.push(file),
    command: (command) => commands.push(command),
    watchFiles: options.watchFiles ?? true,
    wantState: options.wantState,
  });
  return {
    directory,
    userData,
    grants,
    drafts,
    session,
    documents,
    delivered,
    commands,
    async file(name, content) {
      const filePath = path.join(directory, name);
      await fs.writeFile(filePath, content);
      return filePath;
    },
    async remove() {
      documents.close();
      await session.flushDraft();
      await fs.chmod(directory, 0o755).catch(() => undefined);
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}
