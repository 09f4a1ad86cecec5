import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../shared/manifest/parse';
import { anatomy, edit, editError } from './helpers';

const roles = (text: string) => parseManifest(text).view?.containers.map((c) => [c.name, c.role]);

describe('moveContainer', () => {
  it('makes a sidecar a native sidecar, carrying its text and comments', () => {
    const text = edit(anatomy, {
      type: 'moveContainer',
      name: 'log-shipper',
      role: 'native-sidecar',
    });
    expect(roles(text)).toEqual([
      ['init-migrate', 'init'],
      ['log-shipper', 'native-sidecar'],
      ['api-server', 'main'],
    ]);
    expect(text).toContain(`  initContainers:
    - name: init-migrate
      image: my-api:v2
      command: ["python", "manage.py", "migrate", "--noinput"]
    # Tails the app's log files in /var/log/app and forwards them to Loki.
    - name: log-shipper
      image: grafana/promtail:2.9.0
      restartPolicy: Always
      volumeMounts:
`);
  });

  it('takes the comment about a field along when the field goes', () => {
    const pod = [
      'kind: Pod',
      'spec:',
      '  # Init containers run first, one at a time.',
      '  initContainers:',
      '  - name: shipper',
      '    image: promtail',
      '    # This one line makes it a sidecar.',
      '    restartPolicy: Always',
      '  # The app.',
      '  containers:',
      '  - name: app',
      '    image: nginx',
      '',
    ].join('\n');
    const text = edit(pod, { type: 'moveContainer', name: 'shipper', role: 'sidecar' });
    expect(text).toBe(
      [
        'kind: Pod',
        'spec:',
        '  # The app.',
        '  containers:',
        '  - name: app',
        '    image: nginx',
        '  - name: shipper',
        '    image: promtail',
        '',
      ].join('\n'),
    );
  });

  it('makes an init container a sidecar and removes the empty initContainers', () => {
    const text = edit(anatomy, { type: 'moveContainer', name: 'init-migrate', role: 'sidecar' });
    expect(text).not.toContain('initContainers');
    expect(roles(text)).toEqual([
      ['api-server', 'main'],
      ['log-shipper', 'sidecar'],
      ['init-migrate', 'sidecar'],
    ]);
  });

  it('creates initContainers in the sequence style of the document', () => {
    const pod =
      'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: x\n  - name: b\n    image: y # why\n';
    const text = edit(pod, { type: 'moveContainer', name: 'b', role: 'init', index: 0 });
    expect(text).toBe(
      'kind: Pod\nspec:\n  initContainers:\n  - name: b\n    image: y # why\n  containers:\n  - name: a\n    image: x\n',
    );
  });

  it('turns a native sidecar back into a plain init container', () => {
    const native = edit(anatomy, {
      type: 'moveContainer',
      name: 'log-shipper',
      role: 'native-sidecar',
    });
    const text = edit(native, { type: 'moveContainer', name: 'log-shipper', role: 'init' });
    expect(roles(text)?.[1]).toEqual(['log-shipper', 'init']);
    expect(text).not.toContain('restartPolicy: Always\n      #');
  });

  it('makes a container the main one when moved to app', () => {
    const text = edit(anatomy, { type: 'moveContainer', name: 'log-shipper', role: 'app' });
    expect(text).toContain('kubectl.kubernetes.io/default-container: log-shipper\n');
    expect(roles(text)).toContainEqual(['log-shipper', 'main']);
  });

  it('passes the main role on when the main container becomes a sidecar', () => {
    const text = edit(anatomy, { type: 'moveContainer', name: 'api-server', role: 'sidecar' });
    expect(parseManifest(text).view?.mainContainer).toBe('log-shipper');
  });

  it('refuses to leave the Pod without an app container', () => {
    const one = edit(anatomy, { type: 'removeContainer', name: 'log-shipper' });
    expect(editError(one, { type: 'moveContainer', name: 'api-server', role: 'init' })).toMatch(
      /only app container/,
    );
  });
});

describe('reorderInitContainer', () => {
  const pod = `kind: Pod
spec:
  initContainers:
    # first, the schema
    - name: migrate
      image: tool
    - name: seed
      image: tool
      args: [--all]
    - name: warm
      image: tool
  containers:
    - name: app
      image: app
`;

  it('moves an init container up, text and all', () => {
    const text = edit(pod, { type: 'reorderInitContainer', name: 'warm', index: 0 });
    expect(text).toBe(
      pod
        .replace('    - name: warm\n      image: tool\n', '')
        .replace('    # first', '    - name: warm\n      image: tool\n    # first'),
    );
    expect(roles(text)?.map(([n]) => n)).toEqual(['warm', 'migrate', 'seed', 'app']);
  });

  it('moves an init container to the end, with the comment above it', () => {
    const text = edit(pod, { type: 'reorderInitContainer', name: 'migrate', index: 2 });
    expect(roles(text)?.map(([n]) => n)).toEqual(['seed', 'warm', 'migrate', 'app']);
    expect(text).toContain('  initContainers:\n    - name: seed\n');
    expect(text).toContain('      image: tool\n    # first, the schema\n    - name: migrate\n');
  });

  it('refuses app containers and positions outside the list', () => {
    expect(editError(pod, { type: 'reorderInitContainer', name: 'app', index: 0 })).toMatch(
      /app container/,
    );
    expect(editError(pod, { type: 'reorderInitContainer', name: 'seed', index: 3 })).toMatch(
      /outside/,
    );
  });
});

describe('setMainContainer', () => {
  it('sets the annotation', () => {
    const text = edit(anatomy, { type: 'setMainContainer', name: 'log-shipper' });
    expect(text).toBe(
      anatomy.replace('default-container: api-server', 'default-container: log-shipper'),
    );
  });

  it('creates the annotation in a workload template', () => {
    const deployment = `kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: a
          image: x
        - name: b
          image: y
`;
    const text = edit(deployment, { type: 'setMainContainer', name: 'b' });
    expect(text).toBe(`kind: Deployment
spec:
  template:
    metadata:
      annotations:
        kubectl.kubernetes.io/default-container: b
    spec:
      containers:
        - name: a
          image: x
        - name: b
          image: y
`);
  });

  it('refuses an init container', () => {
    expect(editError(anatomy, { type: 'setMainContainer', name: 'init-migrate' })).toMatch(
      /init container/,
    );
  });
});
