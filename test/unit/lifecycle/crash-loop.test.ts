import { describe, expect, it } from 'vitest';
import { crashBackOffSeconds } from '../../../shared/lifecycle/backoff';
import { kubectlGetPodsRow } from '../../../shared/kubectl/get-pods';
import {
  container,
  firstFrame,
  lastFrame,
  phaseSequence,
  restartWaits,
  run,
  spec,
  stateSequence,
  statusSequence,
  templateSimPod,
} from './helpers';

describe('app-crash scenario', () => {
  const anatomy = templateSimPod('pod-anatomy.yaml');

  it('restarts with back-off 10, 20, 40 … capped at 300 s', () => {
    const sim = run(anatomy, { kind: 'app-crash' }, { durationSeconds: 1500 });
    expect(restartWaits(sim, 'api-server')).toEqual([1, 10, 20, 40, 80, 160, 300, 300, 300]);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(crashBackOffSeconds)).toEqual([
      0, 10, 20, 40, 80, 160, 300, 300,
    ]);
    // CrashLoopBackOff is a waiting reason: the phase stays Running.
    expect(phaseSequence(sim)).toEqual(['Pending', 'Running']);
  });

  it('shows Error, then CrashLoopBackOff from the second crash on', () => {
    const sim = run(anatomy, { kind: 'app-crash', exitCode: 3 }, { durationSeconds: 45 });
    expect(statusSequence(sim)).toEqual([
      'Pending',
      'Init:0/1',
      'PodInitializing',
      'Running',
      'Error',
      'Running',
      'Error',
      'CrashLoopBackOff',
      'Running',
      'Error',
      'CrashLoopBackOff',
    ]);
    expect(stateSequence(sim, 'api-server').slice(0, 6)).toEqual([
      'Waiting:PodInitializing',
      'Running',
      'Terminated:Error',
      'Running',
      'Terminated:Error',
      'Waiting:CrashLoopBackOff',
    ]);
    const backOff = firstFrame(
      sim,
      (f) =>
        f.containers.length > 0 &&
        container(f, 'api-server').state.state === 'waiting' &&
        container(f, 'api-server').restartCount === 1,
    );
    const api = container(backOff, 'api-server');
    expect(api.state).toMatchObject({
      reason: 'CrashLoopBackOff',
      message: 'back-off 10s restarting failed container=api-server pod=api-server_default',
    });
    expect(api.lastState).toMatchObject({ reason: 'Error', exitCode: 3 });
    expect(api.ready).toBe(false);
    expect(backOff.inEndpoints).toBe(false);
    expect(backOff.events).toEqual([
      expect.objectContaining({ type: 'Warning', reason: 'BackOff', container: 'api-server' }),
    ]);
    // The sidecar is unaffected.
    expect(container(backOff, 'log-shipper').ready).toBe(true);
    expect(kubectlGetPodsRow('api-server', backOff)).toMatchObject({
      ready: '1/2',
      status: 'CrashLoopBackOff',
      restarts: '1 (1s ago)',
    });
  });

  it('fails the Pod under restartPolicy Never, without restarting', () => {
    const pod = spec({ restartPolicy: 'Never', containers: [{ name: 'app', image: 'app:1' }] });
    const sim = run(pod, { kind: 'app-crash' });
    const end = lastFrame(sim);
    expect(end.phase).toBe('Failed');
    expect(container(end, 'app')).toMatchObject({ restartCount: 0, ready: false });
    expect(end.conditions).toContainEqual({ type: 'Ready', status: 'False', reason: 'PodFailed' });
    expect(statusSequence(sim)).toEqual(['Pending', 'ContainerCreating', 'Running', 'Error']);
  });

  it('restarts under OnFailure, like Always', () => {
    const pod = spec({ restartPolicy: 'OnFailure', containers: [{ name: 'app', image: 'app:1' }] });
    const sim = run(pod, { kind: 'app-crash' }, { durationSeconds: 60 });
    expect(restartWaits(sim, 'app')).toEqual([1, 10, 20]);
    expect(lastFrame(sim).phase).toBe('Running');
  });
});

describe('oom-killed scenario', () => {
  it('terminates with OOMKilled, exit code 137, and restarts with back-off', () => {
    const api = templateSimPod('pod-api.yaml');
    const sim = run(api, { kind: 'oom-killed', afterSeconds: 20 }, { durationSeconds: 110 });
    expect(sim.notes).toEqual([]);
    expect(statusSequence(sim)).toEqual([
      'Pending',
      'Init:0/1',
      'Running',
      'OOMKilled',
      'Running',
      'OOMKilled',
      'CrashLoopBackOff',
      'Running',
      'OOMKilled',
      'CrashLoopBackOff',
      'Running',
    ]);
    const killed = firstFrame(
      sim,
      (f) => f.containers.length > 0 && container(f, 'api-server').state.state === 'terminated',
    );
    expect(container(killed, 'api-server').state).toMatchObject({
      reason: 'OOMKilled',
      exitCode: 137,
    });
    expect(restartWaits(sim, 'api-server')).toEqual([1, 10, 20]);
  });

  it('shows Init:OOMKilled when an init container runs out of memory', () => {
    const sim = run(
      templateSimPod('pod-anatomy.yaml'),
      { kind: 'oom-killed', container: 'init-migrate', afterSeconds: 2 },
      { durationSeconds: 30 },
    );
    expect(statusSequence(sim)).toEqual([
      'Pending',
      'Init:0/1',
      'Init:OOMKilled',
      'Init:0/1',
      'Init:OOMKilled',
      'Init:CrashLoopBackOff',
      'Init:0/1',
      'Init:OOMKilled',
      'Init:CrashLoopBackOff',
    ]);
    expect(lastFrame(sim).phase).toBe('Pending');
  });

  it('notes a container without a memory limit', () => {
    const sim = run(templateSimPod('pod-anatomy.yaml'), { kind: 'oom-killed' });
    expect(sim.notes.join(' ')).toMatch(/no memory limit/);
  });
});
