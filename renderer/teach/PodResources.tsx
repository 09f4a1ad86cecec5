import { useId } from 'react';
import { effectiveRequests, formatQuantity, podQos } from '../../shared';
import type { ResourceAmounts, SimPod } from '../../shared';
import { useTeach, useTeachStoreApi } from './teach-store';
import { NODE_SIZES, type NodeSizeId } from './node-sizes';
import './teach.css';

function amounts(value: ResourceAmounts): string {
  const parts = (['cpu', 'memory'] as const).flatMap((r) =>
    value[r] === undefined ? [] : [`${r} ${formatQuantity(r, value[r])}`],
  );
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/**
 * What the Pod asks of its Node, for the lesson's "requests vs limits": its QoS class and why,
 * its effective requests as the scheduler counts them, and the Node the simulation schedules it
 * on.
 */
export function PodResources({ pod }: { pod: SimPod }) {
  const store = useTeachStoreApi();
  const nodeSize = useTeach((s) => s.nodeSize);
  const nodeId = useId();
  const qos = podQos(pod);
  const requests = effectiveRequests(pod);
  const hasInit = pod.containers.some((c) => c.kind !== 'app');
  return (
    <section className="teach-resources" aria-label="Pod resources">
      <p className="teach-resources__qos">
        QoS class <strong className={`teach-qos teach-qos--${qos.qosClass}`}>{qos.qosClass}</strong>
        <span className="teach-muted"> {qos.reason}</span>
      </p>
      <dl className="teach-resources__requests">
        <dt>Effective requests</dt>
        <dd>{amounts(requests.total)}</dd>
        {hasInit && (
          <>
            <dt>while initializing</dt>
            <dd>{amounts(requests.init)}</dd>
            <dt>once running</dt>
            <dd>{amounts(requests.running)}</dd>
          </>
        )}
      </dl>
      <div className="teach-row">
        <label htmlFor={nodeId}>Node</label>
        <select
          id={nodeId}
          value={nodeSize}
          onChange={(e) => store.getState().setNodeSize(e.target.value as NodeSizeId)}
        >
          {NODE_SIZES.map((size) => (
            <option key={size.id} value={size.id}>
              {size.label}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
