import { applyEditsTracked, type TrackedResult } from '../edits/apply-edit';
import { podLinks, type PodLinks } from '../links/links';
import { findClusterRecord, type ClusterRecord } from '../manifest/cluster/find';
import { podSecurityOf, type PodSecurityAssessment } from '../validation/pss/rules';
import type { CheckedReading, ShownReading } from './reading';
import type { PodEdit } from '../edits/types';
import { deriveGraph } from '../graph/derive-graph';
import { shareGraph } from '../graph/share-graph';
import type { Graph } from '../graph/types';
import { pickTarget, readDocuments, type InspectTarget } from '../inspect/read-target';
import type { PlainMap } from '../inspect/plain';
import { simPodFromSpec } from '../lifecycle/from-spec';
import type { SimPod } from '../lifecycle/types';
import { parseManifest } from '../manifest/parse';
import type { DocumentSummary, ParsedManifest, PodView } from '../manifest/types';
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
  /**
   * How many errors each document of the file holds, by index (for one that holds no Pod, its
   * own: a document that does not parse counts its syntax errors; none while the document shown
   * does not parse), each Pod checked as the one shown is: the export
   * writes them all, so the user is told of errors in documents not shown. Counting checks every
   * Pod of the file: the checks that follow a change count them (a long text's in the worker),
   * and the views show a long text's counts only once counted (`countedErrors`).
   */
  documentErrors(settings: ProblemSettings): readonly number[];
  /** `documentErrors` if they were counted already (with any document of this text shown). */
  countedErrors(settings: ProblemSettings): readonly number[] | null;
  /** The Pod Security Standards level the Pod meets, and what keeps it from the next. */
  podSecurity(kubernetesVersion: string): PodSecurityAssessment | null;
  /** The objects the Pod needs and which of them the file holds (null: no document shown). */
  links(): PodLinks | null;
  /** The cluster's record in the shown document, when it was read back from a cluster. */
  clusterRecord(): ClusterRecord | null;
  /** Every document as plain data (aliases and merge keys resolved); null where one cannot be. */
  documents(): unknown[];
  /** The plain value (aliases and merges resolved) of a container, volume, mount, Pod or root. */
  value(target: InspectTarget): PlainMap | null;
  /**
   * Applies the edits to the chosen document, all or none, in one change; `then`, given the Pod
   * as the edits left it, adds the edits that depend on it (where a dropped container goes) to
   * the same change, so that nothing is applied twice to find them.
   */
  apply(edits: readonly PodEdit[], then?: FollowUp): TrackedResult;
}

/** Edits that depend on the Pod as earlier edits of the same change left it. */
export type FollowUp = (after: PodDocument, before: PodDocument) => readonly PodEdit[];

/** The graph asked for last (the one on the canvas): the next keeps its unchanged items. */
let lastGraph: Graph | null = null;

function sameSettings(a: ProblemSettings, b: ProblemSettings): boolean {
  return (
    a.kubernetesVersion === b.kubernetesVersion &&
    a.disabledRules === b.disabledRules &&
    a.podSecurityLevel === b.podSecurityLevel
  );
}

/**
 * The error counts of the last texts counted. They are the text's, whichever document is shown:
 * choosing another one in the picker finds them here, where they were counted for the one before.
 */
const counted: { text: string; settings: ProblemSettings; errors: readonly number[] }[] = [];

function countedFor(text: string, settings: ProblemSettings): readonly number[] | null {
  return counted.find((c) => c.text === text && sameSettings(c.settings, settings))?.errors ?? null;
}

function keepCounted(text: string, settings: ProblemSettings, errors: readonly number[]): void {
  counted.unshift({ text, settings, errors });
  if (counted.length > 2) counted.pop();
}

class Reading implements PodDocument {
  readonly parsed: ParsedManifest;
  private derived: {
    graph?: Graph | null;
    simPod?: SimPod | null;
    documents?: unknown[];
    links?: PodLinks | null;
    clusterRecord?: ClusterRecord | null;
  } = {};
  /** A graph read elsewhere (the worker), to share with the canvas's when first asked for. */
  private readGraph: Graph | null = null;
  private checked: { settings: ProblemSettings; problems: Problem[] }[] = [];
  private security = new Map<string, PodSecurityAssessment | null>();

  constructor(
    readonly text: string,
    readonly chosen: number | null,
    shown?: ShownReading,
    settings?: ProblemSettings,
  ) {
    if (!shown) {
      this.parsed = parseManifest(text, chosen === null ? {} : { document: chosen });
      return;
    }
    this.parsed = shown.parsed;
    this.readGraph = shown.graph;
    if (shown.documents) this.derived.documents = shown.documents;
    if (shown.documents) this.derived.links = shown.links;
    this.derived.clusterRecord = shown.clusterRecord;
    if (shown.problems && settings) this.checked = [{ settings, problems: shown.problems }];
  }

  /** Takes the checks made elsewhere (the worker) with `settings`. */
  adoptChecks(checked: CheckedReading, settings: ProblemSettings): void {
    this.checked = [{ settings, problems: checked.problems }, ...this.checked.slice(0, 1)];
    this.security.set(settings.kubernetesVersion, checked.podSecurity);
    if (!countedFor(this.text, settings)) keepCounted(this.text, settings, checked.documentErrors);
  }

  get view(): PodView | null {
    return this.parsed.status === 'ok' ? this.parsed.view : null;
  }

