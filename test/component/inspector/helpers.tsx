import { vi } from 'vitest';
import { act, configure, render, screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { Inspector } from '../../../renderer/inspector/Inspector';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';
import podAnatomy from '../../../assets/templates/pod-anatomy.yaml?raw';

export const anatomy: string = podAnatomy;

// The forms are large: skipping the visibility walk of every role query keeps them fast (nothing
// in the inspector is hidden from the accessibility tree except by a closed section).
configure({ defaultHidden: true });

// A whole form is a few hundred elements in jsdom; on a busy two-core machine a test that types
// into several fields can pass the default 5 s without anything being wrong.
vi.setConfig({ testTimeout: 20_000 });

/**
 * Renders the inspector over a fresh store holding `text`, with `selection` selected in
 * `document` (of a multi-document file) when one is chosen.
 */
export function renderInspector(selection: string[] = [], text = anatomy, document?: number) {
  const store = createPodStore({ text, fileName: 'pod.yaml' });
  if (document !== undefined) store.getState().chooseDocument(document);
  store.getState().select(selection);
  // No CSS is loaded in these tests, so checking pointer-events on every action finds nothing.
  const user = userEvent.setup({
    delay: null,
    skipHover: true,
    pointerEventsCheck: PointerEventsCheckLevel.Never,
  });
  const view = render(
    <PodStoreProvider store={store}>
      <Inspector />
    </PodStoreProvider>,
  );
  return { store, user, view, text: () => store.getState().text };
}

/** The text with `from` replaced by `to` once: what a minimal edit should produce. */
export function replaced(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`"${from}" is not in the text`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export { screen };

/**
 * The page's frames, run by hand from now on (undone by vi.unstubAllGlobals): `paint()` runs the
 * frame callbacks waiting, as the browser does before it paints.
 */
export function framesByHand(): { paint: () => void } {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
  return { paint: () => act(() => frames.splice(0).forEach((frame) => frame(performance.now()))) };
}
