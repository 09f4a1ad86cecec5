import { describe, expect, it } from 'vitest';
import {
  humanDuration,
  kubectlGetPodsRow,
  kubectlGetPodsTable,
} from '../../../shared/kubectl/get-pods';
import type { ContainerStatus, Frame, PodCondition } from '../../../shared/lifecycle/types';

type Kind = ContainerStatus['kind'];

function c(
  name: string,
  kind: Kind,
  state: ContainerStatus['state'],
  extra: Partial<ContainerStatus> = {},
): ContainerStatus {
  return {
    name,
    kind,
    state,
    lastState: null,
    ready: false,
    started: false,
    restartCount: 0,
    ...extra,
  };
}

function frame(
  time: number,
  containers: ContainerStatus[],
  conditions: Partial<Record<string, boolean>> = {},
): Frame {
  const list: PodCondition[] = Object.entries(conditions).map(([type, value]) => ({
    type: type as PodCondition['type'],
    status: value ? 'True' : 'False',
  }));
  return {
    time,
    spec: containers.map(({ name, kind }) => ({ name, kind })),
    events: [],
    phase: 'Running',
    conditions: list,
    containers,
    inEndpoints: false,
  };
}

const waiting = (reason: string) => ({ state: 'waiting', reason }) as const;
const running = { state: 'running', startedAt: 0 } as const;
const done = (exitCode: number, reason: string, finishedAt = 0) =>
  ({ state: 'terminated', reason, exitCode, startedAt: 0, finishedAt }) as const;

describe('kubectlGetPodsRow (kubectl printPod rules)', () => {
  it('prints Init:i/n while init container i runs or pulls', () => {
    const f = frame(4, [
      c('a', 'init', done(0, 'Completed')),
      c('b', 'init', running),
      c('app', 'app', waiting('PodInitializing')),
    ]);
    expect(kubectlGetPodsRow('p', f)).toEqual({
      name: 'p',
      ready: '0/1',
      status: 'Init:1/2',
      restarts: '0',
      age: '4s',
    });
    const pulling = frame(1, [
      c('a', 'init', waiting('PodInitializing')),
      c('app', 'app', waiting('PodInitializing')),
    ]);
    expect(kubectlGetPodsRow('p', pulling).status).toBe('Init:0/1');
  });

  it('prefixes an init container’s waiting or terminated reason with Init:', () => {
    expect(
      kubectlGetPodsRow(
        'p',
        frame(5, [c('a', 'init', done(1, 'Error')), c('app', 'app', waiting('PodInitializing'))]),
      ).status,
    ).toBe('Init:Error');
    expect(
      kubectlGetPodsRow(
        'p',
        frame(5, [
          c('a', 'init', waiting('CrashLoopBackOff')),
          c('app', 'app', waiting('PodInitializing')),
        ]),
      ).status,
    ).toBe('Init:CrashLoopBackOff');
    expect(
      kubectlGetPodsRow(
        'p',
        frame(5, [c('a', 'init', done(2, '')), c('app', 'app', waiting('PodInitializing'))]),
      ).status,
    ).toBe('Init:ExitCode:2');
  });

  it('prints PodInitializing once init is done and app containers are being created', () => {
    const f = frame(
      6,
      [c('a', 'init', done(0, 'Completed')), c('app', 'app', waiting('PodInitializing'))],
      { Initialized: true },
    );
    expect(kubectlGetPodsRow('p', f).status).toBe('PodInitializing');
  });

  it('takes the reason of the first app container that has one', () => {
    const f = frame(9, [
      c('app', 'app', waiting('CrashLoopBackOff'), {
        restartCount: 2,
        lastState: done(1, 'Error', 4),
      }),
      c('side', 'app', done(137, 'OOMKilled')),
    ]);
    expect(kubectlGetPodsRow('p', f)).toMatchObject({
      ready: '0/2',
      status: 'CrashLoopBackOff',
      restarts: '2 (5s ago)',
    });
  });

  it('counts ready running app containers and started, ready native sidecars', () => {
    const f = frame(
      30,
      [
        c('proxy', 'native-sidecar', running, { ready: true, started: true }),
        c('init', 'init', done(0, 'Completed')),
        c('app', 'app', running, { ready: true }),
        c('slow', 'app', running, { ready: false }),
      ],
      { Initialized: true },
    );
    expect(kubectlGetPodsRow('p', f)).toMatchObject({ ready: '2/3', status: 'Running' });
  });

  it('counts only the restarts of sidecars and app containers once initialized', () => {
    const f = frame(
      100,
      [
        c('init', 'init', done(0, 'Completed'), {
          restartCount: 4,
          lastState: done(1, 'Error', 20),
        }),
        c('app', 'app', running, { ready: true, restartCount: 1, lastState: done(1, 'Error', 70) }),
      ],
      { Initialized: true },
    );
    expect(kubectlGetPodsRow('p', f).restarts).toBe('1 (30s ago)');
  });

  it('prints Completed, or Running/NotReady when another container still runs', () => {
    const completed = frame(10, [c('job', 'app', done(0, 'Completed'))]);
    expect(kubectlGetPodsRow('p', completed).status).toBe('Completed');
    const mixed = [
      c('job', 'app', done(0, 'Completed')),
      c('side', 'app', running, { ready: true }),
    ];
    expect(kubectlGetPodsRow('p', frame(10, mixed, { Ready: false })).status).toBe('NotReady');
    expect(kubectlGetPodsRow('p', frame(10, mixed, { Ready: true })).status).toBe('Running');
  });

  it('prints the phase before the kubelet reports any container', () => {
    const f = {
      ...frame(0, []),
      phase: 'Pending' as const,
      spec: [{ name: 'app', kind: 'app' as const }],
    };
    expect(kubectlGetPodsRow('p', f)).toMatchObject({
      ready: '0/1',
      status: 'Pending',
      restarts: '0',
    });
  });

  it('aligns a table like kubectl', () => {
    const f = frame(125, [c('app', 'app', running, { ready: true })]);
    expect(kubectlGetPodsTable('api-server', f)).toBe(
      'NAME         READY   STATUS    RESTARTS   AGE\n' +
        'api-server   1/1     Running   0          2m5s',
    );
  });
});

describe('humanDuration (apimachinery HumanDuration)', () => {
  it('prints ages as kubectl does', () => {
    const cases: [number, string][] = [
      [-5, '<invalid>'],
      [-1, '0s'],
      [0, '0s'],
      [59, '59s'],
      [119, '119s'],
      [120, '2m'],
      [125, '2m5s'],
      [599, '9m59s'],
      [600, '10m'],
      [3 * 3600 - 1, '179m'],
      [3 * 3600, '3h'],
      [3 * 3600 + 20 * 60, '3h20m'],
      [8 * 3600, '8h'],
      [47 * 3600, '47h'],
      [48 * 3600, '2d'],
      [3 * 86400 + 4 * 3600, '3d4h'],
      [8 * 86400, '8d'],
      [2 * 365 * 86400, '2y'],
      [2 * 365 * 86400 + 10 * 86400, '2y10d'],
      [9 * 365 * 86400, '9y'],
    ];
    for (const [seconds, printed] of cases)
      expect([seconds, humanDuration(seconds)]).toEqual([seconds, printed]);
  });
});
