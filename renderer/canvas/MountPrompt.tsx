import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { visibleText } from '../../shared';
import { UserText } from '../ui/UserText';

export interface PendingMount {
  container: string;
  volume: string;
  /** Where the connection was dropped, in the canvas pane's coordinates. */
  at: { x: number; y: number } | null;
  /** The text the drop that added the volume left: the mount joins that undo step. */
  after?: string;
}

/** Why a mount path cannot be used, or null when it can. */
export function mountPathProblem(path: string, taken: readonly string[]): string | null {
  if (!path.startsWith('/')) return 'A mount path is absolute: it starts with "/".';
  if (path.includes(':')) return 'A mount path cannot contain ":".';
  if (taken.includes(path)) return 'This container already mounts a volume at this path.';
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
 * Asks, where the user let go of the connection, at which path to mount the volume.
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
  // Focus once the canvas has finished handling the pointer that made the connection.
  useEffect(() => {
    const frame = requestAnimationFrame(() => input.current?.select());
    return () => cancelAnimationFrame(frame);
  }, []);
  const problem = mountPathProblem(mountPath, takenPaths);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!problem) onMount({ mountPath, readOnly });
  };

  return (
    <form
      className="mount-prompt"
      role="dialog"
      aria-modal="true"
      aria-label={`Mount ${visibleText(pending.volume)} in ${visibleText(pending.container)}`}
      style={pending.at ? { left: pending.at.x, top: pending.at.y } : undefined}
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
      {problem && touched && (
        <div className="field-problem" id={`${id}-problem`}>
          {problem}
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
