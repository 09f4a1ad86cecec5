import type { Severity } from '../manifest/types';
import type { Problem } from './types';

export type SeverityCounts = Record<Severity, number>;

/** How serious a severity is: the higher, the sooner it is listed, and the badge it gives. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * The problems as the Problems panel lists them, as VS Code does: the errors, then the warnings,
 * then the suggestions, each in the order of the text. A sorted copy: validateManifest's list
 * stays in the order of the text, as the editor walks it.
 */
export function bySeverity(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.range.from - b.range.from,
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
    if (SEVERITY_RANK[problem.severity] > SEVERITY_RANK[entry.worst])
      entry.worst = problem.severity;
  }
  return byNode;
}
