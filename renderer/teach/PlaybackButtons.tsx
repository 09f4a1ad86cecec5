import type { ReactNode } from 'react';
import { useTeach, useTeachStoreApi } from './teach-store';

/** Play/Pause (Space), Step (→) and Restart, as a group; `children` follow them. */
export function PlaybackButtons({
  className,
  children,
}: {
  className: string;
  children?: ReactNode;
}) {
  const store = useTeachStoreApi();
  const playing = useTeach((s) => s.playing);
  return (
    <div className={className} role="group" aria-label="Playback">
      <button
        type="button"
        className="button button--primary"
        aria-keyshortcuts="Space"
        onClick={() => store.getState().togglePlay()}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        className="button"
        aria-keyshortcuts="ArrowRight"
        onClick={() => store.getState().step()}
      >
        Step
      </button>
      <button type="button" className="button" onClick={() => store.getState().restart()}>
        Restart
      </button>
      {children}
    </div>
  );
}
