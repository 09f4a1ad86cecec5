// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createBrowserHost,
  downloadName,
  readManifestFile,
} from '../../renderer/host/browser-host';
import { getHost } from '../../renderer/host';
import { MAX_MANIFEST_BYTES } from '../../shared/host';
import type { Host } from '../../shared/host';

let host: Host;

beforeEach(() => {
  host = createBrowserHost(document);
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
    expect(clicked.map((a) => [a.download, a.href])).toEqual([
      ['web.yaml', 'blob:pod'],
      ['ready.yml', 'blob:pod'],
    ]);
    expect(document.querySelector('a')).toBeNull();
  });

  it('shows the document state in the page title', () => {
    host.window.setDocumentState({ name: 'pod.yaml', dirty: true });
    expect(document.title).toBe('pod.yaml• — Pod Builder');
    host.window.setDocumentState({ name: 'pod.yaml', dirty: false });
    expect(document.title).toBe('pod.yaml — Pod Builder');
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

  it('falls back to the browser host, always the same one', () => {
    expect(getHost().platform).toBe('browser');
    expect(getHost()).toBe(getHost());
  });
});
