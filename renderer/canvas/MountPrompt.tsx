import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { useStore } from '@xyflow/react';
import { visibleText } from '../../shared';
import { sameDirectoryAs } from '../../shared/manifest/paths';
import { UserText } from '../ui/UserText';
import { MENU_MARGIN, visibleRoom, type Point, type Room } from './NodeMenu';

export interface PendingMount {
  container: string;
  volume: string;
  /** Where the connection was dropped, in the canvas pane's coordinates. */
  at: { x: number; y: number } | null;
  /** The text the drop that added the volume left: the mount joins that undo step. */
  after?: string;
  /**
   * The node whose menu asked for the mount (the volume's): the prompt is placed by that node,
   * and the focus goes back to it when the prompt closes.
   */
  opener?: string;
}

/** How far the prompt keeps from the point or the node it is placed by. */
export const PROMPT_GAP = 12;

/**
 * Where the prompt of `size` goes (its top-left corner, in the window's coordinates) so that all
 * of it is in `room`, the part of the canvas nothing hides (not the palette, the Problems panel
 * or the side pane). It opens centred under `anchor`: the point where the user let go, or the
 * node whose menu asked. Short of room below, it moves up as far as it can without covering the
 * anchor, else opens above it; with room on neither side, it is pushed back inside the room.
 * Without an anchor it is centred in the room. A room too small for it shows its top-left corner.
 */
export function placePrompt(
  anchor: Room | null,
  size: { width: number; height: number },
  room: Room,
  margin = MENU_MARGIN,
): Point {
  const low = { x: room.left + margin, y: room.top + margin };
  const high = { x: room.right - margin - size.width, y: room.bottom - margin - size.height };
  const within = (value: number, axis: 'x' | 'y') =>
    Math.max(low[axis], Math.min(value, high[axis]));
  if (!anchor) {
    return {
      x: within((room.left + room.right - size.width) / 2, 'x'),
      y: within((room.top + room.bottom - size.height) / 2, 'y'),
    };
  }
  const x = within((anchor.left + anchor.right - size.width) / 2, 'x');
  const below = anchor.bottom + PROMPT_GAP;
  const above = anchor.top - PROMPT_GAP - size.height;
  if (below <= high.y) return { x, y: below };
  // Nearer to the anchor than the gap, still clear of it: it does not jump to the other side.
  if (high.y >= anchor.bottom) return { x, y: high.y };
  if (above >= low.y) return { x, y: above };
  return { x, y: within(below, 'y') };
}

/** What the prompt is placed by, in the window's coordinates: see `placePrompt`. */
function anchorOf(element: HTMLElement, pending: PendingMount): Room | null {
  const canvas = element.closest('.react-flow');
  const opener = pending.opener
    ? canvas?.querySelector(`.react-flow__node[data-id="${CSS.escape(pending.opener)}"]`)
    : null;
  if (opener) {
    const { left, top, right, bottom } = opener.getBoundingClientRect();
    return { left, top, right, bottom };
  }
  const pane = (element.closest('.canvas-pane') ?? element.offsetParent)?.getBoundingClientRect();
  if (!pending.at || !pane) return null;
  const x = pane.left + pending.at.x;
  const y = pane.top + pending.at.y;
  return { left: x, top: y, right: x, bottom: y };
}

/** Why a mount path cannot be used, or null when it can. */
export function mountPathProblem(path: string, taken: readonly string[]): string | null {
  if (!path.startsWith('/')) return 'A mount path is absolute: it starts with "/".';
  if (path.includes(':')) return 'A mount path cannot contain ":".';
  if (taken.includes(path)) return 'This container already mounts a volume at this path.';
  const same = sameDirectoryAs(path, taken);
  if (same !== null)
    return `This container already mounts a volume at ${same}, the same directory.`;
  return null;
}

/** A modal dialog keeps Tab among its own controls: from the last it goes to the first. */
function keepTabInside(event: KeyboardEvent<HTMLElement>) {
  const controls = [
    ...event.currentTarget.querySelectorAll<HTMLElement>('input, button, select, textarea'),
  ].filter((control) => !control.hasAttribute('disabled'));
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const wrapTo = event.shiftKey
    ? document.activeElement === first && last
    : document.activeElement === last && first;
  if (!wrapTo) return;
  event.preventDefault();
  wrapTo.focus();
}

/**
 * Asks, where the user let go of the connection (or by the volume whose menu asked), at which
 * path to mount the volume. All of it is shown inside the canvas, clear of the panes around it.
 * Enter mounts, Escape cancels.
 */
