import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent,
  type RefObject,
} from 'react';
import { useReactFlow } from '@xyflow/react';
import { visibleText } from '../../shared';
import { goodModelOf, usePod } from '../store/pod-store';
import { LAST_STEP, LECTURE_STEPS } from './lecture-steps';
import { useTeach, useTeachStoreApi } from './teach-store';
import { useTeachKeys } from './use-teach-keys';
import { useLectureFocus, useProjectorFocus } from './projector';
import { ZoomButtons } from './ZoomButtons';
import './teach.css';
import { useReturnFocus } from '../ui/use-return-focus';

/** Full screen for the lecture; a browser that refuses (no gesture, a policy) simply does not. */
function useFullscreen(onLeft: () => void): void {
  const left = useRef(onLeft);
  useEffect(() => {
    left.current = onLeft;
  }, [onLeft]);
  useEffect(() => {
    const root = document.documentElement;
    if (typeof root.requestFullscreen !== 'function') return;
    let entered = false;
    // Escape in full screen is the browser's own: it leaves full screen, so leave the lecture too.
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) left.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (!document.fullscreenElement) root.requestFullscreen().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);
}

/**
 * Leaving the lecture gives back the view the user had before it: the canvas, which changes size
 * when the lecture ends, fits the whole Pod again two frames later (PodCanvas), and the zoom the
 * user chose would be lost. The view is put back on the frame after, over that fit.
 */
function useViewBack(): void {
  const flow = useReactFlow();
  const [before] = useState(() => flow.getViewport());
  useEffect(
    () => () => {
      const after = (frames: number, then: () => void): void => {
        requestAnimationFrame(() => (frames > 1 ? after(frames - 1, then) : then()));
      };
      after(3, () => void flow.setViewport(before));
    },
    [flow, before],
  );
}

interface Slide {
  title: string;
  sentences: string[];
}

/**
 * A ref for the slide, which keeps it at the height of the tallest of `slides` at its width (its
 * first sentence gives the style of the others), measured on a hidden copy, while `on`.
 */
function useTallestSlide(slides: readonly Slide[], on: boolean): RefObject<HTMLDivElement | null> {
  const slide = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = slide.current;
    const card = element?.parentElement;
    if (!on || !element || !card) return;
    let width = -1;
    const measure = () => {
      const now = element.getBoundingClientRect().width;
      if (now === width) return;
      width = now;
      const probe = element.cloneNode(true) as HTMLElement;
      probe.removeAttribute('aria-live');
      probe.setAttribute('aria-hidden', 'true');
      Object.assign(probe.style, {
        position: 'absolute',
        visibility: 'hidden',
        left: '0',
        top: '0',
        width: `${now}px`,
        minHeight: '0',
      });
      const title = probe.querySelector('.teach-lecture__title');
      const sentences = [...probe.querySelectorAll('.teach-lecture__text')];
      const model = sentences[0];
      if (!title || !model) return;
      sentences.forEach((p) => p.remove());
      card.append(probe);
      let most = 0;
      for (const { title: words, sentences: said } of slides) {
        title.textContent = words;
        const lines = said.map((sentence) => {
          const p = model.cloneNode(false) as HTMLElement;
          p.textContent = sentence;
          return p;
        });
        probe.append(...lines);
        most = Math.max(most, probe.getBoundingClientRect().height);
        lines.forEach((p) => p.remove());
      }
      probe.remove();
      element.style.minHeight = most > 0 ? `${Math.ceil(most)}px` : '';
    };
    measure();
    // A new width wraps the sentences anew.
    const observer = new ResizeObserver(measure);
    observer.observe(card);
    return () => {
      observer.disconnect();
      element.style.minHeight = '';
    };
  }, [slides, on]);
  return slide;
}

/**
 * The lecture overlay: the anatomy revealed step by step like slides (Pod, network namespace,
 * init containers, main container, sidecar, volume, kubelet), each with a few sentences from
 * the lesson and what the Pod on the canvas shows of it. ←/→, Space, PageUp/PageDown, Home/End
 * move; Escape leaves.
 */
