import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import { applyFix } from './helpers';

const errorsOf = (text: string) =>
  validateManifest(text)
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.ruleId}: ${p.message}`);

const pod = (spec: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
${spec}`;

const app = (resources: string, extra = '') =>
  `  containers:\n    - name: app\n      image: nginx:1.27\n      resources:\n${resources}${extra}`;

describe('a quantity kubectl reads otherwise', () => {
  it('1_000 is only the warning that kubectl sends 1000', () => {
    const text = pod(app('        requests: {cpu: 1_000}\n'));
    expect(errorsOf(text)).toEqual([]);
    const [warning] = validateManifest(text).filter((p) => p.ruleId === 'schema/yaml11-number');
    expect(warning).toMatchObject({ severity: 'warning', refusedBy: null });
  });

  it('1_000m stays an error, and .inf is one error', () => {
    expect(errorsOf(pod(app('        requests: {cpu: 1_000m}\n')))).toHaveLength(1);
    expect(errorsOf(pod(app('        requests: {memory: .inf}\n')))).toHaveLength(1);
  });
});

describe('quantities outside container resources', () => {
  it("in a StatefulSet's claim template: 50GB is no quantity, 50G is", () => {
    const sts = (storage: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
        - name: db
          image: postgres:16
          volumeMounts: [{name: data, mountPath: /data}]
  volumeClaimTemplates:
    - metadata: {name: data}
      spec:
        accessModes: [ReadWriteOnce]
        resources: {requests: {storage: ${storage}}}
`;
    expect(errorsOf(sts('50GB'))).toEqual([
      'pod/invalid-quantity: The storage request "50GB" of claim template "data" is not a quantity (e.g. 250m, 1, 512Mi).',
    ]);
    expect(errorsOf(sts('50G'))).toEqual([]);
  });

  it("in an ephemeral volume's claim template and the Pod's overhead", () => {
    const text = pod(`  overhead: {cpu: 1 cpu}
${app('        requests: {cpu: 1}\n')}
  volumes:
    - name: scratch
      ephemeral:
        volumeClaimTemplate:
          spec:
            accessModes: [ReadWriteOnce]
            resources: {requests: {storage: 10gi}}
`);
    const problems = validateManifest(text).filter((p) => p.ruleId === 'pod/invalid-quantity');
    expect(problems.map((p) => p.fix?.title)).toEqual(['Write 1', 'Write 10Gi']);
  });

  it("in a resourceFieldRef's divisor: a quantity, and one the API takes for the resource", () => {
    const env = (resource: string, divisor: string) =>
      pod(
        app(
          '        limits: {cpu: 1, memory: 1Gi}\n',
          `      env:\n        - name: X\n          valueFrom: {resourceFieldRef: {resource: ${resource}, divisor: ${divisor}}}\n`,
        ),
      );
    const [bad] = validateManifest(env('limits.memory', '1Gb')).filter(
      (p) => p.ruleId === 'pod/invalid-quantity',
    );
    // 1Gb is 10^9 bytes: 1G, not 1Gi.
    expect(applyFix(env('limits.memory', '1Gb'), bad!)).toContain('divisor: 1G}');
    expect(errorsOf(env('limits.cpu', '2'))).toEqual([
      'pod/invalid-quantity: The divisor 2 of limits.cpu is not one the API server takes: use 1m or 1.',
    ]);
    expect(errorsOf(env('limits.memory', '3Mi'))).toHaveLength(1);
    for (const [resource, divisor] of [
      ['limits.cpu', '1m'],
      ['requests.cpu', '1'],
      ['limits.memory', '1Mi'],
      ['requests.ephemeral-storage', '1G'],
    ]) {
      expect(errorsOf(env(resource!, divisor!))).toEqual([]);
    }
  });
});
