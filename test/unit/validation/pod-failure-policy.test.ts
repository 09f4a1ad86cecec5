import { describe, expect, it } from 'vitest';
import { applyFix, check, only, textAt, workload, yamlOf } from './helpers';

const failurePolicy = {
  podFailurePolicy: {
    rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [42] } }],
  },
};

describe('a podFailurePolicy', () => {
  it("with the Pods' restartPolicy OnFailure is refused: it needs Never", () => {
    const text = yamlOf(workload('Job', 'batch/v1', { restartPolicy: 'OnFailure' }, failurePolicy));
    const [problem, ...rest] = only('pod/pod-failure-policy-restart', text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'api-server' });
    expect(textAt(text, problem!)).toBe('OnFailure');
    expect(problem!.message).toBe(
      'The Job has a podFailurePolicy, which needs restartPolicy Never: with OnFailure a failed container restarts in place, and the policy never sees it fail.',
    );
    expect(problem!.fix?.title).toBe('Set restartPolicy: Never');
    expect(problem!.moreFixes?.map((f) => f.title)).toEqual(['Remove the podFailurePolicy']);
    const fixed = applyFix(text, problem!);
    expect(fixed).toContain('restartPolicy: Never');
    expect(check(fixed).filter((p) => p.severity === 'error')).toEqual([]);
    expect(
      only(
        'pod/pod-failure-policy-restart',
        applyFix(text, { ...problem!, fix: problem!.moreFixes![0] }),
      ),
    ).toEqual([]);
  });

  it('written null is no policy: OnFailure stays, and a missing restartPolicy gets OnFailure', () => {
    const none = { podFailurePolicy: null };
    const text = yamlOf(workload('Job', 'batch/v1', { restartPolicy: 'OnFailure' }, none));
    expect(only('pod/pod-failure-policy-restart', text)).toEqual([]);
    const missing = only('pod/restart-policy-for-workload', workload('Job', 'batch/v1', {}, none));
    expect(missing[0]?.fix?.title).toBe('Set restartPolicy: OnFailure');
  });

  it("in a CronJob's jobTemplate is checked as a Job's", () => {
    const cron = workload('CronJob', 'batch/v1', { restartPolicy: 'OnFailure' }) as {
      spec: { jobTemplate: { spec: Record<string, unknown> } };
    };
    Object.assign(cron.spec.jobTemplate.spec, failurePolicy);
    expect(only('pod/pod-failure-policy-restart', cron)).toHaveLength(1);
  });

  it('without restartPolicy: the fix of the missing restartPolicy writes Never, not OnFailure', () => {
    const text = yamlOf(workload('Job', 'batch/v1', {}, failurePolicy));
    const [missing] = only('pod/restart-policy-for-workload', text);
    expect(missing!.fix?.title).toBe('Set restartPolicy: Never');
    expect(only('pod/pod-failure-policy-restart', applyFix(text, missing!))).toEqual([]);
  });

  it('with restartPolicy Never, or no podFailurePolicy with OnFailure, is accepted', () => {
    expect(
      only(
        'pod/pod-failure-policy-restart',
        workload('Job', 'batch/v1', { restartPolicy: 'Never' }, failurePolicy),
      ),
    ).toEqual([]);
    expect(
      only(
        'pod/pod-failure-policy-restart',
        workload('Job', 'batch/v1', { restartPolicy: 'OnFailure' }),
      ),
    ).toEqual([]);
  });
});
