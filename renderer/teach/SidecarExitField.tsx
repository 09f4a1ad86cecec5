import { useId } from 'react';
import type { SidecarExit, SimPod } from '../../shared';
import { SIDECAR_EXITS } from './scenarios';
import { useTeach, useTeachStoreApi } from './teach-store';

/**
 * When the work is done the kubelet stops the native sidecars with SIGTERM: how they answer it
 * (exit 0, die of it, ignore it until SIGKILL). Shown only for a Pod that has native sidecars.
 */
export function SidecarExitField({ pod }: { pod: SimPod }) {
  const store = useTeachStoreApi();
  const value = useTeach((s) => s.sidecarExit);
  const id = useId();
  if (!pod.containers.some((c) => c.kind === 'native-sidecar')) return null;
  return (
    <div className="teach-row">
      <label htmlFor={id}>Sidecars on SIGTERM</label>
      <select
        id={id}
        value={value}
        onChange={(e) => store.getState().setSidecarExit(e.target.value as SidecarExit)}
      >
        {SIDECAR_EXITS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
