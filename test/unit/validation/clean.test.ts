import { describe, expect, it } from 'vitest';
import { check, pod, workload } from './helpers';

describe('the clean baseline the rule tests start from', () => {
  it('has no problem as a Pod', () => {
    expect(check(pod())).toEqual([]);
  });

  it.each([
    ['Deployment', 'apps/v1'],
    ['StatefulSet', 'apps/v1'],
    ['DaemonSet', 'apps/v1'],
    ['ReplicaSet', 'apps/v1'],
  ])('has no problem as a %s', (kind, apiVersion) => {
    expect(check(workload(kind, apiVersion))).toEqual([]);
  });
});
