import type { ContainerLiveStatus } from './live-status';

/** The class for a container node whose process runs at this moment of the simulation. */
export const ACTIVE_CLASS = 'pb-lit';

/**
 * Classes for a container node during a simulation: lit while its process runs, dimmed once it
 * has ended, marked while it waits in a back-off. Empty when nothing is simulated.
 */
export function containerStatusClass(status: ContainerLiveStatus | null): string {
  if (!status) return '';
  const classes = [`pb-sim-${status.state}`];
  if (status.active) classes.push(ACTIVE_CLASS);
  if (status.countdown !== undefined) classes.push('pb-sim-backoff');
  return classes.join(' ');
}

/** The badge's words: `Running ✓ ready`, `Waiting: CrashLoopBackOff (restart in 17 s)`… */
export function statusText(status: ContainerLiveStatus): string {
  switch (status.state) {
    case 'pending':
      return 'Not created yet';
    case 'running':
      return status.ready ? 'Running ✓ ready' : 'Running, not ready';
    case 'terminated':
      return `Terminated: ${status.reason || 'Error'} (exit ${status.exitCode ?? '?'})`;
    case 'waiting': {
      const reason = status.reason || 'Waiting';
      if (status.countdown === undefined) return `Waiting: ${reason}`;
      const what = status.reason === 'CrashLoopBackOff' ? 'restart' : 'retry';
      return `Waiting: ${reason} (${what} in ${status.countdown} s)`;
    }
  }
}

function tone(status: ContainerLiveStatus): string {
  if (status.state === 'running') return status.ready ? 'ok' : 'warn';
  if (status.state === 'terminated')
    return status.exitCode === 0 && status.reason === 'Completed' ? 'done' : 'bad';
  if (status.state === 'waiting' && status.countdown !== undefined) return 'bad';
  return 'idle';
}

/** A small status badge for a container node while a scenario plays. */
export function ContainerStatusBadge({ status }: { status: ContainerLiveStatus | null }) {
  if (!status) return null;
  const text = statusText(status);
  return (
    <div className={`pb-status pb-status--${tone(status)}`} data-state={status.state}>
      <span className="pb-status__dot" aria-hidden="true" />
      <span className="pb-status__text" title={text}>
        {text}
      </span>
      {status.restarts > 0 && (
        <span className="pb-status__restarts" title="Restarts">
          ↻ {status.restarts}
        </span>
      )}
      {status.probe && (
        <span className="pb-status__probe" key={status.probe} title={`${status.probe} probe`}>
          ♥ {status.probe}
        </span>
      )}
    </div>
  );
}

/**
 * The class for an init container's "exits 0 →" arrow during a simulation: passed once the
 * container it leaves from has exited 0, so the hand-off to the next one shows on the canvas.
 */
export function handOffClass(source: ContainerLiveStatus | null): string {
  return source?.state === 'terminated' && source.exitCode === 0 ? 'pb-handed-off' : '';
}
