import { visibleText } from '../../shared';
import { blockersText, LEVEL_NAME, usePodSecurity } from './pod-security';

/**
 * The Pod Security Standards level the Pod meets, on the Pod itself; its tooltip (and the
 * Problems panel) says what keeps it from the next level.
 */
export function PodSecurityBadge() {
  const assessment = usePodSecurity();
  if (!assessment) return null;
  const name = LEVEL_NAME[assessment.level];
  // The reasons name containers: their hidden characters are shown, not obeyed.
  const label = visibleText(`Pod Security: meets ${name}. ${blockersText(assessment)}`);
  return (
    <span
      className={`pb-chip pb-pss pb-pss--${assessment.level}`}
      title={label}
      aria-label={label}
      role="img"
    >
      <svg viewBox="0 0 16 16" width="11" height="11" aria-hidden="true" focusable="false">
        <path d="M8 1l6 2.5v4c0 3.6-2.6 6.4-6 7.5-3.4-1.1-6-3.9-6-7.5v-4z" />
      </svg>
      {name}
    </span>
  );
}
