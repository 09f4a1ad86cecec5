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
