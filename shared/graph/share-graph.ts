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

function reuse<T extends { id: string }>(next: readonly T[], previous: readonly T[]): T[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  return next.map((item) => {
    const old = before.get(item.id);
    return old && same(old, item) ? old : item;
  });
}

/** Nodes and edges as the canvas takes them: the Pod's graph, or the objects it needs. */
interface Items {
  readonly nodes: readonly { id: string }[];
  readonly edges: readonly { id: string }[];
}

/**
 * `next` with every node and edge whose content equals the previous graph's kept as the previous
 * object (the previous graph itself when nothing changed). The canvas compares items by
 * identity, so a keystroke re-renders only the nodes whose content it changed.
 */
export function shareGraph<G extends Items>(next: G, previous: G | null): G {
  if (!previous) return next;
  const nodes = reuse(next.nodes, previous.nodes);
  const edges = reuse(next.edges, previous.edges);
  const unchanged = <T>(a: readonly T[], b: readonly T[]) =>
    a.length === b.length && a.every((item, i) => item === b[i]);
  if (unchanged(nodes, previous.nodes) && unchanged(edges, previous.edges)) return previous;
  return { ...next, nodes, edges };
}
