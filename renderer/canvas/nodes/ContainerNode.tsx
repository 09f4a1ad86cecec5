import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { ContainerNodeData, ContainerRole } from '../../../shared';
import { HANDLE } from '../../../shared';
import { ProblemBadge } from './ProblemBadge';
import { useContainerStatus } from '../../teach/teach-store';
import { ContainerStatusBadge, containerStatusClass } from '../../teach/ContainerStatusBadge';

export type ContainerFlowNode = Node<ContainerNodeData, 'container'>;

const ROLE_TEXT: Record<ContainerRole, string> = {
  init: 'initContainer',
  'native-sidecar': 'native sidecar',
  main: 'main container',
  sidecar: 'sidecar',
};

const ROLE_HINT: Record<ContainerRole, string> = {
  init: 'runs to completion, then the next one starts',
  'native-sidecar': 'an init container with restartPolicy: Always: starts in order, keeps running',
  main: 'the app; kubectl logs and exec pick it by default',
  sidecar: 'augments the main container without changing it',
};

export function ContainerNode({ id, data, selected }: NodeProps<ContainerFlowNode>) {
  const ports = data.ports.filter((p) => p.containerPort !== null);
  const status = useContainerStatus(data.name);
  return (
    <div
      className={`pb-container role-${data.role}${selected ? ' is-selected' : ''} ${containerStatusClass(status)}`}
    >
      <Handle type="target" position={Position.Top} id={HANDLE.top} className="pb-handle" />
      <header className="pb-container__head" title={ROLE_HINT[data.role]}>
        <span className="pb-role">
          {data.order !== null && <span className="pb-order">{data.order}</span>}
          {ROLE_TEXT[data.role]}
        </span>
        {data.role === 'native-sidecar' && <span className="pb-mark">keeps running</span>}
        <ProblemBadge id={id} />
      </header>
      <div className="pb-container__name" title={data.name}>
        {data.name}
      </div>
      <div className="pb-container__image" title={data.image ?? undefined}>
        {data.image ? data.image : <em>no image</em>}
      </div>
      {ports.length > 0 && (
        <ul className="pb-ports" aria-label="Ports">
          {ports.map((p, i) => (
            <li key={i} className="pb-chip">
              :{p.containerPort}
              {p.name ? ` ${p.name}` : ''}
              {p.protocol !== 'TCP' ? `/${p.protocol}` : ''}
            </li>
          ))}
        </ul>
      )}
      <ContainerStatusBadge status={status} />
      <Handle type="source" position={Position.Bottom} id={HANDLE.bottom} className="pb-handle" />
      <Handle
        type="source"
        position={Position.Right}
        id={HANDLE.right}
        className="pb-handle pb-handle--hidden"
        isConnectable={false}
      />
    </div>
  );
}
