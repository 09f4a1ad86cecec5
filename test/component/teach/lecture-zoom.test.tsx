import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { PodCanvas } from '../../../renderer/canvas/PodCanvas';
import { LectureMode } from '../../../renderer/teach/LectureMode';
import { useTeachMode } from '../../../renderer/teach/teach-store';
import { renderTeach } from './helpers';

/**
 * The canvas pane as the app lays it out in a lecture: the canvas, the caption under it, in the
 * page's root, which says the mode by its class.
 */
let canvas: ReturnType<typeof useStoreApi> | null = null;
function Flow() {
  const store = useStoreApi();
  useEffect(() => {
    canvas = store;
  }, [store]);
  return null;
}
function Pane() {
  const mode = useTeachMode();
  return (
    <ReactFlowProvider>
      <div className={`app${mode === 'lecture' ? ' is-lecture' : ''}`}>
        <section className="canvas-pane" aria-label="Canvas">
          <Flow />
          <PodCanvas />
          {mode === 'lecture' && <LectureMode />}
        </section>
      </div>
    </ReactFlowProvider>
  );
}

// The teaching views' stylesheet, as the app loads it (jsdom applies its display rules; CSS
// imported in the tests is empty).
const teachCss = readFileSync(join(process.cwd(), 'renderer/teach/teach.css'), 'utf8');
let sheet: HTMLStyleElement | null = null;
afterEach(() => sheet?.remove());

describe('The lecture’s zoom buttons', () => {
  it('sit in the caption, without projector mode too, not over the canvas they would cover', async () => {
    sheet = document.head.appendChild(document.createElement('style'));
    sheet.textContent = teachCss;
    const { teach, user } = renderTeach(<Pane />);
    await screen.findAllByText('log-shipper');
    const canvasZoomIn = () =>
      within(screen.getByRole('application')).queryAllByRole('button', { name: 'Zoom In' });
    // Editing: the canvas's own buttons, in its corner.
    expect(canvasZoomIn()).toHaveLength(1);

    act(() => teach.getState().setMode('lecture'));
    const lecture = await screen.findByRole('region', { name: 'Lecture' });
    expect(within(lecture).getByRole('button', { name: 'Projector' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    const zoom = within(lecture).getByRole('group', { name: 'Zoom' });
    for (const name of ['Zoom In', 'Zoom Out', 'Fit View']) {
      expect(within(zoom).getByRole('button', { name })).toBeVisible();
    }
    // The canvas's corner is the diagram's: its own buttons are hidden, so each name is once.
    const corner = document.querySelector('.react-flow__controls')!;
    expect(getComputedStyle(corner).display).toBe('none');
    // (`hidden: false` said: the inspector's tests, in the same worker, count hidden ones.)
    expect(screen.getAllByRole('button', { name: 'Zoom In', hidden: false })).toHaveLength(1);

    // They zoom the canvas, as its own do.
    const before = canvas!.getState().transform[2];
    await user.click(within(zoom).getByRole('button', { name: 'Zoom In' }));
    await expect
      .poll(() => canvas!.getState().transform[2], { timeout: 3000 })
      .toBeGreaterThan(before);
  });
});
