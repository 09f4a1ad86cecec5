import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import { meantResourceName } from '../../../shared/validation/semantic/resources';
import { applyFix } from './helpers';

const pod = (resources: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      resources:
${resources}`;

const named = (text: string) =>
  validateManifest(text).filter((p) => p.ruleId === 'pod/unknown-resource-name');

describe('a resource name', () => {
  it('misspelt is refused by the API server, with the name meant offered', () => {
    const text = pod('        requests: {cpu: 50m, memroy: 1Gi}\n');
    const [problem, ...rest] = named(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'api-server' });
    expect(problem!.message).toContain('did you mean memory?');
    const fixed = applyFix(text, problem!);
    expect(fixed).toContain('memory: 1Gi');
    expect(fixed).not.toContain('memroy');
    expect(named(fixed)).toEqual([]);
  });

  it('ephemeral_storage means ephemeral-storage, and its limit is not said to lack a request', () => {
    const text = pod(
      '        requests: {cpu: 50m, memory: 1Gi, ephemeral_storage: 1Gi}\n        limits: {ephemeral-storage: 2Gi}\n',
    );
    const [problem] = named(text);
    expect(problem!.fix?.title).toBe('Write ephemeral-storage');
    const ids = validateManifest(text).map((p) => p.ruleId);
    expect(ids).not.toContain('lint/limits-without-requests');
  });

  it('is any standard, huge page or domain-prefixed name', () => {
    const text = pod(
      '        requests: {cpu: 1, memory: 1Gi, ephemeral-storage: 1Gi, hugepages-2Mi: 1Gi, nvidia.com/gpu: 1}\n',
    );
    expect(named(text)).toEqual([]);
    expect(meantResourceName('gpu')).toBeNull();
    expect(meantResourceName('CPU')).toBe('cpu');
  });
});

const withPodResources = (resources: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  resources:
${resources}  containers:
    - name: app
      image: nginx:1.27
`;

describe("a resource name in the Pod's own resources", () => {
  it('misspelt is refused, with the name meant offered, as for a container', () => {
    const text = withPodResources('    limits: {cpu: "1", memroy: 1Gi}\n');
    const [problem, ...rest] = named(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'api-server', nodeId: 'pod' });
    expect(problem!.message).toBe(
      'The Pod limits "memroy" for itself, which is not a resource a Pod can have: did you mean memory?',
    );
    const fixed = applyFix(text, problem!);
    expect(fixed).toMatch(/memory: "?1Gi"?/);
    expect(fixed).not.toContain('memroy');
    expect(named(fixed)).toEqual([]);
  });

  it('is cpu, memory or huge pages: ephemeral-storage and extended resources go on containers', () => {
    const text = withPodResources(
      '    requests: {cpu: "1", memory: 1Gi, hugepages-2Mi: 2Mi, ephemeral-storage: 1Gi, nvidia.com/gpu: 1}\n',
    );
    expect(named(text).map((p) => p.message)).toEqual([
      'The Pod requests "ephemeral-storage" for itself, which is not a resource a Pod can have: the Pod\'s own resources are cpu, memory and hugepages-<size>; set ephemeral-storage on its containers.',
      'The Pod requests "nvidia.com/gpu" for itself, which is not a resource a Pod can have: the Pod\'s own resources are cpu, memory and hugepages-<size>; set nvidia.com/gpu on its containers.',
    ]);
  });

  it('before Kubernetes 1.34 is an error nobody refuses: the feature gate is off, the field dropped', () => {
    const text = withPodResources('    limits: {memroy: 1Gi}\n');
    const [problem] = validateManifest(text, { kubernetesVersion: '1.33' }).filter(
      (p) => p.ruleId === 'pod/unknown-resource-name',
    );
    expect(problem).toMatchObject({ severity: 'error', refusedBy: null });
  });
});