  get graph(): Graph | null {
    if (this.derived.graph === undefined) {
      this.derived.graph = this.view
        ? shareGraph(this.readGraph ?? deriveGraph(this.view), lastGraph)
        : null;
      this.readGraph = null;
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
    const hit = this.checked.find((c) => sameSettings(c.settings, settings));
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

  documentErrors(settings: ProblemSettings): readonly number[] {
    let errors = countedFor(this.text, settings);
    if (errors) return errors;
    const { status, documents, selected } = this.parsed;
    if (status === 'invalid-yaml') return [];
    errors = documents.map((d) => {
      // A document that is no workload has no checks but its own (a kind mistyped).
      if (!d.editable) return d.errors?.length ?? 0;
      // Checked already where the document was shown (the export checks each); else checked here.
      const shown =
        d.index === selected
          ? this
          : recent.find((r) => r.text === this.text && r.parsed.selected === d.index);
      const problems =
        shown?.problems(settings) ??
        validateManifest(this.text, {
          kubernetesVersion: settings.kubernetesVersion,
          disabledRules: settings.disabledRules,
          podSecurityLevel: settings.podSecurityLevel,
          document: d.index,
        });
      // A problem of the whole text (a hidden character) is every document's: it counts in
      // the document that holds it.
      return problems.filter(
        (p) => p.severity === 'error' && documentAt(documents, p.range.from) === d,
      ).length;
    });
    keepCounted(this.text, settings, errors);
    return errors;
  }

  countedErrors(settings: ProblemSettings): readonly number[] | null {
    return countedFor(this.text, settings);
  }

  podSecurity(kubernetesVersion: string): PodSecurityAssessment | null {
    let found = this.security.get(kubernetesVersion);
    if (found === undefined) {
      const { selected } = this.parsed;
      found = this.view
        ? podSecurityOf(this.text, {
            kubernetesVersion,
            ...(selected === null ? {} : { document: selected }),
          })
        : null;
      this.security.set(kubernetesVersion, found);
    }
    return found;
  }

  links(): PodLinks | null {
    const { selected } = this.parsed;
    if (this.derived.links === undefined) {
      // From the plain documents the inspector reads too: a large Pod converts once, not twice.
      this.derived.links =
        selected === null ? null : podLinks(this.text, selected, this.documents());
    }
    return this.derived.links;
  }

  clusterRecord(): ClusterRecord | null {
    const { selected } = this.parsed;
    if (this.derived.clusterRecord === undefined) {
      // From the plain documents where the views need them anyway; a text that holds no Pod
      // converts the chosen document alone.
      const plain = this.view ? this.documents() : undefined;
      this.derived.clusterRecord =
        selected === null ? null : findClusterRecord(this.text, selected, plain);
    }
    return this.derived.clusterRecord;
  }

  documents(): unknown[] {
    this.derived.documents ??= readDocuments(this.text);
    return this.derived.documents;
  }

  value(target: InspectTarget): PlainMap | null {
    const { selected, view } = this.parsed;
    if (selected === null || !view) return null;
    return pickTarget(this.documents()[selected], view.specPath, target);
  }

  apply(edits: readonly PodEdit[], then?: FollowUp): TrackedResult {
    const { selected } = this.parsed;
    // The edit goes to the document shown, whichever way it was chosen.
    const document = this.chosen ?? selected;
    const options = document === null ? {} : { document };
    const first = applyEditsTracked(this.text, edits, options);
    if (!first.ok || !then) return first;
    // The text the edits wrote is read from their own parse (see loadAndKeep), and so is the
    // start of the edits that follow.
    const more = then(podDocument(first.text, this.chosen), this);
    if (more.length === 0) return first;
    const rest = applyEditsTracked(first.text, more, options, true);
    if (!rest.ok) return rest;
    return { ok: true, text: rest.text, splices: [...first.splices, ...rest.splices] };
  }
}

/** The document of `documents` (in text order) that holds the offset `at`. */
export function documentAt(
  documents: readonly DocumentSummary[],
  at: number,
): DocumentSummary | undefined {
  let found = documents[0];
  for (const d of documents) if (d.range.from <= at) found = d;
  return found;
}

/** The few texts in use at once: the one in the editor, the last that held a Pod, an edit's. */
const recent: Reading[] = [];
const KEEP = 4;

function keep(reading: Reading): Reading {
  recent.unshift(reading);
  if (recent.length > KEEP) recent.pop();
  return reading;
}

/** The Pod document of `text` with the chosen document, shared with every caller that asks. */
export function podDocument(text: string, chosen: number | null = null): PodDocument {
  const index = recent.findIndex((r) => r.chosen === chosen && r.text === text);
  if (index === 0) return recent[0]!;
  return keep(index > 0 ? recent.splice(index, 1)[0]! : new Reading(text, chosen));
}

/**
 * Takes a reading made elsewhere (a worker) as the Pod document of its text, so that nothing
 * reads the text again on this thread until an edit needs its yaml Document. `settings` are those
 * it was checked with.
 */
export function adoptShown(shown: ShownReading, settings: ProblemSettings): PodDocument {
  const held = recent.find((r) => r.chosen === shown.chosen && r.text === shown.text);
  return held ?? keep(new Reading(shown.text, shown.chosen, shown, settings));
}

/**
 * Takes the checks of a text read elsewhere; false when its Pod document is no longer held (the
 * views have moved on to other texts).
 */
export function adoptChecked(checked: CheckedReading, settings: ProblemSettings): boolean {
  const held = recent.find((r) => r.chosen === checked.chosen && r.text === checked.text);
  held?.adoptChecks(checked, settings);
  return held !== undefined;
}
