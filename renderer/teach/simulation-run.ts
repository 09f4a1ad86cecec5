import { podDocument, simulate } from '../../shared';
import type { Scenario, SimPod, Simulation } from '../../shared';
import { scenarioKey } from './scenarios';
import { simulationEnd } from './live-status';

/** A simulation of one Pod text under one scenario, with what the panels read beside it. */
export interface SimulationRun {
  key: string;
  scenario: Scenario;
  /** The Pod text simulated: the last one that held a Pod. */
  text: string;
  podName: string;
  namespace: string | null;
  pod: SimPod;
  simulation: Simulation;
  /** The last second the timeline offers. */
  end: number;
}

/**
 * The parts of the Pod store a simulation is derived from. `text` and `savedText` tell an edit
 * of the document from its replacement by another file (see `documentReplaced` in teach-store).
 */
export interface PodSource {
  getState(): { text: string; document: number | null; opened: number };
  subscribe(listener: () => void): () => void;
}

/**
 * Simulates the Pod the text holds under `scenario`, or returns `previous` when neither changed.
 * While the text does not hold a Pod (it is being typed), the last good Pod keeps playing, under
 * the scenario chosen meanwhile.
 */
export function simulationRun(
  source: PodSource,
  scenario: Scenario,
  previous: SimulationRun | null,
): SimulationRun | null {
  const { text, document } = source.getState();
  const doc = podDocument(text, document);
  if (!doc.view || !doc.simPod) {
    if (!previous || scenarioKey(previous.scenario) === scenarioKey(scenario)) return previous;
    return run(scenario, previous.text, previous);
  }
  if (previous?.key === `${scenarioKey(scenario)}\n${text}`) return previous;
  return run(scenario, text, {
    pod: doc.simPod,
    podName: doc.view.name ?? 'pod',
    namespace: doc.view.namespace,
  });
}

function run(
  scenario: Scenario,
  text: string,
  { pod, podName, namespace }: Pick<SimulationRun, 'pod' | 'podName' | 'namespace'>,
): SimulationRun {
  const simulation = simulate(pod, scenario, {
    podName,
    ...(namespace ? { namespace } : {}),
  });
  const key = `${scenarioKey(scenario)}\n${text}`;
  return {
    key,
    scenario,
    text,
    podName,
    namespace,
    pod,
    simulation,
    end: simulationEnd(simulation),
  };
}
