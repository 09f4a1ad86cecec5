/**
 * A palette item dropped on the large Pod's canvas, in Chromium: from the drop to the frame that
 * paints the new node. Floor: the same drop on the lesson's Pod.
 */
import type { Browser, Page } from 'playwright-core';
import { loadLargePod, node, openApp, waitForQuiet } from './browser-page';
import { containerName, INIT_CONTAINERS } from './large-pod';
import { figures, median, p95 } from './stats';
import type { CaseResult } from './results';

const BUDGET_MS = 50;

declare global {
  interface Window {
    __benchDropAt?: number;
    __benchNodeAt?: number;
  }
}

/** Runs in the page before a drop: notes the drop and the first frame with one more node. */
function watchDrop() {
  window.__benchDropAt = undefined;
  window.__benchNodeAt = undefined;
  const count = () => document.querySelectorAll('.react-flow__node').length;
  const before = count();
  document.addEventListener('drop', (e) => (window.__benchDropAt = e.timeStamp), {
    capture: true,
    once: true,
  });
  const observer = new MutationObserver(() => {
    if (count() <= before) return;
    observer.disconnect();
    requestAnimationFrame(() => (window.__benchNodeAt = performance.now()));
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

/** Drops the palette's sidecar on `target`'s centre `samples` times (plus one untimed). */
async function drops(page: Page, target: string, samples: number): Promise<number[]> {
  const item = page
    .getByRole('navigation', { name: 'Palette' })
    .getByRole('button', { name: 'Sidecar', exact: true });
  const times: number[] = [];
  for (let s = 0; s < samples + 1; s++) {
    await page.evaluate(watchDrop);
    await item.dragTo(node(page, target));
    await page.waitForFunction(() => window.__benchNodeAt !== undefined, null, {
      timeout: 20_000,
    });
    const ms = await page.evaluate(() => window.__benchNodeAt! - window.__benchDropAt!);
    if (s > 0) times.push(ms);
    await waitForQuiet(page, 300);
  }
  return times;
}

export async function dropCase(
  browser: Browser,
  appUrl: string,
  samples: number,
): Promise<CaseResult> {
  const { context, page } = await openApp(browser, appUrl);
  try {
    // On a sidecar: a drop on the main container would make the new one the main container, and
    // the target's name would change with each drop.
    const lesson = await drops(page, 'Sidecar log-shipper', samples);
    await loadLargePod(page);
    const large = await drops(page, `Sidecar ${containerName(INIT_CONTAINERS + 1)}`, samples);
    return {
      ...figures('drop', 'Drop → node painted, large Pod', large),
      floor: { label: "the lesson's Pod", median: median(lesson), p95: p95(lesson) },
      ratio: median(large) / median(lesson),
      target: { text: `≤ ${BUDGET_MS} ms`, met: median(large) <= BUDGET_MS },
      note: 'a sidecar from the palette dropped on the second app container, each drop one more',
    };
  } finally {
    await context.close();
  }
}
