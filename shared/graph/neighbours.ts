import type { PodLinks } from '../links/links';
import type { FileObject } from '../links/objects';
import type { ContainerNodeData, Graph, GraphNode } from './types';
import { nodeId } from './ids';
import { HANDLE } from './types';

/**
 * The objects a Pod needs, drawn outside its box as the lesson's diagram draws them: each
 * ConfigMap, Secret and claim beside the volumes and containers that use it, and the Services
 * that select the Pod beside the containers they forward to. A pure function of the Pod's graph
 * and its links; kept apart from the Pod's own graph, which they do not change.
 */

export interface NeighbourNodeData {
  kind: string;
  name: string;
  /** Its document in the file (0-based), or null when the file does not hold it. */
  document: number | null;
  /** The keys the Pod reads from it, and those it lacks. */
  keys: string[];
  missingKeys: string[];
  [key: string]: unknown;
}

export interface NeighbourNode {
  id: string;
  type: 'neighbour';
  position: { x: number; y: number };
  width: number;
  height: number;
  data: NeighbourNodeData;
  ariaLabel: string;
  draggable: false;
  connectable: false;
  deletable: false;
}

export interface NeighbourEdge {
  id: string;
  /** Drawn as a smooth-step path (renderer/canvas/edges/NeighbourEdge.tsx). */
  type: 'neighbour';
  source: string;
  target: string;
  sourceHandle: string;
  targetHandle: string;
  label?: string;
  ariaLabel: string;
  className: string;
  selectable: false;
  deletable: false;
  focusable: false;
  zIndex: number;
}

export interface Neighbours {
  nodes: NeighbourNode[];
  edges: NeighbourEdge[];
}

export const NEIGHBOUR = {
  width: 230,
  height: 72,
  gap: 20,
  /** From the Pod box's right edge to the objects' column. */
  offset: 96,
  /** The handle each object's links leave from. */
  handle: 'neighbour',
} as const;

export const neighbourId = (kind: string, name: string) => `neighbour:${kind}/${name}`;

/** Node positions on the canvas: a child's position is relative to its parent. */
function absolute(graph: Graph): Map<string, { x: number; y: number; node: GraphNode }> {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = new Map<string, { x: number; y: number; node: GraphNode }>();
  const place = (node: GraphNode): { x: number; y: number } => {
    const known = out.get(node.id);
    if (known) return known;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    const base = parent ? place(parent) : { x: 0, y: 0 };
    const at = { x: base.x + node.position.x, y: base.y + node.position.y, node };
    out.set(node.id, at);
    return at;
  };
  graph.nodes.forEach(place);
  return out;
}

interface Wanted {
  id: string;
  data: NeighbourNodeData;
  label: string;
  targets: { id: string; handle: string; label?: string }[];
}

/**
 * Where the editor goes to show an object the file holds: its name, or its document's start.
 * Read when asked, not kept in the node: a keystroke above the object moves it, and the node
 * stays the same object on the canvas.
 */
export function neighbourOffset(links: PodLinks, kind: string, name: string): number | null {
  const object =
    kind === 'Service'
      ? links.services.find((s) => s.name === name)
      : links.needs.find((n) => n.kind === kind && n.name === name)?.object;
  return object ? (object.nameRange?.from ?? object.range.from) : null;
}

/**
 * Which of the Pod's containers a Service forwards to: those with its target ports (a name of
 * the port's protocol, or a number), among the containers that keep running. A number no port
 * declares still reaches the Pod, and so does a Service without ports (a headless one): drawn to
 * the main container. A name no port has reaches nothing, and no link is drawn
 * (`pod/unknown-target-port` reports it).
 */
function serviceTargets(graph: Graph, service: FileObject): string[] {
  const containers = graph.nodes.filter(
    (n) => n.type === 'container' && (n.data as ContainerNodeData).role !== 'init',
  );
  const ports = service.ports ?? [];
  const hit = containers.filter((c) =>
    (c.data as ContainerNodeData).ports.some((p) =>
      ports.some((t) =>
        typeof t.target === 'string'
          ? t.target === p.name && t.protocol === p.protocol
          : t.target === p.containerPort,
      ),
    ),
  );
  if (hit.length > 0) return hit.map((c) => c.id);
  const main = containers.find((c) => (c.data as ContainerNodeData).role === 'main');
  // A Service without ports (a headless one) still selects the Pod.
  const reaches = ports.length === 0 || ports.some((t) => typeof t.target === 'number');
  return main && reaches ? [main.id] : [];
}

