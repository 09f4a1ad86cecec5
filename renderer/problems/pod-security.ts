import type { PodSecurityAssessment, PodSecurityLevel } from '../../shared';
import { useSettings } from '../settings/settings-store';
import { checkedDocumentOf, usePod } from '../store/pod-store';

export const LEVEL_NAME: Record<PodSecurityLevel, string> = {
  privileged: 'Privileged',
  baseline: 'Baseline',
  restricted: 'Restricted',
};

/**
 * The Pod Security Standards level of the last good Pod as last checked, and what keeps it from
 * the next: checked with its problems (in the reading worker, or after the canvas's paint).
 */
export function usePodSecurity(): PodSecurityAssessment | null {
  const version = useSettings((s) => s.kubernetesVersion);
  return usePod((s) => checkedDocumentOf(s)?.podSecurity(version) ?? null);
}

/** "Restricted needs: a seccomp profile; dropped capabilities" — the blockers' rule titles, once each. */
export function blockersText(assessment: PodSecurityAssessment): string {
  if (!assessment.next) return 'It meets every control of the Pod Security Standards.';
  const titles = [...new Set(assessment.blockers.map((b) => b.message))];
  return `For ${LEVEL_NAME[assessment.next]}: ${titles.join(' ')}`;
}
