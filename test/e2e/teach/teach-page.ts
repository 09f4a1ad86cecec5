import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { node } from '../support/app';

/** Page helpers for the teaching views, by the names a screen reader announces. */
export const teach = {
  simulateButton: (page: Page) => page.getByRole('button', { name: 'Simulate', exact: true }),
  lectureButton: (page: Page) => page.getByRole('button', { name: 'Lecture', exact: true }),
  simulation: (page: Page) => page.getByRole('region', { name: 'Simulation' }),
  lecture: (page: Page) => page.getByRole('region', { name: 'Lecture' }),
  kubectlLine: (page: Page) => page.getByRole('status', { name: 'kubectl get pods' }),
  timeSlider: (page: Page) => page.getByRole('slider', { name: 'Time' }),
  control: (page: Page, name: string) =>
    teach.simulation(page).getByRole('button', { name, exact: true }),
  select: (page: Page, name: string) => teach.simulation(page).getByRole('combobox', { name }),
};

/** The status badge the canvas shows on a container node while a scenario plays. */
export function badge(page: Page, label: string): Locator {
  return node(page, label).locator('.pb-status');
}

/** Whether the container node's box is lit (its process runs at this moment). */
export async function isLit(page: Page, label: string): Promise<boolean> {
  return node(page, label)
    .locator('.pb-container')
    .evaluate((el) => el.classList.contains('pb-lit'));
}

/**
 * Any canvas node by its label, frames included (the Pod box, the band and the kubelet are not
 * focusable, so they are not groups to a screen reader).
 */
export function anyNode(page: Page, label: string): Locator {
  return page.locator(`.react-flow__node[aria-label="${label}"]`);
}

/** The classes React Flow's wrapper of a canvas node carries. */
export async function nodeClasses(page: Page, label: string): Promise<string[]> {
  return anyNode(page, label).evaluate((el) => [...el.classList]);
}

/** Moves the timeline to `seconds`, as dragging the slider there would. */
export async function scrubTo(page: Page, seconds: number): Promise<void> {
  await teach.timeSlider(page).fill(String(seconds));
}

/**
 * What a container node's status badge covers that it should not, as readable strings: the
 * node's border, one of its handles, a mount tag, or its own words running out of it. Empty when
 * it sits clear inside the node.
 */
export async function statusOverlaps(page: Page, label: string): Promise<string[]> {
  return node(page, label).evaluate((group) => {
    const found: string[] = [];
    const box = group.querySelector('.pb-container');
    const status = group.querySelector('.pb-status');
    if (!box || !status) return ['no status badge'];
    const b = box.getBoundingClientRect();
    const s = status.getBoundingClientRect();
    const style = getComputedStyle(box);
    // The border is drawn in the node's scale: compare in screen pixels, as the rectangles are.
    const scale = b.width / (box as HTMLElement).offsetWidth;
    const inner = {
      left: b.left + parseFloat(style.borderLeftWidth) * scale,
      right: b.right - parseFloat(style.borderRightWidth) * scale,
      top: b.top + parseFloat(style.borderTopWidth) * scale,
      bottom: b.bottom - parseFloat(style.borderBottomWidth) * scale,
    };
    const side = (name: string, over: number) => over > 0.5 && found.push(`${name} border`);
    side('left', inner.left - s.left);
    side('right', s.right - inner.right);
    side('top', inner.top - s.top);
    side('bottom', s.bottom - inner.bottom);
    const meets = (r: DOMRect) =>
      r.width > 0 && r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom;
    for (const handle of group.querySelectorAll('.pb-handle')) {
      if (
        getComputedStyle(handle).visibility === 'hidden' ||
        getComputedStyle(handle).opacity === '0'
      )
        continue;
      if (meets(handle.getBoundingClientRect())) found.push('a handle');
    }
    for (const tag of document.querySelectorAll('.pb-edge-tag'))
      if (meets(tag.getBoundingClientRect())) found.push(`the tag "${tag.textContent ?? ''}"`);
    for (const line of status.querySelectorAll('.pb-status__line')) {
      const range = document.createRange();
      range.selectNodeContents(line);
      const r = range.getBoundingClientRect();
      if (r.right > s.right + 0.5 || r.bottom > s.bottom + 0.5)
        found.push(`its words "${line.textContent ?? ''}" run out of it`);
    }
    return found;
  });
}

/** The canvas's zoom, read from its transform. */
export const zoomOf = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

/**
 * The smallest text drawn on the canvas inside the visible pane, as the eye sees it: each text
 * node's computed font size times the canvas's zoom, in CSS pixels; with how many were measured.
 */
export function smallestVisibleText(page: Page) {
  return page.locator('.react-flow').evaluate((flow) => {
    const pane = flow.getBoundingClientRect();
    const viewport = flow.querySelector('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const walker = document.createTreeWalker(
      flow.querySelector('.react-flow__nodes')!,
      NodeFilter.SHOW_TEXT,
    );
    let smallest = Infinity;
    let count = 0;
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const element = text.parentElement;
      if (!element || !text.textContent?.trim()) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const r = element.getBoundingClientRect();
      if (r.width === 0 || r.right < pane.left || r.left > pane.right) continue;
      if (r.bottom < pane.top || r.top > pane.bottom) continue;
      smallest = Math.min(smallest, parseFloat(style.fontSize) * zoom);
      count++;
    }
    return { smallest, count };
  });
}

/** The canvas's zoom once its animation is over: two equal readings 300 ms apart. */
export async function settledZoom(page: Page): Promise<number> {
  let last = 0;
  await expect
    .poll(
      async () => {
        const now = await zoomOf(page);
        const same = now === last;
        last = now;
        return same;
      },
      { interval: 300 },
    )
    .toBe(true);
  return last;
}
