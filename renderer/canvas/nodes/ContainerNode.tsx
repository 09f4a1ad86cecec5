import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { ContainerNodeData, ContainerRole } from '../../../shared';
import { HANDLE, visibleText } from '../../../shared';
import { ProblemBadge } from './ProblemBadge';
import { useContainerStatus } from '../../teach/teach-store';
import { ContainerStatusBadge, containerStatusClass } from '../../teach/ContainerStatusBadge';
import { drawnBorder, fitChips, fitMiddle, fontStyle, type TextFont } from '../text-fit';
import { CHIP, chipStyle, MoreChip } from './Chips';
import { useInitLaneCount, useNameApart } from './in-view';
import { NodeDescription } from './NodeDescription';

export type ContainerFlowNode = Node<ContainerNodeData, 'container'>;

export const ROLE_TEXT: Record<ContainerRole, string> = {
  init: 'init container',
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

/**
 * What a container's node says to a screen reader after its name: what a sighted user reads from
 * its lane, the number on it (of the `initCount` in the init lane) and its role's tooltip. Whole
 * sentences: React Flow's description of the keys is said right after.
 */
export function containerDescription(
  { role, order }: Pick<ContainerNodeData, 'role' | 'order'>,
  initCount: number,
): string {
  const place = order === null ? '' : ` ${order} of ${initCount}`;
  // The last one in the init lane hands over to the app containers, as its arrow shows.
  const last = order === initCount;
  switch (role) {
    case 'init':
      return `Init container${place}: runs to completion before ${last ? 'the app containers start' : 'the next one starts'}.`;
    case 'native-sidecar':
      return `Native sidecar, init container${place}: starts before ${last ? 'the app containers' : 'the next one'} and keeps running.`;
    case 'main':
      return `Main container: ${ROLE_HINT.main}.`;
    case 'sidecar':
      return `Sidecar container: ${ROLE_HINT.sidecar}.`;
  }
}

const NAME_FONT: TextFont = { size: 15, family: '--font', weight: 650 };
const IMAGE_FONT: TextFont = { size: 12.5, family: '--mono', weight: 400 };
/** The node's padding and border, both sides: what its width leaves for text. */
const inset = () => 2 * 12 + 2 * drawnBorder(1.5);
/** The ports' chips, with the gap between them (app.css). */
const CHIP_ROW = { ...CHIP, gap: 4 };

type Port = ContainerNodeData['ports'][number];

export const portLabel = (p: Port) =>
  `:${p.containerPort}${p.name ? ` ${visibleText(p.name)}` : ''}${p.protocol !== 'TCP' ? `/${p.protocol}` : ''}`;

export function ContainerNode({ id, data, selected, width }: NodeProps<ContainerFlowNode>) {
  const ports = data.ports.filter((p) => p.containerPort !== null).map(portLabel);
  const status = useContainerStatus(data.name);
  const room = width !== undefined ? width - inset() : Infinity;
  const chips = fitChips(ports, room, CHIP_ROW);
  // Hidden and bidirectional characters are shown, not obeyed (see shared/text).
  const name = visibleText(data.name);
  const image = data.image === null ? null : visibleText(data.image);
  // Shortened, two names may read the same: the part where they differ is kept in view.
  const shownName = useNameApart('container', name, room, NAME_FONT);
  const initCount = useInitLaneCount(data.order !== null);
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
        {/* A sign, not words: the header has no room for both at a legible size. The node's
            tooltip and a screen reader say it in words. */}
        {data.role === 'native-sidecar' && (
          <span className="pb-mark" title="keeps running (restartPolicy: Always)">
            <span aria-hidden="true">↻</span>
            <span className="visually-hidden">keeps running</span>
          </span>
        )}
        <ProblemBadge id={id} />
      </header>
      <div className="pb-container__name" title={name} style={fontStyle(NAME_FONT)}>
        {shownName}
      </div>
      <div className="pb-container__image" title={image ?? undefined} style={fontStyle(IMAGE_FONT)}>
        {image ? fitMiddle(image, room, IMAGE_FONT) : <em>no image</em>}
      </div>
      {ports.length > 0 && (
        <ul className="pb-ports" aria-label="Ports" title={ports.join(', ')}>
          {chips.shown.map((label, i) => (
            <li key={i} className="pb-chip" style={chipStyle}>
              {label}
            </li>
          ))}
          <MoreChip count={chips.more} />
        </ul>
      )}
      <ContainerStatusBadge status={status} />
      <NodeDescription nodeId={id} text={containerDescription(data, initCount)} />
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
