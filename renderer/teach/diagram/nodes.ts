import type {
  ContainerNode,
  KubeletNode,
  LaneNode,
  NetworkNode,
  PodNode,
  VolumeNode,
} from '../../../shared';
import { LAYOUT, visibleText } from '../../../shared';
import { bandPortLabel, hintLines } from '../../canvas/nodes/FrameNodes';
import { portLabel, ROLE_TEXT } from '../../canvas/nodes/ContainerNode';
import { cutMountedBy, detailBesideChip, sourceChipText } from '../../canvas/nodes/VolumeNode';
import { cutApart, cutMiddle, wrapWords, type Measure as Width } from '../../canvas/text-fit';
import { chip, chipRow, type Pen } from './chips';
import {
  baseline,
  box,
  centred,
  element,
  fitEnd,
  text,
  type BoxStyle,
  type Font,
} from './svg-text';

/**
 * Each canvas node drawn as the canvas draws it (app.css: borders, paddings and fonts), at the
 * place the graph gives it. `x` and `y` are the node's absolute position.
 */

type At<N> = { node: N; x: number; y: number };

/** How wide a text is drawn in `font`, for the canvas's ways of cutting text (text-fit.ts). */
const inFont =
  (pen: Pen, font: Font): Width =>
  (text) =>
    pen.measure(text, font);

/** A node's own box, at its place and size. */
const frame = ({ node, x, y }: At<{ width: number; height: number }>, style: BoxStyle) =>
  box(x, y, node.width, node.height, style);

export function podSvg(pen: Pen, { node, x, y }: At<PodNode>): string {
  const p = pen.palette;
  const line = y - 30;
  const kind: Font = { size: 12, bold: true };
  const name: Font = { size: 17, bold: true };
  const ip: Font = { size: 12, mono: true };
  const nameX = x + 4 + pen.measure('POD', kind) + 12;
  const ipX = nameX + pen.measure(node.data.name, name) + 10;
  const ipText = `IP: ${node.data.ip}`;
  const template =
    node.data.kind !== 'Pod'
      ? text(ipX + pen.measure(ipText, ip) + 10, baseline(line, 17), ip, {
          text: `template of a ${node.data.kind}`,
          color: p['text-muted'],
        })
      : '';
  return (
    frame(
      { node, x, y },
      {
        fill: p['pod-bg'],
        stroke: p['pod-border'],
        strokeWidth: 2,
        radius: 18,
      },
    ) +
    text(x + 4, baseline(line, 17), kind, { text: 'POD', color: p.accent }) +
    text(nameX, baseline(line, 17), name, { text: node.data.name, color: p.text }) +
    text(ipX, baseline(line, 17), ip, { text: ipText, color: p['text-muted'] }) +
    template
  );
}

export function networkSvg(pen: Pen, { node, x, y }: At<NetworkNode>): string {
  const p = pen.palette;
  const clash = node.data.ports.some((port) => port.clash);
  const title: Font = { size: 13, bold: true };
  const hint: Font = { size: 12 };
  const left = x + 15.5;
  const ports = node.data.ports.map((port) => ({ label: bandPortLabel(port), clash: port.clash }));
  return (
    frame(
      { node, x, y },
      {
        fill: p['band-bg'],
        stroke: clash ? p.danger : p['band-border'],
        strokeWidth: 1.5,
        radius: 12,
        dash: '6 4',
      },
    ) +
    text(left, baseline(y + 11.5, 13), title, { text: 'Shared Network Namespace', color: p.text }) +
    text(left + pen.measure('Shared Network Namespace', title) + 10, baseline(y + 11.5, 13), hint, {
      text: 'localhost, same IP, same ports',
      color: p['text-muted'],
    }) +
    (ports.length === 0
      ? text(left, baseline(y + 36, 12), hint, {
          text: 'no container ports declared',
          color: p['text-faint'],
        })
      : chipRow(pen, left, y + 36, node.width - 31, ports, 6))
  );
}

/** The distance between two lines of a lane's hint. */
const HINT_LINE = 14;

/**
 * A lane, its caption broken into lines as the canvas breaks it: a second line where the lane
 * has room for it (`room`, from `captionRoom`), else cut between words.
 */
