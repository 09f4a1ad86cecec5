import { useMemo } from 'react';
import { podSecurityOf } from '../../shared';
import type { PodDocument, PodSecurityAssessment, PodSecurityLevel } from '../../shared';
import { useSettings } from '../settings/settings-store';
import { goodDocumentOf, usePod } from '../store/pod-store';

export const LEVEL_NAME: Record<PodSecurityLevel, string> = {
  privileged: 'Privileged',
  baseline: 'Baseline',
  restricted: 'Restricted',
};

// One assessment per Pod document and version: the badge and the panel ask the same one.
const assessed = new WeakMap<PodDocument, Map<string, PodSecurityAssessment>>();

function assess(doc: PodDocument, kubernetesVersion: string): PodSecurityAssessment {
  let byVersion = assessed.get(doc);
  if (!byVersion) assessed.set(doc, (byVersion = new Map()));
  let found = byVersion.get(kubernetesVersion);
  if (!found) {
    const selected = doc.parsed.selected;
    found = podSecurityOf(doc.text, {
      kubernetesVersion,
      ...(selected === null ? {} : { document: selected }),
    });
    byVersion.set(kubernetesVersion, found);
  }
  return found;
}

/** The Pod Security Standards level of the last good Pod, and what keeps it from the next. */
export function usePodSecurity(): PodSecurityAssessment | null {
  const doc = usePod((s) => goodDocumentOf(s));
  const version = useSettings((s) => s.kubernetesVersion);
  return useMemo(() => (doc ? assess(doc, version) : null), [doc, version]);
}

/** "Restricted needs: a seccomp profile; dropped capabilities" — the blockers' rule titles, once each. */
export function blockersText(assessment: PodSecurityAssessment): string {
  if (!assessment.next) return 'It meets every control of the Pod Security Standards.';
  const titles = [...new Set(assessment.blockers.map((b) => b.message))];
  return `For ${LEVEL_NAME[assessment.next]}: ${titles.join(' ')}`;
}
