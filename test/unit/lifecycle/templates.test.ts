import { readdirSync } from 'node:fs';
import { ConfigMap, Pod } from 'kubernetes-models/v1';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { validateManifest } from '../../../shared';
import { lastFrame, run, templatePod, templateSimPod, templateText } from './helpers';

interface Entry {
  file: string;
  title: string;
  description: string;
}

const index = JSON.parse(templateText('index.json')) as Entry[];
const files = readdirSync(new URL('../../../assets/templates/', import.meta.url)).filter((f) =>
  f.endsWith('.yaml'),
);

/**
 * The Pod API fields the templates use, object by object: a key outside these would be an
 * unknown field for `kubectl apply`. `[name]` is a list of that object, `*` a map of strings.
 */
const SCHEMA: Record<string, Record<string, string>> = {
  pod: { apiVersion: 'string', kind: 'string', metadata: 'metadata', spec: 'podSpec' },
  configMap: { apiVersion: 'string', kind: 'string', metadata: 'metadata', data: '*' },
  metadata: { name: 'string', namespace: 'string', labels: '*', annotations: '*' },
  podSpec: {
    serviceAccountName: 'string',
    securityContext: 'podSecurityContext',
    initContainers: '[container]',
    containers: '[container]',
    volumes: '[volume]',
    restartPolicy: 'string',
    activeDeadlineSeconds: 'number',
  },
  podSecurityContext: {
    runAsNonRoot: 'boolean',
    runAsUser: 'number',
    fsGroup: 'number',
    seccompProfile: 'seccompProfile',
  },
  seccompProfile: { type: 'string' },
  container: {
    name: 'string',
    image: 'string',
    restartPolicy: 'string',
    command: '[string]',
    args: '[string]',
    env: '[env]',
    envFrom: '[envFrom]',
    ports: '[port]',
    resources: 'resources',
    startupProbe: 'probe',
    livenessProbe: 'probe',
    readinessProbe: 'probe',
    securityContext: 'securityContext',
    volumeMounts: '[volumeMount]',
  },
  env: { name: 'string', value: 'string' },
  envFrom: { secretRef: 'ref', configMapRef: 'ref' },
  ref: { name: 'string' },
  port: { containerPort: 'number', name: 'string' },
  resources: { requests: '*', limits: '*' },
  probe: {
    httpGet: 'httpGet',
    tcpSocket: 'tcpSocket',
    exec: 'exec',
    initialDelaySeconds: 'number',
    periodSeconds: 'number',
    failureThreshold: 'number',
  },
  httpGet: { path: 'string', port: 'port-ref' },
  tcpSocket: { port: 'port-ref' },
  exec: { command: '[string]' },
  securityContext: {
    allowPrivilegeEscalation: 'boolean',
    readOnlyRootFilesystem: 'boolean',
    capabilities: 'capabilities',
  },
  capabilities: { drop: '[string]' },
  volumeMount: { name: 'string', mountPath: 'string', readOnly: 'boolean' },
  volume: { name: 'string', emptyDir: 'emptyDir', configMap: 'ref', secret: 'secretVolume' },
  secretVolume: { secretName: 'string' },
  emptyDir: { medium: 'string', sizeLimit: 'string' },
};

function check(value: unknown, type: string, path: string, problems: string[]): void {
  if (type.startsWith('[')) {
    if (!Array.isArray(value)) return void problems.push(`${path}: expected a list`);
    value.forEach((v, i) => check(v, type.slice(1, -1), `${path}[${i}]`, problems));
    return;
  }
  if (type === '*') {
    const ok =
      typeof value === 'object' &&
      value !== null &&
      Object.values(value).every((v) => typeof v === 'string');
    if (!ok) problems.push(`${path}: expected a map of strings`);
    return;
  }
  if (type === 'port-ref') {
    if (typeof value !== 'number' && typeof value !== 'string') problems.push(`${path}: port`);
    return;
  }
  if (type === 'string' || type === 'number' || type === 'boolean') {
    if (typeof value !== type) problems.push(`${path}: expected a ${type}`);
    return;
  }
  const fields = SCHEMA[type];
  if (!fields || typeof value !== 'object' || value === null)
    return void problems.push(`${path}: expected ${type}`);
  for (const [key, v] of Object.entries(value)) {
    const fieldType = fields[key];
    if (!fieldType) problems.push(`${path}.${key}: unknown field of ${type}`);
    else check(v, fieldType, `${path}.${key}`, problems);
  }
}

function documents(file: string): Record<string, unknown>[] {
  const docs = parseAllDocuments(templateText(file));
  for (const doc of docs) expect(doc.errors, file).toEqual([]);
  return docs.map((d) => d.toJS() as Record<string, unknown>);
}

