import { describe, expect, it } from 'vitest';
import { kubectlGetPodsRow } from '../../../shared/kubectl/get-pods';
import {
  condition,
  container,
  eventTimes,
  firstFrame,
  lastFrame,
  run,
  spec,
  statusSequence,
  templateSimPod,
} from './helpers';

describe('native sidecars', () => {
  const pod = templateSimPod('native-sidecar.yaml');
  const sim = run(pod, { kind: 'healthy' });

  it('starts the sidecar first and keeps it running; the next init waits for its startup probe', () => {
    const [shipperStart] = eventTimes(sim, 'Started', 'log-shipper');
    const [migrateStart] = eventTimes(sim, 'Pulling', 'init-migrate');
    const started = firstFrame(
      sim,
      (f) => f.containers.length > 0 && container(f, 'log-shipper').started,
    );
    expect(shipperStart).toBeDefined();
    expect(migrateStart).toBeGreaterThan(started.time - 1);
    expect(migrateStart).toBeGreaterThanOrEqual(shipperStart ?? 0);
    const end = lastFrame(sim);
    expect(container(end, 'log-shipper').state.state).toBe('running');
    expect(container(end, 'init-migrate').state).toMatchObject({ reason: 'Completed' });
  });

  it('counts the sidecar in READY, as kubectl does', () => {
    expect(statusSequence(sim)).toEqual(['Pending', 'Init:0/2', 'Init:1/2', 'Running']);
    const during = firstFrame(sim, (f) => kubectlGetPodsRow('p', f).status === 'Init:1/2');
    expect(kubectlGetPodsRow('p', during).ready).toBe('1/2');
    expect(kubectlGetPodsRow('p', lastFrame(sim)).ready).toBe('2/2');
    expect(condition(lastFrame(sim), 'Ready')).toBe('True');
  });

  it('restarts a crashing sidecar under restartPolicy Never, without failing the Pod', () => {
    const never = spec({
      restartPolicy: 'Never',
      initContainers: [{ name: 'proxy', image: 'envoy:1.31', restartPolicy: 'Always' }],
      containers: [{ name: 'app', image: 'app:1' }],
    });
    const crash = run(never, { kind: 'app-crash', container: 'proxy' }, { durationSeconds: 60 });
    const end = lastFrame(crash);
    expect(container(end, 'proxy').restartCount).toBeGreaterThanOrEqual(2);
    expect(end.phase).toBe('Running');
    expect(container(end, 'app').state.state).toBe('running');
    // Initialized stays True once reached, so the app containers keep running.
    expect(condition(end, 'Initialized')).toBe('True');
    // kubectl still reports the sidecar's waiting reason, with its Init: prefix.
    expect(statusSequence(crash).slice(-3)).toEqual([
      'Running',
      'Init:Error',
      'Init:CrashLoopBackOff',
    ]);
    expect(kubectlGetPodsRow('p', end).ready).toBe('1/2');
    expect(kubectlGetPodsRow('p', end).restarts).toMatch(/^\d+ \(\d+s ago\)$/);
  });
});
