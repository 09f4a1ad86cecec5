import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { lowContrastText } from './contrast';

/** The WCAG 2.1 A and AA rules, as the audit that found the gaps ran them. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core over the page as it stands and returns its serious and critical violations, one
 * readable line per element, so a failing test says what is wrong and where. The text whose
 * contrast axe leaves undecided (the canvas's stacked nodes) is measured as well.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, so the page's Content Security Policy (no inline
  // scripts) does not stop it as it would a script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const { violations, undecided } = await page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    // Passes are not needed: leaving them out spares axe most of its reporting work.
    const results = await run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations', 'incomplete'],
    });
    return {
      violations: results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) =>
          v.nodes.map(
            (n) =>
              `${v.id} at ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
          ),
        ),
      // Glyphs outside the basic plane are icons (the fold marks), not text to read.
      undecided: results.incomplete
        .filter((v) => v.id === 'color-contrast')
        .flatMap((v) => v.nodes)
        .filter(
          (n) => (n.any[0]?.data as { messageKey?: string } | undefined)?.messageKey !== 'nonBmp',
        )
        .map((n) => n.target.join(' ')),
    };
  }, TAGS);
  const measured = await lowContrastText(page, undecided);
  return [...violations, ...measured.map((line) => `color-contrast (measured) of ${line}`)];
}
