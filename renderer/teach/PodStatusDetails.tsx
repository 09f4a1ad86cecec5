import { humanDuration, visibleText } from '../../shared';
import type { Frame, SimEvent } from '../../shared';

/** The Pod's phase, its conditions and whether Services send it traffic, at one frame. */
export function PodPhaseAndConditions({ frame }: { frame: Frame }) {
  return (
    <section className="teach-section" aria-label="Pod status">
      <h3 className="teach-subtitle">
        Phase: <span className={`teach-phase teach-phase--${frame.phase}`}>{frame.phase}</span>
      </h3>
      {frame.conditions.length === 0 ? (
        <p className="teach-muted">No conditions yet: the Pod is not scheduled.</p>
      ) : (
        <ul className="teach-conditions" aria-label="Conditions">
          {frame.conditions.map((c) => (
            <li key={c.type} className={c.status === 'True' ? 'is-true' : 'is-false'}>
              <code>{c.type}</code> {c.status}
              {c.reason ? <span className="teach-muted"> ({c.reason})</span> : null}
            </li>
          ))}
        </ul>
      )}
      <p className="teach-muted">
        {frame.inEndpoints
          ? 'Ready: the Pod’s IP is in the endpoints of the Services that select it.'
          : 'Not ready: Services send it no traffic.'}
      </p>
    </section>
  );
}

/** The events so far, as `kubectl get events` lists them (oldest first). */
export function EventList({ events, now }: { events: readonly SimEvent[]; now: number }) {
  return (
    <section className="teach-section" aria-label="Events">
      <h3 className="teach-subtitle">Events</h3>
      {events.length === 0 ? (
        <p className="teach-muted">No events yet.</p>
      ) : (
        // Focusable, so that a keyboard user can scroll the events that overflow.
        <div className="teach-events" tabIndex={0} role="group" aria-label="Events so far">
          <table>
            <thead>
              <tr>
                <th scope="col">LAST SEEN</th>
                <th scope="col">TYPE</th>
                <th scope="col">REASON</th>
                <th scope="col">OBJECT</th>
                <th scope="col">MESSAGE</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e, i) => (
                <tr key={i} className={e.type === 'Warning' ? 'is-warning' : undefined}>
                  <td>{humanDuration(now - e.time)}</td>
                  <td>{e.type}</td>
                  <td>{e.reason}</td>
                  <td>{visibleText(e.object)}</td>
                  <td>{visibleText(e.message)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
