import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
} from 'react';
import { frameAt, kubectlGetPodsTable, scenarioTarget, visibleText } from '../../shared';
import type { ScenarioKind } from '../../shared';
import { SPEEDS, useTeach, useTeachStoreApi, type PlaybackSpeed } from './teach-store';
import {
  makeScenario,
  SCENARIOS,
  scenarioHint,
  scenarioParameter,
  targetRoles,
  type ScenarioParameter,
} from './scenarios';
import { containerLiveStatus, eventsUntil } from './live-status';
import type { SimulationRun } from './simulation-run';
import { EventList, PodPhaseAndConditions } from './PodStatusDetails';
import { PodResources } from './PodResources';
import { RolloutView } from './RolloutView';
import { TimelineMoments } from './TimelineMoments';
import { SidecarExitField } from './SidecarExitField';
import { PlaybackButtons } from './PlaybackButtons';
import { RecordedStart } from './RecordedStart';
import { useAnimationFrames, useTeachKeys } from './use-teach-keys';
import { textWidth, type TextFont } from '../canvas/text-fit';
import './teach.css';

/**
 * Plays a lifecycle scenario on the Pod: a scenario picker, play/pause (Space), step (→),
 * restart, a time slider, the `kubectl get pods` line, the events so far, the phase and
 * conditions, and the simulator's notes.
 */
export function SimulationPanel() {
  const store = useTeachStoreApi();
  const { mode, scenarioKind, target, parameter, playing, speed, run } = useTeach((s) => ({
    mode: s.mode,
    scenarioKind: s.scenarioKind,
    target: s.target,
    parameter: s.parameter,
    playing: s.playing,
    speed: s.speed,
    run: s.run,
  }));
  const second = useTeach((s) => Math.floor(s.time));
  const ids = {
    scenario: useId(),
    target: useId(),
    parameter: useId(),
    speed: useId(),
    time: useId(),
  };
  // The panel opens from a button: take the focus, so that Space plays rather than presses it.
  const region = useRef<HTMLElement>(null);
  useEffect(() => region.current?.focus({ preventScroll: true }), []);

  const advance = useCallback((ms: number) => store.getState().advance(ms), [store]);
  useAnimationFrames(playing, advance);
  const onKey = useCallback(
    (key: string) => {
      const { projector } = store.getState();
      if (key === ' ') store.getState().togglePlay();
      else if (key === 'ArrowRight') store.getState().step();
      // Escape leaves the simulation, as it leaves the lecture (projector mode first: its strip).
      else if (key === 'Escape' && !projector) store.getState().setMode('edit');
      else return false;
      return true;
    },
    [store],
  );
  useTeachKeys(mode === 'simulate', onKey);

  const roles = targetRoles(scenarioKind);
  const targets = useMemo(
    () =>
      (run?.pod.containers ?? []).filter((c) =>
        roles === 'init' ? c.kind === 'init' : roles === 'app' && c.kind !== 'init',
      ),
    [run, roles],
  );
  // The simulator's own choice when none is made: for a crash, the first app container, which
  // native sidecars (listed first, as init containers) are not.
  const defaultTarget = run ? scenarioTarget(run.pod, makeScenario(scenarioKind, null)) : null;
  const tuning = scenarioParameter(scenarioKind);

  return (
    <section ref={region} className="teach-panel" aria-label="Simulation" tabIndex={-1}>
      <div className="pane-header">
        <h2 className="pane-title">Simulation</h2>
      </div>
      <div className="teach-body">
        <div className="teach-row">
          <label htmlFor={ids.scenario}>Scenario</label>
          <select
            id={ids.scenario}
            value={scenarioKind}
            onChange={(e) => store.getState().setScenario(e.target.value as ScenarioKind)}
          >
            {SCENARIOS.map((s) => (
              <option key={s.kind} value={s.kind}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        {roles && targets.length > 0 && (
          <div className="teach-row">
            <label htmlFor={ids.target}>Target container</label>
            <select
              id={ids.target}
              value={target ?? ''}
              onChange={(e) => store.getState().setTarget(e.target.value || null)}
            >
              <option value="">
                {defaultTarget ? `Default (${visibleText(defaultTarget.name)})` : 'Default'}
              </option>
              {targets.map((c) => (
                <option key={c.name} value={c.name}>
                  {visibleText(c.name)}
                </option>
              ))}
            </select>
          </div>
        )}
        {tuning && (
          <ParameterField
            key={scenarioKind}
            id={ids.parameter}
            tuning={tuning}
            value={parameter}
            onChange={(value) => store.getState().setParameter(value)}
          />
        )}
        {run && scenarioKind === 'job-completes' && <SidecarExitField pod={run.pod} />}
        {run && <RecordedStart run={run} />}
        {/* Play, Step and the time first: on a small screen the pane shows its top alone. */}
        {run ? (
          <Timeline
            run={run}
            second={second}
            playing={playing}
            speed={speed}
            timeId={ids.time}
            speedId={ids.speed}
          />
        ) : (
          <p className="teach-muted">There is no Pod to simulate: fix the manifest first.</p>
        )}
        {run && <p className="teach-muted">{scenarioHint(run.scenario, run.pod)}</p>}
        {run && <PodResources pod={run.pod} />}
        {/* Its rollout clock and readiness choice are the Deployment's: another one starts afresh. */}
        {run && <RolloutView key={run.document ?? -1} pod={run.pod} />}
      </div>
    </section>
  );
}

/** The scenario's number, kept as typed while it is being edited (an empty field is allowed). */
function ParameterField({
  id,
  tuning,
  value,
  onChange,
}: {
  id: string;
  tuning: ScenarioParameter;
  value: number | null;
  onChange(value: number | null): void;
}) {
  const [draft, setDraft] = useState(String(value ?? tuning.defaultValue));
  return (
    <div className="teach-row">
      <label htmlFor={id}>{tuning.label}</label>
      <input
        id={id}
        className="teach-number"
        type="number"
        min={tuning.min}
        step={1}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value);
          const number = e.target.valueAsNumber;
          onChange(Number.isFinite(number) && number >= tuning.min ? number : null);
        }}
      />
    </div>
  );
}

