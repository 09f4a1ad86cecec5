import type { Severity } from '../manifest/types';
import type { Problem } from './types';

export type SeverityCounts = Record<Severity, number>;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Errors first, then warnings, then suggestions. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The problems as the Problems panel lists them, as VS Code does: the errors, then the warnings,
 * then the suggestions, each in the order of the text. A sorted copy: validateManifest's list
 * stays in the order of the text, as the editor walks it.
 */
export function bySeverity(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.range.from - b.range.from,
  );
}

export function countBySeverity(problems: readonly Problem[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity]++;
  return counts;
}

export interface NodeProblems extends SeverityCounts {
  /** The most severe problem's severity: what a badge on the node shows. */
  worst: Severity;
  problems: Problem[];
}

/** The problems of each canvas node, for badges; problems without a node are left out. */
export function problemsByNode(problems: readonly Problem[]): Map<string, NodeProblems> {
  const byNode = new Map<string, NodeProblems>();
  for (const problem of problems) {
    if (problem.nodeId == null) continue;
    let entry = byNode.get(problem.nodeId);
    if (!entry) {
      entry = { error: 0, warning: 0, info: 0, worst: problem.severity, problems: [] };
      byNode.set(problem.nodeId, entry);
    }
    entry[problem.severity]++;
    entry.problems.push(problem);
    if (RANK[problem.severity] > RANK[entry.worst]) entry.worst = problem.severity;
  }
  return byNode;
}
