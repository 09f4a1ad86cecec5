// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createBrowserHost,
  downloadName,
  PICKER_EXPIRED,
  readManifestFile,
  SAVE_AS_QUESTION,
  type BrowserHostOptions,
  type SaveTarget,
} from '../../renderer/host/browser-host';
import {
  draftKey,
  LEGACY_DRAFT_KEY,
  TAB_ID_KEY,
  type TabLocks,
} from '../../renderer/host/tab-drafts';
import { getHost } from '../../renderer/host';
import { BUNDLED_TEMPLATE_INDEX, BUNDLED_TEMPLATES } from '../../renderer/host/templates';
import { BLANK_MANIFEST, MAX_MANIFEST_BYTES } from '../../shared/host';
import type { Host, OpenedFile } from '../../shared/host';

let host: Host;
const confirm = vi.fn<(message: string) => boolean>();

beforeEach(() => {
  localStorage.clear();
  confirm.mockReset().mockReturnValue(false);
  host = createBrowserHost({
    document,
    storage: localStorage,
    session: null,
    locks: null,
    confirm,
    templates: { 'web-app': '# A web server.\nkind: Pod\n' },
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Answers the next file picker the host opens, as a user would. */
function answerFilePicker(choose: (input: HTMLInputElement) => void): void {
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    choose(this);
  });
}

function pick(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file] });
  input.dispatchEvent(new Event('change'));
}

/** The names of the files the page downloads from now on. */
function catchDownloads(): string[] {
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  URL.createObjectURL = vi.fn(() => 'blob:pod');
  URL.revokeObjectURL = vi.fn();
  return names;
}

/** Lets the host's start-up (its tab's lock, the drafts to offer) run its course. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A tab's sessionStorage. */
function memoryStorage(entries: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(entries));
  return {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
    clear: () => items.clear(),
  };
}

/**
 * The Web Locks of one browser: each tab requests through its own manager, and a tab that goes
 * (closed, crashed, or reloaded) lets go of everything it held.
 */
function browserLocks() {
  const held = new Map<string, symbol>();
  const waiting: { name: string; grant: () => void }[] = [];
  const release = (name: string, owner: symbol): void => {
    if (held.get(name) !== owner) return;
    held.delete(name);
    const next = waiting.find((entry) => entry.name === name);
    if (next) {
      waiting.splice(waiting.indexOf(next), 1);
      next.grant();
    }
  };
  const tab = () => {
    const owner = Symbol('tab');
    const locks: TabLocks = {
      request: (name, options, callback) =>
        new Promise((resolve, reject) => {
          const grant = (): void => {
            held.set(name, owner);
            void Promise.resolve(callback({ name, mode: 'exclusive' })).then(() => {
              release(name, owner);
              resolve(undefined);
            });
          };
          if (!held.has(name)) return grant();
          if (options.ifAvailable) return void Promise.resolve(callback(null)).then(resolve);
          const entry = { name, grant };
          waiting.push(entry);
          options.signal?.addEventListener('abort', () => {
            if (!waiting.includes(entry)) return;
            waiting.splice(waiting.indexOf(entry), 1);
            reject(new DOMException('The request was aborted.', 'AbortError'));
          });
        }),
    };
    const close = (): void => {
      for (const [name, by] of [...held]) if (by === owner) release(name, owner);
    };
    return { locks, close };
  };
  return { tab };
}

let browser: ReturnType<typeof browserLocks>;

/** A tab of the app in `browser`; it listens for documents at once unless told not to. */
function openTab(options: Partial<BrowserHostOptions> = {}, { listen = true } = {}) {
  const session = options.session ?? memoryStorage();
  const { locks, close } = browser.tab();
  const tab = createBrowserHost({
    document,
    storage: localStorage,
    session,
    locks,
    confirm,
    ...options,
  });
  const received: OpenedFile[] = [];
  const startListening = () => tab.file.onOpened((file) => received.push(file));
  if (listen) startListening();
  return {
    host: tab,
    session,
    received,
    close,
    listen: startListening,
    draftKey: () => draftKey(session.getItem(TAB_ID_KEY) ?? 'none'),
    draft: () =>
      JSON.parse(
        localStorage.getItem(draftKey(session.getItem(TAB_ID_KEY) ?? 'none')) ?? 'null',
      ) as unknown,
  };
}

