/**
 * The kubelet's back-off, as `k8s.io/client-go/util/flowcontrol.Backoff` keeps it per container
 * (crash restarts) and per image (pulls): 10 s at first, doubled each time, capped at 300 s, and
 * forgotten once nothing has happened for twice the cap.
 */
export const BACKOFF_INITIAL_SECONDS = 10;
export const BACKOFF_MAX_SECONDS = 300;
/**
 * A container that ran this long before it exited has its back-off forgotten: client-go's
 * `hasExpired` ("consider stable if it's ok for twice the maxDuration"), and the docs' "Once a
 * container has executed for 10 minutes without any problems, the kubelet resets the restart
 * backoff timer for that container" (kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle).
 */
export const BACKOFF_RESET_SECONDS = 2 * BACKOFF_MAX_SECONDS;

export interface BackOffEntry {
  /** The current delay in seconds. */
  delay: number;
  /** When the entry was last advanced. */
  updatedAt: number;
}

function expired(entry: BackOffEntry, at: number): boolean {
  return at - entry.updatedAt > BACKOFF_RESET_SECONDS;
}

/**
 * The entry after one more failure at `at`, recorded at `now`: 10 s for a fresh (or forgotten)
 * entry, else doubled.
 */
export function nextBackOff(entry: BackOffEntry | null, at: number, now = at): BackOffEntry {
  if (!entry || expired(entry, at)) return { delay: BACKOFF_INITIAL_SECONDS, updatedAt: now };
  return { delay: Math.min(entry.delay * 2, BACKOFF_MAX_SECONDS), updatedAt: now };
}

/**
 * How long the kubelet waits before restarting a container that exited at `finishedAt`.
 * The first restart is immediate (no entry yet); from then on the wait is the entry's delay:
 * 10 s, 20 s, 40 s, … 300 s.
 */
export function restartDelay(entry: BackOffEntry | null, finishedAt: number): number {
  if (!entry || expired(entry, finishedAt)) return 0;
  return entry.delay;
}

/**
 * The waits between a crash and the next restart for a container that keeps crashing quickly:
 * restart n (1-based) waits `crashBackOffSeconds(n)`: 0, 10, 20, 40, 80, 160, 300, 300, …
 */
export function crashBackOffSeconds(restart: number): number {
  if (restart <= 1) return 0;
  return Math.min(BACKOFF_INITIAL_SECONDS * 2 ** (restart - 2), BACKOFF_MAX_SECONDS);
}

/**
 * Seconds as Go prints a `time.Duration` with `%s`, which is how the kubelet writes the delay
 * into `back-off 5m0s restarting failed container=…`: `10s`, `1m20s`, `5m0s`, `1h0m0s`.
 */
export function goDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h > 0) return `${h}h${m}m${s % 60}s`;
  return m > 0 ? `${m}m${s % 60}s` : `${s}s`;
}

/** The seconds of the delay in a kubelet back-off message (`back-off 2m40s …`), or null. */
export function backOffMessageSeconds(message: string): number | null {
  const found = /back-off (?:(\d+)h)?(?:(\d+)m)?(\d+)s/.exec(message);
  if (!found) return null;
  const [, h = '0', m = '0', s = '0'] = found;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}
