/** The class of the heading that names what the inspector shows; it takes the focus (Enter). */
export const INSPECTOR_TITLE = 'inspector-title';

/**
 * Puts the keyboard in the inspector, on the heading of the form it shows: a screen reader says
 * what it edits, and Tab goes on to its first field. False when the inspector is not shown (View
 * › Hide Inspector, or a simulation in its place), which leaves the focus where it was.
 */
export function focusInspector(): boolean {
  const heading = document.querySelector<HTMLElement>(`.inspector .${INSPECTOR_TITLE}`);
  heading?.focus();
  return heading !== null && document.activeElement === heading;
}
