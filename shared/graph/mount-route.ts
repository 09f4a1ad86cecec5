import { LAYOUT } from './layout';

/**
 * The way a mount edge runs, from the volume to its own tag in the container's column of tags.
 *
 * A container's mount tags hang in a column below it. An edge that ended at the container itself
 * would pass through every tag below the first, whatever its curve: two mounts of one volume in
 * two containers (a log shipper beside its app) drew one container's line across the other's
 * path. So each edge runs orthogonally instead: up from the volume (by the gutter beside it, from
 * a lower row of volumes) to the bus between the container lanes and the volumes, along it, up
 * beside the container and its column, and into its own tag's side.
 * The column's tags are one width, so their sides line up; the edge of a higher tag runs further
 * out, so it never crosses the way of a lower one.
 */

export interface MountRouteInput {
  /** The volume's top handle. */
  sourceX: number;
  sourceY: number;
  /** The container's bottom handle. */
  targetX: number;
  targetY: number;
  /** The mount's row in the column and the column's first and last rows. */
  index: number;
  first: number;
  last: number;
  /** The width of the column's tags. */
  columnWidth: number;
  /** Where the edge runs along, between the container lanes and the volumes. */
  busY: number;
  /**
   * The tag is not drawn (the canvas zoomed out too far to read it): the edge goes on past its
   * place to the column's middle, and the stem down to it, so that the line joins the container.
   */
  bare?: boolean;
}

export interface MountRoute {
  /** The SVG path: the stem from the container to its column, then the edge. */
  path: string;
  /** The tag's top centre. */
  tagX: number;
  tagY: number;
}

const TAG_HEIGHT = 20;
/** How far beside the column the lowest tag's edge rises; each higher one, `STEP` further. */
const OUT = 8;
const STEP = 5;
const RADIUS = 6;

export function tagTop(targetY: number, index: number): number {
  return targetY + LAYOUT.mountTagTop + index * LAYOUT.mountTagStep;
}

export function mountRoute(input: MountRouteInput): MountRoute {
  const { sourceX, sourceY, targetX, targetY, index, first, last, columnWidth, busY, bare } = input;
  const top = tagTop(targetY, index);
  const middle = top + TAG_HEIGHT / 2;
  const fromLeft = sourceX <= targetX;
  const toward = fromLeft ? -1 : 1;
  const side = targetX + (toward * columnWidth) / 2;
  // Beside the card as well as its tags: an init container's edge rises past the cards below it.
  const clear = Math.max(columnWidth, LAYOUT.containerWidth) / 2;
  const beside = targetX + toward * (clear + OUT + STEP * (last - index));
  const stem = `M${targetX},${targetY}V${bare ? middle : tagTop(targetY, first)}`;
  // A volume below the first row leaves by the gutter beside it, not up through the volume above.
  const below = sourceY - busY > LAYOUT.volumeHeight;
  const gutterX = sourceX - LAYOUT.volumeWidth / 2 - LAYOUT.gap / 2;
  const gutterY = sourceY - LAYOUT.gap / 2;
  const start: [number, number][] = below
    ? [
        [sourceX, sourceY],
        [sourceX, gutterY],
        [gutterX, gutterY],
        [gutterX, busY],
      ]
    : [
        [sourceX, sourceY],
        [sourceX, busY],
      ];
  const end: [number, number][] = bare ? [[targetX, middle]] : [];
  const edge = rounded([...start, [beside, busY], [beside, middle], [side, middle], ...end]);
  return { path: `${stem}${edge}`, tagX: targetX, tagY: top };
}

/** A polyline of horizontal and vertical runs, its corners rounded where there is room. */
function rounded(points: [number, number][]): string {
  const kept = points.filter(
    (p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1],
  );
  let d = `M${kept[0]![0]},${kept[0]![1]}`;
  for (let i = 1; i < kept.length; i++) {
    const [x, y] = kept[i]!;
    const next = kept[i + 1];
    if (!next) {
      d += `L${x},${y}`;
      break;
    }
    const [px, py] = kept[i - 1]!;
    const r = Math.min(
      RADIUS,
      Math.hypot(x - px, y - py) / 2,
      Math.hypot(next[0] - x, next[1] - y) / 2,
    );
    const inX = x - Math.sign(x - px) * r;
    const inY = y - Math.sign(y - py) * r;
    const outX = x + Math.sign(next[0] - x) * r;
    const outY = y + Math.sign(next[1] - y) * r;
    d += `L${inX},${inY}Q${x},${y} ${outX},${outY}`;
  }
  return d;
}
