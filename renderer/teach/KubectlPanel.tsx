import { useEffect, useId, useMemo, useState } from 'react';
import { kubectlCommands, visibleText, type KubectlCommand } from '../../shared';
import { goodModelOf, usePod } from '../store/pod-store';
import './teach.css';
import { UserText } from '../ui/UserText';

/** How long "Copied" shows after a copy. */
const COPIED_MS = 1500;

/**
 * The lesson's everyday kubectl commands, filled in for this Pod (its name, namespace, file and
 * containers), each with what it does and a Copy button.
 */
export function KubectlPanel() {
  const { podName, namespace, fileName, containers } = usePod((s) => ({
    podName: goodModelOf(s)?.view.name ?? null,
    namespace: goodModelOf(s)?.view.namespace ?? null,
    fileName: s.fileName,
    containers: goodModelOf(s)?.view.containers ?? null,
  }));
  const commands = useMemo(
    () =>
      podName && containers
        ? kubectlCommands({
            podName,
            namespace,
            fileName,
            containers: containers.map((c) => ({ name: c.name, role: c.role, mounts: c.mounts })),
          })
        : [],
    [podName, namespace, fileName, containers],
  );

  return (
    <section className="teach-panel" aria-label="kubectl">
      <div className="pane-header">
        <h2 className="pane-title">kubectl</h2>
      </div>
      <div className="teach-body">
        {commands.length === 0 ? (
          <p className="teach-muted">Give the Pod a name (metadata.name) to see its commands.</p>
        ) : (
          <ul className="teach-commands">
            {commands.map((command) => (
              <CommandItem key={command.command} command={command} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function CommandItem({ command }: { command: KubectlCommand }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const lineId = useId();
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), COPIED_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command.command);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <li className="teach-command" aria-label={visibleText(command.title)}>
      <div className="teach-command__head">
        <h3 className="teach-subtitle">{visibleText(command.title)}</h3>
        <button
          type="button"
          className="button teach-button--small"
          aria-describedby={lineId}
          aria-live="polite"
          onClick={() => void copy()}
        >
          {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
        </button>
      </div>
      <code id={lineId} className="teach-mono teach-command__line">
        <UserText text={command.command} />
      </code>
      <p className="teach-muted">{visibleText(command.explanation)}</p>
    </li>
  );
}
