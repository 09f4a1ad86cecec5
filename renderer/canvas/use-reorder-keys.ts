import { useEffect } from 'react';
import { parseNodeId } from '../../shared';

/**
 * Alt+↑ and Alt+↓ on a focused init container's node move it earlier or later in the run
 * order: the keyboard's way to do what dragging it in its lane does. Listened to before React
 * Flow's own arrow keys (which would nudge the node), and only on a node that has the focus;
 * not while the canvas is read only (simulating, lecturing).
 */
export function useReorderKeys(
  reorder: (name: string, step: -1 | 1) => void,
  editing: boolean,
): void {
  useEffect(() => {
    if (!editing) return;
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
      const node = (event.target as Element | null)?.closest?.('.react-flow__node');
      const target = parseNodeId(node?.getAttribute('data-id') ?? '');
      if (target?.kind !== 'container') return;
      event.preventDefault();
      event.stopPropagation();
      reorder(target.name, event.key === 'ArrowUp' ? -1 : 1);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [reorder, editing]);
}