describe('the browser host', () => {
  it('is the browser platform', () => {
    expect(host.platform).toBe('browser');
  });

  it('opens the file the user picks', async () => {
    answerFilePicker((input) => {
      expect(input.type).toBe('file');
      expect(input.accept).toContain('.yaml');
      pick(input, new File(['kind: Pod\n'], 'pod.yaml'));
    });
    await expect(host.file.open()).resolves.toEqual({
      ok: true,
      value: { path: null, name: 'pod.yaml', text: 'kind: Pod\n' },
    });
    expect(document.querySelector('input')).toBeNull();
  });

  it('returns null when the user cancels the picker', async () => {
    answerFilePicker((input) => input.dispatchEvent(new Event('cancel')));
    await expect(host.file.open()).resolves.toEqual({ ok: true, value: null });
  });

  it('opens a dropped file', async () => {
    await expect(host.file.openDropped(new File(['a: 1\n'], 'drop.yml'))).resolves.toEqual({
      ok: true,
      value: { path: null, name: 'drop.yml', text: 'a: 1\n' },
    });
  });

  it('refuses binary, oversized and non-UTF-8 files with the desktop messages', async () => {
    await expect(readManifestFile(new File([new Uint8Array([1, 0])], 'a.yaml'))).resolves.toEqual({
      ok: false,
      error: 'a.yaml looks like a binary file, not a YAML manifest (it contains NUL bytes).',
    });
    const big = new File(['x'], 'big.yaml');
    Object.defineProperty(big, 'size', { value: MAX_MANIFEST_BYTES + 1 });
    await expect(readManifestFile(big)).resolves.toMatchObject({ ok: false });
    await expect(readManifestFile(new File([new Uint8Array([0xe9])], 'l.yaml'))).resolves.toEqual({
      ok: false,
      error: 'l.yaml is not UTF-8 text, so it cannot be a YAML manifest.',
    });
  });

  it('saves and exports as downloads with a YAML name', async () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this);
    });
    URL.createObjectURL = vi.fn(() => 'blob:pod');
    URL.revokeObjectURL = vi.fn();

    await expect(
      host.file.save({ path: null, suggestedName: 'web', text: 'kind: Pod\n' }),
    ).resolves.toEqual({ ok: true, value: { path: null, name: 'web.yaml' } });
    await expect(
      host.file.exportManifest({ suggestedName: 'ready.yml', text: 'kind: Pod\n' }),
    ).resolves.toEqual({ ok: true, value: { path: null, name: 'ready.yml' } });
    await expect(
      host.file.exportImage({ suggestedName: 'api.svg', format: 'png', data: new Uint8Array([1]) }),
    ).resolves.toEqual({ ok: true, value: { path: null, name: 'api.png' } });
    expect(clicked.map((a) => [a.download, a.href])).toEqual([
      ['web.yaml', 'blob:pod'],
      ['ready.yml', 'blob:pod'],
      ['api.png', 'blob:pod'],
    ]);
    const blobs = vi.mocked(URL.createObjectURL).mock.calls.map(([blob]) => (blob as Blob).type);
    expect(blobs).toEqual(['application/yaml', 'application/yaml', 'image/png']);
    expect(document.querySelector('a')).toBeNull();
  });

  it('starts blank documents and documents from templates', async () => {
    await expect(host.file.newDocument({ templateId: null })).resolves.toEqual({
      ok: true,
      value: { path: null, name: 'untitled.yaml', text: BLANK_MANIFEST },
    });
    await expect(host.templates.list()).resolves.toEqual({
      ok: true,
      value: [{ id: 'web-app', title: 'Web app', description: 'A web server.' }],
    });
    await expect(host.file.newDocument({ templateId: 'web-app' })).resolves.toMatchObject({
      ok: true,
      value: { name: 'web-app.yaml', text: '# A web server.\nkind: Pod\n' },
    });
    await expect(host.file.newDocument({ templateId: 'nope' })).resolves.toMatchObject({
      ok: false,
    });
  });

  it('lists the templates in the order and with the words of the template index', async () => {
    const indexed = createBrowserHost({
      document,
      templates: {
        'batch-job': '# Runs to completion.\nkind: Pod\n',
        'pod-anatomy': '# The diagram.\nkind: Pod\n',
        'web-app': '# A web server.\nkind: Pod\n',
      },
      templateIndex: [
        { file: 'web-app.yaml', title: 'The web app', description: 'Where the lesson starts.' },
        { file: 'missing.yaml', title: 'Missing' },
        { file: 'pod-anatomy.yaml' },
      ],
    });
    await expect(indexed.templates.list()).resolves.toEqual({
      ok: true,
      value: [
        { id: 'web-app', title: 'The web app', description: 'Where the lesson starts.' },
        { id: 'pod-anatomy', title: 'Pod anatomy', description: 'The diagram.' },
        { id: 'batch-job', title: 'Batch job', description: 'Runs to completion.' },
      ],
    });
  });

  it('asks before unsaved changes would be lost', async () => {
    host.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'x' });
    confirm.mockReturnValue(false);
    await expect(host.file.newDocument({ templateId: null })).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(confirm).toHaveBeenCalledWith('pod.yaml has unsaved changes. Discard them?');
    confirm.mockReturnValue(true);
    await expect(host.file.newDocument({ templateId: null })).resolves.toMatchObject({
      ok: true,
      value: { name: 'untitled.yaml' },
    });
  });

  it('has no recent files', async () => {
    await expect(host.file.recent()).resolves.toEqual({ ok: true, value: [] });
    await expect(host.file.clearRecent()).resolves.toEqual({ ok: true, value: null });
    await expect(host.file.openRecent('/a.yaml')).resolves.toMatchObject({ ok: false });
  });

  it('shows the document state in the page title, once the frame is painted', async () => {
    host.window.setDocumentState({ name: 'pod.yaml', dirty: true });
    await vi.waitFor(() => expect(document.title).toBe('pod.yaml• — Pod Builder'));
    host.window.setDocumentState({ name: 'pod.yaml', dirty: false });
    await vi.waitFor(() => expect(document.title).toBe('pod.yaml — Pod Builder'));
  });

  it('has no menu, so menu subscriptions do nothing', () => {
    const unsubscribe = host.menu.onCommand(() => undefined);
    expect(unsubscribe).toBeTypeOf('function');
    unsubscribe();
  });

  it('downloadName keeps only a file name', () => {
    expect(downloadName('../../etc/pod')).toBe('pod.yaml');
    expect(downloadName('  ')).toBe('pod.yaml');
    expect(downloadName('a.YML')).toBe('a.YML');
  });
});

