import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../electron/files/drafts';
import { electronFake } from './support/electron-fake';
import type { DocumentsFixture } from './support/documents-fixture';

vi.mock('electron', async () => (await import('./support/electron-fake')).electronModule());

const { startDocuments } = await import('./support/documents-fixture');
const { DraftStore } = await import('../../electron/files/drafts');

/**
 * A crash left a draft; the next starts offer it until the user answers. Each "start" is the app's
 * own sequence over the same user data folder: drafts set aside before the window, the page's
 * first clean report, then the question.
 */
let first: DocumentsFixture;
const draft: Draft = {
  name: 'lost.yaml',
  path: null,
  text: 'kind: Pod # unsaved\n',
  savedAt: '2026-11-25T10:00:00.000Z',
};

interface Question {
  message: string;
  buttons: string[];
  cancelId: number;
}

const started: DocumentsFixture[] = [];

/** Another start of the app over the first one's user data folder. */
async function restart(): Promise<DocumentsFixture> {
  const app = await startDocuments({ directory: first.directory });
  started.push(app);
  return app;
}

/** A start as far as recovery goes, with the user's reply to the question. */
async function recover(
  app: DocumentsFixture,
  reply: (question: Question) => Promise<{ response: number }>,
): Promise<DocumentsFixture> {
  const earlier = await app.drafts.setAside();
  electronFake.showMessageBox.mockImplementationOnce(reply);
  // The new page reports its blank, clean document as soon as it loads.
  app.documents.reportState({ name: 'untitled.yaml', dirty: false });
  await app.documents.offerRecovery(earlier);
  await app.session.flushDraft();
  return app;
}

const press = (label: string) => (question: Question) =>
  Promise.resolve({ response: question.buttons.indexOf(label) });
const escape = (question: Question) => Promise.resolve({ response: question.cancelId });

beforeEach(async () => {
  electronFake.showMessageBox.mockReset();
  first = await startDocuments();
  // What a crash leaves: the running document's draft, never removed.
  await new DraftStore(path.join(first.userData, 'drafts', 'current.json')).save(draft);
});

afterEach(async () => {
  for (const app of started.splice(0)) app.documents.close();
  await first.remove();
});

describe('a crash-recovery draft', () => {
  it('is kept while the question is open, and through a crash there', async () => {
    let crashWhileAsking: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => (crashWhileAsking = resolve));
    electronFake.showMessageBox.mockImplementationOnce(() => {
      crashWhileAsking();
      return new Promise(() => undefined);
    });
    const earlier = await first.drafts.setAside();
    void first.documents.offerRecovery(earlier);
    await asked;
    // The page's first clean report arrives while the question is still open.
    first.documents.reportState({ name: 'untitled.yaml', dirty: false });
    await first.session.flushDraft();
    await new Promise((resolve) => setTimeout(resolve, 20));

    // Pod Builder dies with the question open; the next start asks again.
    const second = await restart();
    await expect(second.drafts.setAside()).resolves.toEqual([{ id: expect.any(String), draft }]);
  });

  it('stays when the user presses Escape ("ask me later"), and is offered at the next start', async () => {
    await recover(first, escape);
    const question = electronFake.showMessageBox.mock.calls[0]?.[0] as Question;
    expect(question.message).toBe(
      'Pod Builder closed before your changes to lost.yaml were saved.',
    );
    expect(question.buttons[question.cancelId]).toBe('Ask Me &Later');
    expect(first.delivered).toEqual([]);

    const second = await recover(await restart(), press('&Recover'));
    expect(second.delivered).toEqual([
      { path: null, name: 'lost.yaml', text: 'kind: Pod # unsaved\n', recovered: true },
    ]);
    // Recovered: it is the running document's draft now, and offered no more.
    await expect(second.drafts.read()).resolves.toMatchObject({ text: 'kind: Pod # unsaved\n' });
    second.documents.reportState({ name: 'lost.yaml', dirty: false });
    await second.session.flushDraft();
    await expect((await restart()).drafts.setAside()).resolves.toEqual([]);
  });

  it('from two crashes are both kept, offered newest first, one after the other', async () => {
    await recover(first, escape);
    // The second run crashes too, leaving its own draft.
    const newer = { ...draft, name: 'newer.yaml', savedAt: '2026-11-26T09:00:00.000Z' };
    await first.drafts.save(newer);

    const second = await restart();
    const earlier = await second.drafts.setAside();
    expect(earlier.map((entry) => entry.draft.name)).toEqual(['newer.yaml', 'lost.yaml']);
    electronFake.showMessageBox
      .mockImplementationOnce(press('&Discard'))
      .mockImplementationOnce(press('&Recover'));
    await second.documents.offerRecovery(earlier);
    const asked = electronFake.showMessageBox.mock.calls.map(
      (call) => (call[0] as Question).message,
    );
    expect(asked.slice(-2)).toEqual([
      'Pod Builder closed before your changes to newer.yaml were saved.',
      'Pod Builder closed before your changes to lost.yaml were saved.',
    ]);
    expect(second.delivered.map((file) => file.name)).toEqual(['lost.yaml']);
  });

  it('goes for good when the user discards it', async () => {
    await recover(first, press('&Discard'));
    await expect((await restart()).drafts.setAside()).resolves.toEqual([]);
    expect(first.delivered).toEqual([]);
  });

  it('of a saved file grants that file for saving when recovered', async () => {
    const filePath = await first.file('pod.yaml', 'kind: Pod\n');
    await fs.rm(path.join(first.userData, 'drafts'), { recursive: true });
    await first.drafts.save({ ...draft, name: 'pod.yaml', path: filePath });
    const app = await recover(first, press('&Recover'));
    expect(app.delivered).toEqual([
      { path: filePath, name: 'pod.yaml', text: 'kind: Pod # unsaved\n', recovered: true },
    ]);
    await expect(
      app.documents.save({
        path: filePath,
        suggestedName: 'pod.yaml',
        text: 'kind: Pod # unsaved\n',
      }),
    ).resolves.toEqual({ path: filePath, name: 'pod.yaml' });
    expect(await fs.readFile(filePath, 'utf8')).toBe('kind: Pod # unsaved\n');
  });
});
