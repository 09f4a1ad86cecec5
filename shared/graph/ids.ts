/**
 * The ids of canvas nodes and edges: stable across re-derivation, so that a selection survives
 * an edit, and unique even while two containers (or volumes) share a name, so that each is drawn.
 * Every place that builds or reads an id goes through here.
 */

/** Which of the things named `name` this is: 1 for the first, 2 for a duplicate after it, … */
export interface NodeRef {
  kind: 'container' | 'volume';
  name: string;
  nth: number;
}

function named(kind: NodeRef['kind'], name: string, nth = 1): string {
  return nth > 1 ? `${kind}:${name}#${nth}` : `${kind}:${name}`;
}

export const nodeId = {
  pod: 'pod',
  container: (name: string, nth = 1) => named('container', name, nth),
  volume: (name: string, nth = 1) => named('volume', name, nth),
};

/** The container or volume a node id names, or null for frame nodes. */
export function parseNodeId(id: string): NodeRef | null {
  const kind = id.startsWith('container:')
    ? 'container'
    : id.startsWith('volume:')
      ? 'volume'
      : null;
  if (!kind) return null;
  const rest = id.slice(kind.length + 1);
  const duplicate = /^(.*)#(\d+)$/.exec(rest);
  if (duplicate && Number(duplicate[2]) > 1) {
    return { kind, name: duplicate[1]!, nth: Number(duplicate[2]) };
  }
  return { kind, name: rest, nth: 1 };
}

/** Gives each item of a list its nth among the items named as it is. */
export function occurrences(): (name: string) => number {
  const seen = new Map<string, number>();
  return (name) => {
    const nth = (seen.get(name) ?? 0) + 1;
    seen.set(name, nth);
    return nth;
  };
}

export const edgeId = {
  /** The link from a volume to mount `index` of the container whose node id is `container`. */
  mount: (container: string, index: number) =>
    `mount:${container.slice('container:'.length)}:${index}`,
  sequence: (from: string, to: string) => `sequence:${from}->${to}`,
};

/** The container node and mount index a mount edge id names, or null for another id. */
export function parseMountEdgeId(
  id: string,
): { container: NodeRef; containerId: string; index: number } | null {
  if (!id.startsWith('mount:')) return null;
  // The index follows the last ':' (a container name may hold one, if it is invalid).
  const rest = id.slice('mount:'.length);
  const at = rest.lastIndexOf(':');
  const index = Number(rest.slice(at + 1));
  if (at <= 0 || !Number.isInteger(index) || index < 0) return null;
  const containerId = `container:${rest.slice(0, at)}`;
  const container = parseNodeId(containerId);
  return container ? { container, containerId, index } : null;
}
