import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseManifest } from '../../../shared/manifest/parse';
import { anatomy, changedSpan, edit, editError } from './helpers';

describe('setField on a container', () => {
  it('changes a scalar by its characters only', () => {
    const text = edit(anatomy, {
      type: 'setField',
      target: { container: 'api-server' },
      path: ['image'],
      value: 'my-api:v3',
    });
    expect(changedSpan(anatomy, text)).toEqual({
      removed: '      image: my-api:v2\n',
      inserted: '      image: my-api:v3\n',
    });
    expect(text.length).toBe(anatomy.length);
  });

  it('keeps the quoting of a scalar it changes', () => {
    const pod =
      'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: "nginx:1"\n    workingDir: \'/srv\'\n';
    const one = edit(pod, {
      type: 'setField',
      target: { container: 'a' },
      path: ['image'],
      value: 'nginx:2',
    });
    const two = edit(one, {
      type: 'setField',
      target: { container: 'a' },
      path: ['workingDir'],
      value: '/app',
    });
    expect(two).toBe(
      'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: "nginx:2"\n    workingDir: \'/app\'\n',
    );
  });

  it('changes one item of a flow list in place, keeping its quotes', () => {
    const text = edit(anatomy, {
      type: 'setField',
      target: { container: 'init-migrate' },
      path: ['command', 3],
      value: '--plan',
    });
    expect(text).toContain('command: ["python", "manage.py", "migrate", "--plan"]\n');
  });

  it('replaces a flow list in flow style', () => {
    const text = edit(anatomy, {
      type: 'setField',
      target: { container: 'init-migrate' },
      path: ['command'],
      value: ['sh', '-c', 'echo hi, there'],
    });
    expect(text).toContain('      command: ["sh", "-c", "echo hi, there"]\n');
  });

  it('creates nested keys at their usual place', () => {
    const text = edit(anatomy, {
      type: 'setField',
      target: { container: 'api-server' },
      path: ['resources', 'limits', 'memory'],
      value: '512Mi',
    });
    expect(changedSpan(anatomy, text).inserted).toBe(
      '      resources:\n        limits:\n          memory: 512Mi\n',
    );
    expect(text.indexOf('resources:')).toBeLessThan(text.indexOf('volumeMounts:'));
  });

  it('writes a probe as a YAML subtree', () => {
    const probe = {
      httpGet: { path: '/healthz', port: 'http' },
      initialDelaySeconds: 3,
      periodSeconds: 10,
    };
    const text = edit(anatomy, {
      type: 'setField',
      target: { container: 'api-server' },
      path: ['livenessProbe'],
      value: probe,
    });
    expect(changedSpan(anatomy, text).inserted).toBe(
      '      livenessProbe:\n        httpGet:\n          path: /healthz\n          port: http\n        initialDelaySeconds: 3\n        periodSeconds: 10\n',
    );
  });

  it('writes multi-line strings as block scalars', () => {
    const text = edit(anatomy, {
      type: 'setField',
      target: { container: 'init-migrate' },
      path: ['args'],
      value: ['-c', 'set -e\necho one\necho two\n'],
    });
    const parsed = parseManifest(text);
    expect(parsed.status).toBe('ok');
    expect(text).toContain('      args:\n        - -c\n        - |\n          set -e\n');
  });

  it('removes a field and the mappings it leaves empty', () => {
    const withLimits = edit(anatomy, {
      type: 'setField',
      target: { container: 'api-server' },
      path: ['resources', 'limits', 'cpu'],
      value: '1',
    });
    const text = edit(withLimits, {
      type: 'setField',
      target: { container: 'api-server' },
      path: ['resources', 'limits', 'cpu'],
      value: undefined,
    });
    expect(text).toBe(anatomy);
  });

  it('removes a field of a mount', () => {
    const text = edit(anatomy, {
      type: 'setField',
      target: { container: 'log-shipper' },
      path: ['volumeMounts', 0, 'readOnly'],
      value: undefined,
    });
    expect(changedSpan(anatomy, text)).toEqual({
      removed: '          readOnly: true\n',
      inserted: '',
    });
  });

  it('turns a name change into a rename', () => {
    const text = edit(anatomy, {
      type: 'setField',
      target: { container: 'api-server' },
      path: ['name'],
      value: 'api',
    });
    expect(text).toContain('kubectl.kubernetes.io/default-container: api\n');
  });

  it('refuses values that are not plain data, and empty paths', () => {
    const target = { container: 'api-server' };
    expect(editError(anatomy, { type: 'setField', target, path: [], value: 1 })).toMatch(/empty/);
    expect(editError(anatomy, { type: 'setField', target, path: ['x'], value: () => 1 })).toMatch(
      /YAML/,
    );
    expect(editError(anatomy, { type: 'setField', target, path: ['x'], value: NaN })).toMatch(
      /number/,
    );
    expect(
      editError(anatomy, { type: 'setField', target, path: ['image', 'x'], value: 1 }),
    ).toMatch(/not a mapping/);
  });
});

