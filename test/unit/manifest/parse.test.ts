import { readFileSync } from 'node:fs';
import { template } from '../../support/templates';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../shared/manifest/parse';

const anatomy = readFileSync(
  new URL('../../../assets/templates/pod-anatomy.yaml', import.meta.url),
  'utf8',
);

describe('parseManifest on the anatomy template', () => {
  const parsed = parseManifest(anatomy);

  it('finds the Pod', () => {
    expect(parsed.status).toBe('ok');
    expect(parsed.selected).toBe(0);
    expect(parsed.documents).toEqual([
      expect.objectContaining({ index: 0, kind: 'Pod', name: 'api-server', editable: true }),
    ]);
    expect(parsed.view).toMatchObject({
      kind: 'Pod',
      name: 'api-server',
      namespace: null,
      specPath: ['spec'],
      restartPolicy: 'Always',
      mainContainer: 'api-server',
    });
  });

  it('lists init containers first, with their roles', () => {
    const containers = parsed.view?.containers ?? [];
    expect(containers.map((c) => [c.name, c.role, c.list, c.index])).toEqual([
      ['init-migrate', 'init', 'initContainers', 0],
      ['api-server', 'main', 'containers', 0],
      ['log-shipper', 'sidecar', 'containers', 1],
    ]);
    expect(containers[1]?.image).toBe('my-api:v2');
  });

  it('reads ports and mounts', () => {
    const [, api, shipper] = parsed.view?.containers ?? [];
    expect(api?.ports).toEqual([{ containerPort: 8080, name: 'http', protocol: 'TCP' }]);
    expect(api?.mounts).toEqual([
      { volume: 'app-logs', mountPath: '/var/log/app', readOnly: false, index: 0 },
    ]);
    expect(shipper?.mounts).toEqual([
      { volume: 'app-logs', mountPath: '/var/log/app', readOnly: true, index: 0 },
    ]);
  });

  it('reads the volume and locates containers in the text', () => {
    expect(parsed.view?.volumes).toEqual([
      expect.objectContaining({
        name: 'app-logs',
        source: 'emptyDir',
        detail: 'empty directory',
        index: 0,
      }),
    ]);
    const api = parsed.view?.containers[1];
    expect(anatomy.slice(api?.range?.from, api?.range?.to)).toMatch(/^name: api-server\n/);
  });

  it('reports no problems', () => {
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe('roles', () => {
  it('takes the main container from the annotation and marks native sidecars', () => {
    const parsed = parseManifest(`kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      annotations:
        kubectl.kubernetes.io/default-container: app
    spec:
      initContainers:
      - name: proxy
        image: envoy
        restartPolicy: Always
      - name: setup
        image: busybox
      containers:
      - name: logger
        image: fluent-bit
      - name: app
        image: nginx
`);
    expect(parsed.view?.specPath).toEqual(['spec', 'template', 'spec']);
    expect(parsed.view?.containers.map((c) => [c.name, c.role])).toEqual([
      ['proxy', 'native-sidecar'],
      ['setup', 'init'],
      ['logger', 'sidecar'],
      ['app', 'main'],
    ]);
  });

  it('finds the CronJob Pod spec', () => {
    const parsed = parseManifest(`kind: CronJob
metadata: {name: tick}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: tick, image: busybox}]
`);
    expect(parsed.status).toBe('ok');
    expect(parsed.view?.specPath).toEqual(['spec', 'jobTemplate', 'spec', 'template', 'spec']);
    expect(parsed.view?.mainContainer).toBe('tick');
  });
});

describe('errors', () => {
  it('reports a syntax error once, at the character that caused it', () => {
    const parsed = parseManifest('kind: Pod\nspec:\n  containers: [a, b\n');
    expect(parsed.status).toBe('invalid-yaml');
    expect(parsed.view).toBeNull();
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'unclosed', line: 3, col: 15 }),
    ]);
  });

  it('reports duplicate keys', () => {
    const parsed = parseManifest('kind: Pod\nspec:\n  containers: []\n  containers: []\n');
    expect(parsed.status).toBe('invalid-yaml');
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'duplicate-key', line: 4, col: 3 });
  });

  it.each([
    ['empty', ''],
    ['a comment', '# nothing\n'],
    ['a scalar', 'hello'],
    ['a list', '- a\n- b\n'],
    ['a Service', 'kind: Service\nmetadata: {name: s}\n'],
    ['a Pod without spec', 'kind: Pod\nmetadata: {name: p}\n'],
  ])('gives no-pod for %s', (_, text) => {
    const parsed = parseManifest(text);
    expect(parsed.status).toBe('no-pod');
    expect(parsed.diagnostics.at(-1)?.code).toBe('no-pod');
    expect(parsed.diagnostics.at(-1)?.message).not.toBe('');
  });

  it.each([
    ['Pod [', 'v1', 'Pod'],
    ['pod', 'v1', 'Pod'],
    ['Pods', 'v1', 'Pod'],
    ['Deploymnet', 'apps/v1', 'Deployment'],
    ['CronJobs', 'batch/v1', 'CronJob'],
  ])('says kubectl refuses a workload kind mistyped: %s', (kind, apiVersion, meant) => {
    const text = `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: p}\nspec:\n  containers: []\n`;
    const parsed = parseManifest(text);
    expect(parsed.status).toBe('no-pod');
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'unknown-kind', line: 2, col: 7 }),
    ]);
    expect(parsed.diagnostics[0]!.message).toContain(`Did you mean \`${meant}\`?`);
    expect(parsed.documents[0]!.errors).toEqual(parsed.diagnostics);
  });

  it.each([
    ['service', 'Service'],
    ['configmaps', 'ConfigMap'],
  ])('says kubectl refuses a built-in kind mistyped beside a Pod: %s', (kind, meant) => {
    const text = `${template('pod-anatomy.yaml')}---\napiVersion: v1\nkind: ${kind}\nmetadata: {name: s}\n`;
    const parsed = parseManifest(text);
    expect(parsed.status).toBe('ok');
    expect(parsed.documents[1]!.errors).toEqual([
      expect.objectContaining({
        code: 'unknown-kind',
        message: expect.stringContaining(`\`${meant}\``),
      }),
    ]);
  });

  it("says kubectl sends a ConfigMap's or Secret's unquoted number or boolean as no string", () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  PORT: 8080\n  CACHE: yes\n  NAME: web\n  QUOTED: "8080"\n  EMPTY:\n' +
      '---\napiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData:\n  ENABLED: on\n  TOKEN: abc\n';
    const [configMap, secret] = parseManifest(text).documents;
    expect(configMap!.errors?.map((e) => [e.line, e.message])).toEqual([
      [
        5,
        'kubectl sends `8080` as a number, but a ConfigMap\'s `data` holds strings: quote it, "8080".',
      ],
      [
        6,
        'kubectl sends `yes` as a boolean, but a ConfigMap\'s `data` holds strings: quote it, "yes".',
      ],
    ]);
    expect(secret!.errors).toEqual([expect.objectContaining({ code: 'not-a-string', line: 15 })]);
  });

  it.each([
    ['a Node', 'v1', 'Node'],
    ['a PodTemplate', 'v1', 'PodTemplate'],
    ["a custom resource's kind", 'example.com/v1', 'Pods'],
  ])('leaves a kind that is no workload alone: %s', (_, apiVersion, kind) => {
    const parsed = parseManifest(`apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: n}\n`);
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'no-pod', severity: 'info' }),
    ]);
    expect(parsed.documents[0]!.errors).toBeUndefined();
  });

  it('refuses binary content at the NUL byte', () => {
    const parsed = parseManifest('kind: Pod\nspec:\0\x01');
    expect(parsed.status).toBe('invalid-yaml');
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'binary', line: 2, col: 6 });
  });

  it('never throws on odd input', () => {
    for (const text of [
      '{',
      ']',
      '&a [*a]',
      '!!binary x',
      '? [a]\n: b',
      '---\n...\n---',
      '\uFEFFkind: Pod',
      'a: *nope',
    ]) {
      expect(() => parseManifest(text)).not.toThrow();
    }
    expect(parseManifest(undefined as unknown as string).status).toBe('invalid-yaml');
  });
});
