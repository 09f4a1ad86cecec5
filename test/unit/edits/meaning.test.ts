import { parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { deriveGraph, parseManifest, validateManifest } from '../../../shared';
import { edit, editError } from './helpers';

/**
 * Edits that once succeeded and did something else than the user meant: each now does what was
 * meant, or says why not.
 */

/** The document as kubectl reads it: YAML 1.1. */
const asKubectl = (text: string) => parseDocument(text, { version: '1.1' }).toJS() as never;

describe('values keep their type as kubectl reads them', () => {
  const pod = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    "  labels: {tier: 'web'}",
    'spec:',
    '  containers:',
    '  - name: app',
    '    image: nginx',
    '',
  ].join('\n');

  it.each(['yes', 'No', 'on', 'OFF', 'y', 'n', '1_000', '0b101', '017', '1e3', '2001-12-14'])(
    'writes %s as a string, in the quotes the file uses',
    (value) => {
      const text = edit(pod, { type: 'setEnv', container: 'app', name: 'FLAG', value });
      expect(text).toContain(`value: '${value}'`);
      const read: { spec: { containers: { env: { value: unknown }[] }[] } } = asKubectl(text);
      expect(read.spec.containers[0]!.env[0]!.value).toBe(value);
      // The app's own validator has nothing to say about the line it just wrote.
      expect(validateManifest(text).filter((p) => p.ruleId.includes('yaml11'))).toEqual([]);
    },
  );

  it('quotes a label key and value, and an image', () => {
    let text = edit(pod, {
      type: 'setField',
      target: { pod: true },
      path: ['metadata', 'labels', 'on'],
      value: 'off',
    });
    text = edit(text, {
      type: 'setField',
      target: { container: 'app' },
      path: ['image'],
      value: 'yes',
    });
    const read: {
      metadata: { labels: Record<string, unknown> };
      spec: { containers: { image: unknown }[] };
    } = asKubectl(text);
    expect(read.metadata.labels).toEqual({ tier: 'web', on: 'off' });
    expect(read.spec.containers[0]!.image).toBe('yes');
  });
});

describe('names are references', () => {
  const job = [
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata:',
    '  name: batch',
    'spec:',
    '  podFailurePolicy:',
    '    rules:',
    '    - action: FailJob',
    '      onExitCodes:',
    '        containerName: main',
    '        operator: In',
    '        values: [42]',
    '  template:',
    '    spec:',
    '      restartPolicy: Never',
    '      containers:',
    '      - name: main',
    '        image: busybox',
    '        ports: [{name: http, containerPort: 8080}]',
    '        readinessProbe: {httpGet: {path: /, port: http}}',
    '        env:',
    '        - name: CPU',
    '          valueFrom: {resourceFieldRef: {containerName: main, resource: limits.cpu}}',
    '      volumes:',
    '      - name: info',
    '        downwardAPI:',
    '          items:',
    '          - path: cpu',
    '            resourceFieldRef: {containerName: main, resource: limits.cpu}',
    '',
  ].join('\n');

  it('a container rename follows env, downwardAPI items and the podFailurePolicy', () => {
    const text = edit(job, { type: 'renameContainer', name: 'main', newName: 'worker' });
    expect(text).not.toMatch(/\bmain\b/);
    expect(text.match(/containerName: worker/g)).toHaveLength(3);
    expect(validateManifest(text).filter((p) => p.ruleId === 'pod/unknown-container')).toEqual([]);
  });

  it('a removal that leaves references reports each where it stands', () => {
    const two = edit(job, { type: 'addContainer', role: 'app', name: 'other' });
    const text = edit(two, { type: 'removeContainer', name: 'main' });
    const dangling = validateManifest(text).filter((p) => p.ruleId === 'pod/unknown-container');
    // The container's own env went with it; the Job's rule and the volume's item stay, reported.
    const lines = text.split('\n');
    const expected = lines.flatMap((line, i) =>
      line.includes('containerName: main') ? [i + 1] : [],
    );
    expect(expected).toHaveLength(2);
    expect(dangling.map((p) => p.line)).toEqual(expected);
    expect(dangling[0]!.message).toMatch(/podFailurePolicy names the container "main"/);
  });

  it('a port rename follows the probe that names it', () => {
    const text = edit(job, {
      type: 'setField',
      target: { container: 'main' },
      path: ['ports', 0, 'name'],
      value: 'web',
    });
    expect(text).toContain('readinessProbe: {httpGet: {path: /, port: web}}');
  });
});

