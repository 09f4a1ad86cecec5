import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronFake } from './support/electron-fake';
import type { DocumentsFixture } from './support/documents-fixture';

vi.mock('electron', async () => (await import('./support/electron-fake')).electronModule());

const { startDocuments } = await import('./support/documents-fixture');

/**
 * Another program changes the open file: the real watcher on a real folder, the real save, and
 * the native questions answered through the faked dialog.
 */
let app: DocumentsFixture;
/** Change events come from the operating system; give a busy machine time. */
const eventually = { timeout: 5000 };

interface Question {
  message: string;
  buttons: string[];
  cancelId: number;
}

function questions(): Question[] {
  return electronFake.showMessageBox.mock.calls.map((call) => call[0] as Question);
}

/** Answers the next question with the button labelled `label`. */
function answer(label: string): void {
  electronFake.showMessageBox.mockImplementationOnce((options: Question) =>
    Promise.resolve({ response: options.buttons.indexOf(label) }),
  );
}

/** Answers the next question as Escape does. */
function escape(): void {
  electronFake.showMessageBox.mockImplementationOnce((options: Question) =>
    Promise.resolve({ response: options.cancelId }),
  );
}

/** Another program saves the file the way editors do: a new file renamed over it. */
async function replaceOnDisk(filePath: string, text: string): Promise<void> {
  const temp = `${filePath}.other-program`;
  await fs.writeFile(temp, text);
  await fs.rename(temp, filePath);
}

async function openFile(text = 'kind: Pod\n'): Promise<string> {
  const filePath = await app.file('pod.yaml', text);
  await app.documents.openPath(filePath);
  return filePath;
}

function save(filePath: string | null, text: string) {
  return app.documents.save({ path: filePath, suggestedName: 'pod.yaml', text });
}

beforeEach(async () => {
  electronFake.showMessageBox.mockReset();
  electronFake.showSaveDialog.mockReset();
  app = await startDocuments();
});

afterEach(async () => {
  await app.remove();
});

describe('the open file changed by another program', () => {
  it('reloads at once when there are no unsaved changes', async () => {
    const filePath = await openFile();
    await replaceOnDisk(filePath, 'kind: Pod\nmetadata: {name: theirs}\n');
    await vi.waitFor(
      () =>
        expect(app.delivered).toEqual([
          { path: filePath, name: 'pod.yaml', text: 'kind: Pod\nmetadata: {name: theirs}\n' },
        ]),
      eventually,
    );
    expect(electronFake.showMessageBox).not.toHaveBeenCalled();

    // Written in place this time (as `echo >>` does): seen as well.
    await fs.appendFile(filePath, '# appended\n');
    await vi.waitFor(() => expect(app.delivered).toHaveLength(2), eventually);
    expect(app.delivered[1]?.text).toBe('kind: Pod\nmetadata: {name: theirs}\n# appended\n');
  });

  it('asks before reloading over unsaved changes, and keeps them when told to', async () => {
    const filePath = await openFile();
    app.documents.reportState({ name: 'pod.yaml', dirty: true, path: filePath, text: 'mine\n' });
    answer('&Keep My Changes');
    await replaceOnDisk(filePath, 'theirs\n');
    await vi.waitFor(() => expect(questions()).toHaveLength(1), eventually);
    expect(questions()[0]?.message).toBe('pod.yaml was changed by another program.');
    expect(app.delivered).toEqual([]);
    expect(app.session.state).toMatchObject({ dirty: true, text: 'mine\n' });

    // The user saw their version and kept theirs: Save does not ask about it again.
    await expect(save(filePath, 'mine\n')).resolves.toMatchObject({ path: filePath });
    expect(questions()).toHaveLength(1);
    expect(await fs.readFile(filePath, 'utf8')).toBe('mine\n');
  });

  it('reloads over unsaved changes when the user says so; Escape keeps them', async () => {
    const filePath = await openFile();
    app.documents.reportState({ name: 'pod.yaml', dirty: true, path: filePath, text: 'mine\n' });
    escape();
    await replaceOnDisk(filePath, 'theirs\n');
    await vi.waitFor(() => expect(questions()).toHaveLength(1), eventually);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(app.delivered).toEqual([]);

    answer('&Reload and Lose My Changes');
    await replaceOnDisk(filePath, 'theirs, again\n');
    await vi.waitFor(
      () =>
        expect(app.delivered).toEqual([
          { path: filePath, name: 'pod.yaml', text: 'theirs, again\n' },
        ]),
      eventually,
    );
    expect(app.session.state).toMatchObject({ dirty: false, text: null });
  });

  it('says so when the file is deleted, and offers to save it again', async () => {
    const filePath = await openFile();
    answer('&Save');
    await fs.rm(filePath);
    await vi.waitFor(() => expect(questions()).toHaveLength(1), eventually);
    expect(questions()[0]?.message).toBe('pod.yaml was deleted or moved by another program.');
    expect(app.commands).toEqual(['file:save']);
    // The renderer's Save then writes it back, without a question about the missing file.
    await expect(save(filePath, 'kind: Pod\n')).resolves.toMatchObject({ path: filePath });
    expect(await fs.readFile(filePath, 'utf8')).toBe('kind: Pod\n');
    expect(questions()).toHaveLength(1);
  });

  it('keeps the text of a deleted file: closing asks to save it, and Save puts it back', async () => {
    const filePath = await openFile('kind: Pod # only copy\n');
    answer('&Not Now');
    await fs.rm(filePath);
    await vi.waitFor(() => expect(questions()).toHaveLength(1), eventually);
    expect(app.session.state).toMatchObject({ dirty: true, text: 'kind: Pod # only copy\n' });

    answer('&Save');
    await expect(app.documents.confirmDiscard()).resolves.toBe(true);
    expect(questions()[1]?.message).toBe('Do you want to save the changes you made to pod.yaml?');
    expect(await fs.readFile(filePath, 'utf8')).toBe('kind: Pod # only copy\n');
  });

  it('says so once when the file is moved away, and offers Save As', async () => {
    const filePath = await openFile();
    answer('Save &As…');
    await fs.rename(filePath, path.join(app.directory, 'moved.yaml'));
    await vi.waitFor(() => expect(app.commands).toEqual(['file:save-as']), eventually);
    await app.documents.checkOpenFile();
    expect(questions()).toHaveLength(1);
  });

  it('notices nothing when Pod Builder itself saves', async () => {
    const filePath = await openFile();
    await save(filePath, 'kind: Pod\n# saved here\n');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await app.documents.checkOpenFile();
    expect(app.delivered).toEqual([]);
    expect(electronFake.showMessageBox).not.toHaveBeenCalled();
  });

  it('notices nothing when an export is written over the open file', async () => {
    // The export of a file of several documents is named after the file, in its folder.
    const filePath = await openFile();
    electronFake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath });
    await app.documents.exportManifest({
      suggestedName: 'pod.yaml',
      text: 'kind: Pod\n# exported here\n',
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await app.documents.checkOpenFile();
    expect(app.delivered).toEqual([]);
    expect(electronFake.showMessageBox).not.toHaveBeenCalled();
  });
});

