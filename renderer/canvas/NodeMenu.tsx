import { useEffect, useId, useLayoutEffect, useRef, type RefObject } from 'react';
import { useReturnFocus } from '../ui/use-return-focus';

export interface MenuItem {
  label: string;
  /** A second, smaller line under the label: what the item gives, for someone new to it. */
  description?: string;
  shortcut?: string;
  run: () => void;
  danger?: boolean;
}

export interface Point {
  x: number;
  y: number;
}

/** A box in the window's coordinates. */
export interface Room {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far a menu keeps from the edge of the room it is shown in. */
export const MENU_MARGIN = 8;

/**
 * Where a menu of `size` goes when opened at `at` (both in the window's coordinates) so that all
 * of it is in `room`, and how tall it may be there. It opens below and to the right of the
 * point, as menus do. Across, a menu without room on the right flips to the left of the point,
 * and one with room on neither side is pushed back inside the edge. Down, a menu without room
 * below flips above the point; one with room on neither side opens on the side with more room
 * and scrolls, so that a toolbar's menu stays under its button.
 */
export function placeMenu(
  at: Point,
  size: { width: number; height: number },
  room: Room,
  margin = MENU_MARGIN,
): Point & { maxHeight: number } {
  const right = room.right - margin - at.x;
  const left = at.x - (room.left + margin);
  const x =
    size.width <= right
      ? at.x
      : size.width <= left
        ? at.x - size.width
        : Math.max(room.left + margin, room.right - margin - size.width);
  const below = room.bottom - margin - at.y;
  const above = at.y - (room.top + margin);
  if (size.height <= below || below >= above) return { x, y: at.y, maxHeight: Math.max(0, below) };
  return { x, y: Math.max(room.top + margin, at.y - size.height), maxHeight: above };
}

/**
 * The part of the window in which nothing cuts `element` off: the window, less what each
 * ancestor that clips its overflow hides (the canvas clips what crosses its edges).
 */
export function visibleRoom(element: Element): Room {
  const root = element.ownerDocument.documentElement;
  const room = { left: 0, top: 0, right: root.clientWidth, bottom: root.clientHeight };
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const style = getComputedStyle(parent);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const box = parent.getBoundingClientRect();
    room.left = Math.max(room.left, box.left);
    room.top = Math.max(room.top, box.top);
    room.right = Math.min(room.right, box.right);
    room.bottom = Math.min(room.bottom, box.bottom);
  }
  return room;
}

/**
 * A menu of actions: a canvas node's context menu, and the toolbar's New and File menus. Arrow
 * keys move, Enter runs, Escape closes (WAI-ARIA menu). It opens at `at`, in the coordinates of
 * the box it is positioned in, and moves from there as far as it must to be seen whole.
 *
 * Closing it gives the focus back to its opener: the `opener` button, or the element focused
 * when it opened (the node). Escape and running an item do; Tab does too, and then moves on from
 * the opener as Tab does; a click elsewhere leaves the focus where the user clicked. A click on
 * the `opener` button is left to the button, which opens and closes the menu.
 */
export function NodeMenu({
  label,
  at,
  items,
  onClose,
  opener,
}: {
  label: string;
  at: Point;
  items: MenuItem[];
  onClose: () => void;
  opener?: RefObject<HTMLElement | null>;
}) {
  const menu = useRef<HTMLDivElement>(null);
  const returnFocus = useReturnFocus(opener);
  const id = useId();

  // Placed before the first paint, from its real size: its items decide how large it is.
  useLayoutEffect(() => {
    const element = menu.current;
    const parent = element?.offsetParent;
    if (!element || !parent) return;
    const origin = parent.getBoundingClientRect();
    const left = origin.left + parent.clientLeft;
    const top = origin.top + parent.clientTop;
    element.style.maxHeight = '';
    const size = element.getBoundingClientRect();
    const place = placeMenu({ x: left + at.x, y: top + at.y }, size, visibleRoom(element));
    element.style.left = `${place.x - left}px`;
    element.style.top = `${place.y - top}px`;
    element.style.maxHeight = `${place.maxHeight}px`;
  }, [at.x, at.y]);

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  }, []);

  useEffect(() => {
    const close = (event: PointerEvent) => {
      const target = event.target as Node;
      if (menu.current?.contains(target) || opener?.current?.contains(target)) return;
      onClose();
    };
    window.addEventListener('pointerdown', close, true);
    return () => window.removeEventListener('pointerdown', close, true);
  }, [onClose, opener]);

  const entries = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
  const move = (step: number) => {
    const all = entries();
    const index = all.indexOf(document.activeElement as HTMLElement);
    all[(index + step + all.length) % all.length]?.focus();
  };
  /** The item at `index`, counted from the end when negative (Home, End). */
  const moveTo = (index: number) => entries().at(index)?.focus();

  return (
    <div
      ref={menu}
      className="node-menu"
      role="menu"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown') move(1);
        else if (event.key === 'ArrowUp') move(-1);
        else if (event.key === 'Home') moveTo(0);
        else if (event.key === 'End') moveTo(-1);
        else if (event.key === 'Escape' || event.key === 'Tab') {
          returnFocus();
          onClose();
          // Tab goes on from the opener, to the next element after it.
          if (event.key === 'Tab') return;
        } else return;
        event.preventDefault();
        event.stopPropagation();
      }}
    >
      {items.map((item, index) => {
        const ids = `${id}-${index}`;
        const button = (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={`node-menu__item${item.danger ? ' is-danger' : ''}${item.description ? ' has-description' : ''}`}
            aria-describedby={item.description ? `${ids}-description` : undefined}
            onClick={() => {
              returnFocus();
              onClose();
              item.run();
            }}
          >
            <span className="node-menu__label">{item.label}</span>
            {/* A space, so that the name reads "Save Ctrl+S", not "SaveCtrl+S". */}
            {item.shortcut && (
              <>
                {' '}
                <kbd>{item.shortcut}</kbd>
              </>
            )}
          </button>
        );
        if (!item.description) return button;
        // The description is drawn inside the item but kept out of its button: the label alone
        // names the item (what a voice user says to choose it) and the description describes it.
        return (
          <div key={item.label} role="none" className="node-menu__entry">
            {button}
            <span id={`${ids}-description`} className="node-menu__description">
              {item.description}
            </span>
          </div>
        );
      })}
    </div>
  );
}