/** The `kubectl get pods` table's font (`.teach-mono`), measured at its largest size. */
const KUBECTL_FONT: TextFont = { size: 12, family: '--mono', weight: 400 };

/**
 * The table's longest line in em, for the stylesheet to size the font so that the whole line,
 * AGE included, fits the panel's width: columns padded with spaces stay aligned only on one
 * line each, so the table shrinks (down to a floor, then scrolls) rather than wraps.
 */
function lineEm(table: string): CSSProperties {
  const widest = Math.max(...table.split('\n').map((line) => textWidth(line, KUBECTL_FONT)));
  return { '--line-em': widest / KUBECTL_FONT.size } as CSSProperties;
}

function Timeline({
  run,
  second,
  playing,
  speed,
  timeId,
  speedId,
}: {
  run: SimulationRun;
  second: number;
  playing: boolean;
  speed: PlaybackSpeed;
  timeId: string;
  speedId: string;
}) {
  const store = useTeachStoreApi();
  const projector = useTeach((s) => s.projector);
  const frame = frameAt(run.simulation, second);
  const table = kubectlGetPodsTable(run.podName, frame, run.namespace ?? 'default');
  const events = eventsUntil(run.simulation, second);
  const backOffs = frame.spec.flatMap((c) => {
    const status = containerLiveStatus(run.simulation, run.pod, c.name, second);
    return status?.countdown !== undefined ? [{ name: c.name, ...status }] : [];
  });

  return (
    <>
      <PlaybackButtons className="teach-controls">
        <button
          type="button"
          className="button"
          aria-pressed={projector}
          onClick={() => store.getState().setProjector(!projector)}
        >
          Projector
        </button>
        <span className="teach-speed">
          <label htmlFor={speedId} className="teach-speed-label">
            Speed
          </label>
          <select
            id={speedId}
            value={speed}
            onChange={(e) => store.getState().setSpeed(Number(e.target.value) as PlaybackSpeed)}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </span>
      </PlaybackButtons>
      <div className="teach-row teach-time">
        <label htmlFor={timeId}>Time</label>
        <input
          id={timeId}
          type="range"
          min={run.start}
          max={run.end}
          step={1}
          value={second}
          aria-valuetext={`${second} seconds`}
          onChange={(e) => store.getState().setTime(Number(e.target.value))}
        />
        <output htmlFor={timeId} className="teach-clock" aria-label="Current time">
          {second} s / {run.end} s
        </output>
      </div>
      <TimelineMoments simulation={run.simulation} />
      {backOffs.map((b) => (
        <p key={b.name} className="teach-backoff">
          {b.reason}: {visibleText(b.name)}{' '}
          {b.reason === 'CrashLoopBackOff' ? 'restarts' : 'retries'} in{' '}
          <strong>{b.countdown} s</strong>
        </p>
      ))}
      <div className="teach-kubectl-status">
        <div className="teach-prompt" aria-hidden="true">
          $ kubectl get pods{run.namespace ? ` -n ${run.namespace}` : ''}
        </div>
        <pre
          role="status"
          aria-label="kubectl get pods"
          aria-live={playing ? 'off' : 'polite'}
          className="teach-mono"
          style={lineEm(table)}
        >
          {visibleText(table)}
        </pre>
      </div>
      <PodPhaseAndConditions frame={frame} />
      <EventList events={events} now={second} />
      {run.simulation.notes.length > 0 && (
        <section className="teach-section" aria-label="Notes">
          <h3 className="teach-subtitle">Notes</h3>
          <ul className="teach-notes">
            {run.simulation.notes.map((note, i) => (
              <li key={i}>{visibleText(note)}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
