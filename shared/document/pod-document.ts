import { applyEditsTracked, type TrackedResult } from '../edits/apply-edit';
import type { PodEdit } from '../edits/types';
import { deriveGraph } from '../graph/derive-graph';
import { shareGraph } from '../graph/share-graph';
import type { Graph } from '../graph/types';
import { pickTarget, readDocuments, type InspectTarget } from '../inspect/read-target';
import type { PlainMap } from '../inspect/plain';
import { simPodFromSpec } from '../lifecycle/from-spec';
import type { SimPod } from '../lifecycle/types';
import { parseManifest } from '../manifest/parse';
import type { ParsedManifest, PodView } from '../manifest/types';
import type { PodSecurityLevel, Problem } from '../validation/types';
import { validateManifest } from '../validation/validate';

/** The settings the problems depend on. */
export interface ProblemSettings {
  kubernetesVersion: string;
  disabledRules: readonly string[];
  /** The Pod Security Standards level the namespace enforces (default: none, privileged). */
  podSecurityLevel?: PodSecurityLevel;
}

/**
 * One manifest text with the document the user chose: the only reader of its Pod and the only
 * way to edit it. Everything it serves (the parse, the Pod view, the canvas graph, the problems,
 * the simulator's Pod, the inspector's values) is derived once, on first use, and shared by every
 * view that asks. Editing returns the new text with the splices that made it; the new text is
 * another Pod document.
 */
export interface PodDocument {
  readonly text: string;
  /** The document the user chose in a multi-document file; null: the first that holds a Pod. */
  readonly chosen: number | null;
  readonly parsed: ParsedManifest;
  /** The Pod, when the text holds one in the chosen document. */
  readonly view: PodView | null;
  /** The canvas graph of `view`. */
  readonly graph: Graph | null;
  /** The simulator's Pod, read from the Pod spec. */
  readonly simPod: SimPod | null;
  problems(settings: ProblemSettings): Problem[];
  /** The plain value (aliases and merges resolved) of a container, volume, mount, Pod or root. */
  value(target: InspectTarget): PlainMap | null;
  /** Applies the edits to the chosen document, all or none, in one change. */
  apply(edits: readonly PodEdit[]): TrackedResult;
}

/** The graph asked for last (the one on the canvas): the next keeps its unchanged items. */
let lastGraph: Graph | null = null;

class Reading implements PodDocument {
  readonly parsed: ParsedManifest;
  private derived: { graph?: Graph | null; simPod?: SimPod | null; documents?: unknown[] } = {};
  private checked: { settings: ProblemSettings; problems: Problem[] }[] = [];

  constructor(
    readonly text: string,
    readonly chosen: number | null,
  ) {
    this.parsed = parseManifest(text, chosen === null ? {} : { document: chosen });
  }

  get view(): PodView | null {
    return this.parsed.status === 'ok' ? this.parsed.view : null;
  }

  get graph(): Graph | null {
    if (this.derived.graph === undefined) {
      this.derived.graph = this.view ? shareGraph(deriveGraph(this.view), lastGraph) : null;
    }
    if (this.derived.graph) lastGraph = this.derived.graph;
    return this.derived.graph;
  }

  get simPod(): SimPod | null {
    if (this.derived.simPod === undefined) {
      this.derived.simPod = this.view ? simPodFromSpec(this.value({ pod: true })?.spec) : null;
    }
    return this.derived.simPod;
  }

  problems(settings: ProblemSettings): Problem[] {
    const hit = this.checked.find(
      (c) =>
        c.settings.kubernetesVersion === settings.kubernetesVersion &&
        c.settings.disabledRules === settings.disabledRules &&
        c.settings.podSecurityLevel === settings.podSecurityLevel,
    );
    if (hit) return hit.problems;
    const { selected } = this.parsed;
    const problems = validateManifest(this.text, {
      kubernetesVersion: settings.kubernetesVersion,
      disabledRules: settings.disabledRules,
      podSecurityLevel: settings.podSecurityLevel,
      ...(selected === null ? {} : { document: selected }),
    });
    this.checked = [{ settings, problems }, ...this.checked.slice(0, 1)];
    return problems;
  }

  value(target: InspectTarget): PlainMap | null {
    const { selected, view } = this.parsed;
    if (selected === null || !view) return null;
    this.derived.documents ??= readDocuments(this.text);
    return pickTarget(this.derived.documents[selected], view.specPath, target);
  }

  apply(edits: readonly PodEdit[]): TrackedResult {
    const { selected } = this.parsed;
    // The edit goes to the document shown, whichever way it was chosen.
    const document = this.chosen ?? selected;
    return applyEditsTracked(this.text, edits, document === null ? {} : { document });
  }
}

/** The few texts in use at once: the one in the editor, the last that held a Pod, an edit's. */
const recent: Reading[] = [];
const KEEP = 4;

/** The Pod document of `text` with the chosen document, shared with every caller that asks. */
export function podDocument(text: string, chosen: number | null = null): PodDocument {
  const index = recent.findIndex((r) => r.chosen === chosen && r.text === text);
  if (index === 0) return recent[0]!;
  const reading = index > 0 ? recent.splice(index, 1)[0]! : new Reading(text, chosen);
  recent.unshift(reading);
  if (recent.length > KEEP) recent.pop();
  return reading;
}
