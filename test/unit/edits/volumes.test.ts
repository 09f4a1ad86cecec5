import { describe, expect, it } from 'vitest';
import type { VolumeSourceSpec } from '../../../shared/edits/types';
import { parseManifest } from '../../../shared/manifest/parse';
import { anatomy, changedSpan, edit, editError } from './helpers';

describe('addVolume', () => {
  it('appends an emptyDir volume named volume-N', () => {
    const text = edit(anatomy, { type: 'addVolume' });
    expect(changedSpan(anatomy, text).inserted).toBe('    - name: volume-1\n      emptyDir: {}\n');
    expect(parseManifest(text).view?.volumes.map((v) => [v.name, v.source])).toEqual([
      ['app-logs', 'emptyDir'],
      ['volume-1', 'emptyDir'],
    ]);
  });

  it('creates volumes after containers, before restartPolicy', () => {
    const pod =
      'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: x\n  restartPolicy: Never\n';
    expect(edit(pod, { type: 'addVolume', name: 'cache' })).toBe(
      'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: x\n  volumes:\n  - name: cache\n    emptyDir: {}\n  restartPolicy: Never\n',
    );
  });

  it('refuses a duplicate name', () => {
    expect(editError(anatomy, { type: 'addVolume', name: 'app-logs' })).toMatch(/already exists/);
  });
});

describe('removeVolume', () => {
  it('removes the volume and every mount of it', () => {
    const text = edit(anatomy, { type: 'removeVolume', name: 'app-logs' });
    expect(text).not.toContain('app-logs\n');
    expect(text).not.toContain('volumeMounts');
    expect(text).not.toContain('volumes:');
    // The comment about log-shipper survives; the mounts it had go.
    expect(text).toContain(
      "    # Tails the app's log files in /var/log/app and forwards them to Loki.\n    - name: log-shipper\n",
    );
    const view = parseManifest(text).view;
    expect(view?.volumes).toEqual([]);
    expect(view?.containers.every((c) => c.mounts.length === 0)).toBe(true);
  });

  it("removes the block devices of it too, and keeps the container's other devices", () => {
    const pod = [
      'kind: Pod',
      'spec:',
      '  containers:',
      '  - name: db',
      '    image: postgres:16',
      '    volumeDevices:',
      '    - name: raw',
      '      devicePath: /dev/xvda',
      '    - name: other',
      '      devicePath: /dev/xvdb',
      '  volumes:',
      '  - name: raw',
      '    persistentVolumeClaim:',
      '      claimName: raw-block',
      '  - name: other',
      '    persistentVolumeClaim:',
      '      claimName: other-block',
      '',
    ].join('\n');
    const text = edit(pod, { type: 'removeVolume', name: 'raw' });
    expect(text).not.toContain('/dev/xvda');
    expect(text).toContain('    volumeDevices:\n    - name: other\n      devicePath: /dev/xvdb\n');
  });

  it('keeps other mounts', () => {
    const two = edit(edit(anatomy, { type: 'addVolume', name: 'cache' }), {
      type: 'addMount',
      container: 'api-server',
      volume: 'cache',
    });
    const text = edit(two, { type: 'removeVolume', name: 'app-logs' });
    const api = parseManifest(text).view?.containers.find((c) => c.name === 'api-server');
    expect(api?.mounts).toEqual([
      { volume: 'cache', mountPath: '/mnt/cache', readOnly: false, index: 0 },
    ]);
  });

  it('reports an unknown volume', () => {
    expect(editError(anatomy, { type: 'removeVolume', name: 'nope' })).toBe(
      'There is no volume named "nope".',
    );
  });
});

const SOURCES: [VolumeSourceSpec, string, string][] = [
  [
    { kind: 'emptyDir', medium: 'Memory', sizeLimit: '64Mi' },
    '      emptyDir:\n        medium: Memory\n        sizeLimit: 64Mi\n',
    'medium: Memory, sizeLimit: 64Mi',
  ],
  [
    { kind: 'configMap', name: 'promtail-config' },
    '      configMap:\n        name: promtail-config\n',
    'configMap promtail-config',
  ],
  [
    { kind: 'secret', secretName: 'tls', defaultMode: 0o400 },
    '      secret:\n        secretName: tls\n        defaultMode: 256\n',
    'secret tls',
  ],
  [
    { kind: 'persistentVolumeClaim', claimName: 'data' },
    '      persistentVolumeClaim:\n        claimName: data\n',
    'claim data',
  ],
  [
    { kind: 'hostPath', path: '/var/log', type: 'Directory' },
    '      hostPath:\n        path: /var/log\n        type: Directory\n',
    'hostPath /var/log',
  ],
  [
    {
      kind: 'projected',
      sources: [{ configMap: { name: 'a' } }, { serviceAccountToken: { path: 'token' } }],
    },
    '      projected:\n        sources:\n          - configMap:\n              name: a\n          - serviceAccountToken:\n              path: token\n',
    'projected: configMap, serviceAccountToken',
  ],
  [
    {
      kind: 'downwardAPI',
      items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }],
    },
    '      downwardAPI:\n        items:\n          - path: labels\n            fieldRef:\n              fieldPath: metadata.labels\n',
    'downwardAPI: 1 item',
  ],
];

describe('setVolumeSource', () => {
  it.each(SOURCES)('sets %o', (source, expected, detail) => {
    const text = edit(anatomy, { type: 'setVolumeSource', name: 'app-logs', source });
    expect(changedSpan(anatomy, text)).toEqual({
      removed: '      emptyDir: {}\n',
      inserted: expected,
    });
    const volume = parseManifest(text).view?.volumes[0];
    expect(volume?.source).toBe(source.kind);
    expect(volume?.detail).toBe(detail);
  });

  it('refuses a source it does not know', () => {
    expect(
      editError(anatomy, {
        type: 'setVolumeSource',
        name: 'app-logs',
        source: { kind: 'nfs' } as never,
      }),
    ).toMatch(/not a volume source/);
  });
});
