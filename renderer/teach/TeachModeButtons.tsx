import { useTeach, useTeachStoreApi } from './teach-store';

/**
 * The toolbar's way into the teaching modes: "Simulate" toggles the lifecycle simulation,
 * "Lecture" starts the step-by-step anatomy (it asks for full screen, so it needs the click).
 */
export function TeachModeButtons() {
  const store = useTeachStoreApi();
  const mode = useTeach((s) => s.mode);
  return (
    <div className="teach-mode-buttons" role="group" aria-label="Teaching">
      <button
        type="button"
        className="button"
        aria-pressed={mode === 'simulate'}
        onClick={() => store.getState().setMode(mode === 'simulate' ? 'edit' : 'simulate')}
      >
        Simulate
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={mode === 'lecture'}
        onClick={() => store.getState().setMode(mode === 'lecture' ? 'edit' : 'lecture')}
      >
        Lecture
      </button>
    </div>
  );
}
