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

describe('who refuses, problem by problem', () => {
  it("is the API server for a Job's podFailurePolicy that names no container", () => {
    const job = workload(
      'Job',
      'batch/v1',
      { restartPolicy: 'Never' },
      {
        podFailurePolicy: {
          rules: [
            {
              action: 'FailJob',
              onExitCodes: { containerName: 'migrator', operator: 'In', values: [42] },
            },
          ],
        },
      },
    );
    const [problem] = check(job).filter((p) => p.ruleId === 'pod/unknown-container');
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'api-server' });
  });

  it('is the API server for a native sidecar before Kubernetes 1.28', () => {
    const sidecar = { name: 'proxy', image: 'envoy:1.30', restartPolicy: 'Always' };
    const at = (kubernetesVersion: string) =>
      check(pod({ initContainers: [sidecar] }), { kubernetesVersion }).find(
        (p) => p.ruleId === 'lint/native-sidecar-version',
      );
    expect(at('1.27')).toMatchObject({ severity: 'error', refusedBy: 'api-server' });
    expect(at('1.28')).toMatchObject({ severity: 'warning', refusedBy: null });
  });
});
