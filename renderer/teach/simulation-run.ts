import {
  crashBackOffSeconds,
  podDocument,
  podNameOf,
  readRecordedStatus,
  recordedPod,
  simulate,
  STEADY_RUN_SECONDS,
} from '../../shared';
import type {
  RecordedPod,
  ResourceAmounts,
  Scenario,
  SimPod,
  Simulation,
  StatusReading,
} from '../../shared';
import { scenarioKey } from './scenarios';
import { simulationEnd } from './live-status';

/**
 * A simulation of one Pod document (a text and the document chosen in it) under one scenario,
 * with what the panels read beside it.
 */
export interface SimulationRun {
  key: string;
  scenario: Scenario;
  /** The Node's allocatable resources the scheduler checks; undefined: room for any Pod. */
  node: ResourceAmounts | undefined;
  /** The Pod text simulated: the last one that held a Pod. */
  text: string;
  /** The document of `text` simulated (as the Pod document resolves the chosen one). */
  document: number | null;
  podName: string;
  namespace: string | null;
  pod: SimPod;
  simulation: Simulation;
  /** The first second the timeline offers: 0, or the recorded status's moment. */
  start: number;
  /** The last second the timeline offers. */
  end: number;
  /** The recorded status asked to start from, as read (or why it could not be); else null. */
  recorded: StatusReading | null;
}

/**
 * The parts of the Pod store a simulation is derived from: the text, the document chosen in it,
 * the text the views show, and the count of files opened (which tells an edit of the document
 * from its replacement by another file; see `refresh` in teach-store).
 */
export interface PodSource {
  getState(): { text: string; shownText: string; document: number | null; opened: number };
  subscribe(listener: () => void): () => void;
}

/**
 * Simulates the Pod of the chosen document of the text under `scenario`, or returns `previous`
 * when none of them changed: another document chosen in the same text is another Pod. While
 * the chosen document does not hold a Pod (it is being typed), the last good Pod keeps playing,
 * under the scenario chosen meanwhile.
 */
export function simulationRun(
  source: PodSource,
  scenario: Scenario,
  previous: SimulationRun | null,
  node?: ResourceAmounts,
  from: RecordedPod | null = null,
): SimulationRun | null {
  const { text, document } = source.getState();
  const doc = podDocument(text, document);
  const setting = settingKey(scenario, node, from);
  if (!doc.view || !doc.simPod) {
    if (!previous || previous.key.startsWith(`${setting}\n`)) return previous;
    return run(scenario, node, from, previous.text, previous.document, previous);
  }
  const chosen = doc.parsed.selected;
  if (previous?.key === runKey(scenario, node, from, text, chosen)) return previous;
  return run(scenario, node, from, text, chosen, {
    pod: doc.simPod,
    podName: podNameOf(doc.view.kind, doc.view.name ?? 'pod'),
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

/**
 * The recorded status in the Pod document the text holds (a `kind: Pod` copied from a cluster),
 * or null. A Deployment's Pod template has none.
 */
export function recordedPodIn(text: string, document: number | null): RecordedPod | null {
  const doc = podDocument(text, document);
  return doc.view ? recordedPod(doc.value({ pod: true })) : null;
}

/** What a simulation depends on besides its Pod: the scenario, the Node, the recorded start. */
const settingKey = (
  scenario: Scenario,
  node: ResourceAmounts | undefined,
  from: RecordedPod | null,
) => `${scenarioKey(scenario)} ${JSON.stringify(node ?? null)} ${JSON.stringify(from)}`;

/** The setting, then the Pod: the document chosen and the text that holds it. */
const runKey = (
  scenario: Scenario,
  node: ResourceAmounts | undefined,
  from: RecordedPod | null,
  text: string,
  document: number | null,
) => `${settingKey(scenario, node, from)}\n${document ?? ''}\n${text}`;

function run(
  scenario: Scenario,
  node: ResourceAmounts | undefined,
  from: RecordedPod | null,
  text: string,
  document: number | null,
  { pod, podName, namespace }: Pick<SimulationRun, 'pod' | 'podName' | 'namespace'>,
): SimulationRun {
  const recorded = from ? readRecordedStatus(pod, from) : null;
  const simulation = simulate(pod, scenario, {
    ...(recorded?.ok ? { from: recorded.status } : {}),
    podName,
    // Long enough for a crash loop to reach the back-off's 5-minute cap (10 + 20 + … + 300 s).
    ...(BACK_OFF_SCENARIOS.has(scenario.kind)
      ? { durationSeconds: crashLoopSeconds(scenario) }
      : {}),
    ...(namespace ? { namespace } : {}),
    ...(node ? { node } : {}),
  });
  return {
    key: runKey(scenario, node, from, text, document),
    scenario,
    node,
    text,
    document,
    podName,
    namespace,
    pod,
    simulation,
    start: simulation.frames[0]?.time ?? 0,
    end: simulationEnd(simulation),
    recorded,
  };
}
