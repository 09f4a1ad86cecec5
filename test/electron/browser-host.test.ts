// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createBrowserHost,
  downloadName,
  DRAFT_KEY,
  readManifestFile,
} from '../../renderer/host/browser-host';
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

  it('keeps a draft while dirty and offers it on the next visit', () => {
    host.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'edited\n' });
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '')).toEqual({
      name: 'pod.yaml',
      text: 'edited\n',
    });

    const next = createBrowserHost({ document, storage: localStorage, confirm });
    // The new page reports its clean start before it listens for documents.
    next.window.setDocumentState({ name: 'pod-anatomy.yaml', dirty: false });
    confirm.mockReturnValue(true);
    const received: OpenedFile[] = [];
    next.file.onOpened((file) => received.push(file));
    expect(received).toEqual([{ path: null, name: 'pod.yaml', text: 'edited\n', recovered: true }]);
    expect(localStorage.getItem(DRAFT_KEY)).not.toBeNull();
  });

  it('forgets the draft when the user declines it or saves', () => {
    host.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'edited\n' });
    const next = createBrowserHost({ document, storage: localStorage, confirm });
    confirm.mockReturnValue(false);
    const received: OpenedFile[] = [];
    next.file.onOpened((file) => received.push(file));
    expect(received).toEqual([]);
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();

    host.window.setDocumentState({ name: 'pod.yaml', dirty: true, text: 'again\n' });
    host.window.setDocumentState({ name: 'pod.yaml', dirty: false });
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
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