export function MountPrompt({
  pending,
  takenPaths,
  onMount,
  onCancel,
}: {
  pending: PendingMount;
  takenPaths: readonly string[];
  onMount: (mount: { mountPath: string; readOnly: boolean }) => void;
  onCancel: () => void;
}) {
  const [mountPath, setMountPath] = useState(`/mnt/${pending.volume}`);
  const [readOnly, setReadOnly] = useState(false);
  const [touched, setTouched] = useState(false);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const problem = mountPathProblem(mountPath, takenPaths);
  const shownProblem = touched ? problem : null;
  // The view moves what the prompt is placed by: the volume whose menu asked, or the point on
  // the canvas where the connection was let go (kept in the canvas's coordinates).
  const transform = useStore((state) => state.transform);
  // The view when this mount was asked for: the drop point is in its pixels.
  const opened = useRef({ pending, transform });
  const placeRef = useRef<() => void>(() => {});
  // Placed before the first paint, from its real size; again when the view moves, and when a
  // problem shown under the path makes it taller.
  useLayoutEffect(() => {
    const element = form.current;
    if (!element) return;
    if (opened.current.pending !== pending) opened.current = { pending, transform };
    const [x0, y0, zoom0] = opened.current.transform;
    const [x, y, zoom] = transform;
    // The view's offsets are the canvas's; the drop point is the pane's, which may hold a banner.
    const pane = element.closest('.canvas-pane')?.getBoundingClientRect();
    const flow = element.closest('.react-flow')?.getBoundingClientRect();
    const dx = pane && flow ? flow.left - pane.left : 0;
    const dy = pane && flow ? flow.top - pane.top : 0;
    const at = pending.at && {
      x: ((pending.at.x - dx - x0) / zoom0) * zoom + x + dx,
      y: ((pending.at.y - dy - y0) / zoom0) * zoom + y + dy,
    };
    placeRef.current = () => {
      const parent = element.offsetParent;
      if (!parent) return;
      const origin = parent.getBoundingClientRect();
      const size = element.getBoundingClientRect();
      const spot = placePrompt(anchorOf(element, { ...pending, at }), size, visibleRoom(element));
      element.style.left = `${spot.x - origin.left - parent.clientLeft}px`;
      element.style.top = `${spot.y - origin.top - parent.clientTop}px`;
    };
    placeRef.current();
  }, [pending, shownProblem, transform]);
  // And when the canvas changes size: the window, the Problems panel, a splitter.
  useEffect(() => {
    const element = form.current;
    const canvas = element?.closest('.canvas-pane') ?? element?.offsetParent;
    const place = () => placeRef.current();
    const resized = new ResizeObserver(place);
    if (canvas) resized.observe(canvas);
    window.addEventListener('resize', place);
    return () => {
      resized.disconnect();
      window.removeEventListener('resize', place);
    };
  }, []);
  // Focus once the canvas has finished handling the pointer that made the connection.
  useEffect(() => {
    const frame = requestAnimationFrame(() => input.current?.select());
    return () => cancelAnimationFrame(frame);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!problem) onMount({ mountPath, readOnly });
  };

  return (
    <form
      ref={form}
      className="mount-prompt"
      role="dialog"
      aria-modal="true"
      aria-label={`Mount ${visibleText(pending.volume)} in ${visibleText(pending.container)}`}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        } else if (event.key === 'Tab') keepTabInside(event);
      }}
    >
      <div className="mount-prompt__title">
        Mount{' '}
        <strong>
          <UserText text={pending.volume} />
        </strong>{' '}
        in{' '}
        <strong>
          <UserText text={pending.container} />
        </strong>
      </div>
      <label htmlFor={`${id}-path`}>Mount path</label>
      <input
        id={`${id}-path`}
        ref={input}
        spellCheck={false}
        value={mountPath}
        aria-invalid={touched && problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => {
          setMountPath(event.target.value);
          setTouched(true);
        }}
      />
      {shownProblem && (
        <div className="field-problem" id={`${id}-problem`}>
          {shownProblem}
        </div>
      )}
      <label className="mount-prompt__check">
        <input
          type="checkbox"
          checked={readOnly}
          onChange={(event) => setReadOnly(event.target.checked)}
        />
        Read-only
      </label>
      <div className="mount-prompt__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary">
          Mount
        </button>
      </div>
    </form>
  );
}
