import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { kubectlGetPodsRow } from '../../../shared/kubectl/get-pods';
import { simPodFromSpec } from '../../../shared/lifecycle/from-spec';
import { simulate } from '../../../shared/lifecycle/simulate';
import type {
  ContainerStatus,
  Frame,
  Scenario,
  SimOptions,
  SimPod,
  Simulation,
} from '../../../shared/lifecycle/types';

export function templateText(file: string): string {
  return readFileSync(new URL(`../../../assets/templates/${file}`, import.meta.url), 'utf8');
}

/** The Pod object of a template (its first `kind: Pod` document), as plain JS. */
export function templatePod(file: string): Record<string, unknown> {
  const pod = parseAllDocuments(templateText(file))
    .map((doc) => doc.toJS() as unknown)
    .find(
      (value): value is Record<string, unknown> =>
        typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Pod',
    );
  if (!pod) throw new Error(`${file} holds no Pod`);
  return pod;
}

export function templateSimPod(file: string): SimPod {
  return simPodFromSpec(templatePod(file).spec);
}

/** A Pod spec object built inline: containers by name, with optional extra fields. */
export function spec(fields: Record<string, unknown>): SimPod {
  return simPodFromSpec(fields);
}

export function run(pod: SimPod, scenario: Scenario, options: SimOptions = {}): Simulation {
  return simulate(pod, scenario, { podName: 'api-server', durationSeconds: 400, ...options });
}

/** Drops consecutive repeats: `[a, a, b, a] → [a, b, a]`. */
export function collapse<T>(values: readonly T[]): T[] {
  return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}

/** The STATUS column over the whole run, consecutive repeats collapsed. */
export function statusSequence(sim: Simulation): string[] {
  return collapse(sim.frames.map((f) => kubectlGetPodsRow('api-server', f).status));
}

export function phaseSequence(sim: Simulation): string[] {
  return collapse(sim.frames.map((f) => f.phase));
}

export function container(frame: Frame, name: string): ContainerStatus {
  const found = frame.containers.find((c) => c.name === name);
  if (!found) throw new Error(`no status for ${name} at ${frame.time}s`);
  return found;
}

/** A container's state over the run, as `Waiting:PodInitializing`, `Running`, `Terminated:Error`. */
export function stateSequence(sim: Simulation, name: string): string[] {
  return collapse(
    sim.frames
      .filter((f) => f.containers.length > 0)
      .map((f) => {
        const { state } = container(f, name);
        if (state.state === 'running') return 'Running';
        const label = state.state === 'waiting' ? 'Waiting' : 'Terminated';
        return `${label}:${state.reason}`;
      }),
  );
}

export function condition(frame: Frame, type: string): string | undefined {
  return frame.conditions.find((c) => c.type === type)?.status;
}

/** Times at which an event with this reason was recorded (for a container, if given). */
export function eventTimes(sim: Simulation, reason: string, name?: string): number[] {
  return sim.frames.flatMap((f) =>
    f.events
      .filter((e) => e.reason === reason && (name === undefined || e.container === name))
      .map((e) => e.time),
  );
}

export function lastFrame(sim: Simulation): Frame {
  const frame = sim.frames[sim.frames.length - 1];
  if (!frame) throw new Error('empty simulation');
  return frame;
}

/** The first frame where `predicate` holds. */
export function firstFrame(sim: Simulation, predicate: (f: Frame) => boolean): Frame {
  const frame = sim.frames.find(predicate);
  if (!frame) throw new Error('no frame matches');
  return frame;
}

/**
 * For each restart of a container: how long it waited between ending and starting again
 * (`finishedAt` of its last state to `startedAt` of the new run).
 */
export function restartWaits(sim: Simulation, name: string): number[] {
  const waits: number[] = [];
  let seen = 0;
  for (const f of sim.frames) {
    if (f.containers.length === 0) continue;
    const c = container(f, name);
    if (c.restartCount > seen && c.state.state === 'running' && c.lastState) {
      waits.push(c.state.startedAt - c.lastState.finishedAt);
      seen = c.restartCount;
    }
  }
  return waits;
}
