import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../shared/manifest/parse';
import type { PodView } from '../../../shared/manifest/types';

/** A StatefulSet whose container mounts its claim template `data` and a Pod volume `conf`. */
const statefulSet = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  replicas: 3
  selector:
    matchLabels: { app: db }
  template:
    metadata:
      labels: { app: db }
    spec:
      containers:
        - name: postgres
          image: postgres:16
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
            - name: conf
              mountPath: /etc/postgresql
      volumes:
        - name: conf
          configMap:
            name: db-conf
  volumeClaimTemplates:
    # Each replica's own disk.
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        storageClassName: fast
        resources:
          requests:
            storage: 10Gi
`;

function viewOf(text: string): PodView {
  const parsed = parseManifest(text);
  if (!parsed.view) throw new Error(`not a Pod: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.view;
}

describe('a StatefulSet’s claim templates in the Pod view', () => {
  it('are volumes of the Pod, after its own: a claim per Pod, mounted by name', () => {
    const view = viewOf(statefulSet);
    expect(view.volumes.map((v) => [v.id, v.name, v.source, v.index])).toEqual([
      ['volume:conf', 'conf', 'configMap', 0],
      ['volume:data', 'data', 'persistentVolumeClaim', 0],
    ]);
    const data = view.volumes[1]!;
    expect(data.claimTemplate).toEqual({
      storage: '10Gi',
      accessModes: ['ReadWriteOnce'],
      storageClassName: 'fast',
      claims: ['data-db-0', 'data-db-1'],
      moreClaims: true,
    });
    expect(data.detail).toBe(
      'claim per Pod from template (data-db-0, data-db-1, …): 10Gi, ReadWriteOnce, class fast',
    );
    expect(view.volumes[0]!.claimTemplate).toBeUndefined();
    expect(parseManifest(statefulSet).diagnostics).toEqual([]);
  });

  it('have the template item’s place in the text, so that a selection finds it', () => {
    const data = viewOf(statefulSet).volumes[1]!;
    const item = statefulSet.slice(data.range!.from, data.range!.to);
    expect(item).toMatch(/^metadata:\n\s+name: data\n/);
    expect(item).toContain('storage: 10Gi');
  });

  it('name each Pod’s claim from the first ordinal, and none while there are no replicas', () => {
    const from = (text: string) => viewOf(text).volumes[1]!.claimTemplate!.claims;
    expect(from(statefulSet.replace('replicas: 3', 'replicas: 1'))).toEqual(['data-db-0']);
    expect(from(statefulSet.replace('replicas: 3', 'replicas: 0'))).toEqual([]);
    expect(from(statefulSet.replace('  replicas: 3\n', ''))).toEqual(['data-db-0']);
    expect(
      from(statefulSet.replace('replicas: 3', 'replicas: 3\n  ordinals:\n    start: 5')),
    ).toEqual(['data-db-5', 'data-db-6']);
    // Its summary ends in "…" only while there are more claims than it names.
    const detail = (text: string) => viewOf(text).volumes[1]!.detail;
    expect(detail(statefulSet)).toMatch(/\(data-db-0, data-db-1, …\)/);
    expect(detail(statefulSet.replace('replicas: 3', 'replicas: 2'))).toMatch(
      /\(data-db-0, data-db-1\)/,
    );
    expect(detail(statefulSet.replace('replicas: 3', 'replicas: 1'))).toMatch(/\(data-db-0\)/);
  });

  it('take the first id of their name: a Pod volume of that name is replaced by them', () => {
    const text = statefulSet.replace(
      '      volumes:\n',
      '      volumes:\n        - name: data\n          emptyDir: {}\n',
    );
    expect(viewOf(text).volumes.map((v) => [v.id, v.source, v.replacedByClaimTemplate])).toEqual([
      ['volume:data#2', 'emptyDir', true],
      ['volume:conf', 'configMap', undefined],
      ['volume:data', 'persistentVolumeClaim', undefined],
    ]);
  });

  it('read through anchors and flow style, and leave what they do not say unknown', () => {
    const text = statefulSet.replace(
      / {2}volumeClaimTemplates:\n[^]*$/,
      `  volumeClaimTemplates:
    - &logs { metadata: { name: logs }, spec: { accessModes: [ReadWriteMany, ReadOnlyMany] } }
    - *logs
    - metadata: {}
    - not a template
`,
    );
    const volumes = viewOf(text).volumes.filter((v) => v.claimTemplate);
    expect(volumes.map((v) => [v.id, v.name, v.index])).toEqual([
      ['volume:logs', 'logs', 0],
      ['volume:logs#2', 'logs', 1],
      ['volume:', '', 2],
    ]);
    expect(volumes[0]!.claimTemplate).toEqual({
      storage: null,
      accessModes: ['ReadWriteMany', 'ReadOnlyMany'],
      storageClassName: null,
      claims: ['logs-db-0', 'logs-db-1'],
      moreClaims: true,
    });
    expect(volumes[0]!.detail).toBe(
      'claim per Pod from template (logs-db-0, logs-db-1, …): ReadWriteMany, ReadOnlyMany',
    );
  });

  it('are a StatefulSet’s only, and nothing when they are not a list', () => {
    const deployment = statefulSet
      .replace('kind: StatefulSet', 'kind: Deployment')
      .replace('  serviceName: db\n', '');
    expect(viewOf(statefulSet).volumes.map((v) => v.name)).toEqual(['conf', 'data']);
    expect(viewOf(deployment).volumes.map((v) => v.name)).toEqual(['conf']);
    const notAList = statefulSet.replace(
      / {2}volumeClaimTemplates:\n[^]*$/,
      '  volumeClaimTemplates: 3\n',
    );
    expect(viewOf(notAList).volumes.map((v) => v.name)).toEqual(['conf']);
  });
});
