import { describe, expect, it } from 'vitest';
import { mountPathProblem, placePrompt, PROMPT_GAP } from '../../../renderer/canvas/MountPrompt';
import { MENU_MARGIN } from '../../../renderer/canvas/NodeMenu';

/** The canvas of a 1024 × 700 window: right of the palette, above the Problems panel. */
const canvas = { left: 140, top: 52, right: 711, bottom: 490 };
const size = { width: 280, height: 170 };
const point = (x: number, y: number) => ({ left: x, top: y, right: x, bottom: y });

/** Whether a prompt placed at `at` lies inside the canvas, its margin kept. */
const inside = (at: { x: number; y: number }, room = canvas) =>
  at.x >= room.left + MENU_MARGIN &&
  at.y >= room.top + MENU_MARGIN &&
  at.x + size.width <= room.right - MENU_MARGIN &&
  at.y + size.height <= room.bottom - MENU_MARGIN;

describe('where the mount prompt opens', () => {
  it('opens centred under the point where the user let go, when it fits there', () => {
    expect(placePrompt(point(400, 100), size, canvas)).toEqual({ x: 260, y: 100 + PROMPT_GAP });
  });

  it("keeps clear of the palette: a node at the canvas's left edge does not push it under", () => {
    // The volume node of the lesson's Pod, near the palette.
    const volume = { left: 150, top: 120, right: 300, bottom: 160 };
    const at = placePrompt(volume, size, canvas);
    expect(at.x).toBe(canvas.left + MENU_MARGIN);
    expect(at.y).toBe(volume.bottom + PROMPT_GAP);
    expect(inside(at)).toBe(true);
  });

  it('keeps clear of the side pane on the right', () => {
    const at = placePrompt(point(700, 100), size, canvas);
    expect(at.x + size.width).toBe(canvas.right - MENU_MARGIN);
    expect(inside(at)).toBe(true);
  });

  it('opens above a node near the Problems panel, leaving the node in view', () => {
    const volume = { left: 229, top: 353, right: 375, bottom: 391 };
    const at = placePrompt(volume, size, canvas);
    expect(at.y + size.height).toBe(volume.top - PROMPT_GAP);
    expect(inside(at)).toBe(true);
  });

  it('moves up a little rather than jumping over a point just short of room below', () => {
    const at = placePrompt(point(400, 300), size, canvas);
    expect(at.y).toBe(canvas.bottom - MENU_MARGIN - size.height);
    expect(at.y).toBeGreaterThanOrEqual(300);
  });

  it('is pushed back inside when there is room neither below nor above', () => {
    const short = { ...canvas, bottom: 300 };
    const at = placePrompt({ left: 300, top: 100, right: 400, bottom: 200 }, size, short);
    expect(inside(at, short)).toBe(true);
  });

  it('is centred in the canvas without an anchor', () => {
    expect(placePrompt(null, size, canvas)).toEqual({ x: 285.5, y: 186 });
  });

  it('shows its top-left corner in a room too small for it', () => {
    const tiny = { left: 140, top: 52, right: 300, bottom: 150 };
    expect(placePrompt(point(200, 100), size, tiny)).toEqual({ x: 148, y: 60 });
  });
});

describe('the paths the mount prompt refuses', () => {
  const taken = ['/data', '/var/log/app/'];
  it('refuses a relative path, a colon, and a directory already mounted however it is written', () => {
    expect(mountPathProblem('data', taken)).toMatch(/absolute/);
    expect(mountPathProblem('/a:b', taken)).toMatch(/":"/);
    expect(mountPathProblem('/data', taken)).toBe(
      'This container already mounts a volume at this path.',
    );
    expect(mountPathProblem('/data/', taken)).toBe(
      'This container already mounts a volume at /data, the same directory.',
    );
    expect(mountPathProblem('//data', taken)).toMatch(/at \/data, the same directory/);
    expect(mountPathProblem('/x/../data/.', taken)).toMatch(/at \/data, the same directory/);
    expect(mountPathProblem('/var/log/app', taken)).toMatch(/at \/var\/log\/app\/, the same/);
  });

  it('takes a new directory, and one inside a mounted one', () => {
    expect(mountPathProblem('/cache', taken)).toBeNull();
    expect(mountPathProblem('/data/sub', taken)).toBeNull();
    expect(mountPathProblem('/', taken)).toBeNull();
  });
});