describe('Save checks the file is still the one that was read', () => {
  // A file system that sends no change events (some network drives): only Save can notice.
  beforeEach(async () => {
    await app.remove();
    app = await startDocuments({ watchFiles: false });
  });

  it('asks before replacing a newer version, and cancelling leaves it', async () => {
    const filePath = await openFile();
    await replaceOnDisk(filePath, 'theirs\n');
    answer('&Cancel');
    await expect(save(filePath, 'mine\n')).resolves.toBeNull();
    expect(questions()[0]?.message).toBe(
      'pod.yaml was changed by another program since you opened it.',
    );
    expect(await fs.readFile(filePath, 'utf8')).toBe('theirs\n');

    answer('&Replace Their Changes');
    await expect(save(filePath, 'mine\n')).resolves.toMatchObject({ path: filePath });
    expect(await fs.readFile(filePath, 'utf8')).toBe('mine\n');
  });

  it('offers Save As instead of replacing a newer version', async () => {
    const filePath = await openFile();
    await replaceOnDisk(filePath, 'theirs\n');
    const copy = path.join(app.directory, 'mine.yaml');
    answer('Save &As…');
    electronFake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: copy });
    await expect(save(filePath, 'mine\n')).resolves.toEqual({ path: copy, name: 'mine.yaml' });
    expect(await fs.readFile(filePath, 'utf8')).toBe('theirs\n');
    expect(await fs.readFile(copy, 'utf8')).toBe('mine\n');
  });

  it('does not ask when only the time changed (touch), nor after its own save', async () => {
    const filePath = await openFile();
    const later = new Date(Date.now() + 60_000);
    await fs.utimes(filePath, later, later);
    await expect(save(filePath, 'one\n')).resolves.toMatchObject({ path: filePath });
    await expect(save(filePath, 'two\n')).resolves.toMatchObject({ path: filePath });
    expect(electronFake.showMessageBox).not.toHaveBeenCalled();
    expect(await fs.readFile(filePath, 'utf8')).toBe('two\n');
  });
});

describe('a read-only file', () => {
  it('is not replaced: Save refuses, says why, and offers Save As', async () => {
    const filePath = await openFile();
    await fs.chmod(filePath, 0o444);
    const before = await fs.stat(filePath);
    answer('&Cancel');
    await expect(save(filePath, 'mine\n')).resolves.toBeNull();
    expect(questions()[0]?.message).toBe(
      'pod.yaml is read-only, so Pod Builder does not replace it.',
    );
    const after = await fs.stat(filePath);
    expect({ ino: after.ino, mode: after.mode & 0o777 }).toEqual({ ino: before.ino, mode: 0o444 });
    expect(await fs.readFile(filePath, 'utf8')).toBe('kind: Pod\n');

    const copy = path.join(app.directory, 'copy.yaml');
    answer('Save &As…');
    electronFake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: copy });
    await expect(save(filePath, 'mine\n')).resolves.toEqual({ path: copy, name: 'copy.yaml' });
    expect(await fs.readFile(copy, 'utf8')).toBe('mine\n');
    expect(await fs.readFile(filePath, 'utf8')).toBe('kind: Pod\n');
  });

  it('chosen in the Save As dialog is refused with the reason', async () => {
    const locked = await app.file('locked.yaml', 'kept\n');
    await fs.chmod(locked, 0o444);
    electronFake.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: locked });
    await expect(save(null, 'mine\n')).rejects.toThrow(
      'locked.yaml is read-only, so Pod Builder does not replace it; choose another name.',
    );
    expect(await fs.readFile(locked, 'utf8')).toBe('kept\n');
  });
});
