import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import { PodCanvas } from '../../../renderer/canvas/PodCanvas';
import { edgeTagWidth } from '../../../renderer/canvas/edges/EdgeTag';
import { textWidth, type TextFont } from '../../../renderer/canvas/text-fit';
import { absoluteBoxes } from '../../../renderer/teach/diagram/diagram-svg';
import { LectureMode } from '../../../renderer/teach/LectureMode';
import { useTeachMode } from '../../../renderer/teach/teach-store';
import { deriveGraph, parseManifest, type Box } from '../../../shared';
import native from '../../../assets/templates/native-sidecar.yaml?raw';
import { anatomy, renderTeach } from './helpers';

/**
 * The lecture over the canvas, as the app lays them out, in a canvas of a given size (jsdom has
 * no layout: the size is the one the canvas has on that screen, under the caption or the strip).
 */
let canvas: ReturnType<typeof useStoreApi> | null = null;
function Flow() {
  const store = useStoreApi();
  useEffect(() => {
    canvas = store;
  }, [store]);
  return null;
}
function Lecture() {
  const mode = useTeachMode();
  return (
    <ReactFlowProvider>
      <Flow />
      <PodCanvas />
      {mode === 'lecture' && <LectureMode />}
    </ReactFlowProvider>
  );
}

const view = () => canvas!.getState().transform;
const resize = (width: number, height: number) => act(() => canvas!.setState({ width, height }));

/** Waits until the camera has stopped: the same view for half a second (its moves take 400 ms at most). */
async function settled(): Promise<void> {
  let last = '';
  let since = Date.now();
  await waitFor(
    () => {
      const now = view().join(',');
      if (now !== last) [last, since] = [now, Date.now()];
      expect(Date.now() - since).toBeGreaterThanOrEqual(500);
    },
    { timeout: 8000, interval: 100 },
  );
}

const ui = (size: number, weight = 400): TextFont => ({ size, family: '--font', weight });

/** Where the canvas draws the words of `text` (its Pod), in flow units, as app.css lays them out. */
function wordsOf(text: string) {
  const graph = deriveGraph(parseManifest(text).view!);
  const boxes = absoluteBoxes(graph.nodes);
  const box = (id: string) => boxes.get(id)!;
  const line = (x: number, y: number, width: number, height = 20): Box => ({ x, y, width, height });
  const pod = box('pod');
  const band = box('network');
  const kubelet = box('kubelet');
  const lane = box('volume-lane');
  const bandLeft = band.x + 15.5;
  const tag = (container: string, path: string, ro?: 'ro'): Box => {
    const c = box(`container:${container}`);
    const width = edgeTagWidth(path, ro);
    return line(c.x + c.width / 2 - width / 2, c.y + c.height + 8, width);
  };
  return {
    box,
    'the Pod’s name line': line(pod.x, pod.y - 30, 60),
    'the band’s title and hint': line(
      bandLeft,
      band.y + 10,
      textWidth('Shared Network Namespace', ui(13, 650)) +
        10 +
        textWidth('localhost, same IP, same ports', ui(12.5)),
    ),
    'the band’s :8080 chip': line(
      bandLeft,
      band.y + 36,
      textWidth(':8080 api-server (http)', { size: 12.5, family: '--mono', weight: 400 }) + 16,
    ),
    // One line, or as many as the footer's width wraps it onto.
    'the kubelet’s line': line(
      kubelet.x + 19,
      kubelet.y + 18,
      Math.min(
        kubelet.width - 38,
        textWidth('kubelet on Node', ui(13, 700)) +
          14 +
          textWidth(
            'Starts initContainers first → then all containers in parallel → monitors liveness/readiness',
            ui(13),
          ),
      ),
    ),
    'log-shipper’s read-only mount tag': tag('log-shipper', '/var/log/app', 'ro'),
    'the volumes’ caption': line(
      lane.x + 15,
      lane.y + lane.height - 48,
      textWidth('shared by the containers that mount them; live as long as the Pod', ui(12.5)),
      36,
    ),
  };
}

/** Those of `boxes` not wholly on the screen, `top` pixels below the canvas's top edge. */
function offScreen(boxes: Record<string, Box>, top = 0): string[] {
  const [x, y, zoom] = view();
  const { width, height } = canvas!.getState();
  return Object.entries(boxes)
    .filter(([, b]) => {
      const [left, right] = [x + b.x * zoom, x + (b.x + b.width) * zoom];
      const [up, down] = [y + b.y * zoom, y + (b.y + b.height) * zoom];
      return left < 0 || right > width || up < top || down > height;
    })
    .map(([name]) => name);
}

/** The lecture started on `text` in a canvas `width` × `height`, once its camera has stopped. */
async function lecture(text: string, width: number, height: number) {
  const rendered = renderTeach(<Lecture />, { text });
  await screen.findAllByText('log-shipper');
  resize(width, height);
  act(() => rendered.teach.getState().setMode('lecture'));
  await settled();
  return rendered;
}

