import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../shared';
import {
  envValueFrom,
  parseYamlValue,
  pickTarget,
  probeHandler,
  quantityValue,
  readDocuments,
  readTarget,
  targetOfSelection,
  withProbeHandler,
  yamlText,
} from '../../../shared/inspect';
import { template } from '../../support/templates';

const anatomy = template('pod-anatomy.yaml');

describe('readTarget', () => {
  const parsed = parseManifest(anatomy);

  it('reads a container, init containers included', () => {
    expect(readTarget(anatomy, parsed, { container: 'log-shipper' })).toMatchObject({
      image: 'grafana/promtail:2.9.0',
    });
    expect(readTarget(anatomy, parsed, { container: 'init-migrate' })?.command).toEqual([
      'python',
      'manage.py',
      'migrate',
      '--noinput',
    ]);
  });

  it('reads the Pod, a volume and a mount', () => {
    expect(readTarget(anatomy, parsed, { pod: true })?.metadata).toMatchObject({
      labels: { app: 'api' },
    });
    expect(readTarget(anatomy, parsed, { volume: 'app-logs' })).toEqual({
      name: 'app-logs',
      emptyDir: {},
    });
    expect(readTarget(anatomy, parsed, { mount: { container: 'log-shipper', index: 0 } })).toEqual({
      name: 'app-logs',
      mountPath: '/var/log/app',
      readOnly: true,
    });
  });

  it('returns null for what is not there, and never throws', () => {
    expect(readTarget(anatomy, parsed, { container: 'nope' })).toBeNull();
    expect(
      readTarget(anatomy, parsed, { mount: { container: 'api-server', index: 9 } }),
    ).toBeNull();
    expect(readTarget('a: [', parseManifest('a: ['), { pod: true })).toBeNull();
    expect(() => readDocuments('a: *nowhere')).not.toThrow();
    expect(readDocuments(42 as unknown as string)).toEqual([]);
  });

  it('reads the Pod template of a workload, in the selected document', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: { name: cfg }',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: web }',
      'spec:',
      '  template:',
      '    metadata: { labels: { app: web } }',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: nginx',
      '',
    ].join('\n');
    const workload = parseManifest(text);
    expect(workload.selected).toBe(1);
    expect(readTarget(text, workload, { pod: true })?.metadata).toEqual({
      labels: { app: 'web' },
    });
    expect(readTarget(text, workload, { document: true })?.metadata).toEqual({ name: 'web' });
    expect(readTarget(text, workload, { container: 'web' })?.image).toBe('nginx');
  });

  it('resolves aliases and merge keys', () => {
    const text = [
      'kind: Pod',
      'spec:',
      '  containers:',
      '    - &base { name: a, image: busybox, resources: { limits: { cpu: 1 } } }',
      '    - <<: *base',
      '      name: b',
    ].join('\n');
    const doc = readDocuments(text)[0];
    expect(pickTarget(doc, ['spec'], { container: 'b' })).toMatchObject({
      image: 'busybox',
      resources: { limits: { cpu: 1 } },
    });
  });
});

describe('targetOfSelection', () => {
  it('maps canvas ids to targets', () => {
    expect(targetOfSelection([])).toEqual({ pod: true });
    expect(targetOfSelection(['container:a', 'volume:b'])).toEqual({ pod: true });
    expect(targetOfSelection(['container:api-server'])).toEqual({ container: 'api-server' });
    expect(targetOfSelection(['volume:app-logs'])).toEqual({ volume: 'app-logs' });
    expect(targetOfSelection(['mount:log-shipper:1'])).toEqual({
      mount: { container: 'log-shipper', index: 1 },
    });
    expect(targetOfSelection(['mount:broken'])).toEqual({ pod: true });
    expect(targetOfSelection(['pod'])).toEqual({ pod: true });
  });
});

describe('YAML fields', () => {
  it('parses, and says where it does not', () => {
    expect(parseYamlValue('- key: a\n  operator: Exists', 'list')).toEqual({
      ok: true,
      value: [{ key: 'a', operator: 'Exists' }],
    });
    expect(parseYamlValue('', 'map')).toEqual({ ok: true, value: undefined });
    const broken = parseYamlValue('a: [1', 'map');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error).toMatch(
      /^Not valid YAML \(line 1\): This `\[` starts a list that is never closed/,
    );
    // A key the manifest would refuse is refused here, in the same words.
    const listKey = parseYamlValue('? [a]\n: b', 'map');
    expect(!listKey.ok && listKey.error).toMatch(
      /^Not valid YAML \(line 1\): Write this key out as text/,
    );
    expect(parseYamlValue('a: 1', 'list')).toEqual({
      ok: false,
      error: 'Expected a list (lines starting with "- ").',
    });
  });

  it('prints a value for editing', () => {
    expect(yamlText(undefined)).toBe('');
    expect(yamlText({ a: [1] })).toBe('a:\n  - 1');
  });
});

describe('values', () => {
  it('writes plain numbers as numbers and the rest as strings', () => {
    expect(quantityValue('1')).toBe(1);
    expect(quantityValue('0.5')).toBe(0.5);
    expect(quantityValue('250m')).toBe('250m');
    expect(quantityValue('1e3')).toBe('1e3');
    expect(quantityValue('1.50')).toBe('1.50');
  });

  it('switches a probe handler and keeps its timings and port', () => {
    const probe = { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 5 };
    expect(probeHandler(probe)).toBe('httpGet');
    expect(withProbeHandler(probe, 'tcpSocket', 8080)).toEqual({
      tcpSocket: { port: 'http' },
      periodSeconds: 5,
    });
    expect(withProbeHandler(probe, 'grpc', 8080)).toEqual({
      grpc: { port: 8080 },
      periodSeconds: 5,
    });
    expect(withProbeHandler(undefined, 'exec', 8080)).toEqual({ exec: { command: ['true'] } });
  });
});

describe('env references', () => {
  it('builds valueFrom for each kind', () => {
    expect(envValueFrom('secretKeyRef', 'db', 'password')).toEqual({
      secretKeyRef: { name: 'db', key: 'password' },
    });
    expect(envValueFrom('configMapKeyRef', 'cfg', 'mode')).toEqual({
      configMapKeyRef: { name: 'cfg', key: 'mode' },
    });
    expect(envValueFrom('fieldRef', 'status.podIP', '')).toEqual({
      fieldRef: { fieldPath: 'status.podIP' },
    });
  });
});
