import { EditorState } from '@codemirror/state';
import { yaml } from '@codemirror/lang-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { EditorView } from '@codemirror/view';
import { parseManifest, type PodEdit, type PodView } from '../../../shared';
import { completionsAt } from '../../../renderer/editor/completion';
import { fieldDocsNow, loadFieldDocs } from '../../../renderer/editor/field-docs';

beforeAll(async () => {
  await loadFieldDocs();
});

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations:
    kubectl.kubernetes.io/default-container: app
spec:
  initContainers:
    - name: setup
      image: busybox:1.36
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - name: http
          containerPort: 80
        - name: metrics
          containerPort: 9090
      volumeMounts:
        - name: logs
          mountPath: /var/log
    - name: shipper
      image: fluent-bit:3.0
  volumes:
    - name: logs
      emptyDir: {}
    - name: config
      configMap:
        name: cfg
`;

const edits: PodEdit[][] = [];

/** The completions with the cursor at the `|` of `text` (the `|` is not part of it). */
function complete(text: string, version = '1.34') {
  const at = text.indexOf('|');
  const doc = text.slice(0, at) + text.slice(at + 1);
  const state = EditorState.create({ doc, selection: { anchor: at }, extensions: [yaml()] });
  const pod: PodView | null = parseManifest(POD).view;
  const result = completionsAt(state, at, fieldDocsNow(version)!, {
    pod: () => pod,
    kubernetesVersion: () => version,
    edit: (e) => (edits.push([...e]), true),
  });
  const typed = result ? doc.slice(result.from, at) : '';
  const options = (result?.options ?? []).filter((o) => o.label.startsWith(typed));
  return { state, options, from: result?.from ?? at, to: result?.to ?? at };
}

/** The keys and values offered (snippets aside). */
function offered(text: string, version = '1.34'): string[] {
  return complete(text, version)
    .options.filter((o) => o.type !== 'text')
    .map((o) => o.label);
}

/** The text after taking the snippet `label` with the cursor at the `|` of `text`. */
function takeSnippet(text: string, label: string): string {
  const { state, options, from, to } = complete(text);
  const option = options.find((o) => o.label === label);
  if (!option)
    throw new Error(`No snippet "${label}" in ${options.map((o) => o.label).join(', ')}`);
  const view = new EditorView({ state });
  if (typeof option.apply !== 'function') throw new Error('A snippet applies itself');
  option.apply(view, option, from, to);
  const result = view.state.doc.toString();
  view.destroy();
  return result;
}

const insert = (anchor: string, text: string) => POD.replace(anchor, `${anchor}${text}`);

describe('completion in the YAML editor', () => {
  it('offers the keys a container takes, not the ones it already has', () => {
    const keys = offered(insert('      image: nginx:1.27\n', '      imageP|\n'));
    expect(keys).toEqual(['imagePullPolicy']);
    const all = offered(insert('      image: nginx:1.27\n', '      |\n'));
    expect(all).toContain('livenessProbe');
    expect(all).toContain('resources');
    expect(all).not.toContain('image');
    expect(all).not.toContain('ports');
  });

  it('offers keys at any depth: a probe, its handler, the Pod spec, the top level', () => {
    const probe = insert(
      '          containerPort: 80\n',
      '      readinessProbe:\n        httpGet:\n          p|\n',
    );
    expect(offered(probe)).toEqual(['path', 'port']);
    expect(offered(insert('  volumes:\n', '  term|\n'))).toEqual(['terminationGracePeriodSeconds']);
    expect(offered(`apiVersion: v1\nkind: Pod\nsp|\n`)).toEqual(['spec']);
  });

  it('offers the keys of a new list item under the list it starts', () => {
    expect(offered(insert('          containerPort: 9090\n', '        - contain|\n'))).toEqual([
      'containerPort',
    ]);
  });

  it('offers the keys of a Deployment and of the Pod template inside it', () => {
    const deployment = `apiVersion: apps/v1\nkind: Deployment\nspec:\n  repl|\n`;
    expect(offered(deployment)).toEqual(['replicas']);
    const template = `apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          imagePullP|\n`;
    expect(offered(template)).toEqual(['imagePullPolicy']);
  });

  it('offers enum values and booleans', () => {
    expect(offered(insert('      image: nginx:1.27\n', '      imagePullPolicy: |\n'))).toEqual([
      'Always',
      'IfNotPresent',
      'Never',
    ]);
    expect(offered(insert('  volumes:\n', '  restartPolicy: O|\n'))).toEqual(['OnFailure']);
    expect(offered(insert('          mountPath: /var/log\n', '          readOnly: |\n'))).toEqual([
      'true',
      'false',
    ]);
  });

  it("offers the Pod's volumes for a mount, the container's named ports for a probe", () => {
    const mount = insert('          mountPath: /var/log\n', '        - name: |\n');
    expect(offered(mount)).toEqual(['logs', 'config']);
    const probe = insert(
      '          containerPort: 9090\n',
      '      livenessProbe:\n        httpGet:\n          port: |\n',
    );
    expect(offered(probe)).toEqual(['http', 'metrics']);
  });

  it('offers the app containers for the default-container annotation', () => {
    const text = POD.replace('default-container: app', 'default-container: |');
    expect(offered(text)).toEqual(['app', 'shipper']);
  });

  it('offers restartPolicy on an init container only from Kubernetes 1.28', () => {
    const text = insert('      image: busybox:1.36\n', '      restartPolicy|\n');
    expect(offered(text, '1.28')).toEqual(['restartPolicy']);
    expect(offered(text, '1.27')).toEqual([]);
    expect(offered(insert('      image: nginx:1.27\n', '      restartPolicy|\n'), '1.33')).toEqual(
      [],
    );
  });

  it("offers the fields of the target version's API only", () => {
    const text = insert('      image: nginx:1.27\n', '      restartP|\n');
    expect(offered(text, '1.34')).toEqual(['restartPolicyRules']);
    expect(offered(text, '1.33')).toEqual([]);
    const source = insert(
      '        name: cfg\n',
      '    - name: certs\n      projected:\n        sources:\n          - podC|\n',
    );
    expect(offered(source, '1.36')).toEqual(['podCertificate']);
    expect(offered(source, '1.33')).toEqual([]);
  });

  it('leaves out what the cluster fills in', () => {
    expect(offered(insert('  name: web\n', '  |\n'))).not.toContain('uid');
    expect(offered(insert('  name: web\n', '  |\n'))).toContain('labels');
  });

  it('lays a probe snippet out in the indentation of the container, with its named port', () => {
    const text = insert('      image: nginx:1.27\n', '      readi|\n');
    expect(takeSnippet(text, 'readinessProbe: httpGet')).toContain(
      '      image: nginx:1.27\n      readinessProbe:\n        httpGet:\n          path: /ready\n          port: http\n        periodSeconds: 5\n      ports:',
    );
  });

  it('writes a new container in the list style of the text around it', () => {
    const compact = `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    image: busybox:1.36\n  - |\n`;
    expect(takeSnippet(compact, 'container')).toContain(
      '  - name: app\n    image: nginx:1.27\n    resources:\n      requests:\n        cpu: 100m\n',
    );
  });

  it('adds a volume with its mount, and the sidecar patterns, through the edits the palette makes', () => {
    edits.length = 0;
    const mount = insert('      image: nginx:1.27\n', '      vol|\n');
    expect(takeSnippet(mount, 'volume with its mount')).toBe(POD);
    expect(edits[0]).toEqual([
      { type: 'addVolume', name: 'data' },
      { type: 'setVolumeSource', name: 'data', source: { kind: 'emptyDir' } },
      { type: 'addMount', container: 'app', volume: 'data', mountPath: '/data', readOnly: false },
    ]);
    const pattern = insert('  volumes:\n', '  log|\n').replace(
      '  volumes:\n  log|',
      '  log|\n  volumes:',
    );
    const labels = complete(pattern).options.map((o) => o.label);
    expect(labels).toContain('log shipper sidecar');
  });
});
