import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { KubeletNodeData, LaneNodeData, NetworkNodeData, PodNodeData } from '../../../shared';
import { HANDLE } from '../../../shared';

export type PodFlowNode = Node<PodNodeData, 'pod'>;
export type NetworkFlowNode = Node<NetworkNodeData, 'network'>;
export type LaneFlowNode = Node<LaneNodeData, 'lane'>;
export type KubeletFlowNode = Node<KubeletNodeData, 'kubelet'>;

export function PodNode({ data }: NodeProps<PodFlowNode>) {
  return (
    <div className="pb-pod">
      <div className="pb-pod__title">
        <span className="pb-pod__kind">Pod</span>
        <span className="pb-pod__name">{data.name}</span>
        <span className="pb-pod__ip">IP: {data.ip}</span>
        {data.kind !== 'Pod' && <span className="pb-chip">template of a {data.kind}</span>}
      </div>
    </div>
  );
}

export function NetworkNode({ data }: NodeProps<NetworkFlowNode>) {
  const clashes = data.ports.filter((p) => p.clash);
  return (
    <div className={`pb-network${clashes.length > 0 ? ' has-clash' : ''}`}>
      <div className="pb-network__title">
        Shared Network Namespace
        <span className="pb-network__hint">localhost, same IP, same ports</span>
      </div>
      <ul className="pb-network__ports" aria-label="Container ports">
        {data.ports.length === 0 && (
          <li className="pb-network__empty">no container ports declared</li>
        )}
        {data.ports.map((p, i) => (
          <li
            key={i}
            className={`pb-chip pb-chip--port${p.clash ? ' is-clash' : ''}`}
            title={p.clash ? `Port ${p.port} is bound by more than one container` : undefined}
          >
            <strong>:{p.port ?? '?'}</strong> {p.container}
            {p.name ? ` (${p.name})` : ''}
            {p.clash ? ' — clash' : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function LaneNode({ id, data }: NodeProps<LaneFlowNode>) {
  return (
    <div className={`pb-lane pb-lane--${id}`}>
      <div className="pb-lane__title">
        {data.title}
        <span className="pb-lane__hint">{data.subtitle}</span>
      </div>
      <Handle
        type="target"
        position={Position.Left}
        id={HANDLE.left}
        className="pb-handle pb-handle--hidden"
        isConnectable={false}
      />
    </div>
  );
}

export function KubeletNode({ data }: NodeProps<KubeletFlowNode>) {
  return (
    <div className="pb-kubelet">
      <span className="pb-kubelet__title">kubelet on Node</span>
      <span className="pb-kubelet__text">{data.text}</span>
    </div>
  );
}
