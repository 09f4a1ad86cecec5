import { create } from 'zustand';

/**
 * What the app says to a screen reader after a gesture whose outcome the focus does not tell: a
 * node moved in the run order keeps the focus and its name, an item added from the palette leaves
 * the focus on the palette, an undo may change a part of the text far from the cursor. The
 * visible notices are said here too: a live region inserted with its words already in it is not
 * read by every screen reader, so this one is always on the page (`Announcer`).
 */
interface Announcements {
  /** The last few, oldest first; each has an id of its own, so the same words are said again. */
  said: { id: number; message: string }[];
}

/** Kept on the page: two said in one gesture are both read (the region reads additions only). */
const KEEP = 3;
/**
 * How long a message stays: long enough to be read after what the screen reader is saying, and
 * then gone, so that a reader browsing the page does not come upon an old "Undone." at its end.
 */
export const ANNOUNCEMENT_MS = 10_000;

export const useAnnouncements = create<Announcements>(() => ({ said: [] }));

let next = 0;

/** Says `message` politely, after what the screen reader is saying now. */
export function announce(message: string): void {
  const id = ++next;
  useAnnouncements.setState(({ said }) => ({ said: [...said, { id, message }].slice(-KEEP) }));
  setTimeout(() => {
    useAnnouncements.setState(({ said }) => ({ said: said.filter((s) => s.id !== id) }));
  }, ANNOUNCEMENT_MS);
}