describe('setField on the Pod', () => {
  it('adds a label beside the others', () => {
    const text = edit(anatomy, {
      type: 'setField',
      target: { pod: true },
      path: ['metadata', 'labels', 'tier'],
      value: 'backend',
    });
    expect(changedSpan(anatomy, text)).toEqual({ removed: '', inserted: '    tier: backend\n' });
  });

  it('sets Pod spec fields at their usual place', () => {
    let text = anatomy;
    text = edit(text, {
      type: 'setField',
      target: { pod: true },
      path: ['spec', 'serviceAccountName'],
      value: 'api',
    });
    text = edit(text, {
      type: 'setField',
      target: { pod: true },
      path: ['spec', 'securityContext'],
      value: { runAsNonRoot: true, runAsUser: 1000 },
    });
    text = edit(text, {
      type: 'setField',
      target: { pod: true },
      path: ['spec', 'terminationGracePeriodSeconds'],
      value: 30,
    });
    text = edit(text, {
      type: 'setField',
      target: { pod: true },
      path: ['spec', 'restartPolicy'],
      value: 'OnFailure',
    });
    text = edit(text, {
      type: 'setField',
      target: { pod: true },
      path: ['spec', 'hostname'],
      value: 'api-0',
    });
    expect(text.slice(text.indexOf('spec:'))).toMatch(
      /^spec:\n {2}hostname: api-0\n {2}serviceAccountName: api\n {2}securityContext:\n {4}runAsNonRoot: true\n {4}runAsUser: 1000\n {2}initContainers:/,
    );
    expect(text).toMatch(/ {2}restartPolicy: OnFailure\n {2}terminationGracePeriodSeconds: 30\n$/);
  });

  it('edits the template of a workload, and the workload itself with the document target', () => {
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx
`;
    let text = edit(deployment, {
      type: 'setField',
      target: { pod: true },
      path: ['metadata', 'labels', 'tier'],
      value: 'front',
    });
    expect(text).toContain('      labels: {app: web, tier: front}\n');
    text = edit(text, {
      type: 'setField',
      target: { document: true },
      path: ['spec', 'replicas'],
      value: 3,
    });
    expect(text).toContain('  replicas: 3\n');
  });
});

describe('setField on a volume', () => {
  it('fills an empty flow mapping in block style', () => {
    const text = edit(anatomy, {
      type: 'setField',
      target: { volume: 'app-logs' },
      path: ['emptyDir', 'sizeLimit'],
      value: '1Gi',
    });
    expect(changedSpan(anatomy, text)).toEqual({
      removed: '      emptyDir: {}\n',
      inserted: '      emptyDir:\n        sizeLimit: 1Gi\n',
    });
  });
});

describe('setField on the fields a Pod designer touches', () => {
  const api = { container: 'api-server' };
  const cases: [string, Parameters<typeof edit>[1], string, string][] = [
    [
      'imagePullPolicy',
      { type: 'setField', target: api, path: ['imagePullPolicy'], value: 'Always' },
      '',
      '      imagePullPolicy: Always\n',
    ],
    [
      'workingDir',
      { type: 'setField', target: api, path: ['workingDir'], value: '/srv' },
      '',
      '      workingDir: /srv\n',
    ],
    [
      'a port number',
      { type: 'setField', target: api, path: ['ports', 0, 'containerPort'], value: 9090 },
      '        - containerPort: 8080\n',
      '        - containerPort: 9090\n',
    ],
    [
      'a port name',
      { type: 'setField', target: api, path: ['ports', 0, 'name'], value: 'web' },
      '          name: http\n',
      '          name: web\n',
    ],
    [
      'a mount path',
      { type: 'setField', target: api, path: ['volumeMounts', 0, 'mountPath'], value: '/logs' },
      '          mountPath: /var/log/app\n',
      '          mountPath: /logs\n',
    ],
    [
      'a mount subPath',
      { type: 'setField', target: api, path: ['volumeMounts', 0, 'subPath'], value: 'api' },
      '',
      '          subPath: api\n',
    ],
    [
      'envFrom',
      {
        type: 'setField',
        target: api,
        path: ['envFrom'],
        value: [{ configMapRef: { name: 'cfg' } }],
      },
      '',
      '      envFrom:\n        - configMapRef:\n            name: cfg\n',
    ],
    [
      'lifecycle',
      {
        type: 'setField',
        target: api,
        path: ['lifecycle', 'preStop', 'exec', 'command'],
        value: ['sleep', '5'],
      },
      '',
      '      lifecycle:\n        preStop:\n          exec:\n            command:\n              - sleep\n              - "5"\n',
    ],
    [
      'securityContext',
      {
        type: 'setField',
        target: api,
        path: ['securityContext', 'readOnlyRootFilesystem'],
        value: true,
      },
      '',
      '      securityContext:\n        readOnlyRootFilesystem: true\n',
    ],
    [
      'the namespace',
      { type: 'setField', target: { pod: true }, path: ['metadata', 'namespace'], value: 'shop' },
      '',
      '  namespace: shop\n',
    ],
    [
      'an annotation',
      {
        type: 'setField',
        target: { pod: true },
        path: ['metadata', 'annotations', 'team'],
        value: 'platform',
      },
      '',
      '    team: platform\n',
    ],
    [
      'the Pod name',
      { type: 'setField', target: { pod: true }, path: ['metadata', 'name'], value: 'api' },
      '  name: api-server\n',
      '  name: api\n',
    ],
  ];

  it.each(cases)('sets %s', (_, podEdit, removed, inserted) => {
    const text = edit(anatomy, podEdit);
    expect(changedSpan(anatomy, text)).toEqual({ removed, inserted });
    expect(parseManifest(text).status).toBe('ok');
  });

  it('explains a list index past the end', () => {
    expect(
      editError(anatomy, {
        type: 'setField',
        target: { container: 'api-server' },
        path: ['ports', 3, 'name'],
        value: 'x',
      }),
    ).toBe('Cannot set spec.containers[0].ports[3].name: spec.containers[0].ports has 1 item.');
  });
});

describe('setField replacing a list item', () => {
  it('prints a mapping item in block style at the item column', () => {
    const text = edit(anatomy, {
      type: 'setField',
      target: { container: 'api-server' },
      path: ['ports', 0],
      value: { containerPort: 53, name: 'dns', protocol: 'UDP' },
    });
    expect(changedSpan(anatomy, text)).toEqual({
      removed: '        - containerPort: 8080\n          name: http\n',
      inserted: '        - containerPort: 53\n          name: dns\n          protocol: UDP\n',
    });
  });
});

describe('renameKey', () => {
  const pod = `kind: Pod
metadata:
  name: web
  labels:
    tier: web   # the Service selects on it
    version: "1.10"
  annotations: {team: shop, owner: me}
spec:
  containers:
    - name: app
      image: nginx
`;

  it('changes the key alone: its value, comment and place stay', () => {
    const text = edit(pod, {
      type: 'renameKey',
      target: { pod: true },
      path: ['metadata', 'labels', 'tier'],
      newKey: 'app.kubernetes.io/component',
    });
    expect(text).toBe(pod.replace('    tier: web', '    app.kubernetes.io/component: web'));
  });

  it('renames a key in a flow mapping, and quotes one that needs it', () => {
    const text = edit(pod, {
      type: 'renameKey',
      target: { pod: true },
      path: ['metadata', 'annotations', 'owner'],
      newKey: 'owner: primary',
    });
    expect(text).toBe(pod.replace('owner: me}', '"owner: primary": me}'));
    expect(parse(text)).toMatchObject({
      metadata: { annotations: { team: 'shop', 'owner: primary': 'me' } },
    });
  });

  it('refuses a name another key has, and a key that is not there', () => {
    expect(
      editError(pod, {
        type: 'renameKey',
        target: { pod: true },
        path: ['metadata', 'labels', 'tier'],
        newKey: 'version',
      }),
    ).toMatch(/metadata\.labels\.version is there already/);
    expect(
      editError(pod, {
        type: 'renameKey',
        target: { pod: true },
        path: ['metadata', 'labels', 'team'],
        newKey: 'squad',
      }),
    ).toMatch(/There is no metadata\.labels\.team to rename/);
  });
});
