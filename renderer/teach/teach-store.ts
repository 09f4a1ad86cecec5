import {
  createContext,
  createElement,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import {
  podDocument,
  type GraphEdge,
  type RecordedPod,
  type ScenarioKind,
  type SidecarExit,
} from '../../shared';
import { usePodStoreApi } from '../store/pod-store';
import { containerLiveStatus, type ContainerLiveStatus } from './live-status';
import { LAST_STEP, revealKindOfEdge, stepKinds, stepOf, type RevealKind } from './lecture-steps';
import { makeScenario } from './scenarios';
import { nodeAllocatable, type NodeSizeId } from './node-sizes';
import { recordedPodIn, simulationRun, type PodSource, type SimulationRun } from './simulation-run';

/**
 * Teaching state: session state beside the manifest, never written into it. `edit` is the
 * ordinary editor; `simulate` plays a lifecycle scenario on the canvas; `lecture` reveals the
 * anatomy step by step, full screen.
 */
export type TeachMode = 'edit' | 'simulate' | 'lecture';

export const SPEEDS = [1, 5, 20] as const;
export type PlaybackSpeed = (typeof SPEEDS)[number];

export interface TeachState {
  mode: TeachMode;
  scenarioKind: ScenarioKind;
  /** The container the scenario targets; null for the simulator's default. */
  target: string | null;
  /** The scenario's tuning number (see `scenarioParameter`); null for its default. */
  parameter: number | null;
  /** How native sidecars end when the work is done (`job-completes`). */
  sidecarExit: SidecarExit;
  /** The Node the scheduler places the Pod on (`NODE_SIZES`). */
  nodeSize: NodeSizeId;
  /** Simulated seconds since the Pod was created (fractions while playing). */
  time: number;
  playing: boolean;
  speed: PlaybackSpeed;
  lectureStep: number;
  /** Simulate in projector mode: the canvas fills the screen, the controls are a strip. */
  projector: boolean;
  /**
   * The status recorded in the file as it was opened (`kubectl get pod -o yaml`), kept when the
   * clean-up removes it from the text: what the cluster said still holds for this Pod.
   */
  recorded: RecordedPod | null;
  /** Start the simulation from `recorded` rather than from a new Pod. */
  fromStatus: boolean;
  /** Derived from the Pod text and the scenario while simulating; null otherwise. */
  run: SimulationRun | null;
}

export interface TeachActions {
  setMode(mode: TeachMode): void;
  setScenario(kind: ScenarioKind, target?: string | null): void;
  setTarget(target: string | null): void;
  setParameter(value: number | null): void;
  setSidecarExit(exit: SidecarExit): void;
  setNodeSize(size: NodeSizeId): void;
  setFromStatus(on: boolean): void;
  setTime(time: number): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  /** To the next second where something changes (or one second on, when nothing does). */
  step(): void;
  /** Back to the start (0, or the recorded moment), paused. */
  restart(): void;
  setSpeed(speed: PlaybackSpeed): void;
  /** Moves time on by `ms` of wall-clock time at the chosen speed; stops at the end. */
  advance(ms: number): void;
  setLectureStep(step: number): void;
  setProjector(on: boolean): void;
  nextSlide(): void;
  previousSlide(): void;
  /**
   * Re-derives the simulation after the Pod store changed; back to the default scenario when
   * its document was replaced by another one (a file opened, another document chosen).
   */
  refresh(): void;
}

export type TeachStore = StoreApi<TeachState & TeachActions>;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
/** A moment on the run's timeline (from its start to its end). */
const within = (run: SimulationRun | null, time: number) =>
  clamp(time, run?.start ?? 0, run?.end ?? 0);

/** The scenario the panel opens with, and goes back to when another document is opened. */
const DEFAULT_SCENARIO: Pick<TeachState, 'scenarioKind' | 'target' | 'parameter' | 'sidecarExit'> =
  {
    scenarioKind: 'healthy',
    target: null,
    parameter: null,
    sidecarExit: 'zero',
  };

export function createTeachStore(source: PodSource | null): TeachStore {
  // The scenario belongs to the document: it is kept while the document is edited, and goes
  // back to the default when another file or template replaces it, or when another document of
  // the file is chosen (another Pod: the target named one of the first Pod's containers).
  let seen = source?.getState().opened;
  let last = source ? sourceSeen(source.getState()) : null;
  /**
   * Whether another document was chosen since the last look: the chosen document changed while
   * the text stayed as it was. When the text changes too, the document moved with it (documents
   * were typed or deleted before it) and it is the same Pod, edited.
   */
  const choseAnother = () => {
    if (!source) return false;
    const now = sourceSeen(source.getState());
    const before = last;
    last = now;
    return (
      before !== null &&
      before.document !== now.document &&
      before.text === now.text &&
      before.shownText === now.shownText
    );
  };
  // A long file opened is read off the page's thread: its recorded status is read once its
  // reading is shown, not from its text at once (a second or more of parsing on this thread).
  // Meanwhile this holds the text shown when it was opened, whose status is not the file's.
  let shownBefore: string | null = null;
  let reading: { text: string; document: number | null; found: RecordedPod | null } | null = null;
  const recordedNow = () => {
    const state = source?.getState();
    if (!state) return null;
    if (shownBefore !== null) {
      if (state.shownText === shownBefore) return null;
      shownBefore = null;
    }
    const { shownText: text, document } = state;
    if (reading?.text !== text || reading.document !== document)
      reading = { text, document, found: recordedPodIn(text, document) };
    return reading.found;
  };
  /** The recorded status of a file just opened, or null while its text is still being read. */
  const recordedOpened = () => {
    const state = source?.getState();
    shownBefore = state && state.shownText !== state.text ? state.shownText : null;
    return recordedNow();
  };
  /**
   * The target after the Pod's last change: a target container renamed (in the YAML, key by
   * key, or in the inspector) is still the target under its new name, as every other reference
   * to it follows the rename. Renamed: gone from the Pod, with a name not there before in its
   * place, the Pod's containers as many as before. The names are looked at only while there is
   * a target, in the text read already: reading a long file opened would hold the page.
   */
  let names: string[] | null = null;
  const followRename = (target: string | null): string | null => {
    const before = names;
    const now = source && target !== null ? containerNames(source.getState()) : null;
    // While the text does not hold a Pod, the names stay those of the last one that did.
    if (target === null) names = null;
    else if (now) names = now;
    if (target === null || !before || !now || now.includes(target)) return target;
    const at = before.indexOf(target);
    const renamed = now.length === before.length && at >= 0 ? now[at]! : null;
    return renamed !== null && !before.includes(renamed) ? renamed : target;
  };
  /** A target chosen: the names it is to be followed among from now on. */
  const watchNames = (target: string | null) => {
    names = source && target !== null ? containerNames(source.getState()) : null;
  };
  const store = createStore<TeachState & TeachActions>()((set, get) => {
    const derive = (
      state: Pick<
        TeachState,
        | 'mode'
        | 'scenarioKind'
        | 'target'
        | 'parameter'
        | 'sidecarExit'
        | 'nodeSize'
        | 'recorded'
        | 'fromStatus'
        | 'run'
      >,
    ) =>
      state.mode === 'simulate' && source
        ? simulationRun(
            source,
            makeScenario(state.scenarioKind, state.target, state.parameter, state.sidecarExit),
            state.run,
            nodeAllocatable(state.nodeSize),
            state.fromStatus ? state.recorded : null,
          )
        : null;
    const rederive = (patch: Partial<TeachState>) => {
      const next = { ...get(), ...patch };
      // A status pasted or typed into the text counts as much as one in the file opened.
      const typed = next.mode === 'simulate' ? recordedNow() : null;
      if (typed) next.recorded = typed;
      const run = derive(next);
      const changed = run !== get().run;
      set({
        ...patch,
        recorded: next.recorded,
        run,
        ...(changed ? { time: within(run, patch.time ?? 0), playing: false } : {}),
      });
    };
    return {
      mode: 'edit',
      ...DEFAULT_SCENARIO,
      nodeSize: 'any',
      time: 0,
      playing: false,
      speed: 1,
      lectureStep: 0,
      projector: false,
      recorded: recordedOpened(),
      fromStatus: false,
      run: null,

      setMode(mode) {
        if (mode === get().mode) return;
        rederive({
          mode,
          playing: false,
          projector: false,
          ...(mode === 'lecture' ? { lectureStep: 0 } : {}),
        });
      },
      setScenario(kind, target = null) {
        watchNames(target);
        rederive({ scenarioKind: kind, target, parameter: null, time: 0 });
      },
      setTarget(target) {
        watchNames(target);
        rederive({ target, time: 0 });
      },
      setParameter(parameter) {
        rederive({ parameter, time: 0 });
      },
      setSidecarExit(sidecarExit) {
        rederive({ sidecarExit, time: 0 });
      },
      setNodeSize(nodeSize) {
        rederive({ nodeSize, time: 0 });
      },
      setFromStatus(fromStatus) {
        rederive({ fromStatus, time: 0 });
      },
      setTime(time) {
        set({ time: within(get().run, time) });
      },
      play() {
        const { run, time } = get();
        if (!run) return;
        set({ playing: true, time: time >= run.end ? run.start : time });
      },
      pause() {
        set({ playing: false });
      },
      togglePlay() {
        if (get().playing) get().pause();
        else get().play();
      },
      step() {
        const { run, time } = get();
        if (!run) return;
        const next = run.simulation.frames.find((f) => f.time > Math.floor(time));
        set({ playing: false, time: within(run, next ? next.time : Math.floor(time) + 1) });
      },
      restart() {
        set({ time: get().run?.start ?? 0, playing: false });
      },
      setSpeed(speed) {
        set({ speed });
      },
      advance(ms) {
        const { run, time, speed, playing } = get();
        if (!run || !playing) return;
        const next = time + (ms / 1000) * speed;
        if (next >= run.end) set({ time: run.end, playing: false });
        else set({ time: next });
      },
      setLectureStep(step) {
        set({ lectureStep: clamp(Math.round(step), 0, LAST_STEP) });
      },
      setProjector(projector) {
        set({ projector: projector && get().mode === 'simulate' });
      },
      nextSlide() {
        get().setLectureStep(get().lectureStep + 1);
      },
      previousSlide() {
        get().setLectureStep(get().lectureStep - 1);
      },
      refresh() {
        const before = seen;
        seen = source?.getState().opened;
        const chose = choseAnother();
        const target = followRename(get().target);
        if (before !== seen || chose) {
          // The status recorded with the first Pod is not another document's.
          const recorded = before !== seen ? recordedOpened() : recordedNow();
          rederive({ ...DEFAULT_SCENARIO, recorded, fromStatus: false, time: 0, playing: false });
          return;
        }
        if (shownBefore !== null && source?.getState().shownText !== shownBefore) {
          rederive({ recorded: recordedNow() });
          return;
        }
        const renamed = target !== get().target;
        if (get().mode !== 'simulate') {
          if (renamed) set({ target });
          return;
        }
        const { run, time } = get();
        const typed = recordedNow();
        const same = !typed || JSON.stringify(typed) === JSON.stringify(get().recorded);
        const recorded = same ? get().recorded : typed;
        const next = derive({ ...get(), target, recorded });
        if (next !== run || !same || renamed)
          set({ run: next, recorded, target, time: within(next, time) });
      },
    };
  });
  return store;
}

/**
 * The names of the containers of the Pod shown, in the order of its text; null for no Pod. Of
 * the text shown (read already, here or in the worker), not of the one typed last.
 */
function containerNames({
  shownText,
  document,
}: ReturnType<PodSource['getState']>): string[] | null {
  return podDocument(shownText, document).view?.containers.map((c) => c.name) ?? null;
}

/** What `refresh` compares to tell a document chosen from one edited. */
const sourceSeen = ({ text, shownText, document }: ReturnType<PodSource['getState']>) => ({
  text,
  shownText,
  document,
});

const TeachStoreContext = createContext<TeachStore | null>(null);
/** Outside a provider the hooks read a store that never leaves edit mode. */
const IDLE_STORE = createTeachStore(null);

/**
 * Provides the teaching store, derived from the Pod store above it. Give `store` to share one
 * made elsewhere (tests do).
 */
export function TeachStoreProvider({
  store,
  children,
}: {
  store?: TeachStore;
  children: ReactNode;
}) {
  const podStore = usePodStoreApi();
  const [value] = useState(() => store ?? createTeachStore(podStore));
  // Re-simulate when the Pod changes; the store ignores changes while not simulating.
  useEffect(() => podStore.subscribe(() => value.getState().refresh()), [podStore, value]);
  return createElement(TeachStoreContext.Provider, { value }, children);
}

export function useTeachStoreApi(): TeachStore {
  return useContext(TeachStoreContext) ?? IDLE_STORE;
}

/** Selects from the teaching store; object and array results are compared shallowly. */
export function useTeach<T>(selector: (state: TeachState & TeachActions) => T): T {
  return useStore(useTeachStoreApi(), useShallow(selector));
}

/** The container's status at the current moment, or null when no scenario is playing. */
export function useContainerStatus(name: string): ContainerLiveStatus | null {
  return useTeach((s) =>
    s.mode === 'simulate' && s.run
      ? containerLiveStatus(s.run.simulation, s.run.pod, name, s.time)
      : null,
  );
}

export interface LectureReveal {
  step: number;
  /** Whether a part of the diagram is shown at this step; `edge` means every connection. */
  visible(kind: RevealKind | 'edge'): boolean;
  /** Whether a part is the one this step introduces (to spotlight it). */
  focused(kind: RevealKind): boolean;
  /** Whether an edge is shown: init arrows with the init containers, mounts with the volumes. */
  edgeVisible(edge: Pick<GraphEdge, 'type' | 'target'>): boolean;
}

/** What the lecture shows at its current step, or null outside lecture mode. */
export function useLectureReveal(): LectureReveal | null {
  const { mode, step } = useTeach((s) => ({ mode: s.mode, step: s.lectureStep }));
  return useMemo(() => {
    if (mode !== 'lecture') return null;
    return {
      step,
      visible: (kind) => (kind === 'edge' ? step >= stepOf('volume') : step >= stepOf(kind)),
      focused: (kind) => stepKinds(step).includes(kind),
      edgeVisible: (edge) => step >= stepOf(revealKindOfEdge(edge)),
    };
  }, [mode, step]);
}

/** The current teaching mode, for the app's layout (lecture mode hides the side panes). */
export function useTeachMode(): TeachMode {
  return useTeach((s) => s.mode);
}

/**
 * What a canvas node or edge needs in lecture mode: `hidden` until its step (React Flow then
 * draws neither it, nor its edges, nor their labels) and the class that fades it in and spotlights
 * it at its step. Empty outside lecture mode.
 */
export function revealProps(
  reveal: LectureReveal | null,
  item: { kind: RevealKind } | { edge: Pick<GraphEdge, 'type' | 'target'> },
): { hidden?: true; className?: string } {
  const className = revealClass(reveal, item);
  if (!className) return {};
  return className === 'pb-reveal-hidden' ? { hidden: true, className } : { className };
}

/**
 * The class for a canvas node or edge in lecture mode: hidden until its step, spotlit at its
 * step. Empty outside lecture mode.
 */
export function revealClass(
  reveal: LectureReveal | null,
  item: { kind: RevealKind } | { edge: Pick<GraphEdge, 'type' | 'target'> },
): string {
  if (!reveal) return '';
  if ('edge' in item) return reveal.edgeVisible(item.edge) ? 'pb-revealed' : 'pb-reveal-hidden';
  if (!reveal.visible(item.kind)) return 'pb-reveal-hidden';
  return reveal.focused(item.kind) ? 'pb-revealed pb-reveal-focus' : 'pb-revealed';
}
