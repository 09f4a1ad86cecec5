import { useId } from 'react';
import { visibleText } from '../../shared';
import { recordedStates, recordedTime } from './recorded-summary';
import type { SimulationRun } from './simulation-run';
import { useTeach, useTeachStoreApi } from './teach-store';

/**
 * For a Pod copied from a cluster with its `status`: the choice to start the simulation at the
 * state the status records rather than from a new Pod, and what was read (or why it could not
 * be, the simulation then starting from the Pod's creation).
 */
export function RecordedStart({ run }: { run: SimulationRun }) {
  const store = useTeachStoreApi();
  const { recorded, fromStatus } = useTeach((s) => ({
    recorded: s.recorded,
    fromStatus: s.fromStatus,
  }));
  const id = useId();
  if (!recorded) return null;
  const reading = fromStatus ? run.recorded : null;
  return (
    <div className="teach-recorded">
      <div className="teach-check">
        <input
          id={id}
          type="checkbox"
          checked={fromStatus}
          onChange={(e) => store.getState().setFromStatus(e.target.checked)}
        />
        <label htmlFor={id}>Start from the recorded status</label>
      </div>
      <p className="teach-muted" role="status" aria-label="Recorded status">
        {reading === null ? (
          'The file holds the status the cluster recorded for this Pod.'
        ) : reading.ok ? (
          <>
            Started from the status recorded at{' '}
            <time className="teach-nowrap" dateTime={reading.status.at}>
              {recordedTime(reading.status.at)}
            </time>{' '}
            {visibleText(recordedStates(reading.status))}
          </>
        ) : (
          `This status cannot be simulated: ${visibleText(reading.reason)} ` +
          'The simulation starts from the Pod’s creation instead.'
        )}
      </p>
    </div>
  );
}
