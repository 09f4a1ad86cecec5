import { useNodeBadge } from '../../store/problems';

/** The count of a node's problems, coloured by the worst; the Problems panel lists them. */
export function ProblemBadge({ id }: { id: string }) {
  const badge = useNodeBadge(id);
  if (!badge) return null;
  const label = `${badge.count} problem${badge.count === 1 ? '' : 's'}, the worst: ${badge.severity}`;
  return (
    <span className={`pb-badge pb-badge--${badge.severity}`} title={label} aria-label={label}>
      {badge.count}
    </span>
  );
}