export function LectureMode() {
  const store = useTeachStoreApi();
  const step = useTeach((s) => s.lectureStep);
  const slide = LECTURE_STEPS[step] ?? LECTURE_STEPS[0]!;
  // The sentences speak of the Pod on the canvas, not of the lesson's.
  const pod = usePod((s) => goodModelOf(s)?.view ?? null);
  const slides = useMemo(
    () => LECTURE_STEPS.map((s) => ({ title: s.title, sentences: s.text(pod).map(visibleText) })),
    [pod],
  );
  const sentences = slides[step]?.sentences ?? slides[0]!.sentences;
  const region = useRef<HTMLElement>(null);
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  // The arrow pressed at the first or the last step is disabled there, which would drop the focus
  // to the page (and Space, then the lecture's own key, would step the other way): it goes to the
  // other arrow instead.
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (step === 0 && focused === previous.current) next.current?.focus();
    if (step === LAST_STEP && focused === next.current) previous.current?.focus();
  }, [step]);
  const leave = useCallback(() => store.getState().setMode('edit'), [store]);
  useFullscreen(leave);
  useViewBack();
  // Projector mode: the diagram fills the screen, the caption is a strip, each step's part is
  // brought to the middle at a zoom that keeps the text legible.
  const [projector, setProjector] = useState(false);
  useProjectorFocus(projector, step);
  // Without it, the step's part is brought into view too, at a zoom that keeps its words legible.
  useLectureFocus(!projector, step);
  // The caption keeps the height of its tallest step, so that the canvas above it keeps its size
  // from step to step: a canvas that changes size is fitted whole again. (The projector's strip
  // has one height of its own.)
  const slideRef = useTallestSlide(slides, !projector);

  // Leaving gives the focus back to what started the lecture (its button), not to the page.
  const returnFocus = useReturnFocus();
  useEffect(() => {
    region.current?.focus();
    return returnFocus;
  }, [returnFocus]);

  const onKey = useCallback(
    (key: string) => {
      const teach = store.getState();
      switch (key) {
        case 'ArrowRight':
        case 'PageDown':
        case ' ':
          teach.nextSlide();
          return true;
        case 'ArrowLeft':
        case 'PageUp':
          teach.previousSlide();
          return true;
        case 'Home':
          teach.setLectureStep(0);
          return true;
        case 'End':
          teach.setLectureStep(LAST_STEP);
          return true;
        case 'Escape':
          leave();
          return true;
        default:
          return false;
      }
    },
    [store, leave],
  );
  useTeachKeys(true, onKey);

  // A button clicked with the mouse would keep the focus, and Space, which the presenter presses
  // next to go on, would press it again (Projector would turn projector mode off): the focus goes
  // to the lecture, whose keys step on. A button pressed from the keyboard keeps it (a click
  // from Space or Enter has no pointer, `detail` 0).
  const onClick = useCallback((event: MouseEvent<HTMLElement>) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (event.detail > 0 && button && region.current?.contains(button)) {
      region.current.focus({ preventScroll: true });
    }
  }, []);

  return (
    <section
      ref={region}
      className={`teach-lecture${projector ? ' teach-lecture--projector' : ''}`}
      aria-label="Lecture"
      aria-roledescription="slides"
      tabIndex={-1}
      onClick={onClick}
    >
      <div ref={slideRef} className="teach-lecture__slide" aria-live="polite">
        <p className="teach-lecture__counter">
          Step {step + 1} of {LECTURE_STEPS.length}
        </p>
        <h2 className="teach-lecture__title">{slide.title}</h2>
        {sentences.map((sentence, i) => (
          <p key={i} className="teach-lecture__text">
            {sentence}
          </p>
        ))}
      </div>
      <nav className="teach-lecture__nav" aria-label="Lecture steps">
        <button
          type="button"
          className="button"
          aria-keyshortcuts="ArrowLeft PageUp"
          ref={previous}
          disabled={step === 0}
          onClick={() => store.getState().previousSlide()}
        >
          Previous
        </button>
        <ol className="teach-lecture__dots">
          {LECTURE_STEPS.map((s, i) => (
            <li key={s.kind}>
              <button
                type="button"
                className={`teach-lecture__dot${i === step ? ' is-current' : ''}`}
                aria-label={`Step ${i + 1}: ${s.title}`}
                aria-current={i === step ? 'step' : undefined}
                onClick={() => store.getState().setLectureStep(i)}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button--primary"
          aria-keyshortcuts="ArrowRight PageDown Space"
          ref={next}
          disabled={step === LAST_STEP}
          onClick={() => store.getState().nextSlide()}
        >
          Next
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={projector}
          onClick={() => setProjector((on) => !on)}
        >
          Projector
        </button>
        <button type="button" className="button" aria-keyshortcuts="Escape" onClick={leave}>
          Leave lecture
        </button>
      </nav>
      {/* The canvas's zoom buttons leave its corner (teach.css) for the caption's title row: over
          the canvas they covered the diagram the camera brings into view. */}
      <ZoomButtons className="teach-lecture__zoom" />
    </section>
  );
}