describe('recovery drafts in the browser, one for each tab', () => {
  beforeEach(() => {
    browser = browserLocks();
  });

  it('keeps a draft while dirty, and offers it again when the tab is reloaded', async () => {
    const tab = openTab();
    await settled();
    tab.host.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'edited\n' });
    expect(tab.draft()).toMatchObject({ name: 'pod.yaml', text: 'edited\n' });

    tab.close();
    const reloaded = openTab({ session: tab.session }, { listen: false });
    // The new page reports its clean start before it listens for documents.
    reloaded.host.window.setDocumentState({ name: 'pod-anatomy.yaml', dirty: false });
    confirm.mockReturnValue(true);
    reloaded.listen();
    await vi.waitFor(() => expect(reloaded.received).toHaveLength(1));
    expect(reloaded.received).toEqual([
      { path: null, name: 'pod.yaml', text: 'edited\n', recovered: true },
    ]);
    expect(confirm).toHaveBeenCalledWith(
      'Recover the unsaved changes to pod.yaml from your last visit?',
    );
    expect(reloaded.draftKey()).toBe(tab.draftKey());
    expect(reloaded.draft()).toMatchObject({ name: 'pod.yaml', text: 'edited\n' });
  });

  it('forgets the draft when the user declines it or saves', async () => {
    const tab = openTab();
    await settled();
    tab.host.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'edited\n' });
    tab.close();
    const reloaded = openTab({ session: tab.session });
    await vi.waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    await settled();
    expect(reloaded.received).toEqual([]);
    expect(localStorage.getItem(tab.draftKey())).toBeNull();

    reloaded.host.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'again\n' });
    expect(reloaded.draft()).not.toBeNull();
    reloaded.host.window.setDocumentState({ name: 'pod.yaml', dirty: false });
    expect(reloaded.draft()).toBeNull();
  });

  it('offers nothing of a tab that is still open, and each tab keeps a draft of its own', async () => {
    const first = openTab();
    await settled();
    first.host.window.setDocumentState({ name: 'pod-anatomy.yaml', dirty: true, text: 'mine\n' });

    const second = openTab();
    await settled();
    expect(confirm).not.toHaveBeenCalled();
    expect(second.received).toEqual([]);
    expect(first.draft()).toMatchObject({ text: 'mine\n' });

    second.host.window.setDocumentState({ name: 'other.yaml', dirty: true, text: 'theirs\n' });
    second.host.window.setDocumentState({ name: 'other.yaml', dirty: false });
    expect(second.draftKey()).not.toBe(first.draftKey());
    expect(first.draft()).toMatchObject({ text: 'mine\n' });
  });

  it('offers the draft of a tab that closed or crashed; declined, it is left to that tab', async () => {
    const crashed = openTab();
    const open = openTab();
    await settled();
    crashed.host.window.setDocumentState({ name: 'lost.yaml', dirty: true, text: 'lost\n' });
    open.host.window.setDocumentState({ name: 'open.yaml', dirty: true, text: 'open\n' });
    crashed.close();

    const next = openTab();
    await vi.waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect(confirm).toHaveBeenCalledWith(
      'Recover the unsaved changes to lost.yaml from your last visit?',
    );
    await settled();
    expect(next.received).toEqual([]);
    expect(open.draft()).toMatchObject({ text: 'open\n' });

    // No other tab asks again; the tab it belongs to, restored later, gets it back.
    const another = openTab();
    await settled();
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(another.received).toEqual([]);
    confirm.mockReturnValue(true);
    const restored = openTab({ session: crashed.session });
    await vi.waitFor(() => expect(restored.received).toHaveLength(1));
    expect(restored.received[0]).toMatchObject({ name: 'lost.yaml', text: 'lost\n' });
  });

  it("accepted, a closed tab's draft becomes this tab's own", async () => {
    const crashed = openTab();
    await settled();
    crashed.host.window.setDocumentState({ name: 'lost.yaml', dirty: true, text: 'lost\n' });
    crashed.close();

    confirm.mockReturnValue(true);
    const next = openTab();
    await vi.waitFor(() => expect(next.received).toHaveLength(1));
    expect(next.received[0]).toMatchObject({ name: 'lost.yaml', text: 'lost\n', recovered: true });
    expect(localStorage.getItem(crashed.draftKey())).toBeNull();
    expect(next.draft()).toMatchObject({ name: 'lost.yaml', text: 'lost\n' });
    next.host.window.setDocumentState({ name: 'lost.yaml', dirty: false });
    expect(next.draft()).toBeNull();
  });

  it('offers a draft to one tab only when two start at once', async () => {
    const crashed = openTab();
    await settled();
    crashed.host.window.setDocumentState({ name: 'lost.yaml', dirty: true, text: 'lost\n' });
    crashed.close();

    confirm.mockReturnValue(true);
    const tabs = [openTab(), openTab()];
    await vi.waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    await settled();
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(tabs.flatMap((tab) => tab.received)).toHaveLength(1);
  });

  it('does not offer its own draft over what was typed while the tab started', async () => {
    const tab = openTab();
    await settled();
    tab.host.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'edited\n' });
    tab.close();

    const reloaded = openTab({ session: tab.session }, { listen: false });
    reloaded.host.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'typed\n' });
    reloaded.listen();
    await settled();
    expect(confirm).not.toHaveBeenCalled();
    expect(reloaded.received).toEqual([]);
    expect(reloaded.draft()).toMatchObject({ text: 'typed\n' });
  });

  it("does not offer another tab's draft over unsaved work of its own", async () => {
    const crashed = openTab();
    await settled();
    crashed.host.window.setDocumentState({ name: 'lost.yaml', dirty: true, text: 'lost\n' });
    crashed.close();

    const busy = openTab({}, { listen: false });
    busy.host.window.setDocumentState({ name: 'new.yaml', dirty: true, text: 'new\n' });
    busy.listen();
    await settled();
    expect(confirm).not.toHaveBeenCalled();
    expect(crashed.draft()).toMatchObject({ text: 'lost\n' });
    expect(busy.draft()).toMatchObject({ text: 'new\n' });
  });

  it('offers the one draft of the versions before once, and adopts it when accepted', async () => {
    localStorage.setItem(LEGACY_DRAFT_KEY, JSON.stringify({ name: 'old.yaml', text: 'old\n' }));
    openTab();
    await vi.waitFor(() =>
      expect(confirm).toHaveBeenCalledWith(
        'Recover the unsaved changes to old.yaml from your last visit?',
      ),
    );
    expect(localStorage.getItem(LEGACY_DRAFT_KEY)).toBeNull();

    localStorage.setItem(LEGACY_DRAFT_KEY, JSON.stringify({ name: 'old.yaml', text: 'old\n' }));
    confirm.mockReturnValue(true);
    const adopter = openTab();
    await vi.waitFor(() => expect(adopter.received).toHaveLength(1));
    expect(localStorage.getItem(LEGACY_DRAFT_KEY)).toBeNull();
    expect(adopter.draft()).toMatchObject({ name: 'old.yaml', text: 'old\n' });
  });

  it('without Web Locks, offers only the draft of the tab itself', async () => {
    const other = openTab({ locks: null });
    const mine = openTab({ locks: null });
    await settled();
    other.host.window.setDocumentState({ name: 'other.yaml', dirty: true, text: 'theirs\n' });
    mine.host.window.setDocumentState({ name: 'mine.yaml', dirty: true, text: 'mine\n' });

    confirm.mockReturnValue(true);
    const reloaded = openTab({ locks: null, session: mine.session });
    await vi.waitFor(() => expect(reloaded.received).toHaveLength(1));
    await settled();
    expect(reloaded.received[0]).toMatchObject({ name: 'mine.yaml', text: 'mine\n' });
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(other.draft()).toMatchObject({ text: 'theirs\n' });
  });

  it('gives a duplicated tab, whose sessionStorage is a copy, an id of its own', async () => {
    const original = openTab();
    await settled();
    original.host.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'original\n' });

    const copy = openTab({
      session: memoryStorage({ [TAB_ID_KEY]: original.session.getItem(TAB_ID_KEY) ?? '' }),
    });
    // It waits for the id's lock a moment (a reload gets it), then takes an id of its own.
    await vi.waitFor(() => expect(copy.draftKey()).not.toBe(original.draftKey()), {
      timeout: 3000,
    });
    await settled();
    expect(confirm).not.toHaveBeenCalled();
    copy.host.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'copy\n' });
    expect(original.draft()).toMatchObject({ text: 'original\n' });
    expect(copy.draft()).toMatchObject({ text: 'copy\n' });
  });
});

