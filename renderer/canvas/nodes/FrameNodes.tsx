import { Fragment } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { KubeletNodeData, LaneNodeData, NetworkNodeData, PodNodeData } from '../../../shared';
import { HANDLE, LAYOUT, visibleText } from '../../../shared';
import { PodSecurityBadge } from '../../problems/PodSecurityBadge';
import { UserText } from '../../ui/UserText';
import { drawnBorder, fitChips, fitLines, fontStyle, type TextFont } from '../text-fit';
import { CHIP, chipStyle, MoreChip } from './Chips';
import { useCaptionRoom } from './in-view';

export type PodFlowNode = Node<PodNodeData, 'pod'>;
export type NetworkFlowNode = Node<NetworkNodeData, 'network'>;
export type LaneFlowNode = Node<LaneNodeData, 'lane'>;
export type KubeletFlowNode = Node<KubeletNodeData, 'kubelet'>;

export function PodNode({ data }: NodeProps<PodFlowNode>) {
  return (
    <div className="pb-pod">
      <div className="pb-pod__title">
        <span className="pb-pod__kind">Pod</span>
        <span className="pb-pod__name">
          <UserText text={data.name} />
        </span>
        <span className="pb-pod__ip">IP: {data.ip}</span>
        <PodSecurityBadge />
        {data.kind !== 'Pod' && <span className="pb-chip">template of a {data.kind}</span>}
      </div>
    </div>
  );
}

type BandPort = NetworkNodeData['ports'][number];

export const bandPortLabel = (p: BandPort) =>
  `:${p.port ?? '?'} ${visibleText(p.container)}${p.name ? ` (${visibleText(p.name)})` : ''}${p.clash ? ' — clash' : ''}`;

/** The band's padding and dashed border, both sides: what its width leaves for the chips. */
const bandInset = () => 2 * 14 + 2 * drawnBorder(1.5);
/** The band's port chips, with the gap between them (app.css). */
const BAND_CHIPS = { ...CHIP, gap: 6 };

/**
 * The band has room for one row of chips: the ports that do not fit are counted in a last chip
 * whose tooltip lists them, and which shows a clash if one of them clashes.
 */
export function NetworkNode({ data, width }: NodeProps<NetworkFlowNode>) {
  const clashes = data.ports.filter((p) => p.clash);
  const room = width !== undefined ? width - bandInset() : Infinity;
  const { shown } = fitChips(data.ports.map(bandPortLabel), room, BAND_CHIPS);
  const hidden = data.ports.slice(shown.length);
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
        {data.ports.slice(0, shown.length).map((p, i) => (
          <li
            key={i}
            className={`pb-chip pb-chip--port${p.clash ? ' is-clash' : ''}`}
            title={p.clash ? `Port ${p.port} is bound by more than one container` : undefined}
            style={chipStyle}
          >
            <strong>:{p.port ?? '?'}</strong> <UserText text={p.container} />
            {p.name && (
              <>
                {' ('}
                <UserText text={p.name} />)
              </>
            )}
            {p.clash ? ' — clash' : ''}
          </li>
        ))}
        <MoreChip
          count={hidden.length}
          title={hidden.map(bandPortLabel).join('\n')}
          className={`pb-chip--port${hidden.some((p) => p.clash) ? ' is-clash' : ''}`}
        />
      </ul>
    </div>
  );
}

const HINT_FONT: TextFont = { size: 12.5, family: '--font', weight: 400 };
/** A line of the hint, at least: its font's normal line height (15 in the UI font), rounded up. */
const HINT_LINE = 16;
/** The lane title's padding and the lane's border, both sides: what its width leaves for text. */
const LANE_INSET = 2 * 14 + 2 * 1;

/**
 * How many lines a lane's subtitle may take, given the room its caption has (`captionRoom`):
 * the lane's header holds the title and one line, and a lane whose first node starts lower
 * (an empty one) has room for a second. Legibility is kept by breaking the line, never by a
 * smaller font (see LEGIBLE_ZOOM in fit-view.ts).
 */
export const hintLines = (room: number, line: number): number =>
  room >= LAYOUT.laneHeader + line ? 2 : 1;

/**
 * A lane's subtitle: whole where it fits; on a second line where the lane has room below its
 * header; else cut between words, whole in its tooltip (the lane's first node starts right
 * under a header of one line).
 */
export function LaneNode({ id, data, width }: NodeProps<LaneFlowNode>) {
  const room = width !== undefined ? width - LANE_INSET : Infinity;
  const below = useCaptionRoom(id);
  const lines = fitLines(data.subtitle, room, HINT_FONT, hintLines(below, HINT_LINE));
  return (
    <div className={`pb-lane pb-lane--${id}`}>
      <div className="pb-lane__title">
        {data.title}
        <span className="pb-lane__hint" title={data.subtitle} style={fontStyle(HINT_FONT)}>
          {lines.map((line, i) => (
            <Fragment key={i}>
              {i > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </span>
      </div>
      {/* The init containers' hand-off arrives level with the lane's first row, its arrow's
          tip on the lane's border. */}
      <Handle
        type="target"
        position={Position.Left}
        id={HANDLE.left}
        className="pb-handle pb-handle--hidden"
        isConnectable={false}
        style={{ top: LAYOUT.laneHeader + LAYOUT.containerHeight / 2, marginLeft: 0 }}
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
