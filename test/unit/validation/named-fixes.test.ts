import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { namesOne } from '../../../shared/validation/fixes';
import { applyFix, check, container, only, pod, yamlOf } from './helpers';

type Json = Record<string, unknown>;
const specOf = (text: string) => (parse(text) as { spec: Json }).spec;
const firstContainer = (text: string) => (specOf(text).containers as Json[])[0]!;

describe('quick fixes', () => {
  it('that find a container by a name two share are left out, a rename of one is not', () => {
    const move = {
      title: 'Make it a sidecar',
      edits: [{ type: 'moveContainer' as const, name: 'web', role: 'sidecar' as const }],
    };
    const rename = {
      title: 'Rename',
      edits: [{ type: 'renameContainer' as const, name: 'web', newName: 'web-1' }],
    };
    expect(namesOne(['web', 'web'], move)).toBe(false);
    expect(namesOne(['web', 'api'], move)).toBe(true);
    expect(namesOne(['web', 'web'], rename)).toBe(true);
  });

  it('that name a container two containers share are not offered until one is renamed', () => {
    const open = { securityContext: { readOnlyRootFilesystem: true } };
    const text = yamlOf(pod({ containers: [container('web', open), container('web', open)] }));
    // The duplicate name's own fix renames the second one.
    const duplicate = only('pod/duplicate-container-name', text).find((p) => p.fix);
    const renamed = applyFix(text, duplicate!);
    const byName = (t: string) => only('lint/allow-privilege-escalation', t);
    expect(byName(text).map((p) => p.fix)).toEqual([undefined, undefined]);
    // Once the names differ, each container's fix is back, and applies.
    const fixes = byName(renamed).map((p) => p.fix?.title);
    expect(fixes).toEqual([
      'Set allowPrivilegeEscalation: false',
      'Set allowPrivilegeEscalation: false',
    ]);
    expect(() => applyFix(renamed, byName(renamed)[1]!)).not.toThrow();
  });

  it('mount the volume that exists under another name first, then offer a new emptyDir', () => {
    const text = yamlOf(
      pod({
        containers: [
          container('app', { volumeMounts: [{ name: 'config', mountPath: '/etc/app' }] }),
        ],
        volumes: [{ name: 'app-config', configMap: { name: 'app' } }],
      }),
    );
    const [problem] = only('pod/unknown-volume', text);
    expect(problem!.fix!.title).toBe('Mount the volume "app-config" instead');
    expect(problem!.moreFixes?.map((f) => f.title)).toEqual(['Add an emptyDir volume "config"']);
    const fixed = applyFix(text, problem!);
    expect(firstContainer(fixed).volumeMounts).toEqual([
      { name: 'app-config', mountPath: '/etc/app' },
    ]);
  });

  it("offer a StatefulSet's claim template for a misspelled mount", () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: web',
      'spec:',
      '  serviceName: web',
      '  selector:',
      '    matchLabels: { app: web }',
      '  template:',
      '    metadata:',
      '      labels: { app: web }',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: nginx:1.27',
      '          volumeMounts:',
      '            - name: wwww',
      '              mountPath: /data',
      '  volumeClaimTemplates:',
      '    - metadata:',
      '        name: www',
      '      spec:',
      '        accessModes: [ReadWriteOnce]',
      '        resources: { requests: { storage: 1Gi } }',
      '',
    ].join('\n');
    const [problem] = only('pod/unknown-volume', text);
    expect(problem!.fix!.title).toBe('Mount the volume "www" instead');
  });

  it('report a block device of a volume the Pod lacks, and offer the nearest name', () => {
    const text = yamlOf(
      pod({
        containers: [
          container('db', { volumeDevices: [{ name: 'raw-blok', devicePath: '/dev/xvda' }] }),
        ],
        volumes: [{ name: 'raw-block', persistentVolumeClaim: { claimName: 'raw' } }],
      }),
    );
    const problem = only('pod/unknown-volume', text).find((p) =>
      p.message.includes('block device'),
    );
    expect(problem!.message).toBe(
      'Container "db" uses "raw-blok" as a block device, but the Pod has no volume of that name.',
    );
    expect(problem!.fix!.title).toBe('Use the volume "raw-block" instead');
    expect(firstContainer(applyFix(text, problem!)).volumeDevices).toEqual([
      { name: 'raw-block', devicePath: '/dev/xvda' },
    ]);
  });

  it('ask before making a root Pod non-root, and give it a user the kubelet will start', () => {
    const text = yamlOf(pod({ securityContext: { runAsUser: 0 } }));
    const [problem] = only('lint/run-as-non-root', text);
    expect(problem!.fix!.confirm).toMatch(/runs as root.*kubelet would refuse to start it/);
    const fixed = applyFix(text, problem!);
    expect(specOf(fixed).securityContext).toEqual({ runAsUser: 1000, runAsNonRoot: true });
    expect(check(fixed).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('do not ask when nothing runs as root', () => {
    const text = yamlOf(pod({ securityContext: {} }));
    expect(only('lint/run-as-non-root', text)[0]!.fix!.confirm).toBeUndefined();
  });

  it('leave a placeholder tag still a problem', () => {
    const text = yamlOf(pod({ containers: [container('app', { image: 'nginx' })] }));
    const fixed = applyFix(text, only('lint/image-not-pinned', text)[0]!);
    expect(firstContainer(fixed).image).toBe('nginx:set-a-version');
    expect(only('lint/image-placeholder-tag', fixed)).toHaveLength(1);
  });

  it.each([
    [
      'volumeMount → volumeMounts',
      { volumeMount: [{ name: 'cache', mountPath: '/c' }] },
      'schema/unknown-field',
      { volumeMounts: [{ name: 'cache', mountPath: '/c' }] },
    ],
    [
      '"8080" → 8080',
      { ports: [{ containerPort: '8080', name: 'http' }] },
      'schema/type',
      { ports: [{ containerPort: 8080, name: 'http' }] },
    ],
    // The same number of bytes: GB is 10^9 bytes as G is; Gi (2^30) would be 7 % more.
    [
      '1GB → 1G',
      { resources: { requests: { memory: '1GB' } } },
      'pod/invalid-quantity',
      { resources: { requests: { memory: '1G' } } },
    ],
    [
      '512mb → 512M',
      { resources: { requests: { memory: '512mb' } } },
      'pod/invalid-quantity',
      { resources: { requests: { memory: '512M' } } },
    ],
    [
      '2 GiB → 2Gi',
      { resources: { limits: { memory: '2 GiB' } } },
      'pod/invalid-quantity',
      { resources: { limits: { memory: '2Gi' } } },
    ],
    // A bare lower-case letter, as Docker and the JVM read it (mem_limit: 1g, -Xmx1g).
    [
      '1g → 1Gi',
      { resources: { limits: { memory: '1g' } } },
      'pod/invalid-quantity',
      { resources: { limits: { memory: '1Gi' } } },
    ],
    [
      '10kb → 10k',
      { resources: { limits: { 'ephemeral-storage': '10kb' } } },
      'pod/invalid-quantity',
      { resources: { limits: { 'ephemeral-storage': '10k' } } },
    ],
    [
      '1 cpu → 1',
      { resources: { requests: { cpu: '1 cpu' } } },
      'pod/invalid-quantity',
      { resources: { requests: { cpu: '1' } } },
    ],
    ['Web_Server → web-server', { name: 'Web_Server' }, 'pod/invalid-name', { name: 'web-server' }],
  ])('%s', (_, field, ruleId, expected) => {
    const base = container('app');
    delete base.volumeMounts;
    const text = yamlOf(pod({ containers: [{ ...base, ...field }] }));
    const fixed = applyFix(text, only(ruleId, text)[0]!);
    expect(firstContainer(fixed)).toMatchObject(expected);
    expect(only(ruleId, fixed)).toEqual([]);
  });

  it('give the second of two same-named containers a unique name', () => {
    const text = yamlOf(pod({ containers: [container('app'), container('app')] }));
    const withFix = only('pod/duplicate-container-name', text).find((p) => p.fix)!;
    const fixed = applyFix(text, withFix);
    expect((specOf(fixed).containers as Json[]).map((c) => c.name)).toEqual(['app', 'app-1']);
  });
});
