import { describe, expect, it } from 'vitest';
import { kubectlGetPodsRow } from '../../../shared/kubectl/get-pods';
import {
  container,
  eventTimes,
  lastFrame,
  phaseSequence,
  run,
  spec,
  stateSequence,
  statusSequence,
  templateSimPod,
} from './helpers';

describe('job-completes scenario', () => {
  it('ends Succeeded with Completed under restartPolicy OnFailure', () => {
    const sim = run(templateSimPod('batch-job-pod.yaml'), { kind: 'job-completes' });
    const end = lastFrame(sim);
    expect(phaseSequence(sim)).toEqual(['Pending', 'Running', 'Succeeded']);
    expect(statusSequence(sim)).toEqual(['Pending', 'ContainerCreating', 'Running', 'Completed']);
    expect(container(end, 'report').state).toMatchObject({ reason: 'Completed', exitCode: 0 });
    expect(end.conditions).toContainEqual({
      type: 'Ready',
      status: 'False',
      reason: 'PodCompleted',
    });
    expect(end.conditions).toContainEqual({
      type: 'Initialized',
      status: 'True',
      reason: 'PodCompleted',
    });
    expect(end.inEndpoints).toBe(false);
    expect(kubectlGetPodsRow('report-job', end)).toMatchObject({ ready: '0/1', restarts: '0' });
    // The simulation stops once the Pod is terminal.
    expect(end.time).toBeLessThan(20);
    expect(sim.notes).toEqual([]);
  });

  it('ends Succeeded under restartPolicy Never too', () => {
    const pod = spec({
      restartPolicy: 'Never',
      containers: [{ name: 'job', image: 'busybox:1.36' }],
    });
    expect(lastFrame(run(pod, { kind: 'job-completes' })).phase).toBe('Succeeded');
  });

  it('restarts containers that exit 0 under restartPolicy Always', () => {
    const pod = spec({ containers: [{ name: 'job', image: 'busybox:1.36' }] });
    const sim = run(pod, { kind: 'job-completes', runSeconds: 4 }, { durationSeconds: 40 });
    expect(statusSequence(sim)).toEqual([
      'Pending',
      'ContainerCreating',
      'Running',
      'Completed',
      'Running',
      'Completed',
      'CrashLoopBackOff',
      'Running',
      'Completed',
      'CrashLoopBackOff',
    ]);
    expect(phaseSequence(sim)).toEqual(['Pending', 'Running']);
    expect(sim.notes.join(' ')).toMatch(/never completes/);
  });

  it('retries a failing job under OnFailure, then completes', () => {
    const pod = templateSimPod('batch-job-pod.yaml');
    const crash = run(pod, { kind: 'app-crash' }, { durationSeconds: 30 });
    expect(phaseSequence(crash)).toEqual(['Pending', 'Running']);
    expect(container(lastFrame(crash), 'report').restartCount).toBeGreaterThan(0);
  });

  it('stops native sidecars once the app containers are done', () => {
    const pod = spec({
      restartPolicy: 'Never',
      initContainers: [{ name: 'shipper', image: 'promtail:2.9.0', restartPolicy: 'Always' }],
      containers: [{ name: 'job', image: 'busybox:1.36' }],
    });
    const sim = run(pod, { kind: 'job-completes' });
    const end = lastFrame(sim);
    expect(end.phase).toBe('Succeeded');
    expect(sim.frames.flatMap((f) => f.events)).toContainEqual(
      expect.objectContaining({
        reason: 'Killing',
        container: 'shipper',
        message: 'Stopping container shipper',
      }),
    );
    expect(stateSequence(sim, 'shipper')).toEqual([
      'Waiting:PodInitializing',
      'Running',
      'Terminated:Completed',
    ]);
    expect(kubectlGetPodsRow('job', end).status).toBe('Completed');
  });

  it('never completes while a classic sidecar keeps running', () => {
    const pod = spec({
      restartPolicy: 'Never',
      containers: [
        { name: 'job', image: 'busybox:1.36' },
        { name: 'shipper', image: 'promtail:2.9.0' },
      ],
    });
    const sim = run(pod, { kind: 'job-completes', container: 'job' }, { durationSeconds: 60 });
    const end = lastFrame(sim);
    expect(end.phase).toBe('Running');
    // kubectl's printer: a Completed container beside a running one reads NotReady.
    expect(kubectlGetPodsRow('job', end)).toMatchObject({ ready: '1/2', status: 'NotReady' });
    expect(sim.notes.join(' ')).toMatch(/shipper keeps running/);
    expect(eventTimes(sim, 'Killing')).toEqual([]);
  });
});
