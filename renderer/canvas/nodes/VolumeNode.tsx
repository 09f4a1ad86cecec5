import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { VolumeNodeData } from '../../../shared';
import { HANDLE } from '../../../shared';
import { ProblemBadge } from './ProblemBadge';

export type VolumeFlowNode = Node<VolumeNodeData, 'volume'>;

/** The detail without the source's name, which the chip beside it already shows. */
function detailBesideChip(data: VolumeNodeData): string {
  const words = data.detail.split(' ');
  const first = words[0]?.replace(/:$/, '');
  return first === data.source || (first === 'claim' && data.source === 'persistentVolumeClaim')
    ? words.slice(1).join(' ')
    : data.detail;
}

export function VolumeNode({ id, data, selected }: NodeProps<VolumeFlowNode>) {
  const detail = detailBesideChip(data);
  const shared =
    data.mountedBy.length === 0
      ? 'not mounted'
      : data.mountedBy.length === 1
        ? `mounted by ${data.mountedBy[0]}`
        : `shared by ${data.mountedBy.join(', ')}`;
  return (
    <div className={`pb-volume${selected ? ' is-selected' : ''}`}>
      <Handle type="source" position={Position.Top} id={HANDLE.top} className="pb-handle" />
      <div className="pb-volume__icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="22" height="22">
          <ellipse
            cx="12"
            cy="6"
            rx="8"
            ry="3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
          <path
            d="M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
          <path
            d="M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
        </svg>
      </div>
      <div className="pb-volume__body">
        <div className="pb-volume__name" title={data.name}>
          {data.name}
          <ProblemBadge id={id} />
        </div>
        <div className="pb-volume__source">
          <span className="pb-chip pb-chip--source">{data.source}</span>
          {detail && (
            <span className="pb-volume__detail" title={data.detail}>
              {detail}
            </span>
          )}
        </div>
        <div className="pb-volume__shared" title={shared}>
          {shared}
        </div>
      </div>
    </div>
  );
}
