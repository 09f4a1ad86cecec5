import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { validateManifest, type Problem, type Severity } from '../../shared';
import { useSettings, type Settings } from '../settings/settings-store';
import { usePod } from './pod-store';

interface Checked {
  text: string;
  settings: Settings;
  document: number | null;
  problems: Problem[];
}

/** The last two texts checked: while the text does not parse, the last good one and the broken one. */
let recent: Checked[] = [];

/**
 * The manifest's problems, derived from its text and the settings. The canvas badges, the
 * editor's markers and the panel all ask at once for the same text: one validation serves them.
 */
export function problemsOf(text: string, settings: Settings, document: number | null): Problem[] {
  const hit = recent.find(
    (c) =>
      c.text === text &&
      c.document === document &&
      c.settings.kubernetesVersion === settings.kubernetesVersion &&
      c.settings.disabledRules === settings.disabledRules,
  );
  if (hit) return hit.problems;
  const problems = validateManifest(text, {
    kubernetesVersion: settings.kubernetesVersion,
    disabledRules: settings.disabledRules,
    ...(document === null ? {} : { document }),
  });
  recent = [{ text, settings, document, problems }, ...recent.slice(0, 1)];
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

/**
 * The problems of the text as it stands, for the Problems panel: while it does not parse or holds
 * no Pod, what the text itself has (its syntax errors; the canvas and its badges keep showing
 * the last good Pod, whose lines the text may no longer have), else as useProblems.
 */
export function useTextProblems(): Problem[] {
  const broken = usePod((s) => (s.parsed.status === 'ok' ? null : s.text));
  const document = usePod((s) => s.parsed.selected);
  const settings = useCurrentSettings();
  const good = useProblems();
  return useMemo(
    () => (broken === null ? good : problemsOf(broken, settings, document)),
    [broken, good, settings, document],
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
