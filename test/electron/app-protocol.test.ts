import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: {}, shell: {} }));

const { resolveAppPath, serveAppRequest } = await import('../../electron/security/app-protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../electron/security/csp');
const { devServerUrl } = await import('../../electron/app-url');
const { isSafeExternalUrl } = await import('../../electron/security/harden');
const viteConfig = await import('../../vite.config');

let root: string;

beforeAll(async () => {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'pod-builder-app-'));
  root = path.join(parent, 'renderer');
  await fs.mkdir(path.join(root, 'assets'), { recursive: true });
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Pod Builder</title>');
  await fs.writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await fs.writeFile(path.join(parent, 'secret.txt'), 'secret');
});

afterAll(async () => {
  await fs.rm(path.dirname(root), { recursive: true, force: true });
});

describe('resolveAppPath', () => {
  it('maps our URLs to files under the root', () => {
    expect(resolveAppPath('app://pod-builder/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://pod-builder/assets/app.js?v=1#x', root)).toBe(
      path.join(root, 'assets', 'app.js'),
    );
  });

  it.each([
    'app://pod-builder/../secret.txt',
    'app://pod-builder/%2e%2e/secret.txt',
    'app://pod-builder/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://pod-builder/..%5csecret.txt',
    'app://pod-builder/%2fetc%2fpasswd',
    'app://pod-builder/index.html%00.js',
    'app://pod-builder/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('never leaves the root for %s', async (url) => {
    const resolved = resolveAppPath(url, root);
    // The URL parser may already have folded `..` away; whatever is left must stay inside.
    if (resolved !== null) expect(path.relative(root, resolved).startsWith('..')).toBe(false);
    if (URL.canParse(url)) {
      const response = await serveAppRequest(new Request(url), root);
      expect(await response.text()).not.toBe('secret');
    }
  });
});

describe('serveAppRequest', () => {
  it('serves files with their type and the Content Security Policy', async () => {
    const response = await serveAppRequest(new Request('app://pod-builder/index.html'), root);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('Pod Builder');
  });

  it('answers 404, with the policy, for missing files and escapes', async () => {
    for (const url of ['app://pod-builder/missing.js', 'app://pod-builder/%2e%2e/secret.txt']) {
      const response = await serveAppRequest(new Request(url), root);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses anything but reading', async () => {
    const response = await serveAppRequest(
      new Request('app://pod-builder/index.html', { method: 'POST', body: 'x' }),
      root,
    );
    expect(response.status).toBe(405);
  });
});

describe('the Content Security Policy', () => {
  it('is the same in the response header as in the built page', () => {
    const plugins = (viteConfig.default.plugins ?? []).flat() as {
      name?: string;
      transformIndexHtml?: () => { attrs: Record<string, string> }[];
    }[];
    const csp = plugins.find((plugin) => plugin.name === 'pod-builder-csp');
    const [meta] = csp?.transformIndexHtml?.() ?? [];
    expect(meta?.attrs).toEqual({
      'http-equiv': 'Content-Security-Policy',
      content: CONTENT_SECURITY_POLICY,
    });
  });
});

describe('devServerUrl', () => {
  it('accepts a local http dev server in development only', () => {
    expect(devServerUrl('http://localhost:5173/', false)?.origin).toBe('http://localhost:5173');
    expect(devServerUrl('http://127.0.0.1:5173', false)).not.toBeNull();
    expect(devServerUrl('http://localhost:5173/', true)).toBeNull();
    expect(devServerUrl('https://evil.example/', false)).toBeNull();
    expect(devServerUrl('http://192.168.1.5:5173/', false)).toBeNull();
    expect(devServerUrl('file:///tmp/index.html', false)).toBeNull();
    expect(devServerUrl(undefined, false)).toBeNull();
  });
});

describe('isSafeExternalUrl', () => {
  it('lets only plain https links leave the app', () => {
    expect(isSafeExternalUrl('https://kubernetes.io/docs/concepts/workloads/pods/')).toBe(true);
    for (const url of [
      'http://kubernetes.io/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'https://user:secret@example.com/',
      'app://pod-builder/index.html',
      'not a url',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});
