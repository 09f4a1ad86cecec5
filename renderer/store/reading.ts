import type { StoreApi } from 'zustand';
import { adoptChecked, adoptShown, podDocument, type ProblemSettings } from '../../shared';
import type { CheckedReading, ShownReading } from '../../shared';
import { useSettings } from '../settings/settings-store';
import { afterPaint } from './after-paint';
import { startReader, type TypedChange } from './reading-worker';

/** What the store holds of the text and its reading (see PodState). */
interface Reading {
  text: string;
  shownText: string;
  goodText: string | null;
  checkedText: string | null;
  document: number | null;
  readingSlowly: boolean;
}

/** How the text last changed: typed, opened, or by a gesture (an edit, undo) whose Pod is needed now. */
export type ReadOrigin = 'typed' | 'opened' | 'gesture';

/** `text` when it holds a Pod in `document`, else the last text that did. */
function goodTextOf(text: string, document: number | null, previous: string | null): string | null {
  return podDocument(text, document).view ? text : previous;
}

function settingsNow(): ProblemSettings {
  const { kubernetesVersion, disabledRules, podSecurityLevel } = useSettings.getState();
  return { kubernetesVersion, disabledRules, podSecurityLevel };
}

/**
 * Checks the problems of `text`, so that the views find them done; those of the file's other
 * documents too when it is short (a long one's are counted in the worker, not on this thread).
 */
function check(text: string | null, document: number | null): string | null {
  if (text === null) return text;
  const doc = podDocument(text, document);
  const settings = settingsNow();
  doc.problems(settings);
  if (text.length <= READ_AT_ONCE_CHARS) doc.documentErrors(settings);
  return text;
}

/**
 * The state of a file's text, read at once: shown, on the canvas if it holds a Pod, and to be
 * checked by the first view that shows its problems (a view that shows none costs no check).
 */
export function readNow(text: string, document: number | null) {
  const goodText = goodTextOf(text, document, null);
  return { shownText: text, goodText, checkedText: goodText, readingSlowly: false };
}

/**
 * A text this short (a Pod of some 200 lines) reads in a few milliseconds: it is read in the
 * keystroke's own task, where the echo's frame has room for it, and the canvas is painted in that
 * frame too. (By size, not by timing the last reading: after Backspace the text before the key
 * is still read, and takes no time at all.)
 */
export const READ_AT_ONCE_CHARS = 6_000;

/** A reading that takes longer than this is announced ("Reading the manifest…"). */
const SLOW_READING_MS = 300;

export interface Follower {
  /** True when a text opened now would be read off this thread (so the store leaves it be). */
  readsAway(text: string): boolean;
  /** True when a typed text this long is read in the key's own task (see READ_AT_ONCE_CHARS). */
  readsAtOnce(length: number): boolean;
  /**
   * Starts reading a typed text the store will take later (see PodActions.typed): the worker
   * reads it while the page paints the key's echo, and its reading is shown as soon as the
   * store takes that text. A text read here is not read again. `whenRead` is called when its
   * reading is there and the store has not taken the text yet. `change`, how the keys made it
   * from a text sent before, is what crosses to the worker when it can (see SentText). True
   * when the worker was asked to read it: not for a text read here, or already asked for.
   */
  readAhead(text: string, whenRead?: () => void, change?: TypedChange): boolean;
  /** True while the worker reads `text` ahead of the store taking it: its reading is on its way. */
  readsAhead(text: string): boolean;
  /**
   * The reading of a typed text the worker has read ahead and sent, for the store to take with
   * the text in one change (each change runs every view's selector: some 900 on a large Pod's
   * page); null when it is not there, and then it is shown when it comes, in a change of its own.
   */
  takeReadAhead(text: string): Partial<Reading> | null;
  /**
   * The reading of a gesture's text, or of a short typed one, read here now, for the store to
   * take with the text in one change (each change runs every view's selector: some 650 on a
   * large Pod's canvas). Its problems are checked once the canvas showing it is painted.
   */
  readingOf(text: string, document: number | null): Partial<Reading>;
}

/**
 * Keeps the views following the text, whoever changed it (an edit, typing, undo, a file); the
 * canvas keeps the last text that held a Pod. A gesture's text is read at once (what follows
 * it, such as selecting the node it added, needs its Pod). A typed or opened text longer than
 * READ_AT_ONCE_CHARS is read in a Web Worker, the views keeping the last reading meanwhile; a
 * reading older than the one shown is dropped. Where no worker can run (jsdom), such a text is
 * read here once the key's echo is painted (a burst of keys, once). The problems of a new good
 * text, wherever it was read, are checked once the canvas showing it is painted: in the worker
 * when it is long, else here.
 */
