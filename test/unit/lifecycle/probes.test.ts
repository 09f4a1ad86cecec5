import { describe, expect, it } from 'vitest';
import { kubectlGetPodsRow } from '../../../shared/kubectl/get-pods';
import {
  condition,
  container,
  eventTimes,
  firstFrame,
  lastFrame,
  phaseSequence,
  run,
  spec,
  statusSequence,
  templateSimPod,
} from './helpers';

const api = templateSimPod('pod-api.yaml');

describe('liveness-failure scenario', () => {
  // The lesson's api-server: liveness every 20 s after 15 s, 3 failures; readiness every 10 s.
  const sim = run(api, { kind: 'liveness-failure', afterSeconds: 40 }, { durationSeconds: 300 });
  const started = eventTimes(sim, 'Started', 'api-server');

  it('kills the container after failureThreshold failures in a row, then restarts it', () => {
    const livenessFailures = sim.frames.flatMap((f) =>
      f.events.filter((e) => e.reason === 'Unhealthy' && e.message.startsWith('Liveness')),
    );
    const start = started[0] ?? 0;
    // Probes at 15, 35, 55, 75, 95 s: the process hangs at 40 s, so 55, 75 and 95 fail.
    expect(livenessFailures.slice(0, 3).map((e) => e.time - start)).toEqual([55, 75, 95]);
    expect(livenessFailures[0]).toMatchObject({
      type: 'Warning',
      message:
        'Liveness probe failed: Get "http://10.244.1.7:8080/healthz/live": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    });
    const [kill] = sim.frames.flatMap((f) => f.events.filter((e) => e.reason === 'Killing'));
    expect(kill).toMatchObject({
      time: start + 95,
      type: 'Normal',
      message: 'Container api-server failed liveness probe, will be restarted',
    });
    // kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes:
    // "Prior to release 1.21, the pod-level terminationGracePeriodSeconds was used for
    // terminating a container that failed its liveness or startup probe." Without a probe-level
    // one it still is: SIGTERM, which the hung process ignores, then SIGKILL 30 s later (the
    // default grace period), and only then the restart.
    expect(
      container(
        firstFrame(sim, (f) => f.time === kill?.time),
        'api-server',
      ).state.state,
    ).toBe('running');
    const killed = firstFrame(
      sim,
      (f) => f.time > kill!.time && container(f, 'api-server').state.state === 'terminated',
    );
    expect(killed.time).toBe(kill!.time + 30);
    expect(container(killed, 'api-server').state).toMatchObject({ exitCode: 137, reason: 'Error' });
    expect(started[1]).toBe(start + 95 + 30 + 1);
  });

  it('marks the Pod unready before the kill, as readiness fails too', () => {
    const start = started[0] ?? 0;
    const unready = firstFrame(
      sim,
      (f) => f.time > start + 40 && condition(f, 'Ready') === 'False',
    );
    // Readiness probes at 45, 55, 65 s fail; the third takes the Pod out of the endpoints.
    expect(unready.time - start).toBe(65);
    expect(unready.inEndpoints).toBe(false);
    expect(unready.phase).toBe('Running');
  });

  it('goes through Running → Error → Running → Error → CrashLoopBackOff', () => {
    expect(statusSequence(sim)).toEqual([
      'Pending',
      'Init:0/1',
      'Running',
      'Error',
      'Running',
      'Error',
      'CrashLoopBackOff',
      'Running',
    ]);
    expect(kubectlGetPodsRow('api-server', lastFrame(sim)).restarts).toMatch(/^2 \(/);
  });

  it('never restarts a hung container that has no liveness probe', () => {
    const noLiveness = spec({
      containers: [
        { name: 'app', image: 'app:1', readinessProbe: { exec: { command: ['true'] } } },
      ],
    });
    const hung = run(noLiveness, { kind: 'liveness-failure', afterSeconds: 10 });
    expect(eventTimes(hung, 'Killing')).toEqual([]);
    expect(container(lastFrame(hung), 'app')).toMatchObject({ restartCount: 0, ready: false });
    expect(hung.notes.join(' ')).toMatch(/no livenessProbe/);
  });
});

describe('readiness-failure scenario', () => {
  const sim = run(api, { kind: 'readiness-failure', afterSeconds: 30, forSeconds: 60 });
  const start = eventTimes(sim, 'Started', 'api-server')[0] ?? 0;

  it('takes the Pod out of the endpoints, then back, without restarting', () => {
    const endpoints = sim.frames
      .filter((f) => f.time >= start)
      .map((f) => [f.time - start, f.inEndpoints] as const)
      .filter(([, inside], i, all) => i === 0 || inside !== all[i - 1]?.[1]);
    // Ready at 5 s; failures at 35, 45, 55 s (failureThreshold 3); back at 95 s.
    expect(endpoints).toEqual([
      [0, false],
      [5, true],
      [55, false],
      [95, true],
    ]);
    expect(eventTimes(sim, 'Killing')).toEqual([]);
    expect(container(lastFrame(sim), 'api-server').restartCount).toBe(0);
    expect(phaseSequence(sim)).toEqual(['Pending', 'Running']);
    // STATUS stays Running; READY shows it.
    expect(statusSequence(sim)).toEqual(['Pending', 'Init:0/1', 'Running']);
    const out = firstFrame(sim, (f) => f.time === start + 55);
    expect(kubectlGetPodsRow('api-server', out).ready).toBe('0/1');
    expect(out.conditions).toContainEqual({
      type: 'Ready',
      status: 'False',
      reason: 'ContainersNotReady',
      message: 'containers with unready status: [api-server]',
    });
    expect(out.events[0]?.message).toBe(
      'Readiness probe failed: HTTP probe failed with statuscode: 503',
    );
  });

  it('needs successThreshold successes in a row to be ready again', () => {
    const pod = spec({
      containers: [
        {
          name: 'app',
          image: 'app:1',
          readinessProbe: { tcpSocket: { port: 8080 }, periodSeconds: 5, successThreshold: 3 },
        },
      ],
    });
    const sim2 = run(pod, { kind: 'readiness-failure', afterSeconds: 20, forSeconds: 15 });
    const s = eventTimes(sim2, 'Started', 'app')[0] ?? 0;
    const changes = sim2.frames
      .filter((f) => f.time >= s)
      .map((f) => [f.time - s, f.inEndpoints] as const)
      .filter(([, inside], i, all) => i === 0 || inside !== all[i - 1]?.[1]);
    // Successes at 0, 5, 10 s: ready at the third. Failures at 20, 25, 30 s: out at the third
    // (failureThreshold 3). Successes at 35, 40, 45 s: back at the third.
    expect(changes).toEqual([
      [0, false],
      [10, true],
      [30, false],
      [45, true],
    ]);
  });
});

describe('startup probe', () => {
  it('holds off liveness and readiness until it succeeds', () => {
    const pod = spec({
      containers: [
        {
          name: 'jvm',
          image: 'app:1',
          startupProbe: {
            httpGet: { path: '/started', port: 8080 },
            initialDelaySeconds: 30,
            periodSeconds: 10,
          },
          livenessProbe: { httpGet: { path: '/live', port: 8080 }, periodSeconds: 5 },
          readinessProbe: { httpGet: { path: '/ready', port: 8080 }, periodSeconds: 5 },
        },
      ],
    });
    const sim = run(pod, { kind: 'liveness-failure', afterSeconds: 60 });
    const start = eventTimes(sim, 'Started', 'jvm')[0] ?? 0;
    const since = (f: { time: number }): number => f.time - start;
    const started = firstFrame(sim, (f) => f.containers.length > 0 && container(f, 'jvm').started);
    expect(since(started)).toBe(30);
    // Readiness runs only from then on: its next tick, 35 s.
    expect(since(firstFrame(sim, (f) => f.inEndpoints))).toBe(35);
    // Liveness only counts failures once started: at 60, 65, 70 s, then the kill.
    const liveness = sim.frames.flatMap((f) =>
      f.events.filter((e) => e.message.startsWith('Liveness probe failed')),
    );
    expect(liveness.slice(0, 3).map(since)).toEqual([60, 65, 70]);
  });

  it('kills a container whose startup probe keeps failing', () => {
    const pod = spec({
      containers: [
        {
          name: 'slow',
          image: 'app:1',
          startupProbe: { tcpSocket: { port: 8080 }, periodSeconds: 5, failureThreshold: 4 },
          readinessProbe: { tcpSocket: { port: 8080 } },
        },
      ],
    });
    const sim = run(pod, { kind: 'liveness-failure', afterSeconds: 0 }, { durationSeconds: 40 });
    const start = eventTimes(sim, 'Started', 'slow')[0] ?? 0;
    const unhealthy = sim.frames.flatMap((f) => f.events.filter((e) => e.reason === 'Unhealthy'));
    expect(unhealthy.slice(0, 4).map((e) => e.time - start)).toEqual([0, 5, 10, 15]);
    expect(unhealthy.every((e) => e.message.startsWith('Startup probe failed'))).toBe(true);
    const kills = sim.frames.flatMap((f) => f.events.filter((e) => e.reason === 'Killing'));
    expect(kills[0]).toMatchObject({
      time: start + 15,
      message: 'Container slow failed startup probe, will be restarted',
    });
    // Not started: never ready, never in the endpoints.
    expect(sim.frames.some((f) => f.inEndpoints)).toBe(false);
  });
});

describe('a probe’s own grace period', () => {
  // configure-liveness-readiness-startup-probes: "In 1.21 and beyond, when the feature gate
  // ProbeTerminationGracePeriod is enabled, users can specify a probe-level
  // terminationGracePeriodSeconds as part of the probe specification."
  it('stops the container that much after the failed probe, whatever the Pod’s', () => {
    const pod = spec({
      terminationGracePeriodSeconds: 120,
      containers: [
        {
          name: 'slow',
          image: 'app:1',
          startupProbe: {
            tcpSocket: { port: 8080 },
            periodSeconds: 5,
            failureThreshold: 2,
            terminationGracePeriodSeconds: 5,
          },
        },
      ],
    });
    const sim = run(pod, { kind: 'liveness-failure', afterSeconds: 0 }, { durationSeconds: 40 });
    const [kill] = eventTimes(sim, 'Killing', 'slow');
    const ended = firstFrame(
      sim,
      (f) => f.containers.length > 0 && container(f, 'slow').state.state === 'terminated',
    );
    expect(ended.time - kill!).toBe(5);
  });
});

describe('a probe on a named port', () => {
  // configure-liveness-readiness-startup-probes: "you can use a named port for HTTP and TCP
  // probes"; the kubelet's prober looks the name up among the container's ports and dials the
  // number, which its failure message shows.
  it('dials the number the name stands for', () => {
    const pod = spec({
      containers: [
        {
          name: 'web',
          image: 'web:1',
          ports: [{ name: 'liveness-port', containerPort: 8081 }],
          livenessProbe: { httpGet: { path: '/healthz', port: 'liveness-port' } },
        },
      ],
    });
    const sim = run(pod, { kind: 'liveness-failure', afterSeconds: 5 }, { durationSeconds: 60 });
    const [failure] = sim.frames.flatMap((f) => f.events.filter((e) => e.reason === 'Unhealthy'));
    expect(failure?.message).toBe(
      'Liveness probe failed: Get "http://10.244.1.7:8081/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
    );
    expect(pod.containers[0]?.livenessProbe?.port).toBe('liveness-port');
  });
});
