import type { Graph } from '../graph/types';
import type { PodLinks } from '../links/links';
import type { ClusterRecord } from '../manifest/cluster/find';
import type { ParsedManifest } from '../manifest/types';
import type { PodSecurityAssessment } from '../validation/pss/rules';
import type { Problem } from '../validation/types';
import { podDocument, type ProblemSettings } from './pod-document';

/**
 * What the views show of a text, read where it costs the editor nothing (a Web Worker): plain
 * data, so that it crosses threads whole. The canvas needs the first part; the second follows.
 */
export interface ShownReading {
  text: string;
  chosen: number | null;
  parsed: ParsedManifest;
  graph: Graph | null;
  /** Every document as plain data (aliases and merges resolved), for the inspector's values. */
  documents: unknown[] | null;
  links: PodLinks | null;
  clusterRecord: ClusterRecord | null;
  /** The problems of a text that holds no Pod (its syntax errors: cheap, and shown at once). */
  problems: Problem[] | null;
}

/** The checks of a text that holds a Pod: its problems, and the Pod Security level it meets. */
export interface CheckedReading {
  text: string;
  chosen: number | null;
  problems: Problem[];
  podSecurity: PodSecurityAssessment | null;
  /** The errors of each document of the file (see PodDocument.documentErrors). */
  documentErrors: readonly number[];
}

/** The first part of a text's reading: what the canvas, the editor and the inspector show. */
export function readShown(
  text: string,
  chosen: number | null,
  settings: ProblemSettings,
): ShownReading {
  const doc = podDocument(text, chosen);
  const good = doc.view !== null;
  return {
    text,
    chosen,
    parsed: doc.parsed,
    graph: doc.graph,
    documents: good ? doc.documents() : null,
    links: good ? doc.links() : null,
    clusterRecord: doc.clusterRecord(),
    problems: good ? null : doc.problems(settings),
  };
}

/** The second part, for a text that holds a Pod. */
export function readChecked(
  text: string,
  chosen: number | null,
  settings: ProblemSettings,
): CheckedReading {
  const doc = podDocument(text, chosen);
  return {
    text,
    chosen,
    problems: doc.problems(settings),
    podSecurity: doc.podSecurity(settings.kubernetesVersion),
    documentErrors: doc.documentErrors(settings),
  };
}
