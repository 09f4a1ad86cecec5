import { useId, useMemo, useState } from 'react';
import { rolloutSpec, simulateRollout } from '../../shared';
import type { RolloutFrame, SimPod } from '../../shared';
import { podDocumentOf, usePod } from '../store/pod-store';
import './teach.css';

/** The frame shown at `time`: the last one at or before it. */
function frameAt(frames: readonly RolloutFrame[], time: number): RolloutFrame | undefined {
  let found = frames[0];
  for (const f of frames) if (f.time <= time) found = f;
  return found;
}

/**
 * For a Deployment: its rolling update from the running revision to the edited one, Pod by Pod,
 * with which ones receive traffic and what `kubectl rollout status` says. The lesson's point:
 * a Pod that is not Ready gets no traffic and holds the rollout.
 */
export function RolloutView({ pod }: { pod: SimPod }) {
  const doc = usePod((s) => podDocumentOf(s));
  const [newReady, setNewReady] = useState(true);
  const [time, setTime] = useState(0);
  const ids = { ready: useId(), time: useId() };
  const deployment = useMemo(
    () => (doc.view?.kind === 'Deployment' ? doc.value({ document: true }) : null),
    [doc],
  );
  const frames = useMemo(() => {
    if (!deployment) return [];
    const spec = (deployment.spec ?? {}) as Record<string, unknown>;
    const name = doc.view?.name ?? 'app';
    return simulateRollout(name, rolloutSpec(spec), pod, { newReady });
  }, [deployment, doc, pod, newReady]);
  if (!deployment || frames.length === 0) return null;
  // A held rollout stops changing at once: the timeline still runs on, to show it stays held.
  const end = Math.max(60, frames[frames.length - 1]!.time + 5);
  const second = Math.min(time, end);
  const frame = frameAt(frames, second)!;
  const name = doc.view?.name ?? 'app';
  return (
    <section className="teach-rollout" aria-label="Rolling update">
      <h3 className="teach-rollout__title">Rolling update of deployment/{name}</h3>
      <label className="teach-rollout__check" htmlFor={ids.ready}>
        <input
          id={ids.ready}
          type="checkbox"
          checked={newReady}
          onChange={(e) => {
            setNewReady(e.target.checked);
            setTime(0);
          }}
        />
        New Pods pass their readiness probe
      </label>
      <div className="teach-row">
        <label htmlFor={ids.time}>Rollout time</label>
        <input
          id={ids.time}
          type="range"
          min={0}
          max={end}
          value={second}
          onChange={(e) => setTime(e.target.valueAsNumber)}
        />
        <span className="teach-mono">{second} s</span>
      </div>
      <table className="teach-rollout__pods">
        <thead>
          <tr>
            <th scope="col">Pod</th>
            <th scope="col">Revision</th>
            <th scope="col">Status</th>
            <th scope="col">Receives traffic</th>
          </tr>
        </thead>
        <tbody>
          {frame.pods.map((p) => (
            <tr key={p.name}>
              <td className="teach-mono">{p.name}</td>
              <td>{p.revision === 2 ? 'new' : 'old'}</td>
              <td>
                {p.state}
                {p.state === 'Running' ? (p.ready ? ', Ready' : ', not Ready') : ''}
              </td>
              <td>{p.traffic ? 'yes' : 'none'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <pre
        className="teach-mono teach-rollout__status"
        role="status"
        aria-label="kubectl rollout status"
      >
        {`$ kubectl rollout status deployment/${name}\n${frame.status}`}
      </pre>
    </section>
  );
}
