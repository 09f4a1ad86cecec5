import {
  LAYOUT,
  type Box,
  type Graph,
  type GraphNode,
  type KubeletNode,
  type LaneNode,
  type NetworkNode,
} from '../../shared';
import { edgeTagWidth } from '../canvas/edges/EdgeTag';
import { CHIP } from '../canvas/nodes/Chips';
import { bandPortLabel } from '../canvas/nodes/FrameNodes';
import { textWidth, type TextFont } from '../canvas/text-fit';
import { visibleText } from '../../shared';
import { absoluteBoxes } from './diagram/diagram-svg';
import { LECTURE_STEPS, revealKindOf, stepKinds, stepOf } from './lecture-steps';

/**
 * What a lecture step is about on the canvas, in flow coordinates, for the camera: the part with
 * its words, measured in the canvas's fonts (app.css), so that a label running past the middle of
 * a wide band (the network's title, the kubelet's line) is in the box too.
 */
export interface StepSubject {
  /** What is to be in view whole: the part the step introduces, with its words. */
  box: Box;
  /**
   * The rest of the part beyond its words (the network band's and the kubelet's right-hand
   * side, the volumes' lane), and words that belong to it but stand apart (a volume's mount
   * tags, under the containers that mount it; the main container a sidecar runs beside): each in
   * turn in view whole too where the words can stay legible so, else shown as far as the view has
   * room.
   */
  extra: Box[];
  /** What else may be shown, from its top-left, as far as the view has room. */
  room: Box;
  /** The containers and volumes shown at this step: the camera keeps them from being cut. */
  cards: Box[];
}

/** The smallest box around `parts`; null for none. */
export function unionBox(parts: readonly Box[]): Box | null {
  if (parts.length === 0) return null;
  const x = Math.min(...parts.map((b) => b.x));
  const y = Math.min(...parts.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...parts.map((b) => b.x + b.width)) - x,
    height: Math.max(...parts.map((b) => b.y + b.height)) - y,
  };
}

/** The Pod's name line stands 30 units above its frame (app.css `.pb-pod__title`). */
const TITLE_RISE = 30;
/** The Pod's name line and the top of its frame: what the first step is about. */
const POD_HEAD = { height: 150, width: 520 };

const ui = (size: number, weight = 400): TextFont => ({ size, family: '--font', weight });
const mono = (size: number, weight = 400): TextFont => ({ size, family: '--mono', weight });

/** The network band's fonts, padding and border (app.css `.pb-network`). */
const BAND = {
  title: ui(13, 650),
  hint: ui(12.5),
  gap: 10,
  inset: 14 + 1.5,
  chips: { ...CHIP, gap: 6 },
};

/** The kubelet's fonts, padding, gap and border (app.css `.pb-kubelet`). */
const KUBELET = { title: ui(13, 700), text: ui(13), gap: 14, inset: 18 + 1 };

/** A lane's caption: its fonts, padding and border, and a line of its hint (LaneNode). */
const LANE = { title: mono(12.5, 600), hint: ui(12.5), inset: 14 + 1, line: 16 };

/** The height of a mount tag (EdgeTag). */
const TAG_HEIGHT = 20;

const right = (b: Box) => b.x + b.width;
const bottom = (b: Box) => b.y + b.height;

/** `box` no wider than to `until`, and never wider than it was. */
const upTo = (box: Box, until: number): Box => ({
  ...box,
  width: Math.min(box.width, Math.max(0, until - box.x)),
});

/** How wide the band's row of port chips is drawn, with the "+n" chip of those that do not fit. */
function chipRowWidth(node: NetworkNode): number {
  const { font, inset, gap } = BAND.chips;
  const room = node.width - 2 * BAND.inset;
  const width = (label: string) => textWidth(label, font) + inset;
  const labels = node.data.ports.map(bandPortLabel);
  if (labels.length === 0) return textWidth('no container ports declared', BAND.hint);
  let used = 0;
  let shown = 0;
  for (const label of labels) {
    const next = used + (shown > 0 ? gap : 0) + width(label);
    if (next > room) break;
    used = next;
    shown++;
  }
  if (shown < labels.length) used += gap + width(`+${labels.length - shown}`);
  return Math.min(used, room);
}

/** The band from its left edge to the end of its words: the title, its hint, the port chips. */
function bandWords(node: NetworkNode, box: Box): Box {
  const title =
    textWidth('Shared Network Namespace', BAND.title) +
    BAND.gap +
    textWidth('localhost, same IP, same ports', BAND.hint);
  return upTo(box, box.x + 2 * BAND.inset + Math.max(title, chipRowWidth(node)));
}

/** The kubelet's footer from its left edge to the end of its line (it wraps only where narrow). */
function kubeletWords(node: KubeletNode, box: Box): Box {
  const words =
    textWidth('kubelet on Node', KUBELET.title) +
    KUBELET.gap +
    textWidth(visibleText(node.data.text), KUBELET.text);
  return upTo(box, box.x + 2 * KUBELET.inset + words);
}

/** The volumes' caption, under them at the foot of their lane: "volumes" and its hint. */
function laneCaption(node: LaneNode, box: Box): Box {
  const room = box.width - 2 * LANE.inset;
  const hint = textWidth(visibleText(node.data.subtitle), LANE.hint);
  const words = Math.max(textWidth(node.data.title, LANE.title), Math.min(hint, room));
  // A hint too long for one line takes a second where the lane has room, and is cut otherwise.
  const height = Math.min(box.height, LAYOUT.laneHeader + (hint > room ? LANE.line : 0));
  return upTo({ ...box, y: bottom(box) - height, height }, box.x + 2 * LANE.inset + words);
}

