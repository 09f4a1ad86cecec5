import * as fs from 'node:fs/promises';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_MANIFEST_BYTES } from '../../shared/host';
import { CATCH_UP_MS } from '../../electron/document/documents';
import { electronFake, eventFrom, fakeContents } from './support/electron-fake';
import type { DocumentsFixture } from './support/documents-fixture';

vi.mock('electron', async () => (await import('./support/electron-fake')).electronModule());

const { startDocuments } = await import('./support/documents-fixture');
const { registerWindowHandlers } = await import('../../electron/ipc/window-handlers');
const { setSenderPolicy } = await import('../../electron/ipc/sender');

/** The unsaved-changes question follows the document past 5 MB, through the real IPC listener. */
const page = fakeContents();
const window = { setTitle: vi.fn(), setDocumentEdited: vi.fn() };
let app: DocumentsFixture;

function report(state: unknown): void {
  electronFake.listeners.get('window:set-document-state')?.(eventFrom(page), state);
}

interface Question {
  message: string;
  detail: string;
  buttons: string[];
}

beforeAll(() => {
  setSenderPolicy({ webContents: () => [page as never], origins: ['app://pod-builder'] });
  registerWindowHandlers({
    window: () => window as never,
    onDocumentState: (state) => app.documents.reportState(state),
  });
});

beforeEach(async () => {
  electronFake.showMessageBox.mockReset();
  window.setTitle.mockReset();
  app = await startDocuments();
});

afterEach(async () => {
  await app.remove();
});

describe('a document over 5 MB', () => {
  it('still counts as unsaved, and the question cannot save an older text', async () => {
    const filePath = await app.file('big.yaml', 'kind: Pod\n');
    await app.documents.openPath(filePath);
    report({ name: 'big.yaml', path: filePath, dirty: true, text: 'kind: Pod # small edit\n' });
    const huge = `kind: Pod\n${'# padding\n'.repeat(MAX_MANIFEST_BYTES / 10)}`;
    expect(huge.length).toBeGreaterThan(MAX_MANIFEST_BYTES);
    report({ name: 'big.yaml', path: filePath, dirty: true, text: huge });

    expect(window.setTitle).toHaveBeenLastCalledWith('big.yaml• — Pod Builder');
    expect(app.session.state).toMatchObject({ dirty: true, text: null, tooLarge: true });

    electronFake.showMessageBox.mockResolvedValueOnce({ response: 1 });
    await expect(app.documents.confirmDiscard()).resolves.toBe(false);
    const question = electronFake.showMessageBox.mock.calls[0]?.[0] as Question;
    expect(question.message).toBe('Do you want to save the changes you made to big.yaml?');
    expect(question.buttons).toEqual(["Do&n't Save", '&Cancel']);
    expect(question.detail).toMatch(/larger than 5 MB, more than Pod Builder saves/);
    expect(await fs.readFile(filePath, 'utf8')).toBe('kind: Pod\n');

    // Back under the limit, Save is offered again, and saves the text as it is now.
    report({ name: 'big.yaml', path: filePath, dirty: true, text: 'kind: Pod # trimmed\n' });
    electronFake.showMessageBox.mockResolvedValueOnce({ response: 0 });
    await expect(app.documents.confirmDiscard()).resolves.toBe(true);
    expect(await fs.readFile(filePath, 'utf8')).toBe('kind: Pod # trimmed\n');
  });
});

describe('keys typed just before the question', () => {
  // The page reports typing 300 ms late: a window closed at once must not save the older text.
  it('are asked of the page first, and Save writes them', async () => {
    await app.remove();
    let asked = 0;
    app = await startDocuments({
      wantState: (request) => {
        asked += 1;
        // A report the page sent before it was asked, with older keys, comes first.
        setTimeout(() => report({ name: 'shop.yaml', path, dirty: true, text: 'kind: Pod # a\n' }));
        setTimeout(() =>
          report({
            name: 'shop.yaml',
            path,
            dirty: true,
            text: 'kind: Pod # ab\n',
            answers: request,
          }),
        );
        return true;
      },
    });
    const path = await app.file('shop.yaml', 'kind: Pod\n');
    await app.documents.openPath(path);
    report({ name: 'shop.yaml', path, dirty: true, text: 'kind: Pod # a\n' });

    electronFake.showMessageBox.mockResolvedValueOnce({ response: 0 });
    await expect(app.documents.confirmDiscard()).resolves.toBe(true);
    expect(asked).toBe(1);
    expect(await fs.readFile(path, 'utf8')).toBe('kind: Pod # ab\n');
  });

  it('wait for a page that does not answer only so long, then save what it last said', async () => {
    await app.remove();
    app = await startDocuments({ wantState: () => true });
    const path = await app.file('shop.yaml', 'kind: Pod\n');
    await app.documents.openPath(path);
    report({ name: 'shop.yaml', path, dirty: true, text: 'kind: Pod # a\n' });

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      electronFake.showMessageBox.mockResolvedValueOnce({ response: 0 });
      const answered = app.documents.confirmDiscard();
      await vi.advanceTimersByTimeAsync(CATCH_UP_MS - 1);
      expect(electronFake.showMessageBox).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      await expect(answered).resolves.toBe(true);
    } finally {
      vi.useRealTimers();
    }
    expect(await fs.readFile(path, 'utf8')).toBe('kind: Pod # a\n');
  });

  it('are not asked for when nothing is unsaved', async () => {
    await app.remove();
    const wantState = vi.fn(() => true);
    app = await startDocuments({ wantState });
    await app.documents.openPath(await app.file('shop.yaml', 'kind: Pod\n'));
    await expect(app.documents.confirmDiscard()).resolves.toBe(true);
    expect(wantState).not.toHaveBeenCalled();
  });
});
