import { scenarioTarget } from '../../shared';
import type { Box, Frame, Graph } from '../../shared';
import { absoluteBoxes } from './diagram/diagram-svg';
import { unionBox } from './step-subject';
import type { SimulationRun } from './simulation-run';

/** A container's state as the badge shows it: `running`, `waiting:CrashLoopBackOff`… */
function shown(frame: Frame, name: string): string {
  const c = frame.containers.find((s) => s.name === name);
  if (!c) return '';
  const { state } = c;
  return state.state === 'running' ? `running:${c.ready}` : `${state.state}:${state.reason}`;
}

/**
 * The containers a moment of the simulation is about: those whose state changed last at or
 * before `second` (only the scenario's target when it is one of them); before anything changed,
 * the target, else the first app container.
 */
export function focusContainers(run: SimulationRun, second: number): string[] {
  const names = run.pod.containers.map((c) => c.name);
  const target = scenarioTarget(run.pod, run.scenario)?.name ?? null;
  let changed: string[] = [];
  let previous: Frame | null = null;
  for (const frame of run.simulation.frames) {
    if (frame.time > second) break;
    const before = previous;
    if (before) {
      const now = names.filter((n) => shown(frame, n) !== shown(before, n));
      if (now.length > 0) changed = now;
    }
    previous = frame;
  }
  if (target && changed.includes(target)) return [target];
  if (changed.length > 0) return changed;
  const first = target ?? run.pod.containers.find((c) => c.kind === 'app')?.name;
  return first ? [first] : [];
}

/** The box around the canvas nodes of containers `names`, in flow coordinates; null for none. */
export function containersBox(graph: Graph, names: readonly string[]): Box | null {
  const boxes = absoluteBoxes(graph.nodes);
  const parts = graph.nodes
    .filter((n) => n.type === 'container' && names.includes(n.data.name))
    .map((n) => boxes.get(n.id))
    .filter((b): b is Box => b !== undefined);
  return unionBox(parts);
}
