import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import { parseManifest } from '../../../shared/manifest/parse';
import { copyName } from '../../../shared/manifest/names';
import { anatomy, changedSpan, edit, editError } from './helpers';

describe('renameContainer', () => {
  it('renames the container and the default-container annotation', () => {
    const text = edit(anatomy, { type: 'renameContainer', name: 'api-server', newName: 'api' });
    expect(text).toBe(
      anatomy
        .replace('default-container: api-server', 'default-container: api')
        .replace('- name: api-server', '- name: api'),
    );
    expect(parseManifest(text).view?.mainContainer).toBe('api');
  });

  it('leaves the metadata name alone', () => {
    const text = edit(anatomy, { type: 'renameContainer', name: 'api-server', newName: 'api' });
    expect(text).toContain('  name: api-server\n');
  });

  it('refuses a taken or invalid name', () => {
    expect(
      editError(anatomy, { type: 'renameContainer', name: 'api-server', newName: 'log-shipper' }),
    ).toMatch(/already exists/);
    expect(
      editError(anatomy, { type: 'renameContainer', name: 'api-server', newName: '-x' }),
    ).toMatch(/Invalid/);
    expect(editError(anatomy, { type: 'renameContainer', name: 'nope', newName: 'x' })).toMatch(
      /no container/,
    );
  });
});

describe('renameVolume', () => {
  it('renames the volume and every mount of it', () => {
    const text = edit(anatomy, { type: 'renameVolume', name: 'app-logs', newName: 'logs' });
    expect(text).toBe(anatomy.replaceAll('- name: app-logs', '- name: logs'));
    const view = parseManifest(text).view;
    expect(view?.containers.flatMap((c) => c.mounts.map((m) => m.volume))).toEqual([
      'logs',
      'logs',
    ]);
  });

  it('refuses a taken name', () => {
    const two = edit(anatomy, { type: 'addVolume', name: 'cache' });
    expect(editError(two, { type: 'renameVolume', name: 'app-logs', newName: 'cache' })).toMatch(
      /already exists/,
    );
  });
});

describe('duplicateContainer', () => {
  it('copies the container verbatim, comments included, under a new name', () => {
    const text = edit(anatomy, { type: 'duplicateContainer', name: 'log-shipper' });
    const { inserted } = changedSpan(anatomy, text);
    // The comment above the original is about the original: the copy goes without it.
    expect(inserted).toBe(`    - name: log-shipper-1
      image: grafana/promtail:2.9.0
      volumeMounts:
        - name: app-logs
          mountPath: /var/log/app
          readOnly: true
`);
  });

  it('puts the copy right after the original', () => {
    const text = edit(anatomy, {
      type: 'duplicateContainer',
      name: 'api-server',
      newName: 'api-2',
    });
    expect(parseManifest(text).view?.containers.map((c) => c.name)).toEqual([
      'init-migrate',
      'api-server',
      'api-2',
      'log-shipper',
    ]);
  });
});

describe('a Pod with the ephemeral container kubectl debug adds', () => {
  const debugged = readFileSync(
    new URL('../../fixtures/manifests/pod-debugged.yaml', import.meta.url),
    'utf8',
  );

  it('renaming the container renames the ephemeral container target', () => {
    const text = edit(debugged, { type: 'renameContainer', name: 'api', newName: 'web-api' });
    expect(text).toBe(
      debugged
        .replace('default-container: api', 'default-container: web-api')
        .replace('- name: api', '- name: web-api')
        .replace('targetContainerName: api', 'targetContainerName: web-api'),
    );
    expect(validateManifest(text).filter((p) => p.ruleId === 'pod/unknown-container')).toEqual([]);
  });

  it('renaming the volume renames the ephemeral container mount', () => {
    const text = edit(debugged, { type: 'renameVolume', name: 'data', newName: 'scratch' });
    expect(text).toBe(debugged.replaceAll('- name: data', '- name: scratch'));
    expect(validateManifest(text).filter((p) => p.ruleId === 'pod/unknown-volume')).toEqual([]);
  });

  it('removing the volume removes the ephemeral container mount', () => {
    const text = edit(debugged, { type: 'removeVolume', name: 'data' });
    const mount = '      volumeMounts:\n        - name: data\n          mountPath: /data\n';
    expect(text).toBe(
      debugged
        .replace(mount, '')
        .replace(mount, '')
        .replace('  volumes:\n    - name: data\n      emptyDir: {}\n', ''),
    );
    expect(validateManifest(text).filter((p) => p.ruleId === 'pod/unknown-volume')).toEqual([]);
  });
});

describe('the name of a copy', () => {
  it('numbers a copy of a copy in its family: api-server-2, not api-server-1-1', () => {
    const once = edit(anatomy, { type: 'duplicateContainer', name: 'api-server' });
    const twice = edit(once, { type: 'duplicateContainer', name: 'api-server-1' });
    expect(parseManifest(twice).view?.containers.map((c) => c.name)).toEqual([
      'init-migrate',
      'api-server',
      'api-server-1',
      'api-server-2',
      'log-shipper',
    ]);
  });

  it('keeps a number that is part of the name when no other name shares its stem', () => {
    expect(copyName('web-8080', ['web-8080', 'db'])).toBe('web-8080-1');
    expect(copyName('web-8080', ['web-8080', 'web-8081'])).toBe('web-8080-1');
    expect(copyName('web-8080', ['web-8080', 'web'])).toBe('web-1');
  });
});