/** The column of mount tags under each container that mounts a volume, as MountEdge draws it. */
function mountTags(graph: Graph, boxes: Map<string, Box>): Box[] {
  const tags: Box[] = [];
  const seen = new Set<string>();
  for (const edge of graph.edges) {
    if (edge.type !== 'mount' || seen.has(edge.target)) continue;
    seen.add(edge.target);
    const container = boxes.get(edge.target);
    if (!container) continue;
    const { column } = edge.data;
    const width = Math.max(
      ...column.map((tag) =>
        edgeTagWidth(visibleText(tag.mountPath), tag.readOnly ? 'ro' : undefined),
      ),
    );
    const top = bottom(container) + LAYOUT.mountTagTop;
    tags.push({
      x: container.x + container.width / 2 - width / 2,
      y: top,
      width,
      height: (column.length - 1) * LAYOUT.mountTagStep + TAG_HEIGHT,
    });
  }
  return tags;
}

const ofType = <T extends GraphNode['type']>(graph: Graph, type: T, id?: string) =>
  graph.nodes.find((n) => n.type === type && (id === undefined || n.id === id)) as
    Extract<GraphNode, { type: T }> | undefined;

/** The subject of lecture step `step` on `graph`; null when the Pod has nothing of it to show. */
export function stepSubject(graph: Graph, step: number): StepSubject | null {
  const boxes = absoluteBoxes(graph.nodes);
  const subject = partOf(graph, step, boxes);
  if (!subject) return null;
  const cards = graph.nodes
    .filter(
      (n) => (n.type === 'container' || n.type === 'volume') && stepOf(revealKindOf(n)) <= step,
    )
    .map((n) => boxes.get(n.id)!);
  return { ...subject, cards };
}

function partOf(
  graph: Graph,
  step: number,
  boxes: Map<string, Box>,
): Omit<StepSubject, 'cards'> | null {
  const kind = LECTURE_STEPS[step]?.kind;
  if (!kind) return null;
  const boxOf = (node: GraphNode | undefined) => (node ? (boxes.get(node.id) ?? null) : null);
  const pod = boxOf(ofType(graph, 'pod'));
  // The Pod's frame with its name line above it.
  const frame = pod && { ...pod, y: pod.y - TITLE_RISE, height: pod.height + TITLE_RISE };
  const only = (box: Box | null) => box && { box, extra: [], room: box };
  const kinds = stepKinds(step);
  const containers = (...roles: string[]) =>
    graph.nodes
      .filter((n) => n.type === 'container' && roles.includes(n.data.role))
      .map((n) => boxes.get(n.id)!);

  switch (kind) {
    case 'pod': {
      if (!frame) return null;
      const head = {
        ...frame,
        width: Math.min(frame.width, POD_HEAD.width),
        height: Math.min(frame.height, POD_HEAD.height),
      };
      return { box: head, extra: [], room: frame };
    }
    case 'network': {
      const node = ofType(graph, 'network');
      const band = boxOf(node);
      if (!node || !band) return null;
      const words = bandWords(node, band);
      // The band whole where it fits with its words legible; else its start and its title.
      if (!frame) return { box: words, extra: [band], room: band };
      // From the Pod's corner and its name line: the band is the Pod's own network.
      const box = {
        x: frame.x,
        y: frame.y,
        width: right(words) - frame.x,
        height: bottom(words) - frame.y,
      };
      return { box, extra: [band], room: { ...box, width: frame.width } };
    }
    case 'init': {
      // The lane's heading and every container in it, native sidecars too: they start in order.
      const lane = boxOf(ofType(graph, 'lane', 'init-lane'));
      const inLane = graph.nodes
        .filter((n) => n.type === 'container' && kinds.includes(revealKindOf(n)))
        .map((n) => boxes.get(n.id)!);
      if (!lane) return only(unionBox(inLane));
      const lowest = Math.max(...inLane.map(bottom), lane.y + LAYOUT.laneHeader);
      const height = Math.min(lane.height, lowest + LAYOUT.lanePadding - lane.y);
      return only({ ...lane, height });
    }
    case 'main':
      return only(unionBox(containers('main')));
    case 'sidecar': {
      const box = unionBox(containers('sidecar', 'native-sidecar'));
      if (!box) return null;
      // Beside the main container: what a sidecar augments.
      const main = unionBox(containers('main'));
      return { box, extra: main ? [main] : [], room: box };
    }
    case 'volume': {
      const laneNode = ofType(graph, 'lane', 'volume-lane');
      const lane = boxOf(laneNode);
      const volumes = graph.nodes.filter((n) => n.type === 'volume').map((n) => boxes.get(n.id)!);
      const caption = laneNode && lane ? [laneCaption(laneNode, lane)] : [];
      const box = unionBox([...volumes, ...caption]);
      if (!box) return null;
      const tags = unionBox(volumes.length ? mountTags(graph, boxes) : []);
      // The mount tags, then the lane whole: the part the step spotlights.
      return { box, extra: [...(tags ? [tags] : []), ...(lane ? [lane] : [])], room: box };
    }
    case 'kubelet': {
      const node = ofType(graph, 'kubelet');
      const footer = boxOf(node);
      if (!node || !footer) return null;
      // The footer whole where it fits with its words legible; else its start and its line.
      return { box: kubeletWords(node, footer), extra: [footer], room: footer };
    }
  }
}
