import { useEffect } from 'react';

/**
 * Controls that use every key they get: fields, sliders, the editor, menus. Not a canvas node:
 * while simulating or lecturing, it can be focused (to be read) but takes no key itself.
 */
const USES_KEYS = 'input, textarea, select, [contenteditable], .cm-editor, [role=menu]';
/** A scroller that took the focus (`data-scrolls`): its arrows and paging keys scroll it. */
const SCROLLS = '[data-scrolls]';
const SCROLL_KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
];
/** Controls that Space and Enter activate. */
const ACTIVATES = 'button, a[href], [role=button], summary';

/**
 * Calls `handle` for keys pressed while no control that uses them has the focus; `handle`
 * returns true when it used the key, which then does nothing else.
 */
export function useTeachKeys(enabled: boolean, handle: (key: string) => boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(USES_KEYS)) return;
      if (SCROLL_KEYS.includes(event.key) && target?.closest(SCROLLS)) return;
      if ((event.key === ' ' || event.key === 'Enter') && target?.closest(ACTIVATES)) return;
      if (handle(event.key)) event.preventDefault();
    };
    // Capture: React Flow claims Space (to pan while it is held) and prevents its default.
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [enabled, handle]);
}

/** Drives `advance(ms)` from requestAnimationFrame while `playing`. */
export function useAnimationFrames(playing: boolean, advance: (ms: number) => void): void {
  useEffect(() => {
    if (!playing) return;
    let last: number | null = null;
    let id = 0;
    const loop = (now: number) => {
      // A hidden window stops the frames; do not jump ahead by the whole pause on return.
      if (last !== null) advance(Math.min(now - last, 250));
      last = now;
      id = requestAnimationFrame(loop);
    };
    id = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(id);
  }, [playing, advance]);
}
