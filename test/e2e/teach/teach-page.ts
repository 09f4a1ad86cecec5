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
