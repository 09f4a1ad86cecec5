import { describe, expect, it } from 'vitest';
import { kubectlGetPodsRow } from '../../../shared/kubectl/get-pods';
import { frameAt } from '../../../shared/lifecycle/simulate';
import {
  condition,
  container,
  eventTimes,
  firstFrame,
  lastFrame,
  phaseSequence,
  run,
  spec,
  stateSequence,
  statusSequence,
  templateSimPod,
} from './helpers';

describe('healthy scenario', () => {
  const anatomy = templateSimPod('pod-anatomy.yaml');
  const sim = run(anatomy, { kind: 'healthy' });

  it('starts unscheduled, with no container statuses and no conditions', () => {
    const [first] = sim.frames;
    expect(first).toMatchObject({ time: 0, phase: 'Pending', containers: [], conditions: [] });
    expect(kubectlGetPodsRow('api-server', first!)).toMatchObject({
      ready: '0/2',
      status: 'Pending',
      restarts: '0',
      age: '0s',
    });
  });

  it('goes Pending → Init:0/1 → PodInitializing → Running', () => {
    expect(statusSequence(sim)).toEqual(['Pending', 'Init:0/1', 'PodInitializing', 'Running']);
    expect(phaseSequence(sim)).toEqual(['Pending', 'Running']);
  });

  it('runs the init container to completion before any app container starts', () => {
    const initDone = firstFrame(
      sim,
      (f) => f.containers.length > 0 && container(f, 'init-migrate').state.state === 'terminated',
    );
    const initState = container(initDone, 'init-migrate').state;
    expect(initState).toMatchObject({ reason: 'Completed', exitCode: 0 });
    const [appStart] = eventTimes(sim, 'Started', 'api-server');
    const [shipperPull] = eventTimes(sim, 'Pulling', 'log-shipper');
    expect(appStart).toBe(initDone.time);
    // Both app containers are started in the same sync, in parallel.
    expect(shipperPull).toBe(initDone.time);
    expect(stateSequence(sim, 'api-server')).toEqual(['Waiting:PodInitializing', 'Running']);
  });

  it('records the kubelet events in order', () => {
    const reasons = sim.frames.flatMap((f) =>
      f.events.map((e) => `${e.reason} ${e.container ?? ''}`),
    );
    expect(reasons).toEqual([
      'Scheduled ',
      'Pulling init-migrate',
      'Pulled init-migrate',
      'Created init-migrate',
      'Started init-migrate',
      // Same image as the init container: already on the node.
      'Pulled api-server',
      'Created api-server',
      'Started api-server',
      'Pulling log-shipper',
      'Pulled log-shipper',
      'Created log-shipper',
      'Started log-shipper',
    ]);
    expect(sim.frames.flatMap((f) => f.events).every((e) => e.type === 'Normal')).toBe(true);
    const messages = sim.frames.flatMap((f) => f.events.map((e) => e.message));
    expect(messages.slice(1, 5)).toEqual([
      'Pulling image "my-api:v2"',
      'Successfully pulled image "my-api:v2" in 2s (2s including waiting)',
      'Created container: init-migrate',
      'Started container init-migrate',
    ]);
    expect(messages[5]).toBe('Container image "my-api:v2" already present on machine');
  });

  it('ends Running, all conditions True, in the endpoints', () => {
    const end = lastFrame(sim);
    expect(end.phase).toBe('Running');
    for (const type of ['PodScheduled', 'Initialized', 'ContainersReady', 'Ready'])
      expect(condition(end, type)).toBe('True');
    expect(end.inEndpoints).toBe(true);
    expect(kubectlGetPodsRow('api-server', end)).toMatchObject({ ready: '2/2', status: 'Running' });
  });

  it('shows ContainerCreating for a Pod without init containers', () => {
    const single = run(spec({ containers: [{ name: 'web', image: 'nginx:1.27' }] }), {
      kind: 'healthy',
    });
    expect(statusSequence(single)).toEqual(['Pending', 'ContainerCreating', 'Running']);
    expect(stateSequence(single, 'web')).toEqual(['Waiting:ContainerCreating', 'Running']);
  });

  it('waits for the readiness probe before the Pod is Ready and in the endpoints', () => {
    const api = templateSimPod('pod-api.yaml');
    const sim2 = run(api, { kind: 'healthy' }, { namespace: 'production' });
    const started = firstFrame(sim2, (f) => f.phase === 'Running');
    expect(condition(started, 'Ready')).toBe('False');
    expect(started.inEndpoints).toBe(false);
    const ready = firstFrame(sim2, (f) => f.inEndpoints);
    // readinessProbe: initialDelaySeconds 5.
    expect(ready.time - started.time).toBe(5);
    expect(condition(ready, 'ContainersReady')).toBe('True');
    expect(sim2.frames[1]?.events[0]?.message).toBe(
      'Successfully assigned production/api-server to node-1',
    );
  });

  it('gives the status at any second with frameAt', () => {
    const later = frameAt(sim, 200);
    expect(later).toMatchObject({ time: 200, phase: 'Running', events: [] });
    expect(kubectlGetPodsRow('api-server', later).age).toBe('3m20s');
    const scheduled = frameAt(sim, 1);
    expect(scheduled.events.map((e) => e.reason)).toEqual(['Scheduled', 'Pulling']);
    expect(scheduled.events[0]).toMatchObject({
      source: 'default-scheduler',
      object: 'pod/api-server',
    });
  });
});
