import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { VolumeNodeData } from '../../../shared';
import { HANDLE, visibleText } from '../../../shared';
import { ProblemBadge } from './ProblemBadge';
import { useNodeBadge } from '../../store/problems';
import {
  cutEnd,
  drawnBorder,
  cutList,
  fitText,
  fontStyle,
  textWidth,
  type Measure,
  type TextFont,
} from '../text-fit';
import { CHIP } from './Chips';
import { LinkMark } from './LinkMark';
import { useNameApart } from './in-view';
import { NodeDescription } from './NodeDescription';

export type VolumeFlowNode = Node<VolumeNodeData, 'volume'>;

/** How `kubectl get pvc` writes the access modes. */
const ACCESS_MODES: Record<string, string> = {
  ReadWriteOnce: 'RWO',
  ReadOnlyMany: 'ROX',
  ReadWriteMany: 'RWX',
  ReadWriteOncePod: 'RWOP',
};

/** The source chip's text: the source, or what a StatefulSet's claim template is. */
export const sourceChipText = (data: VolumeNodeData): string =>
  data.claimTemplate ? 'claim template' : data.source;

/** The detail without the source's name, which the chip beside it already shows. */
export function detailBesideChip(data: VolumeNodeData): string {
  if (data.claimTemplate) {
    // What each Pod's claim asks for, as `kubectl get pvc` shows it: `1Gi · RWO`.
    const { storage, accessModes } = data.claimTemplate;
    const modes = accessModes.map((mode) => ACCESS_MODES[mode] ?? mode).join(',');
    return [storage, modes].filter((part) => part).join(' · ');
  }
  const words = data.detail.split(' ');
  const first = words[0]?.replace(/:$/, '');
  return first === data.source || (first === 'claim' && data.source === 'persistentVolumeClaim')
    ? words.slice(1).join(' ')
    : data.detail;
}

/** Who mounts the volume, in words. */
export const mountedByText = (data: VolumeNodeData): string =>
  data.replacedByClaimTemplate
    ? 'replaced by claim template'
    : data.mountedBy.length === 0
      ? 'not mounted'
      : data.mountedBy.length === 1
        ? `mounted by ${visibleText(data.mountedBy[0] ?? '')}`
        : `shared by ${data.mountedBy.map(visibleText).join(', ')}`;

/** Names as a sentence says them: `a`, `a and b`, `a, b and c`. */
const inWords = (names: readonly string[]): string =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * What a volume's node says to a screen reader after its name: its source and detail, as the
 * chip and the text beside it show them, then who mounts it. A claim template's detail is said
 * whole (the node shows `1Gi · RWO`, which reads poorly aloud).
 */
export function volumeDescription(data: VolumeNodeData): string {
  const what = data.claimTemplate
    ? data.detail
    : [data.source, detailBesideChip(data)].filter((part) => part).join(': ');
  const who = data.replacedByClaimTemplate
    ? 'Replaced by claim template'
    : data.mountedBy.length === 0
      ? 'Not mounted'
      : `Mounted by ${inWords(data.mountedBy)}`;
  // Hidden and bidirectional characters are said as their markers, as the node shows them.
  return visibleText(`${what}. ${who}.`);
}

/** Who mounts the volume, in `room`: as many of their names as fit, and how many more. */
export function cutMountedBy(data: VolumeNodeData, room: number, width: Measure): string {
  const names = data.mountedBy.map(visibleText);
  if (data.replacedByClaimTemplate || names.length === 0)
    return cutEnd(mountedByText(data), room, width);
  return cutList(names.length === 1 ? 'mounted by ' : 'shared by ', names, room, width);
}

const NAME_FONT: TextFont = { size: 14, family: '--font', weight: 650 };
const SMALL_FONT: TextFont = { size: 12.5, family: '--font', weight: 400 };
/** What the node's width leaves for text: padding, border, the icon and the gap after it. */
const inset = () => 2 * 12 + 2 * drawnBorder(1.5) + 34 + 10;
/** The source chip's padding and border, and the gap after it (app.css). */
const CHIP_INSET = CHIP.inset + 6;
const BADGE_FONT: TextFont = { size: 12.5, family: '--font', weight: 700 };
/** The problem badge beside the name, with its margin (app.css: 18 px at least, 5 px padding). */
const badgeRoom = (count: number) => Math.max(18, textWidth(String(count), BADGE_FONT) + 10) + 6;

export function VolumeNode({ id, data, selected, width }: NodeProps<VolumeFlowNode>) {
  // Hidden and bidirectional characters are shown, not obeyed (see shared/text).
  const detail = visibleText(detailBesideChip(data));
  const name = visibleText(data.name);
  const room = width !== undefined ? width - inset() : Infinity;
  const badge = useNodeBadge(id);
  // Beside a long source's chip a detail may have no room left: then the chip's tooltip has it.
  const chip = sourceChipText(data);
  const detailRoom = room - textWidth(chip, CHIP.font) - CHIP_INSET;
  const cutDetail = detail ? fitText(detail, detailRoom, SMALL_FONT) : '';
  const shownDetail = cutDetail === detail || cutDetail.length > 4 ? cutDetail : '';
  const shared = mountedByText(data);
  const shownName = useNameApart(
    'volume',
    name,
    room - (badge ? badgeRoom(badge.count) : 0),
    NAME_FONT,
  );
  return (
    <div className={`pb-volume${selected ? ' is-selected' : ''}`}>
      <Handle type="source" position={Position.Top} id={HANDLE.top} className="pb-handle" />
      <LinkMark volume={data.name} nodeId={id} />
      <div className="pb-volume__icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="22" height="22" overflow="visible">
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
        <div className="pb-volume__name" title={name} style={fontStyle(NAME_FONT)}>
          {shownName}
          <ProblemBadge id={id} />
        </div>
        <div className="pb-volume__source">
          <span className="pb-chip pb-chip--source" title={visibleText(data.detail) || undefined}>
            {chip}
          </span>
          {shownDetail && (
            <span
              className="pb-volume__detail"
              title={visibleText(data.detail)}
              style={fontStyle(SMALL_FONT)}
            >
              {shownDetail}
            </span>
          )}
        </div>
        <div className="pb-volume__shared" title={shared} style={fontStyle(SMALL_FONT)}>
          {cutMountedBy(data, room, (text) => textWidth(text, SMALL_FONT))}
        </div>
      </div>
      <NodeDescription nodeId={id} text={volumeDescription(data)} />
    </div>
  );
}
