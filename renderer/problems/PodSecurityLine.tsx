import type { PodSecurityAssessment } from '../../shared';
import { CodeText } from './CodeText';
import { LEVEL_NAME } from './pod-security';

/**
 * One line above the problems: the Pod Security level the Pod meets; opened, what keeps it from
 * the next level, one control per item.
 */
export function PodSecurityLine({ assessment }: { assessment: PodSecurityAssessment }) {
  const { level, next, blockers } = assessment;
  const name = LEVEL_NAME[level];
  if (!next) {
    return (
      <p className="problems__pss">
        <strong>Pod Security: {name}</strong>, the strictest level.
      </p>
    );
  }
  const reasons = [...new Set(blockers.map((b) => b.message))];
  return (
    <details className="problems__pss">
      <summary>
        <strong>Pod Security: {name}</strong> — {reasons.length} thing
        {reasons.length === 1 ? '' : 's'} keep{reasons.length === 1 ? 's' : ''} it from{' '}
        {LEVEL_NAME[next]}
      </summary>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>
            <CodeText text={reason} />
          </li>
        ))}
      </ul>
    </details>
  );
}
