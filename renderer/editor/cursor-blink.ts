import type { Extension } from '@codemirror/state';
import { EditorView, ViewPlugin, drawSelection, type ViewUpdate } from '@codemirror/view';

/** A full blink, shown then hidden, in milliseconds (CodeMirror's own rate). */
export const BLINK_MS = 1200;

/**
 * How long the cursor blinks after the last key, click or move; then it stays shown: nothing on
 * the page blinks for more than five seconds on its own (WCAG 2.2.2, Pause, Stop, Hide).
 */
export const BLINK_FOR_MS = 5_000;

/** The editor's class while its cursor is in the hidden half of a blink. */
const HIDDEN = 'cm-cursorBlinkOff';

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The cursor drawn by CodeMirror (`drawSelection`), blinking by a timer instead of CodeMirror's
 * CSS animation. An animation that never ends keeps Chromium making a frame at every tick of the
 * display: a key's echo then waited for the next tick instead of being drawn as soon as it was
 * handled, some 5 ms a key on average. A timer changes the page twice a blink.
 *
 * The cursor shows at each change of the text or of the selection, and on focus; it blinks
 * for BLINK_FOR_MS after that, and never where the system asks for reduced motion.
 */
export function cursorBlink(): Extension {
  return [
    drawSelection({ cursorBlinkRate: 0 }),
    EditorView.theme({
      // With no blink rate, CodeMirror still starts an animation (of no length) at each change
      // of the selection: none at all here.
      '.cm-cursorLayer': { animation: 'none !important' },
      [`&.${HIDDEN} > .cm-scroller > .cm-cursorLayer`]: { visibility: 'hidden' },
    }),
    ViewPlugin.fromClass(
      class {
        private timer: ReturnType<typeof setTimeout> | undefined;

        constructor(private readonly view: EditorView) {
          this.restart();
        }

        update(update: ViewUpdate) {
          if (update.docChanged || update.selectionSet || update.focusChanged) this.restart();
        }

        destroy() {
          clearTimeout(this.timer);
        }

        private restart() {
          clearTimeout(this.timer);
          this.timer = undefined;
          this.show(true);
          if (!this.view.hasFocus || reducedMotion()) return;
          const until = Date.now() + BLINK_FOR_MS;
          const tick = () => {
            // Ends shown.
            const hidden = this.view.dom.classList.contains(HIDDEN);
            const last = !hidden && Date.now() >= until;
            this.show(last || hidden);
            this.timer = last ? undefined : setTimeout(tick, BLINK_MS / 2);
          };
          this.timer = setTimeout(tick, BLINK_MS / 2);
        }

        // The class is read, not remembered: a new state (a long file opened) makes a new
        // plugin, which may find the cursor in its hidden half. A toggle that changes nothing
        // leaves the element as it is.
        private show(shown: boolean) {
          this.view.dom.classList.toggle(HIDDEN, !shown);
        }
      },
    ),
  ];
}
