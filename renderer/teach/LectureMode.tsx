import { useCallback, useEffect, useRef, useState } from 'react';
import { LAST_STEP, LECTURE_STEPS } from './lecture-steps';
import { useTeach, useTeachStoreApi } from './teach-store';
import { useTeachKeys } from './use-teach-keys';
import { useProjectorFocus } from './projector';
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
 * The lecture overlay: the anatomy revealed step by step like slides (Pod, network namespace,
 * init containers, main container, sidecar, volume, kubelet), each with a few sentences from
 * the lesson. ←/→, Space, PageUp/PageDown, Home/End move; Escape leaves.
 */
export function LectureMode() {
  const store = useTeachStoreApi();
  const step = useTeach((s) => s.lectureStep);
  const slide = LECTURE_STEPS[step] ?? LECTURE_STEPS[0]!;
  const region = useRef<HTMLElement>(null);
  const leave = useCallback(() => store.getState().setMode('edit'), [store]);
  useFullscreen(leave);
  // Projector mode: the diagram fills the screen, the caption is a strip, each step's part is
  // brought to the middle at a zoom that keeps the text legible.
  const [projector, setProjector] = useState(false);
  useProjectorFocus(projector, step);

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

  return (
    <section
      ref={region}
      className={`teach-lecture${projector ? ' teach-lecture--projector' : ''}`}
      aria-label="Lecture"
      aria-roledescription="slides"
      tabIndex={-1}
    >
      <div className="teach-lecture__slide" aria-live="polite">
        <p className="teach-lecture__counter">
          Step {step + 1} of {LECTURE_STEPS.length}
        </p>
        <h2 className="teach-lecture__title">{slide.title}</h2>
        {slide.text.map((sentence, i) => (
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
      {/* In projector mode the canvas's zoom buttons leave its corner (teach.css) for the strip. */}
      {projector && <ZoomButtons className="teach-lecture__zoom" />}
    </section>
  );
}
