import { usePod, usePodStoreApi, goodModelOf, parsedOf } from '../store/pod-store';

/**
 * Under the editor: why the text is not a Pod (announced), or a one-line summary when it is. A
 * syntax error's position takes the cursor there.
 */
export function ManifestStatus() {
  const store = usePodStoreApi();
  const { parsed, lastGood } = usePod((s) => ({ parsed: parsedOf(s), lastGood: goodModelOf(s) }));

  if (parsed.status === 'invalid-yaml') {
    const first = parsed.diagnostics.find((d) => d.severity === 'error');
    return (
      <div className="manifest-status manifest-status--error" role="alert">
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
        {first?.message ?? 'the text does not parse'}
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
        {first?.message ?? 'This document holds no Pod spec to edit.'}
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
      {view.kind} <strong>{view.name ?? 'unnamed'}</strong> · {plural(init, 'init container')} ·{' '}
      {plural(app, 'container')} · {plural(view.volumes.length, 'volume')}
    </div>
  );
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