export function laneSvg(pen: Pen, { node, x, y }: At<LaneNode>, room: number): string {
  const p = pen.palette;
  const title: Font = { size: 12.5, bold: true, mono: true };
  const hint: Font = { size: 11.5 };
  const lines = wrapWords(
    visibleText(node.data.subtitle),
    node.width - 30,
    inFont(pen, hint),
    hintLines(room, HINT_LINE),
  );
  // The volumes' caption is drawn under them, as on the canvas, and grows upwards.
  const top =
    node.id === 'volume-lane'
      ? y + node.height - LAYOUT.laneHeader + 4 - (lines.length - 1) * HINT_LINE
      : y;
  return (
    frame(
      { node, x, y },
      {
        fill: p['lane-bg'],
        stroke: p['lane-border'],
        strokeWidth: 1,
        radius: 12,
      },
    ) +
    text(x + 15, baseline(top + 11, 12.5), title, {
      text: node.data.title,
      color: p['text-muted'],
    }) +
    lines
      .map((line, i) =>
        text(x + 15, baseline(top + 27.5 + i * HINT_LINE, 11.5), hint, {
          text: line,
          color: p['text-faint'],
        }),
      )
      .join('')
  );
}

const ROLE_COLOUR = {
  init: 'role-init',
  main: 'role-main',
  sidecar: 'role-sidecar',
  'native-sidecar': 'role-native',
} as const;

/** The role's words, and the order number's disc under white words: the native teal is darker there, for 4.5:1 (app.css). */
const ROLE_TEXT_COLOUR = { ...ROLE_COLOUR, 'native-sidecar': 'role-native-text' } as const;

/** A container; `names` are the containers' names, which a cut name must not be read as. */
export function containerSvg(
  pen: Pen,
  { node, x, y }: At<ContainerNode>,
  names: readonly string[],
): string {
  const p = pen.palette;
  const { data, width } = node;
  const role = p[ROLE_COLOUR[data.role]];
  const roleText = p[ROLE_TEXT_COLOUR[data.role]];
  const left = x + 13.5;
  const room = width - 27;
  const roleFont: Font = { size: 10.5, bold: true };
  const name: Font = { size: 15, bold: true };
  const image: Font = { size: 11.5, mono: true };
  let head = '';
  let roleX = left;
  if (data.order !== null) {
    head += element('circle', { cx: left + 8, cy: y + 21, r: 8, fill: roleText });
    head += text(
      left + 8,
      centred(y + 21, 10),
      { size: 10, bold: true },
      { text: String(data.order), color: '#ffffff' },
      'middle',
    );
    roleX += 21;
  }
  const roleWords = ROLE_TEXT[data.role];
  head += text(roleX, centred(y + 21, 10.5), roleFont, { text: roleWords, color: roleText });
  if (data.role === 'native-sidecar') {
    // "keeps running" where it fits beside the role, else the canvas's ↻.
    const room = (mark: string) => pen.measure(mark, roleFont) + 12;
    const free = x + width - 13.5 - (roleX + pen.measure(roleWords, roleFont) + 8);
    const mark = room('keeps running') <= free ? 'keeps running' : '↻';
    const markWidth = room(mark);
    const markX = x + width - 13.5 - markWidth;
    head +=
      box(markX, y + 13, markWidth, 16, { fill: p['role-native-soft'], radius: 7 }) +
      text(markX + 6, centred(y + 21, 10.5), roleFont, { text: mark, color: roleText });
  }
  const ports = data.ports.filter((port) => port.containerPort !== null).map(portLabel);
  return (
    frame({ node, x, y }, { fill: p.surface, stroke: role, strokeWidth: 1.5, radius: 10 }) +
    // The CSS border is 5 px at the top: the part of the rounded box above y + 5, in the role's
    // colour (where the corner's circle, radius 10, crosses that line: 10 - √75 from the side).
    element('path', {
      d: `M${x + 1.34} ${y + 5}A10 10 0 0 1 ${x + 10} ${y}H${x + width - 10}A10 10 0 0 1 ${x + width - 1.34} ${y + 5}Z`,
      fill: role,
    }) +
    head +
    // Names and images are cut in the middle, as on the canvas: their ends tell them apart.
    text(left, baseline(y + 31, 15), name, {
      text: cutApart(visibleText(data.name), names, room, inFont(pen, name)),
      color: p.text,
    }) +
    (data.image
      ? text(left, baseline(y + 50, 11.5), image, {
          text: cutMiddle(visibleText(data.image), room, inFont(pen, image)),
          color: p['text-muted'],
        })
      : text(
          left,
          baseline(y + 50, 11.5),
          { size: 11.5 },
          { text: 'no image', color: p['text-muted'] },
        )) +
    chipRow(
      pen,
      left,
      y + 67,
      room,
      ports.map((label) => ({ label })),
      4,
    )
  );
}