describe('assets/templates', () => {
  it('index.json lists every template once, the anatomy Pod first', () => {
    expect(index[0]?.file).toBe('pod-anatomy.yaml');
    expect(index.map((e) => e.file).sort()).toEqual([...files].sort());
    for (const entry of index) {
      expect(entry.title.length).toBeGreaterThan(3);
      expect(entry.description.length).toBeGreaterThan(20);
    }
  });

  it.each(files)('%s uses only known Pod fields', (file) => {
    const problems: string[] = [];
    for (const doc of documents(file)) {
      const kind = doc.kind === 'Pod' ? 'pod' : doc.kind === 'ConfigMap' ? 'configMap' : '';
      expect(kind, `${file}: ${String(doc.kind)}`).not.toBe('');
      expect(doc.apiVersion).toBe('v1');
      check(doc, kind, `${file}:${String(doc.kind)}`, problems);
    }
    expect(problems).toEqual([]);
  });

  it.each(files.filter((f) => f !== 'pod-anatomy.yaml'))(
    '%s pins images, sets requests and limits, and probes long-running containers',
    (file) => {
      const spec = templatePod(file).spec as Record<string, unknown[]>;
      const sim = templateSimPod(file);
      const all = [...(spec.initContainers ?? []), ...(spec.containers ?? [])] as Record<
        string,
        unknown
      >[];
      for (const [i, c] of all.entries()) {
        const image = String(c.image);
        expect(image, `${file} ${String(c.name)}`).toMatch(/:[\w.-]+$/);
        expect(image).not.toMatch(/:latest$/);
        const resources = c.resources as Record<string, Record<string, string>>;
        for (const key of ['requests', 'limits'])
          for (const r of ['cpu', 'memory'])
            expect(resources?.[key]?.[r], `${file} ${String(c.name)} ${key}.${r}`).toBeDefined();
        const simContainer = sim.containers[i];
        const longRunning =
          simContainer?.kind === 'native-sidecar' ||
          (simContainer?.kind === 'app' && sim.restartPolicy === 'Always');
        if (longRunning)
          expect(
            simContainer?.livenessProbe ?? simContainer?.readinessProbe,
            `${file} ${String(c.name)} probes`,
          ).toBeTruthy();
      }
    },
  );

  it.each(files)('%s passes the Kubernetes API schema', (file) => {
    for (const doc of documents(file)) {
      const object = doc.kind === 'Pod' ? new Pod(doc as never) : new ConfigMap(doc as never);
      expect(() => object.validate()).not.toThrow();
    }
  });

  it("keeps the lesson production Pod's metadata, its spec's fields and the app's resources", () => {
    const pod = templatePod('pod-api.yaml');
    expect(pod.metadata).toEqual({
      name: 'api-server',
      namespace: 'production',
      labels: { app: 'api', version: 'v2', team: 'platform' },
      annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9090' },
    });
    const spec = pod.spec as Record<string, unknown>;
    expect(Object.keys(spec)).toEqual([
      'serviceAccountName',
      'securityContext',
      'initContainers',
      'containers',
      'volumes',
      'restartPolicy',
    ]);
    expect(spec.containers).toEqual([
      expect.objectContaining({
        name: 'api-server',
        resources: {
          requests: { cpu: '250m', memory: '256Mi' },
          limits: { cpu: '1000m', memory: '512Mi' },
        },
      }),
    ]);
  });

  it('mounts the Vault secrets volume in memory, read-only for the app', () => {
    const spec = templatePod('vault-agent.yaml').spec as {
      volumes: { name: string; emptyDir?: { medium?: string } }[];
      containers: { volumeMounts: { name: string; readOnly?: boolean }[] }[];
    };
    expect(spec.volumes.find((v) => v.name === 'vault-secrets')?.emptyDir?.medium).toBe('Memory');
    expect(spec.containers[0]?.volumeMounts).toContainEqual(
      expect.objectContaining({ name: 'vault-secrets', readOnly: true }),
    );
  });

  it.each(files)('%s runs healthy in the simulator', (file) => {
    const sim = run(templateSimPod(file), { kind: 'healthy' }, { durationSeconds: 120 });
    const end = lastFrame(sim);
    expect(sim.notes).toEqual([]);
    if (templateSimPod(file).restartPolicy === 'Always') {
      expect(end.phase).toBe('Running');
      expect(end.inEndpoints).toBe(true);
    }
  });
});

/** The Problems panel's list, as the app checks a template it opens (its default settings). */
const problems = (file: string, options?: Parameters<typeof validateManifest>[1]) =>
  validateManifest(templateText(file), options).map(
    (p) => `${p.severity} ${p.ruleId}: ${p.message}`,
  );

/**
 * What a template shows in the Problems panel on purpose, each said in its YAML. Promtail writes
 * its positions file where it runs: a read-only root filesystem would need an emptyDir for it, one
 * volume more in the pattern's diagram.
 */
const EXPLAINED: Record<string, string[]> = {
  'api-with-sidecar.yaml': [
    'info lint/read-only-root-filesystem: Container "log-shipper" has a writable root filesystem.',
  ],
  'native-sidecar.yaml': [
    'info lint/read-only-root-filesystem: Container "log-shipper" has a writable root filesystem.',
  ],
};

describe('the Problems panel on opening a template', () => {
  it.each(files.filter((f) => f !== 'pod-anatomy.yaml'))(
    '%s shows no problem but those its YAML explains',
    (file) => {
      expect(problems(file)).toEqual(EXPLAINED[file] ?? []);
    },
  );

  it('the production API Pod meets the Restricted Pod Security level', () => {
    expect(problems('pod-api.yaml', { podSecurityLevel: 'restricted' })).toEqual([]);
  });

  it("the lesson's anatomy Pod, small as the lesson's diagram, shows what it leaves out", () => {
    const shown = problems('pod-anatomy.yaml');
    const count = (severity: string) => shown.filter((p) => p.startsWith(`${severity} `)).length;
    expect([count('error'), count('warning'), count('info')]).toEqual([0, 8, 3]);
    expect(new Set(shown.map((p) => /^\w+ (\S+):/.exec(p)![1]))).toEqual(
      new Set([
        'lint/run-as-non-root',
        'lint/allow-privilege-escalation',
        'lint/no-resources',
        'lint/no-readiness-probe',
        'lint/read-only-root-filesystem',
      ]),
    );
  });
});
