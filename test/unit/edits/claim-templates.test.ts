import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../shared/manifest/parse';
import { changedSpan, edit, editError } from './helpers';

const statefulSet = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  selector:
    matchLabels: { app: nginx }
  template:
    metadata:
      labels: { app: nginx }
    spec:
      initContainers:
        - name: seed
          image: busybox:1.36
          volumeDevices:
            - name: www
              devicePath: /dev/www
      containers:
        - name: nginx
          image: nginx:1.27
          volumeMounts:
            - name: www # the site
              mountPath: /usr/share/nginx/html
            - name: conf
              mountPath: /etc/nginx/conf.d
      volumes:
        - name: conf
          configMap:
            name: nginx-conf
  volumeClaimTemplates:
    # The site's disk.
    - metadata: { name: www }
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
    - metadata:
        name: logs
      spec:
        accessModes: [ReadWriteOnce]
`;

/** The same StatefulSet with a Pod volume named as the claim template `www`. */
const bothNamed = statefulSet.replace(
  '      volumes:\n',
  '      volumes:\n        - name: www\n          emptyDir: {}\n',
);

const volumes = (text: string) =>
  parseManifest(text).view!.volumes.map((v) => [v.name, v.claimTemplate !== undefined]);

describe('a StatefulSet’s claim template, edited as the volume it gives each Pod', () => {
  it('is mounted in a container by its name', () => {
    const text = edit(statefulSet, {
      type: 'addMount',
      container: 'seed',
      volume: 'logs',
      mountPath: '/logs',
    });
    expect(changedSpan(statefulSet, text)).toEqual({
      removed: '',
      inserted:
        '          volumeMounts:\n            - name: logs\n              mountPath: /logs\n',
    });
  });

  it('is renamed in its metadata and in every mount and device of it', () => {
    const text = edit(statefulSet, { type: 'renameVolume', name: 'www', newName: 'site' });
    expect(text).toBe(
      statefulSet
        .replace('- name: www\n              devicePath', '- name: site\n              devicePath')
        .replace('- name: www # the site', '- name: site # the site')
        .replace('metadata: { name: www }', 'metadata: { name: site }'),
    );
    expect(volumes(text)).toEqual([
      ['conf', false],
      ['site', true],
      ['logs', true],
    ]);
    // The inspector's name field renames it the same way.
    expect(
      edit(statefulSet, {
        type: 'setField',
        target: { volume: 'www' },
        path: ['name'],
        value: 'site',
      }),
    ).toBe(text);
  });

  it('is removed with its mounts and the comment above it; the last takes its key along', () => {
    const text = edit(statefulSet, { type: 'removeVolume', name: 'www' });
    expect(text).not.toContain("The site's disk");
    expect(text).not.toContain('# the site');
    expect(volumes(text)).toEqual([
      ['conf', false],
      ['logs', true],
    ]);
    // Its device goes too: one left naming it would make the API server refuse the Pod.
    expect(text).not.toContain('devicePath: /dev/www');
    const none = edit(text, { type: 'removeVolume', name: 'logs' });
    expect(none).not.toContain('volumeClaimTemplates');
    expect(none.endsWith('            name: nginx-conf\n')).toBe(true);
  });

  it('keeps its name from new and renamed volumes, and from a second template', () => {
    expect(editError(statefulSet, { type: 'addVolume', name: 'logs' })).toBe(
      'The claim template "logs" already gives every Pod a volume of that name.',
    );
    expect(
      editError(statefulSet, { type: 'renameVolume', name: 'conf', newName: 'logs' }),
    ).toContain('claim template "logs"');
    expect(
      editError(statefulSet, { type: 'renameVolume', name: 'www', newName: 'logs' }),
    ).toContain('claim template "logs"');
    const added = edit(statefulSet.replaceAll('logs', 'volume-1'), { type: 'addVolume' });
    expect(volumes(added)).toContainEqual(['volume-2', false]);
  });

  it('has no source to set: its claim is the template’s, edited in the YAML', () => {
    const why =
      '"www" is a claim template of the StatefulSet (`volumeClaimTemplates`), not a volume of its Pod template: edit it in the YAML.';
    expect(
      editError(statefulSet, {
        type: 'setVolumeSource',
        name: 'www',
        source: { kind: 'emptyDir' },
      }),
    ).toBe(why);
    expect(
      editError(statefulSet, {
        type: 'setField',
        target: { volume: 'www' },
        path: ['persistentVolumeClaim', 'readOnly'],
        value: true,
      }),
    ).toBe(why);
  });

  it('and a Pod volume of the same name wait until the names differ; a mount of it does not', () => {
    const why =
      '"www" names a volume of the Pod template and a claim template, which replaces that volume in every Pod: rename or remove one of them in the YAML first.';
    expect(editError(bothNamed, { type: 'removeVolume', name: 'www' })).toBe(why);
    expect(editError(bothNamed, { type: 'renameVolume', name: 'www', newName: 'x' })).toBe(why);
    expect(
      editError(bothNamed, { type: 'setVolumeSource', name: 'www', source: { kind: 'emptyDir' } }),
    ).toBe(why);
    const mounted = edit(bothNamed, {
      type: 'addMount',
      container: 'seed',
      volume: 'www',
      mountPath: '/www',
    });
    expect(changedSpan(bothNamed, mounted).inserted).toContain('- name: www\n');
  });

  it('lets the replaced Pod volume go alone: the mounts of its name mount the claim template', () => {
    const text = edit(bothNamed, { type: 'removeVolume', name: 'www', replaced: true });
    expect(text).toBe(statefulSet);
    expect(volumes(text)).toEqual([
      ['conf', false],
      ['www', true],
      ['logs', true],
    ]);
    expect(editError(statefulSet, { type: 'removeVolume', name: 'conf', replaced: true })).toBe(
      'No claim template replaces the volume "conf".',
    );
  });

  it('waits while two claim templates share its name', () => {
    const twice = statefulSet.replace('name: logs', 'name: www');
    const why = '2 claim templates are named "www"';
    expect(editError(twice, { type: 'removeVolume', name: 'www' })).toContain(why);
    expect(editError(twice, { type: 'renameVolume', name: 'www', newName: 'x' })).toContain(why);
    expect(editError(twice, { type: 'addMount', container: 'seed', volume: 'www' })).toContain(why);
  });

  it('is a StatefulSet’s only: a Deployment’s stray `volumeClaimTemplates` names no volume', () => {
    const deployment = statefulSet.replace('kind: StatefulSet', 'kind: Deployment');
    edit(statefulSet, { type: 'addMount', container: 'seed', volume: 'logs' });
    expect(editError(deployment, { type: 'addMount', container: 'seed', volume: 'logs' })).toBe(
      'There is no volume named "logs".',
    );
    expect(edit(deployment, { type: 'addVolume', name: 'logs' })).toContain('- name: logs\n');
  });
});