export function followText(store: StoreApi<Reading>, origin: () => ReadOrigin): Follower {
  const pending: { read?: () => void; check?: () => void; slow?: ReturnType<typeof setTimeout> } =
    {};
  /** Each reading asked for gets the next number; `shown` is the one on screen. */
  let asked = 0;
  let shown = 0;
  /** True while this follower sets what is shown (any other setter outdates the worker's). */
  let showing = false;
  const show = (state: Partial<Reading>) => {
    showing = true;
    try {
      store.setState(state);
    } finally {
      showing = false;
    }
  };

  /** Set once the reader exists: asks it to check a text (read here or there). */
  let checkAway: (text: string, document: number | null) => boolean = () => false;

  /**
   * Checks the new good text once the canvas showing it is painted (sent sooner, the worker
   * would take a core from that frame): a long one in the worker, where a large Pod's checks
   * take tens of milliseconds, a short one here. The views show the last problems meanwhile.
   * Not while the worker reads a newer text (keys typed fast): its reading asks for the checks
   * when it comes, of that text or of this one again if that one does not parse.
   */
  const checkLater = () => {
    pending.check?.();
    pending.check = afterPaint(() => {
      pending.check = undefined;
      if (readingNewer()) return;
      const { goodText, document } = store.getState();
      if (
        goodText !== null &&
        goodText.length > READ_AT_ONCE_CHARS &&
        checkAway(goodText, document)
      )
        return;
      store.setState({ checkedText: check(goodText, document) });
    });
  };

  /** What the views show of `text`, read here: what the worker or a wait would bring is not wanted. */
  const readingHere = (text: string, document: number | null) => {
    pending.read?.();
    pending.read = undefined;
    clearTimeout(pending.slow);
    shown = ++asked;
    const { goodText } = store.getState();
    const good = goodTextOf(text, document, goodText);
    // Once painted, the store holds this text: the check reads it there.
    if (good !== goodText) checkLater();
    return { shownText: text, goodText: good, readingSlowly: false };
  };

  const readHere = () => {
    const { text, shownText, document } = store.getState();
    if (text === shownText) {
      readingHere(text, document);
      return;
    }
    show(readingHere(text, document));
  };

  /**
   * A typed text read ahead of the store taking it, and what the worker has sent of it so far:
   * kept until the store's text is that text (then shown) or another one (then dropped). `early`
   * holds the ids of such readings not taken yet: none of them is shown before the store takes
   * its text, and those of texts typed over are never shown.
   */
  const early = new Set<number>();
  /** The id of the last reading of the store's own text asked of the worker. */
  let asking = 0;
  let ahead: {
    id: number;
    text: string;
    shown?: [ShownReading, ProblemSettings];
    whenRead?: () => void;
  } | null = null;
  /**
   * A file's text sent to the worker as it was opened: the canvas keeps the last Pod while a
   * text is typed, but a file that holds none shows none, not the Pod of the file before it.
   */
  let opened: string | null = null;
  /** A reading of a text newer than the one shown is on its way from the worker. */
  const readingNewer = () =>
    asking > shown || (ahead !== null && ahead.id > shown && ahead.shown === undefined);

  const sink = {
    shown(id: number, reading: ShownReading, settings: ProblemSettings) {
      // The worker reads only the newest text waiting: no answer comes for an older one.
      for (const older of early) if (older < id) early.delete(older);
      if (early.has(id)) {
        const waiting = ahead?.id === id ? ahead : null;
        if (waiting) {
          waiting.shown = [reading, settings];
          waiting.whenRead?.();
          // Taken with its reading, and shown (readAway): the store's older text is not wanted.
          if (ahead !== waiting) return;
        }
        // The store's own text, asked for before this one and not answered, was dropped for it
        // (the worker reads only the newest text waiting): it is asked for again.
        const { text, shownText } = store.getState();
        if (asking > shown && asking < id && text !== shownText) askAgain();
        return;
      }
      const { text, shownText, goodText, document } = store.getState();
      if (id <= shown || reading.chosen !== document) return;
      // The views show the store's text already: a reading of any other text is of an older one.
      if (shownText === text && reading.text !== text) return;
      shown = id;
      adoptShown(reading, settings);
      const fresh = reading.text === opened;
      if (fresh) opened = null;
      const good = reading.parsed.view ? reading.text : fresh ? null : goodText;
      const caughtUp = reading.text === text;
      if (caughtUp) clearTimeout(pending.slow);
      show({ shownText: reading.text, goodText: good, ...(caughtUp && { readingSlowly: false }) });
      if (good !== goodText || store.getState().checkedText !== good) checkLater();
    },
    checked(reading: CheckedReading, settings: ProblemSettings) {
      const { goodText, document } = store.getState();
      if (reading.text !== goodText || reading.chosen !== document) return;
      if (adoptChecked(reading, settings)) store.setState({ checkedText: reading.text });
    },
    failed() {
      readHere();
      // A check the worker had not answered is made here.
      const { goodText, checkedText } = store.getState();
      if (goodText !== checkedText) checkLater();
    },
  };
  const reader = startReader(sink);
  checkAway = (text, document) => reader?.check(++asked, text, document, settingsNow()) ?? false;

  // The views find the shown Pod's problems for new settings themselves (useProblems), but a
  // long file's other documents were counted in the worker for the settings before: without a
  // new count, the picker's and the Problems bar's counts of them would be gone until an edit.
  useSettings.subscribe((now, before) => {
    const changed =
      now.kubernetesVersion !== before.kubernetesVersion ||
      now.disabledRules !== before.disabledRules ||
      now.podSecurityLevel !== before.podSecurityLevel;
    const { goodText } = store.getState();
    if (changed && goodText !== null && goodText.length > READ_AT_ONCE_CHARS) checkLater();
  });

  const announceSlow = (id: number) => {
    clearTimeout(pending.slow);
    pending.slow = setTimeout(() => {
      if (shown < id) store.setState({ readingSlowly: true });
    }, SLOW_READING_MS);
  };

  const readAway = () => {
    const { text } = store.getState();
    const taken = ahead;
    ahead = null;
    if (taken?.text === text && taken.id > shown) {
      // Read ahead: shown now if the worker is done with it, else when its answer comes. A
      // reading ahead of another text stays in `early`, never shown.
      early.delete(taken.id);
      asking = taken.id;
      if (taken.shown) sink.shown(taken.id, ...taken.shown);
      else announceSlow(taken.id);
      return;
    }
    askAgain();
  };

  /** Asks the worker for the store's text (or reads it here when no worker can). */
  const askAgain = () => {
    const { text, document } = store.getState();
    const id = ++asked;
    if (!reader?.read(id, text, document, settingsNow())) {
      pending.read ??= afterPaint(readHere);
      return;
    }
    asking = id;
    announceSlow(id);
  };

  store.subscribe((state, previous) => {
    // A file opened, another document chosen, an edit or a short typed text was read at once:
    // what the worker is reading now is older than what is shown.
    if (
      !showing &&
      (state.shownText !== previous.shownText || state.document !== previous.document)
    )
      shown = ++asked;
    if (state.text === previous.text || state.text === state.shownText) return;
    if (origin() === 'gesture' || state.text.length <= READ_AT_ONCE_CHARS) readHere();
    else {
      opened = origin() === 'opened' ? state.text : null;
      readAway();
    }
  });

  return {
    readingOf: readingHere,
    readsAway: (text) => reader !== null && text.length > READ_AT_ONCE_CHARS,
    readsAtOnce: (length) => length <= READ_AT_ONCE_CHARS,
    takeReadAhead(text) {
      const taken = ahead;
      if (taken?.text !== text || !taken.shown || taken.id <= shown || opened !== null) return null;
      const [reading, settings] = taken.shown;
      const { document, goodText, checkedText } = store.getState();
      if (reading.chosen !== document) return null;
      ahead = null;
      early.delete(taken.id);
      // The store's subscriber then numbers what is shown anew (a change it did not make), so
      // that any reading asked for before this one, of the store's older text, is not shown.
      shown = taken.id;
      clearTimeout(pending.slow);
      adoptShown(reading, settings);
      const good = reading.parsed.view ? text : goodText;
      // Once painted, the store holds this text: the check reads it there.
      if (good !== goodText || checkedText !== good) checkLater();
      return { shownText: text, goodText: good, readingSlowly: false };
    },
    readsAhead: (text) => ahead?.text === text && !ahead.shown,
    readAhead(text, whenRead, change) {
      const { text: taken, document } = store.getState();
      if (!reader || text.length <= READ_AT_ONCE_CHARS || ahead?.text === text) return false;
      // Typed back to the text the store holds: that one's reading is asked for already.
      if (text === taken) return false;
      const id = ++asked;
      if (!reader.read(id, text, document, settingsNow(), change)) return false;
      early.add(id);
      ahead = { id, text, ...(whenRead && { whenRead }) };
      return true;
    },
  };
}
