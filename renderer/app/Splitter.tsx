import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';

/**
 * A draggable divider between two panes, also moved with the arrow keys. It reports the size of
 * the pane after it (`end`) in pixels; the parent stores it.
 *
 * It moves from the size the pane is drawn at, which the layout may hold below the size asked
 * for (a small window): a drag or a key press always moves the divider at once, never first
 * through sizes that change nothing. `room` says how much more the pane can take now (what the
 * pane before it can give up); without it, `max` alone bounds it.
 */
export function Splitter({
  orientation,
  label,
  size,
  min,
  max,
  room,
  onResize,
  disabled = false,
}: {
  /** `vertical`: a vertical bar between side-by-side panes; `horizontal`: between stacked ones. */
  orientation: 'vertical' | 'horizontal';
  label: string;
  size: number;
  min: number;
  max: number;
  room?: () => number;
  onResize: (size: number) => void;
  /**
   * Nothing to divide for now (the pane before it takes only the room its content needs): the
   * bar is drawn, but it is no control, and the size stays as the user set it.
   */
  disabled?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const start = useRef<{ pointer: number; size: number; max: number } | null>(null);
  // The size asked for, read by `drawn` without making the observer below start again.
  const asked = useRef(size);
  useEffect(() => {
    asked.current = size;
  }, [size]);
  /** The size the pane after the divider is drawn at; `size` where nothing is laid out (tests). */
  const drawn = useCallback(() => {
    const pane = ref.current?.nextElementSibling?.getBoundingClientRect();
    const measured = Math.round((orientation === 'vertical' ? pane?.width : pane?.height) ?? 0);
    return measured > 0 ? measured : asked.current;
  }, [orientation]);
  // As drawn, once the browser has laid the pane out (a ResizeObserver reports at once).
  const [shown, setShown] = useState<number | null>(null);
  useEffect(() => {
    const pane = ref.current?.nextElementSibling;
    if (!pane || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setShown(drawn()));
    observer.observe(pane);
    return () => observer.disconnect();
  }, [drawn]);

  /** The largest size the pane can take now, from `now`. */
  const largest = (now: number) => Math.max(min, Math.min(max, room ? now + room() : max));
  const clamp = (value: number, upTo: number) => Math.round(Math.min(upTo, Math.max(min, value)));
  const axis = (event: { clientX: number; clientY: number }) =>
    orientation === 'vertical' ? event.clientX : event.clientY;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    const now = drawn();
    start.current = { pointer: axis(event), size: now, max: largest(now) };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    // The pane after the divider grows as the divider moves towards the start.
    const { pointer, size: from, max: upTo } = start.current;
    onResize(clamp(from - (axis(event) - pointer), upTo));
  };
  const onPointerUp = () => {
    start.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 60 : 20;
    const grow = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    const shrink = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    const now = drawn();
    const upTo = largest(now);
    if (event.key === grow) onResize(clamp(now + step, upTo));
    else if (event.key === shrink) onResize(clamp(now - step, upTo));
    else if (event.key === 'Home') onResize(upTo);
    else if (event.key === 'End') onResize(min);
    else return;
    event.preventDefault();
  };

  // Taken away from under the keyboard, the focus goes on to the pane after the bar, not to the
  // page.
  useLayoutEffect(() => {
    if (!disabled || document.activeElement !== ref.current) return;
    ref.current?.nextElementSibling
      ?.querySelector<HTMLElement>(
        'input, select, textarea, button, [contenteditable="true"], [tabindex]:not([tabindex="-1"])',
      )
      ?.focus();
  }, [disabled]);

  if (disabled) {
    return <div ref={ref} className={`splitter splitter--${orientation} splitter--fixed`} />;
  }
  return (
    <div
      ref={ref}
      className={`splitter splitter--${orientation}`}
      role="separator"
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={shown ?? size}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
