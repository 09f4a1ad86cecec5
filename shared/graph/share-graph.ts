/** Equality of plain data (objects, arrays, primitives), as the graph holds. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/**
 * `item`, or `old` when they are equal; else `item` with each of its properties equal to
 * `old`'s kept as `old`'s object (a node that moved keeps its data, so what it shows is not
 * drawn again).
 */
function share<T extends object>(item: T, old: T): T {
  let copy: T | null = null;
  let changed = false;
  for (const key of Object.keys(item) as (keyof T)[]) {
    if (item[key] === old[key]) continue;
    if (same(item[key], old[key])) (copy ??= { ...item })[key] = old[key];
    else changed = true;
  }
  if (!changed && Object.keys(item).length === Object.keys(old).length) return old;
  return copy ?? item;
}

function reuse<T extends { id: string }>(next: readonly T[], previous: readonly T[]): T[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  return next.map((item) => {
    const old = before.get(item.id);
    return old ? share(item, old) : item;
  });
}

/** Nodes and edges as the canvas takes them: the Pod's graph, or the objects it needs. */
interface Items {
  readonly nodes: readonly { id: string }[];
  readonly edges: readonly { id: string }[];
}

/**
 * `next` with every node and edge whose content equals the previous graph's kept as the previous
 * object, and each list whose items all are kept as the previous list (the previous graph itself
 * when nothing changed). The canvas compares items by identity, so a keystroke re-renders only
 * the nodes whose content it changed.
 */
export function shareGraph<G extends Items>(next: G, previous: G | null): G {
  if (!previous) return next;
  const nodes = reuse(next.nodes, previous.nodes);
  const edges = reuse(next.edges, previous.edges);
  const unchanged = <T>(a: readonly T[], b: readonly T[]) =>
    a.length === b.length && a.every((item, i) => item === b[i]);
  const sameNodes = unchanged(nodes, previous.nodes);
  const sameEdges = unchanged(edges, previous.edges);
  if (sameNodes && sameEdges) return previous;
  // A list whose every item is kept is kept too: React Flow takes a new list of edges anew, and
  // runs each node's and edge's check of its store again (nodes moved by a drop move no edge).
  return {
    ...next,
    nodes: sameNodes ? previous.nodes : nodes,
    edges: sameEdges ? previous.edges : edges,
  };
}
