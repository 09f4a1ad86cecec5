import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kubectlGetPodsRow } from '../../../shared/kubectl/get-pods';
import { BACKOFF_MAX_SECONDS } from '../../../shared/lifecycle/backoff';
import { simPodFromSpec } from '../../../shared/lifecycle/from-spec';
import { simulate } from '../../../shared/lifecycle/simulate';
import type { Frame, Scenario } from '../../../shared/lifecycle/types';

const probe = fc.option(
  fc.record({
    tcpSocket: fc.constant({ port: 8080 }),
    initialDelaySeconds: fc.integer({ min: 0, max: 20 }),
    periodSeconds: fc.integer({ min: 1, max: 15 }),
    failureThreshold: fc.integer({ min: 1, max: 4 }),
  }),
  { nil: undefined },
);

const container = (name: string, sidecar: boolean) =>
  fc.record({
    name: fc.constant(name),
    image: fc.constantFrom('app:1', 'shipper:2', 'tool:latest'),
    ...(sidecar ? { restartPolicy: fc.constant('Always') } : {}),
    startupProbe: probe,
    livenessProbe: probe,
    readinessProbe: probe,
  });

const podSpec = fc
  .record({
    inits: fc.integer({ min: 0, max: 2 }),
    sidecars: fc.integer({ min: 0, max: 1 }),
    apps: fc.integer({ min: 1, max: 3 }),
    restartPolicy: fc.constantFrom('Always', 'OnFailure', 'Never'),
  })
  .chain(({ inits, sidecars, apps, restartPolicy }) =>
    fc.record({
      restartPolicy: fc.constant(restartPolicy),
      initContainers: fc.tuple(
        ...Array.from({ length: sidecars }, (_, i) => container(`sidecar-${i}`, true)),
        ...Array.from({ length: inits }, (_, i) => container(`init-${i}`, false)),
      ),
      containers: fc.tuple(...Array.from({ length: apps }, (_, i) => container(`app-${i}`, false))),
    }),
  );

const target = fc.option(fc.constantFrom('init-0', 'sidecar-0', 'app-0', 'app-1'), {
  nil: undefined,
});

const scenario: fc.Arbitrary<Scenario> = fc.oneof(
  fc.constant({ kind: 'healthy' as const }),
  fc.record({ kind: fc.constant('init-fails' as const), container: target, failures: fc.nat(4) }),
  fc.record({ kind: fc.constant('app-crash' as const), container: target }),
  fc.record({ kind: fc.constant('oom-killed' as const), container: target }),
  fc.record({ kind: fc.constant('image-pull-error' as const), container: target }),
  fc.record({
    kind: fc.constant('job-completes' as const),
    container: target,
    sidecarExit: fc.constantFrom('zero' as const, 'sigterm' as const, 'sigkill' as const),
  }),
  fc.record({
    kind: fc.constant('liveness-failure' as const),
    container: target,
    afterSeconds: fc.nat(60),
  }),
  fc.record({
    kind: fc.constant('readiness-failure' as const),
    container: target,
    afterSeconds: fc.nat(60),
  }),
);

describe('simulator invariants', () => {
  it('holds for any Pod and scenario', () => {
    fc.assert(
      fc.property(podSpec, scenario, (spec, sc) => {
        const pod = simPodFromSpec(spec);
        const sim = simulate(pod, sc, { durationSeconds: 200 });
        const restarts = new Map<string, number>();
        let terminal: Frame | null = null;
        let lastTime = -1;
        const initsDone = new Set<string>();
        for (const frame of sim.frames) {
          // Frames move forward. After a terminal phase only native sidecars change: the
          // kubelet still stops them (getPhase ignores them once they have stopped).
          expect(frame.time).toBeGreaterThan(lastTime);
          if (terminal) {
            const others = (f: Frame) => f.containers.filter((c) => c.kind !== 'native-sidecar');
            expect(frame.phase).toBe(terminal.phase);
            expect(others(frame)).toEqual(others(terminal));
          } else if (frame.phase === 'Succeeded' || frame.phase === 'Failed') terminal = frame;
          lastTime = frame.time;

          const ready = frame.conditions.find((c) => c.type === 'Ready')?.status === 'True';
          expect(frame.inEndpoints).toBe(ready && frame.phase === 'Running');
          if (ready)
            for (const c of frame.containers)
              if (c.kind !== 'init') expect(c.ready && c.state.state === 'running').toBe(true);

          for (const c of frame.containers) {
            expect(c.restartCount).toBeGreaterThanOrEqual(restarts.get(c.name) ?? 0);
            restarts.set(c.name, c.restartCount);
            if (c.ready) expect(c.kind === 'init' || c.state.state === 'running').toBe(true);
            if (c.kind === 'init' && c.state.state === 'terminated' && c.state.exitCode === 0)
              initsDone.add(c.name);
            // A restart waits at once (1 s) or a back-off step: 10, 20, 40 … 300.
            if (c.state.state === 'running' && c.lastState && c.restartCount > 0) {
              const wait = c.state.startedAt - c.lastState.finishedAt;
              expect(wait).toBeGreaterThanOrEqual(1);
              expect(wait).toBeLessThanOrEqual(BACKOFF_MAX_SECONDS + 2);
            }
          }
          // App containers run only once every plain init container has completed.
          const plainInits = frame.containers.filter((c) => c.kind === 'init');
          if (frame.containers.some((c) => c.kind === 'app' && c.state.state === 'running'))
            expect(plainInits.every((c) => initsDone.has(c.name))).toBe(true);

          const row = kubectlGetPodsRow('p', frame);
          const [readyCount, total] = row.ready.split('/').map(Number);
          expect(readyCount).toBeLessThanOrEqual(total ?? 0);
          expect(row.status).not.toBe('');
        }
      }),
      { numRuns: 50 },
    );
  });
});
