import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../shared/manifest/parse';
import { anatomy, changedSpan, edit, editError } from './helpers';

const mounts = (text: string, name: string) =>
  parseManifest(text).view?.containers.find((c) => c.name === name)?.mounts;

describe('addMount', () => {
  it('mounts at /mnt/<volume>, after the existing mounts', () => {
    const text = edit(anatomy, { type: 'addMount', container: 'api-server', volume: 'app-logs' });
    expect(changedSpan(anatomy, text).inserted).toBe(
      '        - name: app-logs\n          mountPath: /mnt/app-logs\n',
    );
    expect(mounts(text, 'api-server')?.map((m) => m.mountPath)).toEqual([
      '/var/log/app',
      '/mnt/app-logs',
    ]);
  });

  it('creates volumeMounts at its place in the container', () => {
    const text = edit(anatomy, {
      type: 'addMount',
      container: 'init-migrate',
      volume: 'app-logs',
      mountPath: '/logs',
      readOnly: true,
    });
    expect(changedSpan(anatomy, text).inserted).toBe(
      '      volumeMounts:\n        - name: app-logs\n          mountPath: /logs\n          readOnly: true\n',
    );
    expect(mounts(text, 'init-migrate')).toEqual([
      { volume: 'app-logs', mountPath: '/logs', readOnly: true, index: 0 },
    ]);
  });

  it('makes the default path unique within the container', () => {
    const once = edit(anatomy, { type: 'addMount', container: 'api-server', volume: 'app-logs' });
    const twice = edit(once, { type: 'addMount', container: 'api-server', volume: 'app-logs' });
    expect(mounts(twice, 'api-server')?.map((m) => m.mountPath)).toContain('/mnt/app-logs-2');
  });

  it('refuses a volume that does not exist, an unknown container, a taken path', () => {
    expect(editError(anatomy, { type: 'addMount', container: 'api-server', volume: 'nope' })).toBe(
      'There is no volume named "nope".',
    );
    expect(editError(anatomy, { type: 'addMount', container: 'nope', volume: 'app-logs' })).toBe(
      'There is no container named "nope".',
    );
    expect(
      editError(anatomy, {
        type: 'addMount',
        container: 'api-server',
        volume: 'app-logs',
        mountPath: '/var/log/app',
      }),
    ).toMatch(/already mounts/);
  });
});

describe('removeMount', () => {
  it('removes the mount and its now empty list', () => {
    const text = edit(anatomy, { type: 'removeMount', container: 'api-server', index: 0 });
    const { removed } = changedSpan(anatomy, text);
    expect(removed).toBe(
      '      volumeMounts:\n        - name: app-logs\n          mountPath: /var/log/app\n',
    );
    expect(mounts(text, 'api-server')).toEqual([]);
  });

  it('reports a mount that does not exist', () => {
    expect(editError(anatomy, { type: 'removeMount', container: 'api-server', index: 3 })).toMatch(
      /no mount/,
    );
  });
});
