import { crashBackOffSeconds, podDocument, simulate, STEADY_RUN_SECONDS } from '../../shared';
import type { ResourceAmounts, Scenario, SimPod, Simulation } from '../../shared';
import { scenarioKey } from './scenarios';
import { simulationEnd } from './live-status';

/** A simulation of one Pod text under one scenario, with what the panels read beside it. */
export interface SimulationRun {
  key: string;
  scenario: Scenario;
  /** The Node's allocatable resources the scheduler checks; undefined: room for any Pod. */
  node: ResourceAmounts | undefined;
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
  node?: ResourceAmounts,
): SimulationRun | null {
  const { text, document } = source.getState();
  const doc = podDocument(text, document);
  const setting = runKey(scenario, node);
  if (!doc.view || !doc.simPod) {
    if (!previous || previous.key.startsWith(`${setting}\n`)) return previous;
    return run(scenario, node, previous.text, previous);
  }
  if (previous?.key === `${setting}\n${text}`) return previous;
  return run(scenario, node, text, {
    pod: doc.simPod,
    podName: doc.view.name ?? 'pod',
    namespace: doc.view.namespace,
  });
}

/** The scenarios that end in a back-off loop, and how long they are simulated. */
const BACK_OFF_SCENARIOS: ReadonlySet<Scenario['kind']> = new Set([
  'init-fails',
  'app-crash',
  'liveness-failure',
  'oom-killed',
  'image-pull-error',
]);
const CRASH_LOOP_SECONDS = 900;

/**
 * A crash loop with a steady run (see `CRASHES_BEFORE_STEADY`) is simulated through the crashes,
 * the 11 minutes up, and a couple of minutes after, where the reset back-off shows.
 */
function crashLoopSeconds(scenario: Scenario): number {
  if (scenario.kind !== 'app-crash' || scenario.steadyAfterCrashes == null)
    return CRASH_LOOP_SECONDS;
  const crashes = scenario.steadyAfterCrashes;
  const runs = crashes * (scenario.runSeconds ?? 3);
  let waits = 0;
  for (let n = 1; n <= crashes; n++) waits += crashBackOffSeconds(n);
  return Math.max(CRASH_LOOP_SECONDS, runs + waits + STEADY_RUN_SECONDS + 120);
}

/** What a simulation depends on besides the text: the scenario and the Node's size. */
const runKey = (scenario: Scenario, node: ResourceAmounts | undefined) =>
  `${scenarioKey(scenario)} ${JSON.stringify(node ?? null)}`;

function run(
  scenario: Scenario,
  node: ResourceAmounts | undefined,
  text: string,
  { pod, podName, namespace }: Pick<SimulationRun, 'pod' | 'podName' | 'namespace'>,
): SimulationRun {
  const simulation = simulate(pod, scenario, {
    podName,
    // Long enough for a crash loop to reach the back-off's 5-minute cap (10 + 20 + … + 300 s).
    ...(BACK_OFF_SCENARIOS.has(scenario.kind)
      ? { durationSeconds: crashLoopSeconds(scenario) }
      : {}),
    ...(namespace ? { namespace } : {}),
    ...(node ? { node } : {}),
  });
  const key = `${runKey(scenario, node)}\n${text}`;
  return {
    key,
    scenario,
    node,
    text,
    podName,
    namespace,
    pod,
    simulation,
    end: simulationEnd(simulation),
  };
}
