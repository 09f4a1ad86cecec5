import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentSession } from '../../electron/document/document-session';
import { DraftStore } from '../../electron/files/drafts';

let directory: string;
let drafts: DraftStore;
const now = () => new Date('2026-11-25T10:00:00.000Z');

beforeEach(async () => {
  directory = await fs.mkdtemp(path.join(os.tmpdir(), 'pod-builder-drafts-'));
  drafts = new DraftStore(path.join(directory, 'drafts', 'current.json'));
});

afterEach(async () => {
  vi.useRealTimers();
  await fs.rm(directory, { recursive: true, force: true });
});

describe('DraftStore', () => {
  it('saves, reads and clears one draft', async () => {
    const draft = {
      name: 'pod.yaml',
      path: '/p/pod.yaml',
      text: 'x\n',
      savedAt: now().toISOString(),
    };
    await expect(drafts.read()).resolves.toBeNull();
    await drafts.save(draft);
    await expect(drafts.read()).resolves.toEqual(draft);
    await drafts.clear();
    await expect(drafts.read()).resolves.toBeNull();
    await drafts.clear();
  });

  it('ignores a damaged draft', async () => {
    const file = path.join(directory, 'drafts', 'current.json');
    await fs.mkdir(path.dirname(file), { recursive: true });
    for (const content of [
      '{',
      '{"name": 3}',
      '{"name":"a","path":null,"text":"x","savedAt":"?"}',
    ]) {
      await fs.writeFile(file, content);
      await expect(drafts.read()).resolves.toBeNull();
    }
  });
});

describe('DocumentSession drafts', () => {
  it('writes a draft shortly after the last unsaved change, not on every keystroke', async () => {
    vi.useFakeTimers();
    const save = vi.spyOn(drafts, 'save');
    const session = new DocumentSession(drafts, 1000, now);
    session.update({ name: 'pod.yaml', dirty: true, text: 'a' }, null);
    vi.advanceTimersByTime(500);
    session.update({ name: 'pod.yaml', dirty: true, text: 'ab' }, null);
    vi.advanceTimersByTime(999);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.useRealTimers();
    await session.flushDraft();
    expect(save).toHaveBeenCalledTimes(1);
    await expect(drafts.read()).resolves.toEqual({
      name: 'pod.yaml',
      path: null,
      text: 'ab',
      savedAt: '2026-11-25T10:00:00.000Z',
    });
  });

  it('removes the draft once the document is saved', async () => {
    const session = new DocumentSession(drafts, 0, now);
    session.update({ name: 'pod.yaml', dirty: true, text: 'a' }, '/p/pod.yaml');
    await session.flushDraft();
    await expect(drafts.read()).resolves.toMatchObject({ text: 'a', path: '/p/pod.yaml' });
    session.update({ name: 'pod.yaml', dirty: false }, undefined);
    await session.flushDraft();
    await expect(drafts.read()).resolves.toBeNull();
    expect(session.state).toEqual({
      name: 'pod.yaml',
      path: '/p/pod.yaml',
      dirty: false,
      text: null,
    });
  });

  it('writes no draft for a dirty document whose text it was never told', async () => {
    const session = new DocumentSession(drafts, 0, now);
    session.update({ name: 'pod.yaml', dirty: true }, null);
    await session.flushDraft();
    await expect(drafts.read()).resolves.toBeNull();
    expect(session.state.text).toBeNull();
  });

  it('forgets the draft when the user discards, and keeps a recovered one', async () => {
    const session = new DocumentSession(drafts, 0, now);
    session.update({ name: 'a.yaml', dirty: true, text: 'a' }, null);
    await session.flushDraft();
    await session.settled();
    await expect(drafts.read()).resolves.toBeNull();

    session.replaced({ name: 'r.yaml', path: null, text: 'recovered', recovered: true });
    expect(session.state).toEqual({ name: 'r.yaml', path: null, dirty: true, text: 'recovered' });
    session.replaced({ name: 'b.yaml', path: '/b.yaml', text: 'b' });
    expect(session.state).toEqual({ name: 'b.yaml', path: '/b.yaml', dirty: false, text: null });
  });
});