describe('Open in the browser', () => {
  it('asks about unsaved changes before the file picker, which it shows only when they may go', async () => {
    const steps: string[] = [];
    confirm.mockImplementation((message) => {
      steps.push(message);
      return steps.length > 1;
    });
    answerFilePicker((input) => {
      steps.push('picker');
      pick(input, new File(['kind: Pod\n'], 'web.yaml'));
    });
    host.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'x' });

    await expect(host.file.open()).resolves.toEqual({ ok: true, value: null });
    expect(steps).toEqual(['pod.yaml has unsaved changes. Discard them?']);

    await expect(host.file.open()).resolves.toMatchObject({
      ok: true,
      value: { name: 'web.yaml' },
    });
    expect(steps).toEqual([
      'pod.yaml has unsaved changes. Discard them?',
      'pod.yaml has unsaved changes. Discard them?',
      'picker',
    ]);
  });

  it('keeps the changes when the picker is cancelled after the question', async () => {
    confirm.mockReturnValue(true);
    answerFilePicker((input) => input.dispatchEvent(new Event('cancel')));
    host.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'x' });
    await expect(host.file.open()).resolves.toEqual({ ok: true, value: null });
    // Still unsaved: the next thing to replace them asks again.
    confirm.mockClear().mockReturnValue(false);
    await expect(host.file.newDocument({ templateId: null })).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it('says to choose Open again when the answer came too late for the picker, and asks no more', async () => {
    let active = false;
    const slow = createBrowserHost({
      document,
      storage: null,
      locks: null,
      confirm,
      userActivation: () => active,
    });
    const picked = vi.fn((input: HTMLInputElement) => pick(input, new File(['a: 1\n'], 'a.yaml')));
    answerFilePicker(picked);
    slow.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'x' });
    confirm.mockReturnValue(true);

    await expect(slow.file.open()).resolves.toEqual({ ok: false, error: PICKER_EXPIRED });
    expect(picked).not.toHaveBeenCalled();

    active = true;
    confirm.mockClear();
    await expect(slow.file.open()).resolves.toMatchObject({ ok: true, value: { name: 'a.yaml' } });
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks about a dropped file once it is read, as there is no picker to ask before', async () => {
    host.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'x' });
    await expect(host.file.openDropped(new File(['a: 1\n'], 'drop.yml'))).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(confirm).toHaveBeenCalledWith('pod.yaml has unsaved changes. Discard them?');
  });
});

