import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  applyEdit,
  deriveGraph,
  laneAt,
  paletteDropEdits,
  paletteDropIndex,
  paletteRoleAt,
  parseManifest,
  podDocument,
  type Graph,
  type PodView,
} from '../../../shared';
import {
  laneDropEdit,
  laneDropNotice,
  paletteDropNotice,
  whyNoLaneDrop,
} from '../../../shared/graph/lane-drop';
import { template } from '../../support/templates';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  initContainers:
    - name: first
      image: busybox:1.36
    - name: second
      image: busybox:1.36
  containers:
    - name: app
      image: app:1
    - name: helper
      image: helper:1
`;

function model(text: string): { view: PodView; graph: Graph } {
  const view = parseManifest(text).view!;
  return { view, graph: deriveGraph(view) };
}

/** The centre of a node, moved by (dx, dy): where the user lets go of it. */
function centreOf(graph: Graph, id: string, dx = 0, dy = 0) {
  const n = graph.nodes.find((node) => node.id === id)!;
  return { x: n.position.x + n.width / 2 + dx, y: n.position.y + n.height / 2 + dy };
}

function roles(text: string) {
  return parseManifest(text).view!.containers.map((c) => `${c.role}:${c.name}`);
}

describe('dropping a dragged container', () => {
  const { view, graph } = model(POD);

  it('below the next init container reorders the init lane', () => {
    const at = centreOf(graph, 'container:second', 0, 20);
    const edit = laneDropEdit(graph, view, 'first', at);
    expect(edit).toEqual({ type: 'reorderInitContainer', name: 'first', index: 1 });
    const result = applyEdit(POD, edit!);
    expect(result.ok && roles(result.text)).toEqual([
      'init:second',
      'init:first',
      'main:app',
      'sidecar:helper',
    ]);
  });

  it('where it already is does nothing', () => {
    expect(laneDropEdit(graph, view, 'first', centreOf(graph, 'container:first', 5, 5))).toBeNull();
    expect(
      laneDropEdit(graph, view, 'helper', centreOf(graph, 'container:helper', 5, 5)),
    ).toBeNull();
  });

  it('in the init lane turns a sidecar into an init container at that place', () => {
    const at = centreOf(graph, 'container:first', 0, -30);
    const edit = laneDropEdit(graph, view, 'helper', at);
    expect(edit).toEqual({ type: 'moveContainer', name: 'helper', role: 'init', index: 0 });
    const result = applyEdit(POD, edit!);
    expect(result.ok && roles(result.text)).toEqual([
      'init:helper',
      'init:first',
      'init:second',
      'main:app',
    ]);
  });

  it('says that a sidecar made an init container has to exit before the app starts', () => {
    const at = centreOf(graph, 'container:first', 0, -30);
    expect(laneDropNotice(view, laneDropEdit(graph, view, 'helper', at)!)).toBe(
      'helper is an init container now: the app containers start only once it has exited. To keep it running beside them, make it a native sidecar (its menu, Shift+F10).',
    );
    // Where the target has no native sidecars, the way back is the app lane.
    expect(laneDropNotice(view, laneDropEdit(graph, view, 'helper', at)!, '1.28')).toBe(
      'helper is an init container now: the app containers start only once it has exited. Kubernetes 1.28 has no native sidecars: to keep it running, move it back among the app containers.',
    );
    // An init container moved in its lane, or out of it, runs as it did: nothing to say.
    const inits = centreOf(graph, 'container:second', 0, 20);
    expect(laneDropNotice(view, laneDropEdit(graph, view, 'first', inits)!)).toBeNull();
    const apps = centreOf(graph, 'container:helper', 30, 0);
    expect(laneDropNotice(view, laneDropEdit(graph, view, 'first', apps)!)).toBeNull();
  });

  it('in first place of the app lane makes it the main container', () => {
    const at = centreOf(graph, 'container:app', -30, 0);
    expect(laneDropEdit(graph, view, 'helper', at)).toEqual({
      type: 'setMainContainer',
      name: 'helper',
    });
    const fromInit = laneDropEdit(graph, view, 'second', at);
    expect(fromInit).toEqual({ type: 'moveContainer', name: 'second', role: 'app' });
  });

  it('after the main container in the app lane makes an init container a sidecar', () => {
    const at = centreOf(graph, 'container:helper', 30, 0);
    const edit = laneDropEdit(graph, view, 'first', at);
    expect(edit).toEqual({ type: 'moveContainer', name: 'first', role: 'sidecar' });
    const result = applyEdit(POD, edit!);
    expect(result.ok && roles(result.text)).toEqual([
      'init:second',
      'main:app',
      'sidecar:helper',
      'sidecar:first',
    ]);
  });

  it('outside the lanes does nothing', () => {
    expect(laneDropEdit(graph, view, 'app', { x: -500, y: -500 })).toBeNull();
  });
});

describe('dropping a container from the palette', () => {
  const { view, graph } = model(POD);
  const pod = graph.nodes.find((n) => n.type === 'pod')!;
  const roles = ['app', 'sidecar', 'init', 'native-sidecar'] as const;

  /** The text a drop writes in two steps: added last, then moved where it was dropped. */
  function addedThenMoved(role: (typeof roles)[number], at: { x: number; y: number }) {
    return podDocument(POD).apply([{ type: 'addContainer', role }], (after, before) => {
      const names = new Set(before.view?.containers.map((c) => c.name));
      const added = after.view?.containers.find((c) => !names.has(c.name));
      return added && after.graph && after.view
        ? paletteDropEdits(after.graph, after.view, added.name, at, role)
        : [];
    });
  }

  it('adds it at its place in one edit, as adding and moving it would, wherever it is dropped', () => {
    let inOneEdit = 0;
    for (let x = pod.position.x; x <= pod.position.x + pod.width; x += 30) {
      for (let y = pod.position.y; y <= pod.position.y + pod.height; y += 30) {
        // Outside the lanes as they were drawn, it goes where adding puts it (after the adding,
        // the longer lanes may reach the place it was dropped on).
        if (!laneAt(graph, { x, y })) {
          for (const role of roles)
            expect(paletteDropIndex(graph, view, role, { x, y })).toBe('last');
          continue;
        }
        for (const role of roles) {
          const index = paletteDropIndex(graph, view, role, { x, y });
          if (index === null) continue;
          const edit = { type: 'addContainer', role } as const;
          const one = podDocument(POD).apply([index === 'last' ? edit : { ...edit, index }]);
          // Where the adding moved the lanes' edges, the lane as drawn when dropped decides.
          if (!one.ok || laneAt(model(one.text).graph, { x, y }) !== laneAt(graph, { x, y })) {
            continue;
          }
          inOneEdit++;
          const two = addedThenMoved(role, { x, y });
          expect(one.ok && two.ok && one.text === two.text, `${role} at ${x}, ${y}`).toBe(true);
        }
      }
    }
    expect(inOneEdit).toBeGreaterThan(100);
  });

  it('leaves to the move what changes its lane or makes it the main container', () => {
    expect(paletteDropIndex(graph, view, 'sidecar', centreOf(graph, 'container:first'))).toBe(null);
    expect(paletteDropIndex(graph, view, 'app', centreOf(graph, 'container:second'))).toBe(null);
    // An init container dropped among the app containers goes last in its own lane.
    expect(paletteDropIndex(graph, view, 'init', centreOf(graph, 'container:helper'))).toBe('last');
    expect(paletteDropIndex(graph, view, 'app', centreOf(graph, 'container:app', -40))).toBe(null);
    expect(paletteDropIndex(graph, view, 'sidecar', centreOf(graph, 'container:helper', -5))).toBe(
      1,
    );
  });

  it('puts a Sidecar dropped in the init lane last among the app containers before 1.29', () => {
    const at = centreOf(graph, 'container:first');
    expect(paletteRoleAt(graph, 'sidecar', at, '1.28')).toBe('sidecar');
    expect(paletteDropIndex(graph, view, 'sidecar', at, '1.28')).toBe('last');
    expect(paletteDropNotice(graph, 'sidecar', at, 'shipper', '1.27')).toBe(
      'Native sidecars are on by default from Kubernetes 1.29, and Settings targets 1.27: shipper goes last among the app containers, as a sidecar.',
    );
    expect(paletteRoleAt(graph, 'sidecar', at)).toBe('native-sidecar');
  });

  it("keeps the palette's Sidecar a sidecar, after the main container, when dropped on it", () => {
    for (const dx of [-40, 0]) {
      const index = paletteDropIndex(graph, view, 'sidecar', centreOf(graph, 'container:app', dx));
      expect(index).toBe(1);
      const result = podDocument(POD).apply([{ type: 'addContainer', role: 'sidecar', index: 1 }]);
      expect(
        result.ok && model(result.text).view.containers.map((c) => `${c.role}:${c.name}`),
      ).toEqual(['init:first', 'init:second', 'main:app', 'sidecar:sidecar-1', 'sidecar:helper']);
    }
  });
});

describe("dropping the palette's init containers in the app lane", () => {
  const anatomy = template('pod-anatomy.yaml');
  const { view, graph } = model(anatomy);

  /** The text a palette drop writes, as the canvas does it: at its place, else added then moved. */
  function drop(role: 'init' | 'native-sidecar', at: { x: number; y: number }): string {
    const index = paletteDropIndex(graph, view, role, at);
    const result = podDocument(anatomy).apply(
      [
        typeof index === 'number'
          ? { type: 'addContainer', role, index }
          : { type: 'addContainer', role },
      ],
      index !== null
        ? undefined
        : (after, before) => {
            const names = new Set(before.view?.containers.map((c) => c.name));
            const added = after.view?.containers.find((c) => !names.has(c.name));
            return added && after.graph && after.view
              ? paletteDropEdits(after.graph, after.view, added.name, at, role)
              : [];
          },
    );
    if (!result.ok) throw new Error(result.error);
    return result.text;
  }

  const places = {
    'on the main container': centreOf(graph, 'container:api-server'),
    'on its left half': centreOf(graph, 'container:api-server', -40),
    'on a sidecar': centreOf(graph, 'container:log-shipper'),
  };

  for (const [where, at] of Object.entries(places)) {
    it(`adds a Native sidecar ${where} last in initContainers, the main container kept`, () => {
      const pod = parse(drop('native-sidecar', at));
      expect(pod.spec.initContainers.map((c: { name: string }) => c.name)).toEqual([
        'init-migrate',
        'sidecar-1',
      ]);
      expect(pod.spec.initContainers[1].restartPolicy).toBe('Always');
      expect(pod.spec.containers.map((c: { name: string }) => c.name)).toEqual([
        'api-server',
        'log-shipper',
      ]);
      expect(pod.metadata.annotations['kubectl.kubernetes.io/default-container']).toBe(
        'api-server',
      );
    });

    it(`adds an Init container ${where} last in initContainers, the main container kept`, () => {
      const pod = parse(drop('init', at));
      expect(pod.spec.initContainers.map((c: { name: string }) => c.name)).toEqual([
        'init-migrate',
        'init-1',
      ]);
      expect(pod.spec.initContainers[1].restartPolicy).toBeUndefined();
      expect(pod.spec.containers.map((c: { name: string }) => c.name)).toEqual([
        'api-server',
        'log-shipper',
      ]);
      expect(pod.metadata.annotations['kubectl.kubernetes.io/default-container']).toBe(
        'api-server',
      );
    });
  }

  it('says where they went and why', () => {
    const at = places['on the main container'];
    expect(paletteDropNotice(graph, 'native-sidecar', at, 'sidecar-1')).toBe(
      'A native sidecar is an init container that keeps running: sidecar-1 goes last in initContainers, started just before the app containers.',
    );
    expect(paletteDropNotice(graph, 'init', at, 'init-1')).toBe(
      'An init container runs to completion before the app containers start: init-1 goes last in initContainers.',
    );
    const inInitLane = centreOf(graph, 'container:init-migrate', 0, 30);
    expect(paletteDropNotice(graph, 'init', inInitLane, 'init-1')).toBeNull();
    expect(paletteDropNotice(graph, 'sidecar', at, 'sidecar-1')).toBeNull();
  });
});

describe('dropping a dragged container outside the lanes', () => {
  const anatomy = template('pod-anatomy.yaml');
  const { view, graph } = model(anatomy);

  it('on the volumes lane, the network namespace or the kubelet says where it can go', () => {
    // In a container lane, the drop moves it, or it is back where it was: nothing to explain.
    expect(whyNoLaneDrop(graph, 'log-shipper', centreOf(graph, 'container:log-shipper', 5))).toBe(
      null,
    );
    expect(whyNoLaneDrop(graph, 'log-shipper', centreOf(graph, 'container:init-migrate'))).toBe(
      null,
    );
    for (const on of ['volume:app-logs', 'network', 'kubelet']) {
      const at = centreOf(graph, on);
      expect(laneDropEdit(graph, view, 'log-shipper', at), on).toBeNull();
      expect(whyNoLaneDrop(graph, 'log-shipper', at), on).toBe(
        'To move log-shipper, release it in the initContainers or containers lane.',
      );
    }
  });
});