describe('anchors are shared', () => {
  const env = [
    'kind: Pod',
    'spec:',
    '  containers:',
    '  - name: a',
    '    image: nginx',
    '    env: &commonEnv',
    '    - name: MODE',
    '      value: "on"',
    '  - name: b',
    '    image: nginx',
    '    env: *commonEnv',
    '',
  ].join('\n');

  it('an env var added to the anchor owner stays in that container', () => {
    const text = edit(env, { type: 'setEnv', container: 'a', name: 'EXTRA', value: 'x' });
    const read = parse(text) as { spec: { containers: { env: { name: string }[] }[] } };
    expect(read.spec.containers[0]!.env.map((e) => e.name)).toEqual(['MODE', 'EXTRA']);
    expect(read.spec.containers[1]!.env.map((e) => e.name)).toEqual(['MODE']);
    // The copy keeps the user's quotes: "on" is still a string for kubectl.
    expect(asKubectl(text)).toMatchObject({
      spec: { containers: [{}, { env: [{ name: 'MODE', value: 'on' }] }] },
    });
  });

  const merged = [
    'kind: Pod',
    'spec:',
    '  containers:',
    '  - &base',
    '    name: a',
    '    image: nginx',
    '    ports: [{containerPort: 80}]',
    '  - <<: *base',
    '    name: b',
    '',
  ].join('\n');

  it.each([
    { type: 'addPort', container: 'a', containerPort: 81 },
    {
      type: 'setField',
      target: { container: 'a' },
      path: ['resources', 'limits', 'cpu'],
      value: '1',
    },
    { type: 'addMount', container: 'a', volume: 'v' },
  ] as const)('$type on the merged container changes only it', (podEdit) => {
    const withVolume = edit(merged, { type: 'addVolume', name: 'v' });
    const before = parse(withVolume, { merge: true }) as { spec: { containers: unknown[] } };
    const text = edit(withVolume, podEdit);
    const after = parse(text, { merge: true }) as { spec: { containers: unknown[] } };
    expect(after.spec.containers[1]).toEqual(before.spec.containers[1]);
    expect(after.spec.containers[0]).not.toEqual(before.spec.containers[0]);
  });

  it('a change the merging container overrides leaves its merge as written', () => {
    const text = edit(merged, {
      type: 'setField',
      target: { container: 'a' },
      path: ['image'],
      value: 'nginx:2',
    });
    // b merges the image from a: it is written out with the old image first.
    expect(parse(text, { merge: true })).toMatchObject({
      spec: { containers: [{ image: 'nginx:2' }, { name: 'b', image: 'nginx' }] },
    });
    const renamed = edit(merged, { type: 'renameContainer', name: 'a', newName: 'c' });
    expect(renamed).toContain('  - <<: *base\n    name: b\n');
  });
});

describe('duplicate names', () => {
  const twins = [
    'kind: Pod',
    'spec:',
    '  containers:',
    '  - name: web',
    '    image: nginx',
    '  - name: web',
    '    image: redis',
    '',
  ].join('\n');

  it('draws each container, with its own id, and marks each', () => {
    const view = parseManifest(twins).view!;
    const nodes = deriveGraph(view).nodes.filter((n) => n.type === 'container');
    expect(nodes.map((n) => n.id)).toEqual(['container:web', 'container:web#2']);
    expect(nodes.map((n) => n.type === 'container' && n.data.image)).toEqual(['nginx', 'redis']);
    const marks = validateManifest(twins).filter(
      (p) => p.ruleId === 'pod/duplicate-container-name',
    );
    expect(marks.map((p) => p.nodeId)).toEqual(['container:web', 'container:web#2']);
  });

  it('refuses an edit by the shared name until the names differ', () => {
    expect(
      editError(twins, {
        type: 'setField',
        target: { container: 'web' },
        path: ['image'],
        value: 'x',
      }),
    ).toMatch(/2 containers are named "web": rename one of them in the YAML first/);
  });
});

describe('an edit that changes nothing says why', () => {
  it('moving the only app container to the sidecars', () => {
    const pod = 'kind: Pod\nspec:\n  containers:\n  - name: app\n    image: nginx\n';
    expect(editError(pod, { type: 'moveContainer', name: 'app', role: 'sidecar' })).toBe(
      '"app" is the Pod\'s only app container, so it is the main container; add another app container to make this one a sidecar.',
    );
  });
});
