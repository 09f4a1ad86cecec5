import { fontStyle, textWidth, type TextFont } from '../text-fit';

/**
 * A small label on an edge (a mount path, "exits 0 →"), drawn inside the edge's own SVG.
 *
 * React Flow's EdgeLabelRenderer would put each label in an HTML layer of its own: one more
 * positioned, transformed element per edge, and a lookup of that layer in the document on every
 * change of the canvas, for every edge. On a Pod with a hundred mounts that made dragging a node
 * stutter. SVG text has no box to size itself, so the tag measures its text (text-fit.ts).
 */

const PAD_X = 7;
const HEIGHT = 20;
const BADGE_GAP = 6;
const BADGE_PAD_X = 4;
const BADGE_HEIGHT = 16;

export interface EdgeTagProps {
  /** Where the tag goes: its top centre (`top`) or its centre (`center`). */
  x: number;
  y: number;
  anchor: 'top' | 'center';
  text: string;
  /** A small upper-case badge after the text ("ro"). */
  badge?: string;
  /** Semi-bold text. */
  strong?: boolean;
  /** The box's width when wider than its text needs: the tags of a column share one. */
  width?: number;
  className: string;
}

const BADGE_FONT: TextFont = { size: 12.5, family: '--font', weight: 700 };

/** How wide a tag draws itself for `text` and its badge. */
export function edgeTagWidth(text: string, badge?: string, strong?: boolean): number {
  const textWidthPx = textWidth(text, tagFont(strong));
  const badgeWidth = badge ? textWidth(badge.toUpperCase(), BADGE_FONT) + 2 * BADGE_PAD_X : 0;
  return PAD_X * 2 + textWidthPx + (badge ? BADGE_GAP + badgeWidth : 0);
}

const tagFont = (strong?: boolean): TextFont => ({
  size: 12.5,
  family: '--mono',
  weight: strong ? 600 : 400,
});

export function EdgeTag({
  x,
  y,
  anchor,
  text,
  badge,
  strong,
  width: wanted,
  className,
}: EdgeTagProps) {
  const font = tagFont(strong);
  const badgeText = badge?.toUpperCase();
  const badgeWidth = badgeText ? textWidth(badgeText, BADGE_FONT) + 2 * BADGE_PAD_X : 0;
  const width = Math.max(wanted ?? 0, edgeTagWidth(text, badge, strong));
  // The tag is drawn at the origin of a group placed by one translation: a tag that moves with
  // its container (every container after a new one does) changes one attribute, and Chromium
  // does not lay its text out again.
  const left = x - width / 2;
  const top = anchor === 'top' ? y : y - HEIGHT / 2;
  const middle = HEIGHT / 2;
  // A badge keeps to the right end of a widened box, as a column of tags aligns them.
  const badgeLeft = width - PAD_X - badgeWidth;
  return (
    <g className={`pb-edge-tag ${className}`} transform={`translate(${left} ${top})`}>
      <rect className="pb-edge-tag__box" width={width} height={HEIGHT} rx={6} />
      <text
        className="pb-edge-tag__text"
        x={PAD_X}
        y={middle}
        dominantBaseline="central"
        style={fontStyle(font)}
      >
        {text}
      </text>
      {badgeText && (
        <>
          <rect
            className="pb-edge-tag__badge"
            x={badgeLeft}
            y={middle - BADGE_HEIGHT / 2}
            width={badgeWidth}
            height={BADGE_HEIGHT}
            rx={3}
          />
          <text
            className="pb-edge-tag__badge-text"
            x={badgeLeft + badgeWidth / 2}
            y={middle}
            dominantBaseline="central"
            textAnchor="middle"
            style={fontStyle(BADGE_FONT)}
          >
            {badgeText}
          </text>
        </>
      )}
    </g>
  );
}
