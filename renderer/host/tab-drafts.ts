/**
 * The browser's crash-recovery drafts, one per tab. Each tab writes its unsaved text under a key
 * of its own, so that two tabs never overwrite or drop each other's work, and holds a Web Lock
 * named after its id for as long as it is open: a draft whose lock nobody holds belongs to a tab
 * that closed or crashed, and is the only kind another tab may offer to recover.
 *
 * The tab's id lives in sessionStorage, which outlives a reload of the same tab: a reloaded tab
 * finds its own draft again.
 */
import type { OpenedFile } from '../../shared/host';

/** Where each tab's draft lives: this prefix and the tab's id. */
export const DRAFT_KEY_PREFIX = 'pod-builder:draft:';
/** The one draft of the versions before each tab had its own; offered once, then gone. */
export const LEGACY_DRAFT_KEY = 'pod-builder:draft';
/** The tab's id, in sessionStorage. */
export const TAB_ID_KEY = 'pod-builder:tab-id';
const TAB_LOCK_PREFIX = 'pod-builder:tab:';
/**
 * How long a tab that finds an id in its sessionStorage waits for that id's lock. A reload gets
 * it at once, or as soon as the page before lets go; a duplicated tab (which copied the
 * sessionStorage of a tab still open) never does, and takes an id of its own after this.
 */
export const TAB_LOCK_WAIT_MS = 1000;

/** The part of `navigator.locks` (the Web Locks API) the drafts use. */
export interface TabLocks {
  request(
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => Promise<void> | undefined,
  ): Promise<unknown>;
}

export function draftKey(tabId: string): string {
  return `${DRAFT_KEY_PREFIX}${tabId}`;
}

function lockOfDraft(key: string): string | null {
  return key.startsWith(DRAFT_KEY_PREFIX)
    ? `${TAB_LOCK_PREFIX}${key.slice(DRAFT_KEY_PREFIX.length)}`
    : null;
}

/** Storage that throws (switched off, full, blocked) only costs the drafts. */
function attempt<T>(task: () => T, otherwise: T): T {
  try {
    return task();
  } catch {
    return otherwise;
  }
}

/**
 * How long a draft declined in another tab is kept for the tab it belongs to: a browser that
 * restores a session loads a background tab only when it is clicked, so a tab that holds no lock
 * may yet come back for its draft.
 */
export const DECLINED_DRAFT_DAYS = 7;

export function readDraft(
  storage: Storage | null,
  key: string,
): { file: OpenedFile; at: number; declined: boolean } | null {
  const value = attempt(() => JSON.parse(storage?.getItem(key) ?? 'null') as unknown, null);
  const { name, text, at, declined } = (value ?? {}) as Record<string, unknown>;
  if (typeof name !== 'string' || typeof text !== 'string') return null;
  return {
    file: { path: null, name, text, recovered: true },
    at: typeof at === 'number' ? at : 0,
    declined: declined === true,
  };
}

/**
 * Forgets a draft the user declined: this tab's own, or the older versions' (no tab comes back
 * for it). Another tab's is kept for that tab alone: no other tab offers it again, and it goes
 * after DECLINED_DRAFT_DAYS.
 */
export function declineDraft(storage: Storage | null, key: string, ownKey: string): void {
  const draft = readDraft(storage, key);
  if (!draft) return;
  if (key === ownKey || lockOfDraft(key) === null) {
    removeDraft(storage, key);
    return;
  }
  const { name, text } = draft.file;
  attempt(
    () => storage?.setItem(key, JSON.stringify({ name, text, at: draft.at, declined: true })),
    undefined,
  );
}

export function writeDraft(
  storage: Storage | null,
  key: string,
  draft: { name: string; text: string },
): void {
  attempt(
    () =>
      storage?.setItem(key, JSON.stringify({ name: draft.name, text: draft.text, at: Date.now() })),
    undefined,
  );
}

export function removeDraft(storage: Storage | null, key: string): void {
  attempt(() => storage?.removeItem(key), undefined);
}

/**
 * The drafts stored, in the order they are offered: this tab's own first (its work before a
 * reload), then the newest; the draft of the older versions last, as its age is unknown. Drafts
 * another tab declined are left to their own tab (and removed once old).
 */
export function draftsToOffer(storage: Storage | null, ownKey: string): string[] {
  const keys = attempt(() => {
    const all: string[] = [];
    for (let i = 0; i < (storage?.length ?? 0); i += 1) {
      const key = storage?.key(i);
      if (key && (key.startsWith(DRAFT_KEY_PREFIX) || key === LEGACY_DRAFT_KEY)) all.push(key);
    }
    return all;
  }, []);
  const oldest = Date.now() - DECLINED_DRAFT_DAYS * 24 * 60 * 60 * 1000;
  const found = keys.flatMap((key) => {
    const draft = readDraft(storage, key);
    if (!draft) return [];
    if (key === ownKey) return [{ key, at: Infinity }];
    if (!draft.declined) return [{ key, at: draft.at }];
    if (draft.at < oldest) removeDraft(storage, key);
    return [];
  });
  return found.sort((a, b) => b.at - a.at).map((draft) => draft.key);
}

/**
 * Takes the Web Lock `name` and keeps it until the returned function is called, or the page
 * goes. Null when another page holds it: at once, or after `waitMs` when given.
 */
export function holdLock(locks: TabLocks, name: string, waitMs = 0): Promise<(() => void) | null> {
  return new Promise((resolve) => {
    let options: LockOptions = { ifAvailable: true };
    if (waitMs > 0) {
      const giveUp = new AbortController();
      setTimeout(() => giveUp.abort(), waitMs);
      options = { signal: giveUp.signal };
    }
    const granted = (lock: Lock | null): Promise<void> | undefined => {
      if (!lock) {
        resolve(null);
        return undefined;
      }
      return new Promise<void>((release) => resolve(() => release()));
    };
    try {
      // Rejected when it gave up waiting, or when the page may not use locks: not held.
      locks.request(name, options, granted).catch(() => resolve(null));
    } catch {
      resolve(null);
    }
  });
}

function newTabId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/**
 * This tab's id, its lock held for the page's lifetime: the id in sessionStorage when this is a
 * reload of the tab that had it, else a new one. Without locks, the stored id is taken as it is.
 */
export async function claimTab(session: Storage | null, locks: TabLocks | null): Promise<string> {
  const stored = attempt(() => session?.getItem(TAB_ID_KEY) ?? null, null);
  if (stored && !locks) return stored;
  if (stored && locks && (await holdLock(locks, `${TAB_LOCK_PREFIX}${stored}`, TAB_LOCK_WAIT_MS))) {
    return stored;
  }
  // A new tab, or a copy of an open one (a duplicated tab copies its sessionStorage).
  const id = newTabId();
  attempt(() => session?.setItem(TAB_ID_KEY, id), undefined);
  if (locks) await holdLock(locks, `${TAB_LOCK_PREFIX}${id}`);
  return id;
}

/**
 * Takes the draft at `key` for this tab to offer, so that no other tab offers it at the same
 * time; the returned function lets go of it. This tab's own draft, and the older versions' one
 * (whose tabs hold no lock), are always its to offer. Another tab's is taken only when that tab
 * is gone, which only its lock tells: without locks, null.
 */
export async function takeDraft(
  key: string,
  ownKey: string,
  locks: TabLocks | null,
): Promise<(() => void) | null> {
  const lock = lockOfDraft(key);
  if (key === ownKey || lock === null) return () => undefined;
  return locks ? holdLock(locks, lock) : null;
}
