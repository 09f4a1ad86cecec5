import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { validateManifest, type Problem, type Severity } from '../../shared';
import { useSettings, type Settings } from '../settings/settings-store';
import { usePod } from './pod-store';

let last: {
  text: string;
  settings: Settings;
  document: number | null;
  problems: Problem[];
} | null = null;

/**
 * The manifest's problems, derived from its text and the settings. The canvas badges, the
 * editor's markers and the panel all ask at once for the same text: one validation serves them.
 */
export function problemsOf(text: string, settings: Settings, document: number | null): Problem[] {
  if (
    last?.text === text &&
    last.document === document &&
    last.settings.kubernetesVersion === settings.kubernetesVersion &&
    last.settings.disabledRules === settings.disabledRules
  ) {
    return last.problems;
  }
  const problems = validateManifest(text, {
    kubernetesVersion: settings.kubernetesVersion,
    disabledRules: settings.disabledRules,
    ...(document === null ? {} : { document }),
  });
  last = { text, settings, document, problems };
  return problems;
}

export function useCurrentSettings(): Settings {
  return useSettings(
    useShallow((s) => ({ kubernetesVersion: s.kubernetesVersion, disabledRules: s.disabledRules })),
  );
}

/** The problems of the last text that holds a Pod (a broken text shows its syntax error instead). */
export function useProblems(): Problem[] {
  const text = usePod((s) => s.lastGood?.text ?? null);
  const document = usePod((s) => s.parsed.selected);
  const settings = useCurrentSettings();
  return useMemo(
    () => (text === null ? [] : problemsOf(text, settings, document)),
    [text, settings, document],
  );
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The worst severity and the count of a node's problems, for its badge. */
export function badgeOf(
  problems: readonly Problem[],
  id: string,
): { severity: Severity; count: number } | null {
  const mine = problems.filter((p) => p.nodeId === id);
  if (mine.length === 0) return null;
  const severity = mine.reduce<Severity>(
    (worst, p) => (RANK[p.severity] > RANK[worst] ? p.severity : worst),
    'info',
  );
  return { severity, count: mine.length };
}

export function useNodeBadge(id: string) {
  const problems = useProblems();
  return useMemo(() => badgeOf(problems, id), [problems, id]);
}
