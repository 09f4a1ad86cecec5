import { describe, expect, it } from 'vitest';
import { applyFix, check, only, pod, textAt, workload, yamlOf } from './helpers';

const RULE = 'pod/active-deadline-for-workload';

describe('activeDeadlineSeconds in a Pod template', () => {
  it.each([
    ['Deployment', 'apps/v1', 'ReplicaSet'],
    ['ReplicaSet', 'apps/v1', 'ReplicaSet'],
    ['StatefulSet', 'apps/v1', 'StatefulSet'],
    ['DaemonSet', 'apps/v1', 'DaemonSet'],
    ['ReplicationController', 'v1', 'ReplicationController'],
  ])('of a %s is refused, and can be removed', (kind, apiVersion, refusing) => {
    // A ReplicationController's selector is a plain map of labels.
    const selector = kind === 'ReplicationController' ? { selector: { app: 'web' } } : {};
    const text = yamlOf(workload(kind, apiVersion, { activeDeadlineSeconds: 600 }, selector));
    const [problem, ...rest] = only(RULE, text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'api-server' });
    expect(textAt(text, problem!)).toBe('activeDeadlineSeconds');
    expect(problem!.message).toBe(
      `A ${kind} keeps its Pods running, so its Pod template cannot have activeDeadlineSeconds: the API server refuses it ("activeDeadlineSeconds in ${refusing} is not Supported"). To bound how long a Pod runs, use a Job.`,
    );
    expect(problem!.fix?.title).toBe('Remove activeDeadlineSeconds');
    const fixed = applyFix(text, problem!);
    expect(fixed).not.toContain('activeDeadlineSeconds');
    expect(check(fixed).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('is said once, even when out of range', () => {
    const text = yamlOf(workload('Deployment', 'apps/v1', { activeDeadlineSeconds: 0 }));
    const refused = check(text).filter((p) => p.refusedBy === 'api-server');
    expect(refused.map((p) => p.ruleId)).toEqual([RULE]);
  });

  it('is taken in a Pod, a Job and a CronJob, and null is no value', () => {
    const deadline = { activeDeadlineSeconds: 600 };
    const never = { restartPolicy: 'Never', ...deadline };
    expect(only(RULE, pod(deadline))).toEqual([]);
    expect(only(RULE, workload('Job', 'batch/v1', never))).toEqual([]);
    expect(only(RULE, workload('CronJob', 'batch/v1', never))).toEqual([]);
    expect(only(RULE, workload('Deployment', 'apps/v1', { activeDeadlineSeconds: null }))).toEqual(
      [],
    );
    expect(only(RULE, workload('StatefulSet', 'apps/v1'))).toEqual([]);
  });
});
