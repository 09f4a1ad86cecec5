import { describe, expect, it } from 'vitest';
import { mountRoute, tagTop } from '../../../shared/graph/mount-route';

/** The points a path's commands end at, in order (M, L, V and Q's end point). */
function points(path: string): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  let at = { x: 0, y: 0 };
  for (const [, command, args] of path.matchAll(/([MLVQ])([^MLVQ]*)/g)) {
    const n = args!.split(/[ ,]+/).filter(Boolean).map(Number);
    if (command === 'V') at = { x: at.x, y: n[0]! };
    else at = { x: n[n.length - 2]!, y: n[n.length - 1]! };
    out.push(at);
  }
  return out;
}

describe('a mount edge’s route', () => {
  // A volume below and to the left of its container, the mount second in a column of three.
  const input = {
    sourceX: 100,
    sourceY: 900,
    targetX: 400,
    targetY: 300,
    index: 1,
    first: 0,
    last: 2,
    columnWidth: 120,
    busY: 800,
  };
  const middle = tagTop(300, 1) + 10;

  it('ends at its tag’s side, the stem at the column’s first tag', () => {
    const route = mountRoute(input);
    const drawn = points(route.path);
    expect(drawn[0]).toEqual({ x: 400, y: 300 });
    expect(drawn[1]).toEqual({ x: 400, y: tagTop(300, 0) });
    expect(drawn.at(-1)).toEqual({ x: 400 - 60, y: middle });
    expect(route).toMatchObject({ tagX: 400, tagY: tagTop(300, 1) });
  });

  it('without its tag, joins the container: on to the column’s middle, the stem down to it', () => {
    const drawn = points(mountRoute({ ...input, bare: true }).path);
    expect(drawn[0]).toEqual({ x: 400, y: 300 });
    expect(drawn[1]).toEqual({ x: 400, y: middle });
    expect(drawn.at(-1)).toEqual({ x: 400, y: middle });
    // The run into the column stays level: no corner where the tag's side was.
    const last = drawn.slice(-3);
    expect(last.every((p) => p.y === middle)).toBe(true);
  });
});
