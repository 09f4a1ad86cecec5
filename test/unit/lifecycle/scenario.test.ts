import { describe, expect, it } from 'vitest';
import { restartsOnExit } from '../../../shared/lifecycle/runner';
import { scenarioTarget } from '../../../shared/lifecycle/scenario';
import { run, spec, templateSimPod } from './helpers';

describe('scenarioTarget', () => {
  it('aims at the first app container by default, past the native sidecars listed before it', () => {
    const pod = templateSimPod('native-sidecar.yaml');
    expect(pod.containers[0]).toMatchObject({ name: 'log-shipper', kind: 'native-sidecar' });
    expect(scenarioTarget(pod, { kind: 'app-crash' })?.name).toBe('api-server');
    expect(scenarioTarget(pod, { kind: 'oom-killed', container: 'log-shipper' })?.name).toBe(
      'log-shipper',
    );
    expect(scenarioTarget(pod, { kind: 'init-fails' })?.name).toBe('init-migrate');
    expect(scenarioTarget(pod, { kind: 'healthy' })).toBeNull();
    expect(scenarioTarget(pod, { kind: 'job-completes' })).toBeNull();
  });

  it('says why there is none, as the simulation’s notes', () => {
    const notes: string[] = [];
    const pod = spec({ containers: [{ name: 'app', image: 'app:1' }] });
    expect(scenarioTarget(pod, { kind: 'init-fails' }, notes)).toBeNull();
    expect(notes).toEqual(run(pod, { kind: 'init-fails' }).notes);
  });
});

describe('restartsOnExit', () => {
  it('follows the Pod’s restartPolicy, but a native sidecar always restarts', () => {
    const table = (['Always', 'OnFailure', 'Never'] as const).map((policy) => [
      policy,
      restartsOnExit('app', 1, policy),
      restartsOnExit('app', 0, policy),
      restartsOnExit('init', 1, policy),
      restartsOnExit('init', 0, policy),
      restartsOnExit('native-sidecar', 0, policy),
    ]);
    expect(table).toEqual([
      ['Always', true, true, true, false, true],
      ['OnFailure', true, false, true, false, true],
      ['Never', false, false, false, false, true],
    ]);
  });
});
