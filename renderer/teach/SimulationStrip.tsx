import { useCallback, useEffect, useId, useRef } from 'react';
import { frameAt, kubectlGetPodsTable, visibleText } from '../../shared';
import { goodModelOf, usePod } from '../store/pod-store';
import { useReturnFocus } from '../ui/use-return-focus';
import { eventsUntil } from './live-status';
import { useProjectorCamera } from './projector';
import { scenarioLabel } from './scenarios';
import { containersBox, focusContainers } from './simulation-focus';
import { useTeach, useTeachStoreApi } from './teach-store';
import { useTeachKeys } from './use-teach-keys';
import { PlaybackButtons } from './PlaybackButtons';
import './teach.css';

/**
 * Simulate in projector mode: the canvas fills the screen and this strip under it holds the
 * scenario, the clock, the playback controls, `kubectl get pods` and the latest event, all at
 * 18 px or more. Each step brings the container it is about into view, at a zoom that keeps the
 * canvas's words legible; the zoom the instructor chose holds. Escape leaves projector mode.
 */
export function SimulationStrip() {
  const store = useTeachStoreApi();
  const { run, playing, scenarioKind } = useTeach((s) => ({
    run: s.run,
    playing: s.playing,
    scenarioKind: s.scenarioKind,
  }));
  const second = useTeach((s) => Math.floor(s.time));
  const graph = usePod((s) => goodModelOf(s)?.graph ?? null);
  const timeId = useId();
  const region = useRef<HTMLElement>(null);

  const focus = run && graph ? containersBox(graph, focusContainers(run, second)) : null;
  useProjectorCamera(true, focus, false, second);

  const leave = useCallback(() => store.getState().setProjector(false), [store]);
  // Leaving gives the focus back to the Projector button in the panel.
  const returnFocus = useReturnFocus();
  useEffect(() => {
    region.current?.focus({ preventScroll: true });
    return returnFocus;
  }, [returnFocus]);
  useTeachKeys(
    true,
    useCallback(
      (key: string) => {
        if (key !== 'Escape') return false;
        leave();
        return true;
      },
      [leave],
    ),
  );

  const frame = run ? frameAt(run.simulation, second) : null;
  const last = run ? eventsUntil(run.simulation, second).at(-1) : undefined;
  return (
    <section ref={region} className="teach-strip" aria-label="Projector strip" tabIndex={-1}>
      <div className="teach-strip__head">
        <h2 className="teach-strip__title">{scenarioLabel(scenarioKind)}</h2>
        <PlaybackButtons className="teach-strip__buttons">
          <button type="button" className="button" aria-keyshortcuts="Escape" onClick={leave}>
            Leave projector
          </button>
        </PlaybackButtons>
      </div>
      {/* The clock leads the time line: beside the title and the buttons, at 1024 px, it broke
          onto two lines ("1685 / s") and pushed the title onto two. */}
      <div className="teach-strip__timeline">
        <output htmlFor={timeId} className="teach-strip__clock" aria-label="Current time">
          {second} s{run ? ` / ${run.end} s` : ''}
        </output>
        <input
          id={timeId}
          className="teach-strip__time"
          type="range"
          aria-label="Time"
          min={run?.start ?? 0}
          max={run?.end ?? 0}
          step={1}
          value={second}
          aria-valuetext={`${second} seconds`}
          onChange={(e) => store.getState().setTime(Number(e.target.value))}
        />
      </div>
      {run && frame && (
        <div className="teach-strip__status">
          <pre
            role="status"
            aria-label="kubectl get pods"
            aria-live={playing ? 'off' : 'polite'}
            className="teach-mono teach-strip__kubectl"
          >
            {visibleText(kubectlGetPodsTable(run.podName, frame, run.namespace ?? 'default'))}
          </pre>
          <p className="teach-strip__event" aria-label="Latest event">
            {last
              ? visibleText(
                  `${last.time} s · ${last.type} ${last.reason}${last.container ? ` (${last.container})` : ''}: ${last.message}`,
                )
              : 'No events yet.'}
          </p>
        </div>
      )}
    </section>
  );
}
