import { fontStyle, type TextFont } from '../text-fit';

const CHIP_FONT: TextFont = { size: 12.5, family: '--mono', weight: 400 };

/** A `.pb-chip`'s font, and its padding and border on both sides (app.css): what `fitChips` needs. */
export const CHIP = { font: CHIP_FONT, inset: 2 * 7 + 2 * 1 } as const;

/** The chip's font, set where the chip is measured rather than in the stylesheet. */
export const chipStyle = fontStyle(CHIP_FONT);

/** The "+n" chip at the end of a row that did not fit; `title` names what it stands for. */
export function MoreChip({
  count,
  title,
  className = '',
}: {
  count: number;
  title?: string;
  className?: string;
}) {
  if (count === 0) return null;
  return (
    <li className={`pb-chip ${className}`.trim()} title={title} style={chipStyle}>
      +{count}
    </li>
  );
}
