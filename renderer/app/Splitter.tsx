import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';

/**
 * A draggable divider between two panes, also moved with the arrow keys. It reports the size of
 * the pane after it (`end`) in pixels; the parent clamps and stores it.
 */
export function Splitter({
  orientation,
  label,
  size,
  min,
  max,
  onResize,
}: {
  /** `vertical`: a vertical bar between side-by-side panes; `horizontal`: between stacked ones. */
  orientation: 'vertical' | 'horizontal';
  label: string;
  size: number;
  min: number;
  max: number;
  onResize: (size: number) => void;
}) {
  const start = useRef<{ pointer: number; size: number } | null>(null);
  const clamp = useCallback(
    (value: number) => Math.round(Math.min(max, Math.max(min, value))),
    [min, max],
  );
  const axis = (event: { clientX: number; clientY: number }) =>
    orientation === 'vertical' ? event.clientX : event.clientY;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { pointer: axis(event), size };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    // The pane after the divider grows as the divider moves towards the start.
    onResize(clamp(start.current.size - (axis(event) - start.current.pointer)));
  };
  const onPointerUp = () => {
    start.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 60 : 20;
    const grow = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    const shrink = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    if (event.key === grow) onResize(clamp(size + step));
    else if (event.key === shrink) onResize(clamp(size - step));
    else if (event.key === 'Home') onResize(max);
    else if (event.key === 'End') onResize(min);
    else return;
    event.preventDefault();
  };

  return (
    <div
      className={`splitter splitter--${orientation}`}
      role="separator"
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={size}
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
