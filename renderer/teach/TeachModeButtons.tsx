import { useEffect, useRef } from 'react';
import { useTeach, useTeachStoreApi } from './teach-store';

/**
 * The toolbar's way into the teaching modes: "Simulate" toggles the lifecycle simulation,
 * "Lecture" starts the step-by-step anatomy (it asks for full screen, so it needs the click).
 */
export function TeachModeButtons() {
  const store = useTeachStoreApi();
  const mode = useTeach((s) => s.mode);
  const simulate = useRef<HTMLButtonElement>(null);
  const lecture = useRef<HTMLButtonElement>(null);
  // Left with Escape, a mode's panel takes the focus with it: it comes back to the mode's button.
  const was = useRef(mode);
  useEffect(() => {
    const before = was.current;
    was.current = mode;
    if (mode !== 'edit' || before === 'edit') return;
    const focused = document.activeElement;
    if (focused !== null && focused !== document.body) return;
    (before === 'simulate' ? simulate : lecture).current?.focus();
  }, [mode]);
  return (
    <div className="teach-mode-buttons" role="group" aria-label="Teaching">
      <button
        type="button"
        className="button"
        ref={simulate}
        aria-pressed={mode === 'simulate'}
        onClick={() => store.getState().setMode(mode === 'simulate' ? 'edit' : 'simulate')}
      >
        Simulate
      </button>
      <button
        type="button"
        className="button"
        ref={lecture}
        aria-pressed={mode === 'lecture'}
        onClick={() => store.getState().setMode(mode === 'lecture' ? 'edit' : 'lecture')}
      >
        Lecture
      </button>
    </div>
  );
}