/** The canvas's volume icon (VolumeNode): a cylinder, 22 px in a 24-unit box. */
const CYLINDER = [
  'M4 6a8 3 0 1 0 16 0a8 3 0 1 0 -16 0',
  'M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6',
  'M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
];

/** A volume; `names` are the volumes' names, which a cut name must not be read as. */
export function volumeSvg(
  pen: Pen,
  { node, x, y }: At<VolumeNode>,
  names: readonly string[],
): string {
  const p = pen.palette;
  const { data, width, height } = node;
  const iconX = x + 13.5;
  const iconY = y + (height - 34) / 2;
  const left = iconX + 44;
  const room = x + width - 13.5 - left;
  const name: Font = { size: 14, bold: true };
  const small: Font = { size: 11 };
  const source = chip(pen, left, y + 27, [{ text: sourceChipText(data), color: p.volume }], {
    fill: p['volume-soft'],
  });
  const detail = detailBesideChip(data);
  const detailRoom = room - source.width - 6;
  const scale = 22 / 24;
  const icon = CYLINDER.map((d) =>
    element('path', { d, fill: 'none', stroke: p.volume, 'stroke-width': 1.8 }),
  ).join('');
  return (
    frame({ node, x, y }, { fill: p.surface, stroke: p.volume, strokeWidth: 1.5, radius: 10 }) +
    box(iconX, iconY, 34, 34, { fill: p['volume-soft'], radius: 8 }) +
    element('g', { transform: `translate(${iconX + 6} ${iconY + 6}) scale(${scale})` }, icon) +
    text(left, baseline(y + 8.5, 14), name, {
      text: cutApart(visibleText(data.name), names, room, inFont(pen, name)),
      color: p.text,
    }) +
    source.svg +
    (detail && detailRoom > 30
      ? text(left + source.width + 6, centred(y + 35.5, 11), small, {
          text: fitEnd(detail, detailRoom, small, pen.measure),
          color: p['text-muted'],
        })
      : '') +
    text(left, baseline(y + 46.5, 11), small, {
      text: cutMountedBy(data, room, inFont(pen, small)),
      color: p['text-faint'],
    })
  );
}

/** The distance between two lines of the kubelet's text. */
const KUBELET_LINE = 16;

/** The kubelet's footer; its text on as many lines as the footer holds, as the canvas wraps it. */
export function kubeletSvg(pen: Pen, { node, x, y }: At<KubeletNode>): string {
  const p = pen.palette;
  const font: Font = { size: 13 };
  const middle = y + node.height / 2;
  const titleWidth = pen.measure('kubelet on Node', { ...font, bold: true });
  const lines = wrapWords(
    visibleText(node.data.text),
    node.width - 50 - titleWidth,
    inFont(pen, font),
    Math.max(1, Math.floor((node.height - 16) / KUBELET_LINE)),
  );
  const first = middle - ((lines.length - 1) * KUBELET_LINE) / 2;
  return (
    frame(
      { node, x, y },
      {
        fill: p['surface-2'],
        stroke: p['border-strong'],
        strokeWidth: 1,
        radius: 10,
      },
    ) +
    text(
      x + 18,
      centred(middle, 13),
      { ...font, bold: true },
      { text: 'kubelet on Node', color: p.text },
    ) +
    lines
      .map((line, i) =>
        text(x + 32 + titleWidth, centred(first + i * KUBELET_LINE, 13), font, {
          text: line,
          color: p['text-muted'],
        }),
      )
      .join('')
  );
}
