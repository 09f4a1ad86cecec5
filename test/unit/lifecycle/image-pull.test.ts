import { describe, expect, it } from 'vitest';
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

describe('image-pull-error scenario', () => {
  it('shows ErrImagePull, then ImagePullBackOff, retrying after 10, 20, 40 s', () => {
    const pod = spec({ containers: [{ name: 'web', image: 'nginx:1.27-typo' }] });
    const sim = run(pod, { kind: 'image-pull-error' }, { durationSeconds: 120 });
    expect(statusSequence(sim)).toEqual([
      'Pending',
      'ContainerCreating',
      'ErrImagePull',
      'ImagePullBackOff',
      'ErrImagePull',
      'ImagePullBackOff',
      'ErrImagePull',
      'ImagePullBackOff',
      'ErrImagePull',
      'ImagePullBackOff',
    ]);
    expect(stateSequence(sim, 'web')).toEqual([
      'Waiting:ContainerCreating',
      'Waiting:ErrImagePull',
      'Waiting:ImagePullBackOff',
      'Waiting:ErrImagePull',
      'Waiting:ImagePullBackOff',
      'Waiting:ErrImagePull',
      'Waiting:ImagePullBackOff',
      'Waiting:ErrImagePull',
      'Waiting:ImagePullBackOff',
    ]);
    const failures = sim.frames
      .filter((f) => f.containers.length > 0)
      .filter((f) => {
        const s = container(f, 'web').state;
        return s.state === 'waiting' && s.reason === 'ErrImagePull';
      })
      .map((f) => f.time);
    const pulls = eventTimes(sim, 'Pulling', 'web');
    // Each retry starts when the back-off since the last failure is over.
    expect(pulls.slice(1).map((p, i) => p - (failures[i] ?? 0))).toEqual([10, 20, 40]);
    expect(phaseSequence(sim)).toEqual(['Pending']);
    expect(container(lastFrame(sim), 'web').restartCount).toBe(0);
  });

  it('records the kubelet events with their types', () => {
    const pod = spec({ containers: [{ name: 'web', image: 'nginx:1.27-typo' }] });
    const sim = run(pod, { kind: 'image-pull-error' }, { durationSeconds: 5 });
    const events = sim.frames.flatMap((f) => f.events).map((e) => [e.type, e.reason, e.message]);
    expect(events.slice(1)).toEqual([
      ['Normal', 'Pulling', 'Pulling image "nginx:1.27-typo"'],
      [
        'Warning',
        'Failed',
        'Failed to pull image "nginx:1.27-typo": rpc error: code = NotFound desc = failed to pull and unpack image "nginx:1.27-typo": not found',
      ],
      ['Warning', 'Failed', 'Error: ErrImagePull'],
      ['Normal', 'BackOff', 'Back-off pulling image "nginx:1.27-typo"'],
      ['Warning', 'Failed', 'Error: ImagePullBackOff'],
    ]);
  });

  it('prefixes Init: when an init container cannot pull, and starts nothing else', () => {
    const sim = run(
      templateSimPod('pod-anatomy.yaml'),
      { kind: 'image-pull-error', container: 'init-migrate' },
      { durationSeconds: 30 },
    );
    expect(statusSequence(sim)).toEqual([
      'Pending',
      'Init:0/1',
      'Init:ErrImagePull',
      'Init:ImagePullBackOff',
      'Init:ErrImagePull',
      'Init:ImagePullBackOff',
    ]);
    expect(eventTimes(sim, 'Started')).toEqual([]);
    // api-server shares the image: the note says so.
    expect(sim.notes.join(' ')).toMatch(/api-server/);
  });

  it('lets the other app containers run while one cannot pull', () => {
    const sim = run(
      templateSimPod('pod-anatomy.yaml'),
      { kind: 'image-pull-error', container: 'log-shipper' },
      { durationSeconds: 30 },
    );
    const end = lastFrame(sim);
    expect(end.phase).toBe('Pending');
    expect(container(end, 'api-server').state.state).toBe('running');
    expect(statusSequence(sim).slice(-2)).toEqual(['ErrImagePull', 'ImagePullBackOff']);
  });
});
