import type { Frame } from '../lifecycle/types';

/**
 * A duration as kubectl prints ages (apimachinery's `duration.HumanDuration`): `45s`, `119s`,
 * `2m5s`, `12m`, `3h20m`, `10h`, `3d4h`, `30d`, `2y10d`…
 */
export function humanDuration(seconds: number): string {
  const s = Math.trunc(seconds);
  if (s < -1) return '<invalid>';
  if (s < 0) return '0s';
  if (s < 120) return `${s}s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 10) return s % 60 === 0 ? `${minutes}m` : `${minutes}m${s % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(s / 3600);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8)
    return hours % 24 === 0 ? `${hours / 24}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
  const days = Math.floor(hours / 24);
  if (hours < 24 * 365 * 2) return `${days}d`;
  const years = Math.floor(days / 365);
  if (hours < 24 * 365 * 8) return days % 365 === 0 ? `${years}y` : `${years}y${days % 365}d`;
  return `${years}y`;
}

export interface GetPodsRow {
  name: string;
  /** `1/2`: ready containers over app containers plus native sidecars. */
  ready: string;
  /** `Running`, `Init:0/1`, `CrashLoopBackOff`, `Completed`… */
  status: string;
  /** `3 (25s ago)`: the count, and how long since the last container ended when there is one. */
  restarts: string;
  /** Time since creation: `5m12s`. */
  age: string;
}

function terminatedReason(
  state: { reason: string; exitCode: number },
  prefix: '' | 'Init:',
): string {
  return state.reason !== '' ? prefix + state.reason : `${prefix}ExitCode:${state.exitCode}`;
}

/**
 * The READY, STATUS, RESTARTS and AGE columns of `kubectl get pods` for the Pod at one frame,
 * following kubectl's printer (`printPod` in pkg/printers/internalversion/printers.go).
 */
export function kubectlGetPodsRow(podName: string, frame: Frame): GetPodsRow {
  const statuses = frame.containers;
  const inits = statuses.filter((c) => c.kind !== 'app');
  const apps = statuses.filter((c) => c.kind === 'app');
  const initCount = frame.spec.filter((c) => c.kind !== 'app').length;
  // Native sidecars run beside the app containers, so kubectl counts them in READY.
  const total = frame.spec.filter((c) => c.kind !== 'init').length;
  let ready = 0;
  let restarts = 0;
  let sidecarRestarts = 0;
  let lastRestart: number | null = null;
  let lastSidecarRestart: number | null = null;
  let reason: string = frame.phase;
  const later = (a: number | null, b: number | undefined): number | null =>
    b === undefined ? a : a === null ? b : Math.max(a, b);

  let initializing = false;
  for (const [i, c] of inits.entries()) {
    restarts += c.restartCount;
    lastRestart = later(lastRestart, c.lastState?.finishedAt);
    if (c.kind === 'native-sidecar') {
      sidecarRestarts += c.restartCount;
      lastSidecarRestart = later(lastSidecarRestart, c.lastState?.finishedAt);
    }
    const { state } = c;
    if (state.state === 'terminated' && state.exitCode === 0) continue;
    if (c.kind === 'native-sidecar' && c.started) {
      if (c.ready) ready++;
      continue;
    }
    if (state.state === 'terminated') reason = terminatedReason(state, 'Init:');
    else if (state.state === 'waiting' && state.reason !== '' && state.reason !== 'PodInitializing')
      reason = `Init:${state.reason}`;
    else reason = `Init:${i}/${initCount}`;
    initializing = true;
    break;
  }

  const initialized = frame.conditions.some((c) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing || initialized) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    for (const c of [...apps].reverse()) {
      restarts += c.restartCount;
      lastRestart = later(lastRestart, c.lastState?.finishedAt);
      const { state } = c;
      if (state.state === 'waiting' && state.reason !== '') reason = state.reason;
      else if (state.state === 'terminated') reason = terminatedReason(state, '');
      else if (c.ready && state.state === 'running') {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      const podReady = frame.conditions.some((c) => c.type === 'Ready' && c.status === 'True');
      reason = podReady ? 'Running' : 'NotReady';
    }
  }

  // kubectl's printer: a Pod with a deletionTimestamp is "Terminating", whatever else it says.
  if (frame.deleting) reason = 'Terminating';

  return {
    name: podName,
    ready: `${ready}/${total}`,
    status: reason,
    restarts:
      restarts !== 0 && lastRestart !== null
        ? `${restarts} (${humanDuration(frame.time - lastRestart)} ago)`
        : String(restarts),
    age: humanDuration(frame.time),
  };
}

/**
 * The whole `kubectl get pods` output for the Pod: header and row, aligned as kubectl's tab
 * writer aligns them (columns at least 6 wide, 3 spaces of padding, the last one unpadded); what
 * kubectl says instead once the Pod has been deleted.
 */
export function kubectlGetPodsTable(podName: string, frame: Frame, namespace = 'default'): string {
  // Once the API object is gone, kubectl finds nothing to list.
  if (frame.deleted) return `No resources found in ${namespace} namespace.`;
  const row = kubectlGetPodsRow(podName, frame);
  const header = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
  const cells = [row.name, row.ready, row.status, row.restarts, row.age];
  const widths = header.map((h, i) => Math.max(6, Math.max(h.length, cells[i]?.length ?? 0) + 3));
  const line = (values: string[]): string =>
    values.map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i] ?? 0))).join('');
  return `${line(header)}\n${line(cells)}`;
}
