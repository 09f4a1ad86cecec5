import { describe, expect, it } from 'vitest';
import { ruleInfo } from '../../../shared';
import { check, pod, workload } from './helpers';

describe('who refuses a manifest', () => {
  it('is the API server only for errors, and never for a practice', () => {
    for (const rule of ruleInfo()) {
      if (rule.refusedBy === 'api-server') expect(rule.severity, rule.id).toBe('error');
      if (rule.id.startsWith('lint/')) expect(rule.refusedBy, rule.id).toBeNull();
    }
  });

  it('is nobody for what the API server accepts and the Pod then trips on', () => {
    const refusal = (id: string) => ruleInfo().find((r) => r.id === id)?.refusedBy;
    expect(refusal('pod/port-conflict')).toBeNull();
    expect(refusal('pod/unknown-probe-port')).toBeNull();
    expect(refusal('pod/invalid-object-name')).toBe('api-server');
  });

  it('is the API server for a Pod without an image, and nobody for a template without one', () => {
    const noImage = { name: 'app' };
    const [ofPod] = check(pod({ containers: [noImage] })).filter(
      (p) => p.ruleId === 'pod/missing-image',
    );
    const [ofTemplate] = check(workload('Deployment', 'apps/v1', { containers: [noImage] })).filter(
      (p) => p.ruleId === 'pod/missing-image',
    );
    expect(ofPod?.refusedBy).toBe('api-server');
    expect(ofTemplate?.refusedBy).toBeNull();
  });
});
