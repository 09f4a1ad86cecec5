import { simPodFromSpec, simulate } from '../../shared';
import type { ParsedManifest, Scenario, SimPod, Simulation } from '../../shared';
import { readTarget } from '../../shared/inspect/read-target';
import { scenarioKey } from './scenarios';
import { simulationEnd } from './live-status';

/** A simulation of one Pod text under one scenario, with what the panels read beside it. */
export interface SimulationRun {
  key: string;
  podName: string;
  namespace: string | null;
  pod: SimPod;
  simulation: Simulation;
  /** The last second the timeline offers. */
  end: number;
}

/** The parts of the Pod store a simulation is derived from. */
export interface PodSource {
  getState(): { parsed: ParsedManifest; parsedText: string };
  subscribe(listener: () => void): () => void;
}

/**
 * Simulates the Pod the text holds under `scenario`, or returns `previous` when neither changed
 * (or when the text does not hold a Pod right now: the last good Pod keeps playing).
 */
export function simulationRun(
  source: PodSource,
  scenario: Scenario,
  previous: SimulationRun | null,
): SimulationRun | null {
  const { parsed, parsedText } = source.getState();
  if (parsed.status !== 'ok' || !parsed.view) return previous;
  const key = `${scenarioKey(scenario)}\n${parsedText}`;
  if (previous?.key === key) return previous;
  const podObject = readTarget(parsedText, parsed, { pod: true });
  const pod = simPodFromSpec(podObject?.spec);
  const podName = parsed.view.name ?? 'pod';
  const namespace = parsed.view.namespace;
  const simulation = simulate(pod, scenario, {
    podName,
    ...(namespace ? { namespace } : {}),
  });
  return { key, podName, namespace, pod, simulation, end: simulationEnd(simulation) };
}
