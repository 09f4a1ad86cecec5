import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { podDocument, validateManifest } from '../../../shared';
import { cleanUpClusterRecord } from '../../../shared/manifest/cluster/clean-up';
import { findClusterRecord } from '../../../shared/manifest/cluster/find';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/cluster/${name}`, import.meta.url), 'utf8');

const data = (text: string, index = 0) => parseAllDocuments(text)[index]!.toJS() as unknown;

function cleaned(text: string, withOptional: boolean, document = 0): string {
  // As the app finds it: through the Pod document, from the plain documents it shares.
  const record = podDocument(text, document).clusterRecord();
  if (!record) throw new Error('not read as a cluster record');
  const result = cleanUpClusterRecord(text, record, withOptional);
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

/** True when every line of `after` is a line of `before`, in the same order. */
function onlyRemoved(before: string, after: string): boolean {
  const lines = before.split('\n');
  let i = 0;
  for (const line of after.split('\n')) {
    while (i < lines.length && lines[i] !== line) i++;
    if (i === lines.length) return false;
    i++;
  }
  return true;
}

describe.each([
  ['pod.yaml', 'a Pod (kubectl get pod liveness-http -o yaml --show-managed-fields)'],
  ['deployment-pod.yaml', "a Deployment's Pod (the Debug Running Pods page)"],
  [
    'crash-loop-pod.yaml',
    'a crash-looping Pod with an init container (status kept for the simulator)',
  ],
  ['deployment.yaml', 'a Deployment (kubectl get deployment nginx-deployment -o yaml)'],
])('%s: %s', (file) => {
  const text = fixture(file);
  const written = fixture(file.replace('.yaml', '.written.yaml'));

  it('is read as copied from a cluster; the hand-written manifest is not', () => {
    expect(findClusterRecord(text, 0)?.removals.length).toBeGreaterThan(10);
    expect(findClusterRecord(written, 0)).toBeNull();
  });

  it('becomes the hand-written manifest, with nothing left the validator refuses', () => {
    const result = cleaned(text, true);
    expect(data(result)).toEqual(data(written));
    expect(validateManifest(result).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('only removes lines; without the optional removals the namespace stays', () => {
    const result = cleaned(text, false);
    expect(onlyRemoved(text, result)).toBe(true);
    expect(result).toContain('  namespace: default\n');
    const withNamespace = data(written) as { metadata: Record<string, unknown> };
    withNamespace.metadata.namespace = 'default';
    expect(data(result)).toEqual(withNamespace);
  });
});

describe('what the clean-up keeps', () => {
  const pod = fixture('deployment-pod.yaml');

  it('keeps a pull policy that is not the derived default, and one that is for a pinned image', () => {
    const chosen = pod.replace('imagePullPolicy: Always', 'imagePullPolicy: IfNotPresent');
    expect(cleaned(chosen, false)).toContain('imagePullPolicy: IfNotPresent');
    const pinned = pod.replace('- image: nginx\n', '- image: nginx:1.25\n');
    expect(cleaned(pinned, false)).toContain('imagePullPolicy: Always');
  });

  it('keeps values that differ from the defaults and tolerations someone added', () => {
    const chosen = pod
      .replace('dnsPolicy: ClusterFirst', 'dnsPolicy: Default')
      .replace('terminationGracePeriodSeconds: 30', 'terminationGracePeriodSeconds: 5')
      .replace('requests:\n        cpu: 500m', 'requests:\n        cpu: 250m')
      .replace(
        '  tolerations:\n',
        '  tolerations:\n  - effect: NoSchedule\n    key: gpu\n    operator: Exists\n',
      );
    const result = data(cleaned(chosen, false)) as { spec: Record<string, unknown> };
    expect(result.spec).toMatchObject({
      dnsPolicy: 'Default',
      terminationGracePeriodSeconds: 5,
      tolerations: [{ effect: 'NoSchedule', key: 'gpu', operator: 'Exists' }],
      containers: [{ resources: { requests: { cpu: '250m' } } }],
    });
  });

  it('keeps a default the last-applied configuration shows the user wrote, and says so', () => {
    const text = fixture('pod.yaml').replace(
      '"initialDelaySeconds":3,',
      '"initialDelaySeconds":3,"timeoutSeconds":1,',
    );
    const record = findClusterRecord(text, 0)!;
    expect(record.kept).toEqual(['spec.containers[liveness].livenessProbe.timeoutSeconds']);
    expect(cleaned(text, false)).toContain('      timeoutSeconds: 1\n');
  });

  it('says what it removes, grouped by who added it', () => {
    const record = findClusterRecord(pod, 0)!;
    const fields = (group: string) =>
      record.removals.filter((r) => r.group === group).map((r) => r.field);
    expect(fields('record')).toEqual(
      expect.arrayContaining([
        'metadata.uid',
        'status',
        'metadata.ownerReferences',
        'spec.nodeName',
      ]),
    );
    expect(fields('admission')).toEqual(
      expect.arrayContaining([
        'spec.volumes[kube-api-access-bgsgp]',
        'spec.containers[nginx].volumeMounts[kube-api-access-bgsgp]',
        'spec.tolerations[0]',
      ]),
    );
    expect(fields('default')).toContain('spec.containers[nginx].imagePullPolicy');
    expect(record.removals.filter((r) => r.optional).map((r) => r.field)).toEqual([
      'metadata.namespace',
    ]);
  });
});

describe('a Pod copied after kubectl debug', () => {
  it('loses the ephemeral container the debugging added, and nothing the validator refuses is left', () => {
    const pod = fixture('pod.yaml');
    const debugged = pod.replace(
      '  dnsPolicy: ClusterFirst\n',
      [
        '  dnsPolicy: ClusterFirst',
        '  ephemeralContainers:',
        '  - image: busybox:1.36',
        '    name: debugger-x7k2p',
        '    targetContainerName: liveness',
        '    stdin: true',
        '    tty: true',
        '',
      ].join('\n'),
    );
    expect(debugged).not.toBe(pod);
    const record = findClusterRecord(debugged, 0)!;
    expect(record.removals.map((r) => r.field)).toContain('spec.ephemeralContainers');
    const text = cleaned(debugged, false);
    expect(text).not.toContain('ephemeralContainers');
    expect(validateManifest(text).filter((p) => p.ruleId === 'pod/ephemeral-containers')).toEqual(
      [],
    );
  });
});

describe('in a file of several documents', () => {
  const configMap =
    '# Its settings.\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  uid: kept-as-is\ndata:\n  a: "1"\n';
  const service =
    'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports: [{port: 80}]\n';

  it('cleans the chosen document and leaves the others byte for byte', () => {
    const pod = fixture('deployment-pod.yaml');
    const text = `${configMap}---\n${pod}---\n${service}`;
    const result = cleaned(text, true, 1);
    expect(result.startsWith(`${configMap}---\n`)).toBe(true);
    expect(result.endsWith(`---\n${service}`)).toBe(true);
    expect(data(result, 1)).toEqual(data(fixture('deployment-pod.written.yaml')));
  });
});
