import { describe, expect, it } from 'vitest';
import { applyFix, check, container, only, pod, textAt, workload, yamlOf } from './helpers';

const RULE = 'pod/number-out-of-range';

/** The messages of the rule, with the text each points at. */
const found = (manifest: unknown) => {
  const text = yamlOf(manifest);
  return only(RULE, text).map((p) => [textAt(text, p), p.message]);
};

describe('a count, duration or ID out of its range', () => {
  it('in a probe: each negative field, and a liveness grace period of 0', () => {
    const probe = {
      httpGet: { path: '/live', port: 'http' },
      initialDelaySeconds: -5,
      timeoutSeconds: -1,
      periodSeconds: -10,
      failureThreshold: -3,
      terminationGracePeriodSeconds: 0,
    };
    expect(found(pod({ containers: [container('app', { livenessProbe: probe })] }))).toEqual([
      [
        '-5',
        'The livenessProbe of "app" has initialDelaySeconds -5: it must be 0 or more (leave it out for no delay).',
      ],
      [
        '-1',
        'The livenessProbe of "app" has timeoutSeconds -1: it must be 0 or more (leave it out for the default, 1 second).',
      ],
      [
        '-10',
        'The livenessProbe of "app" has periodSeconds -10: it must be 0 or more (leave it out for the default, 10 seconds).',
      ],
      [
        '-3',
        'The livenessProbe of "app" has failureThreshold -3: it must be 0 or more (leave it out for the default, 3).',
      ],
      [
        '0',
        'The livenessProbe of "app" has terminationGracePeriodSeconds 0: it must be at least 1 (leave it out for the Pod\'s terminationGracePeriodSeconds).',
      ],
    ]);
  });

  it("in a readiness probe's successThreshold; a liveness probe's is another rule's", () => {
    const readiness = { httpGet: { path: '/ready', port: 'http' }, successThreshold: -1 };
    expect(found(pod({ containers: [container('app', { readinessProbe: readiness })] }))).toEqual([
      [
        '-1',
        'The readinessProbe of "app" has successThreshold -1: it must be 0 or more (leave it out for the default, 1).',
      ],
    ]);
    const liveness = { tcpSocket: { port: 'http' }, successThreshold: -1 };
    const text = yamlOf(pod({ containers: [container('app', { livenessProbe: liveness })] }));
    expect(only(RULE, text)).toEqual([]);
    expect(only('pod/probe-success-threshold', text)).toHaveLength(1);
  });

  it('is refused by the API server, and removing the field fixes it', () => {
    const text = yamlOf(
      pod({
        containers: [
          container('app', { livenessProbe: { tcpSocket: { port: 'http' }, periodSeconds: -10 } }),
        ],
      }),
    );
    const [problem] = only(RULE, text);
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'api-server' });
    expect(problem!.fix?.title).toBe('Remove periodSeconds (the default, 10 seconds)');
    const fixed = applyFix(text, problem!);
    expect(fixed).not.toContain('periodSeconds');
    expect(check(fixed).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('in user and group IDs of the Pod and of a container', () => {
    const manifest = pod({
      securityContext: {
        runAsNonRoot: true,
        runAsGroup: -1,
        fsGroup: -2,
        supplementalGroups: [1000, -3],
      },
      containers: [
        container('app', {
          securityContext: {
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            runAsUser: -1,
          },
        }),
      ],
    });
    expect(found(manifest)).toEqual([
      ['-1', "The Pod's securityContext has runAsGroup -1: it must be between 0 and 2147483647."],
      ['-2', "The Pod's securityContext has fsGroup -2: it must be between 0 and 2147483647."],
      [
        '-3',
        "The Pod's securityContext has supplementalGroups -3: it must be between 0 and 2147483647.",
      ],
      ['-1', 'Container "app" has runAsUser -1: it must be between 0 and 2147483647.'],
    ]);
    expect(found(pod({ securityContext: { runAsNonRoot: true, runAsUser: 2147483648 } }))).toEqual([
      [
        '2147483648',
        "The Pod's securityContext has runAsUser 2147483648: it must be between 0 and 2147483647.",
      ],
    ]);
  });

  it("in a Pod's activeDeadlineSeconds of 0, which has to be at least 1", () => {
    const text = yamlOf(pod({ activeDeadlineSeconds: 0 }));
    const [problem] = only(RULE, text);
    expect(problem!.message).toBe(
      'The Pod has activeDeadlineSeconds 0: it must be between 1 and 2147483647 (leave it out for no deadline).',
    );
    expect(problem!.fix?.title).toBe('Remove activeDeadlineSeconds (no deadline)');
    expect(only(RULE, applyFix(text, problem!))).toEqual([]);
    expect(found(pod({ activeDeadlineSeconds: 600 }))).toEqual([]);
  });

  it("in a workload's replicas, and a Job's or CronJob's backoffLimit", () => {
    expect(
      found(workload('Deployment', 'apps/v1', {}, { replicas: -1, revisionHistoryLimit: -1 })),
    ).toEqual([
      [
        '-1',
        'The Deployment has replicas -1: it must be 0 or more (leave it out for the default, 1).',
      ],
      [
        '-1',
        'The Deployment has revisionHistoryLimit -1: it must be 0 or more (leave it out for the default, 10).',
      ],
    ]);
    expect(found(workload('StatefulSet', 'apps/v1', {}, { replicas: -2 }))).toHaveLength(1);
    const job = workload('Job', 'batch/v1', { restartPolicy: 'Never' }, { backoffLimit: -1 });
    expect(found(job)).toEqual([
      [
        '-1',
        'The Job has backoffLimit -1: it must be 0 or more (leave it out for the default, 6).',
      ],
    ]);
    // A Job's own activeDeadlineSeconds may be 0 (ValidateNonnegativeField), unlike its Pods'.
    expect(
      found(workload('Job', 'batch/v1', { restartPolicy: 'Never' }, { activeDeadlineSeconds: 0 })),
    ).toEqual([]);
    const cron = workload(
      'CronJob',
      'batch/v1',
      { restartPolicy: 'Never' },
      { failedJobsHistoryLimit: -1 },
    );
    (
      cron as { spec: { jobTemplate: { spec: Record<string, unknown> } } }
    ).spec.jobTemplate.spec.backoffLimit = -4;
    expect(found(cron).map(([at]) => at)).toEqual(['-4', '-1']);
  });

  it('is silent on the ranges the API server takes', () => {
    const probe = { httpGet: { path: '/live', port: 'http' }, periodSeconds: 0, timeoutSeconds: 0 };
    expect(found(pod({ containers: [container('app', { livenessProbe: probe })] }))).toEqual([]);
    expect(found(workload('Deployment', 'apps/v1', {}, { replicas: 0 }))).toEqual([]);
    expect(
      found(pod({ securityContext: { runAsNonRoot: true, runAsUser: 0, fsGroup: 2000 } })),
    ).toEqual([]);
  });
});

describe('a negative terminationGracePeriodSeconds', () => {
  it('is a warning: the API server keeps it, treated as 1 second', () => {
    const text = yamlOf(pod({ terminationGracePeriodSeconds: -5 }));
    const [problem, ...rest] = only('pod/negative-grace-period', text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning', refusedBy: null });
    expect(textAt(text, problem!)).toBe('-5');
    expect(problem!.message).toBe(
      "The Pod's terminationGracePeriodSeconds is -5: a negative grace period is treated as 1 second.",
    );
    expect(only('pod/negative-grace-period', applyFix(text, problem!))).toEqual([]);
    expect(only('pod/negative-grace-period', pod({ terminationGracePeriodSeconds: 0 }))).toEqual(
      [],
    );
  });
});
