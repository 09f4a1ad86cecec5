import type { ReactNode } from 'react';
import { goodModelOf, parsedOf, usePod, usePodStoreApi } from '../store/pod-store';
import { CodeText, withoutBackticks } from '../problems/CodeText';
import { UserText } from '../ui/UserText';

/**
 * Under the editor: why the text is not a Pod, or a one-line summary when it is. A syntax
 * error's position takes the cursor there.
 *
 * A syntax error is announced once, when it appears: the alert region stays in the page and says
 * only the error's message, which stays the same while the user types on (its position moves
 * with every keystroke, and would be announced again each time).
 */
export function ManifestStatus() {
  const parsed = usePod((s) => parsedOf(s));
  const first =
    parsed.status === 'invalid-yaml'
      ? parsed.diagnostics.find((d) => d.severity === 'error')
      : undefined;
  return (
    <>
      <div role="alert" className="visually-hidden">
        {parsed.status === 'invalid-yaml'
          ? `YAML error: ${withoutBackticks(first?.message ?? 'the text does not parse')}`
          : ''}
      </div>
      <StatusLine />
    </>
  );
}

function StatusLine(): ReactNode {
  const store = usePodStoreApi();
  const { parsed, lastGood, reading } = usePod((s) => ({
    parsed: parsedOf(s),
    lastGood: goodModelOf(s),
    reading: s.readingSlowly ? s.text.length : null,
  }));

  // A long text (a file of many thousand keys) is read off the editor's thread: the editor takes
  // keys meanwhile, and the canvas and the panels show the text read before.
  if (reading !== null) {
    return (
      <div className="manifest-status manifest-status--reading" role="status">
        Reading the manifest ({sizeOf(reading)})…
        {lastGood && (
          <div className="manifest-status__hint">The canvas shows the last one read.</div>
        )}
      </div>
    );
  }

  if (parsed.status === 'invalid-yaml') {
    const first = parsed.diagnostics.find((d) => d.severity === 'error');
    return (
      <div className="manifest-status manifest-status--error" role="group" aria-label="YAML error">
        <strong>
          YAML error
          {first && (
            <>
              {' at '}
              <button
                type="button"
                className="manifest-status__jump"
                title="Show it in the editor"
                onClick={() => store.getState().jumpTo(first.range.from)}
              >
                line {first.line}, column {first.col}
              </button>
            </>
          )}
          :
        </strong>{' '}
        <CodeText text={first?.message ?? 'the text does not parse'} />
        {lastGood && (
          <div className="manifest-status__hint">The canvas shows the last valid Pod.</div>
        )}
      </div>
    );
  }
  if (parsed.status === 'no-pod') {
    const first = parsed.diagnostics[0];
    return (
      <div className="manifest-status manifest-status--warning" role="status">
        <CodeText text={first?.message ?? 'This document holds no Pod spec to edit.'} />
        {lastGood && (
          <div className="manifest-status__hint">The canvas shows the last valid Pod.</div>
        )}
      </div>
    );
  }
  const view = parsed.view;
  if (!view) return null;
  const init = view.containers.filter((c) => c.list === 'initContainers').length;
  const app = view.containers.length - init;
  return (
    <div className="manifest-status manifest-status--ok" role="status">
      {view.kind}{' '}
      <strong>
        <UserText text={view.name ?? 'unnamed'} />
      </strong>{' '}
      · {plural(init, 'init container')} · {plural(app, 'container')} ·{' '}
      {plural(view.volumes.length, 'volume')}
    </div>
  );
}

function sizeOf(chars: number): string {
  return chars < 1_000_000 ? `${Math.round(chars / 1000)} kB` : `${(chars / 1e6).toFixed(1)} MB`;
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