describe('Projector mode', { timeout: 60_000 }, () => {
  it.each([
    // The canvas above the strip: 200 px of 720 at 1280 × 720, 228 px of 700 at 1024 × 700.
    // `words`: the zoom the band's and the kubelet's words (12.5 and 13 px) are drawn at 18 px
    // or more at, where the whole band fits so; else at 15 px (LECTURE_ZOOM, 1.22).
    { screen: '1280 × 720', width: 1280, height: 520, zoom: 1.8, words: 1.44 },
    { screen: '1024 × 700', width: 1024, height: 472, zoom: 1.2, words: 1.22 },
  ])(
    'at $screen keeps each step’s part whole on the screen: the band, the volumes, the kubelet, with their words',
    async ({ width, height, zoom, words: least }) => {
      const { teach, user } = await lecture(anatomy, width, height);
      const words = wordsOf(anatomy);
      await user.click(screen.getByRole('button', { name: 'Projector' }));
      act(() => teach.getState().setLectureStep(1));
      await settled();
      expect(
        offScreen({
          'the Pod’s name line': words['the Pod’s name line'],
          'the band’s title and hint': words['the band’s title and hint'],
          'the band’s :8080 chip': words['the band’s :8080 chip'],
          'the band, to its right-hand edge': words.box('network'),
        }),
      ).toEqual([]);
      expect(view()[2]).toBeGreaterThanOrEqual(least);

      act(() => teach.getState().setLectureStep(5));
      await settled();
      expect(
        offScreen({
          'the volume app-logs': words.box('volume:app-logs'),
          'the volumes’ caption': words['the volumes’ caption'],
          'log-shipper’s read-only mount tag': words['log-shipper’s read-only mount tag'],
          'the volumes’ lane, to its right-hand edge': words.box('volume-lane'),
        }),
      ).toEqual([]);
      expect(view()[2]).toBeGreaterThanOrEqual(least);

      act(() => teach.getState().setLectureStep(6));
      await settled();
      expect(
        offScreen({
          'the kubelet’s line': words['the kubelet’s line'],
          'the kubelet, to its right-hand edge': words.box('kubelet'),
        }),
      ).toEqual([]);
      expect(view()[2]).toBeGreaterThanOrEqual(least);

      // The init containers (10 px order badges) at 18 px at 1280 × 720.
      act(() => teach.getState().setLectureStep(2));
      await settled();
      expect(view()[2]).toBeGreaterThanOrEqual(zoom);
    },
  );
});

describe('The lecture without projector mode, on a taller Pod', { timeout: 60_000 }, () => {
  // The canvas above the caption at 1280 × 720 (its zoom buttons are in the caption, below).
  const [width, height] = [1280, 459];

  it('shows the init containers’ lane whole: its heading, the native sidecar that starts first, then init-migrate', async () => {
    const { teach } = await lecture(native, width, height);
    const { box } = wordsOf(native);
    act(() => teach.getState().setLectureStep(2));
    await settled();
    const lane = box('init-lane');
    expect(
      offScreen({
        'the lane’s heading': { ...lane, height: 52 },
        'log-shipper (1)': box('container:log-shipper'),
        'init-migrate (2)': box('container:init-migrate'),
      }),
    ).toEqual([]);
  });

  it('shows the volumes and their caption at 12 px words or more, and cuts no card at the canvas’s edge', async () => {
    const { teach } = await lecture(native, width, height);
    const words = wordsOf(native);
    act(() => teach.getState().setLectureStep(5));
    await settled();
    expect(
      offScreen({
        'the volume app-logs': words.box('volume:app-logs'),
        'the volume promtail-config': words.box('volume:promtail-config'),
        'the volumes’ caption': words['the volumes’ caption'],
      }),
    ).toEqual([]);
    expect(view()[2]).toBeGreaterThanOrEqual(1.22);

    // The sidecar's step: log-shipper whole, and init-migrate under it not cut in two by the
    // canvas's bottom edge (the caption's top).
    act(() => teach.getState().setLectureStep(4));
    await settled();
    expect(offScreen({ 'log-shipper': words.box('container:log-shipper') })).toEqual([]);
    const [, y, zoom] = view();
    const migrate = words.box('container:init-migrate');
    const [top, bottom] = [y + migrate.y * zoom, y + (migrate.y + migrate.height) * zoom];
    expect(top >= height - 0.5 || bottom <= height + 0.5, 'init-migrate cut at the edge').toBe(
      true,
    );
  });
});

describe('Leaving the lecture', { timeout: 30_000 }, () => {
  it('gives back the view the user had chosen, not the fitted one', async () => {
    const { teach, user } = renderTeach(<Lecture />);
    await screen.findByText('log-shipper');
    resize(1280, 459);
    await settled();
    // The user's zoom and pan, as two clicks on Zoom In and a drag leave it.
    await act(() => canvas!.getState().panZoom!.setViewport({ x: -125, y: -14, zoom: 1.4 }));
    await settled();
    const chosen = view();
    expect(chosen).toEqual([-125, -14, 1.4]);
    act(() => teach.getState().setMode('lecture'));
    await settled();
    expect(view()).not.toEqual(chosen);
    await user.click(screen.getByRole('button', { name: 'Leave lecture' }));
    await settled();
    expect(view()[2]).toBeCloseTo(chosen[2], 3);
    expect(view()[0]).toBeCloseTo(chosen[0], 1);
    expect(view()[1]).toBeCloseTo(chosen[1], 1);
  });
});