/** A file as the File System Access API writes it: only when the stream closes. */
function fileOnDisk(name: string) {
  const disk = { contents: 'old\n', failing: false, aborted: 0 };
  const target: SaveTarget = {
    name,
    async createWritable() {
      let written = '';
      return {
        async write(data: string) {
          if (disk.failing) throw new DOMException('The disk is full.', 'QuotaExceededError');
          written += data;
        },
        async close() {
          disk.contents = written;
        },
        async abort() {
          disk.aborted += 1;
        },
      };
    },
  };
  return { disk, target };
}

describe('Save As in the browser', () => {
  it("uses the browser's save dialog where it has one, and Save then writes that file again", async () => {
    const downloads = catchDownloads();
    const { disk, target } = fileOnDisk('web-prod.yaml');
    const saveFilePicker = vi.fn(async () => target);
    const chromium = createBrowserHost({
      document,
      storage: null,
      locks: null,
      confirm,
      saveFilePicker,
    });

    await expect(
      chromium.file.save({ path: null, suggestedName: 'web.yaml', text: 'v1\n', saveAs: true }),
    ).resolves.toEqual({ ok: true, value: { path: null, name: 'web-prod.yaml' } });
    expect(saveFilePicker).toHaveBeenCalledWith({
      suggestedName: 'web.yaml',
      types: [{ description: 'YAML manifest', accept: { 'application/yaml': ['.yaml', '.yml'] } }],
    });
    expect(disk.contents).toBe('v1\n');

    await expect(
      chromium.file.save({ path: null, suggestedName: 'web-prod.yaml', text: 'v2\n' }),
    ).resolves.toEqual({ ok: true, value: { path: null, name: 'web-prod.yaml' } });
    expect(disk.contents).toBe('v2\n');
    expect(saveFilePicker).toHaveBeenCalledTimes(1);
    expect(downloads).toEqual([]);

    // Another document is not that file: its Save downloads.
    await chromium.file.newDocument({ templateId: null });
    await chromium.file.save({ path: null, suggestedName: 'untitled.yaml', text: 'v3\n' });
    expect(downloads).toEqual(['untitled.yaml']);
    expect(disk.contents).toBe('v2\n');
  });

  it('does nothing and says nothing when the save dialog is cancelled', async () => {
    const downloads = catchDownloads();
    const saveFilePicker = vi.fn(async (): Promise<SaveTarget> => {
      throw new DOMException('The user aborted a request.', 'AbortError');
    });
    const chromium = createBrowserHost({
      document,
      storage: null,
      locks: null,
      confirm,
      saveFilePicker,
    });
    await expect(
      chromium.file.save({ path: null, suggestedName: 'web.yaml', text: 'x', saveAs: true }),
    ).resolves.toEqual({ ok: true, value: null });
    expect(downloads).toEqual([]);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('leaves the file as it was when a write fails, and says so', async () => {
    const { disk, target } = fileOnDisk('web-prod.yaml');
    const chromium = createBrowserHost({
      document,
      storage: null,
      locks: null,
      confirm,
      saveFilePicker: async () => target,
    });
    await chromium.file.save({ path: null, suggestedName: 'web.yaml', text: 'v1\n', saveAs: true });

    disk.failing = true;
    await expect(
      chromium.file.save({ path: null, suggestedName: 'web-prod.yaml', text: 'v2\n' }),
    ).resolves.toEqual({
      ok: false,
      error:
        'web-prod.yaml could not be written (The disk is full), so it is as it was. Choose Save as… to save the manifest elsewhere.',
    });
    expect(disk.contents).toBe('v1\n');
    expect(disk.aborted).toBe(1);
  });

  it('elsewhere asks for the name and downloads under it; Cancel does nothing', async () => {
    const downloads = catchDownloads();
    const prompt = vi.fn<(message: string, value: string) => string | null>(() => 'web-prod');
    const firefox = createBrowserHost({
      document,
      storage: null,
      locks: null,
      confirm,
      prompt,
      saveFilePicker: null,
    });
    await expect(
      firefox.file.save({ path: null, suggestedName: 'web.yaml', text: 'x', saveAs: true }),
    ).resolves.toEqual({ ok: true, value: { path: null, name: 'web-prod.yaml' } });
    expect(prompt).toHaveBeenCalledWith(SAVE_AS_QUESTION, 'web.yaml');
    expect(downloads).toEqual(['web-prod.yaml']);

    prompt.mockReturnValue(null);
    await expect(
      firefox.file.save({ path: null, suggestedName: 'web-prod.yaml', text: 'x', saveAs: true }),
    ).resolves.toEqual({ ok: true, value: null });
    expect(downloads).toEqual(['web-prod.yaml']);

    // Save asks nothing: it downloads under the document's name.
    await firefox.file.save({ path: null, suggestedName: 'web-prod.yaml', text: 'x' });
    expect(prompt).toHaveBeenCalledTimes(2);
    expect(downloads).toEqual(['web-prod.yaml', 'web-prod.yaml']);
  });
});

describe('getHost', () => {
  it('uses the desktop bridge when the preload set one', () => {
    const desktop = { platform: 'desktop' } as Host;
    Object.defineProperty(window, 'podBuilder', { value: desktop, configurable: true });
    expect(getHost()).toBe(desktop);
    Reflect.deleteProperty(window, 'podBuilder');
  });

  it('falls back to the browser host, always the same one, with the bundled templates', async () => {
    const browser = getHost();
    expect(browser.platform).toBe('browser');
    expect(getHost()).toBe(browser);
    expect(Object.keys(BUNDLED_TEMPLATES)).toContain('pod-anatomy');
    const list = await browser.templates.list();
    const index = BUNDLED_TEMPLATE_INDEX as { file: string; title: string }[];
    expect(list.ok && list.value.map((t) => `${t.id}.yaml: ${t.title}`)).toEqual(
      index.map((entry) => `${entry.file}: ${entry.title}`),
    );
  });
});
