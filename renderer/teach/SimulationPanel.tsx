import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
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
import { fitKubectlTable } from './kubectl-table';
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

/**
 * `kubectl get pods` under its prompt: the whole line, AGE included, in view. The stylesheet sizes
 * the font so that the longest line fits the panel's width (--line-em), down to 9 px; a panel too
 * narrow for that takes kubectl's columns closer together (still aligned: columns padded with
 * spaces stay aligned only on one line each, so the table is not wrapped); only a narrower one
 * scrolls, and then the keyboard can scroll it too: it takes the focus, and its name says so.
 */
function KubectlGetPods({
  table,
  namespace,
  playing,
}: {
  table: string;
  namespace: string | null | undefined;
  playing: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  // The width of the text (the block's content box): 0 until measured.
  const [width, setWidth] = useState(0);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const style = getComputedStyle(element);
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      setWidth(Math.max(0, element.clientWidth - (padding || 0)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const fitted = useMemo(() => fitKubectlTable(visibleText(table), width), [table, width]);
  // Whether it scrolls, once the table or its width has changed.
  useLayoutEffect(() => {
    const element = box.current;
    if (element) setScrolls(element.scrollWidth > element.clientWidth + 0.5);
  }, [fitted, width]);
  return (
    <div
      ref={box}
      className="teach-kubectl-status"
      // A scroller the keyboard can reach (and whose arrows scroll it, not the time).
      {...(scrolls
        ? {
            role: 'group',
            'aria-label': 'kubectl get pods output, scrolls sideways',
            tabIndex: 0,
            'data-scrolls': '',
          }
        : {})}
    >
      <div className="teach-prompt" aria-hidden="true">
        $ kubectl get pods{namespace ? ` -n ${namespace}` : ''}
      </div>
      <pre
        role="status"
        aria-label="kubectl get pods"
        aria-live={playing ? 'off' : 'polite'}
        className="teach-mono"
        style={{ '--line-em': fitted.em } as CSSProperties}
      >
        {fitted.text}
      </pre>
    </div>
  );
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
      <KubectlGetPods table={table} namespace={run.namespace} playing={playing} />
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