/**
 * Each user once, at its first reference, in order: a ConfigMap read by every container's env
 * has hundreds of references on a large Pod.
 */
function firstOfEach<T extends { id: string }>(targets: readonly T[]): T[] {
  const seen = new Set<string>();
  return targets.filter((t) => !seen.has(t.id) && Boolean(seen.add(t.id)));
}

export function deriveNeighbours(graph: Graph | null, links: PodLinks): Neighbours {
  if (!graph || (links.needs.length === 0 && links.services.length === 0)) {
    return { nodes: [], edges: [] };
  }
  const places = absolute(graph);
  const pod = graph.nodes.find((n) => n.type === 'pod');
  if (!pod) return { nodes: [], edges: [] };
  const wanted: Wanted[] = [];
  for (const service of links.services) {
    wanted.push({
      id: neighbourId('Service', service.name),
      label: `Service ${service.name}`,
      data: {
        kind: 'Service',
        name: service.name,
        document: service.index,
        keys: [],
        missingKeys: [],
      },
      targets: serviceTargets(graph, service).map((id) => ({ id, handle: 'right' })),
    });
  }
  for (const need of links.needs) {
    const targets = need.references.flatMap((r): Wanted['targets'] => {
      if (r.volume !== undefined) {
        // The volume's one handle (the canvas connects in loose mode): a second one would make
        // the handle a person drags to mount it ambiguous.
        return [{ id: nodeId.volume(r.volume), handle: HANDLE.top }];
      }
      if (r.container === undefined) return [];
      const variable = r.path.includes('envFrom') ? 'envFrom' : 'env';
      return [{ id: nodeId.container(r.container), handle: 'right', label: variable }];
    });
    wanted.push({
      id: neighbourId(need.kind, need.name),
      label: `${need.kind} ${need.name}`,
      data: {
        kind: need.kind,
        name: need.name,
        document: need.object?.index ?? null,
        keys: need.keys,
        missingKeys: need.missingKeys,
      },
      targets: firstOfEach(targets),
    });
  }
  // Each object as near as it can be to the middle of what uses it, without overlapping.
  const centre = (w: Wanted) => {
    const ys = w.targets.flatMap((t) => {
      const at = places.get(t.id);
      return at ? [at.y + at.node.height / 2] : [];
    });
    return ys.length > 0 ? ys.reduce((a, b) => a + b, 0) / ys.length : pod.height / 2;
  };
  // The objects from the top down, as a screen reader and Tab go through them.
  const order = wanted.map((w) => ({ w, y: centre(w) })).sort((a, b) => a.y - b.y);
  const x = pod.position.x + pod.width + NEIGHBOUR.offset;
  let bottom = -Infinity;
  const nodes: NeighbourNode[] = [];
  for (const { w, y } of order) {
    const top = Math.max(y - NEIGHBOUR.height / 2, bottom + NEIGHBOUR.gap);
    bottom = top + NEIGHBOUR.height;
    const missing = w.data.document === null;
    nodes.push({
      id: w.id,
      type: 'neighbour',
      position: { x, y: top },
      width: NEIGHBOUR.width,
      height: NEIGHBOUR.height,
      data: w.data,
      ariaLabel: `${w.label}${missing ? ', not in this file' : `, document ${w.data.document! + 1}`}`,
      draggable: false,
      connectable: false,
      deletable: false,
    });
  }
  // The links in the order the Pod's links list the objects (Services, then what it needs),
  // which a node moved in the Pod does not change: the canvas keeps the same list of links then,
  // and React Flow has nothing to redo for them.
  const edges: NeighbourEdge[] = [];
  for (const w of wanted) {
    const missing = w.data.document === null;
    for (const target of w.targets) {
      if (!places.has(target.id)) continue;
      edges.push({
        id: `uses:${w.id}->${target.id}`,
        type: 'neighbour',
        source: w.id,
        target: target.id,
        sourceHandle: NEIGHBOUR.handle,
        targetHandle: target.handle,
        ...(target.label ? { label: target.label } : {}),
        ariaLabel: `${w.label} used by ${target.id.replace(':', ' ')}`,
        className: `pb-neighbour-edge${missing ? ' is-missing' : ''}`,
        selectable: false,
        deletable: false,
        focusable: false,
        // Under the Pod's nodes: a link that passes behind the kubelet's box is hidden there.
        zIndex: -1,
      });
    }
  }
  return { nodes, edges };
}
