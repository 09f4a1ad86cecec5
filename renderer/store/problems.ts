import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SEVERITY_RANK, type DocumentSummary, type Problem, type Severity } from '../../shared';
import { useSettings, type Settings } from '../settings/settings-store';
import { useViewPrefs } from '../ui/view-prefs';
import { checkedDocumentOf, podDocumentOf, usePod } from './pod-store';
import { READ_AT_ONCE_CHARS } from './reading';

export function useCurrentSettings(): Settings {
  return useSettings(
    useShallow((s) => ({
      kubernetesVersion: s.kubernetesVersion,
      disabledRules: s.disabledRules,
      podSecurityLevel: s.podSecurityLevel,
    })),
  );
}

/**
 * The problems of the last text that holds a Pod, as last checked (a broken text shows its syntax
 * error instead). The canvas badges, the editor's markers and the panel all ask the same Pod
 * document: one validation serves them, run by the store after the canvas is painted, not here.
 */
export function useProblems(): Problem[] {
  const doc = usePod(checkedDocumentOf);
  const settings = useCurrentSettings();
  return useMemo(() => doc?.problems(settings) ?? [], [doc, settings]);
}

/**
 * The problems of the text as it stands, for the Problems panel: while it does not parse or holds
 * no Pod, what the text itself has (its syntax errors; the canvas and its badges keep showing
 * the last good Pod, whose lines the text may no longer have), else as useProblems.
 */
export function useTextProblems(): Problem[] {
  const broken = usePod((s) => {
    const doc = podDocumentOf(s);
    return doc.view ? null : doc;
  });
  const settings = useCurrentSettings();
  const good = useProblems();
  return useMemo(() => broken?.problems(settings) ?? good, [broken, good, settings]);
}

/** The errors of each document of a file of several, as last checked (see useDocumentErrors). */
export interface DocumentErrors {
  documents: readonly DocumentSummary[];
  /** The errors of each document, by index. */
  errors: readonly number[];
  /** The document whose problems the views show. */
  shown: number | null;
}

/**
 * The errors of every document of the file whose problems the views show (useProblems), for
 * telling the user of those in documents not shown: the export writes them all. Null for a file
 * of one document, and for a long text until they are counted after a change (in the worker:
 * checking every Pod of a long file here would hold the editor).
 */
export function useDocumentErrors(): DocumentErrors | null {
  const settings = useCurrentSettings();
  return usePod((s) => {
    const doc = checkedDocumentOf(s);
    if (doc === null || doc.parsed.documents.length < 2) return null;
    const errors =
      doc.text.length <= READ_AT_ONCE_CHARS
        ? doc.documentErrors(settings)
        : doc.countedErrors(settings);
    return errors && { documents: doc.parsed.documents, errors, shown: doc.parsed.selected };
  });
}

/** The worst severity and the count of a node's problems, for its badge. */
interface Badge {
  severity: Severity;
  count: number;
}
const badgesByProblems = new WeakMap<readonly Problem[], Map<string, Badge>>();

/** Every node's badge, worked out once per list of problems, in one pass over it. */
function badgesOf(problems: readonly Problem[]): Map<string, Badge> {
  let badges = badgesByProblems.get(problems);
  if (!badges) {
    badges = new Map();
    for (const { nodeId, severity } of problems) {
      if (nodeId === null) continue;
      const badge = badges.get(nodeId);
      if (!badge) badges.set(nodeId, { severity, count: 1 });
      else {
        badge.count++;
        if (SEVERITY_RANK[severity] > SEVERITY_RANK[badge.severity]) badge.severity = severity;
      }
    }
    badgesByProblems.set(problems, badges);
  }
  return badges;
}

/**
 * A node's badge, unless the user hid the badges (View → problem badges on the canvas). A node
 * is drawn again only when its own badge changes, not whenever the problems of another node do
 * (the selector's result is compared by its fields).
 */
export function useNodeBadge(id: string): Badge | null {
  const settings = useCurrentSettings();
  const shown = useViewPrefs((s) => s.problemBadges);
  return usePod((s) => {
    const checked = checkedDocumentOf(s);
    if (checked === null || !shown) return null;
    const badge = badgesOf(checked.problems(settings)).get(id);
    return badge ? { severity: badge.severity, count: badge.count } : null;
  });
}
