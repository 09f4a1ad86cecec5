import { parseMountEdgeId, type PodView, type TextRange } from '../../shared';

/** The container or volume whose YAML holds `offset` (the innermost one), as a node id. */
export function nodeAtOffset(view: PodView, offset: number): string | null {
  const inside = (range: TextRange | null) =>
    range !== null && range.from <= offset && offset < range.to;
  const container = view.containers.find((c) => inside(c.range));
  if (container) return container.id;
  return view.volumes.find((v) => inside(v.range))?.id ?? null;
}

/** The text range a selected node or mount link stands for (a mount: its container's). */
export function rangeOfSelection(view: PodView, id: string): TextRange | null {
  const node = parseMountEdgeId(id)?.containerId ?? id;
  const item =
    view.containers.find((c) => c.id === node) ?? view.volumes.find((v) => v.id === node);
  return item?.range ?? null;
}
