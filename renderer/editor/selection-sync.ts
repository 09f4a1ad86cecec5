import { nodeId, parseNodeId, type PodView, type TextRange } from '../../shared';

/** The container or volume whose YAML holds `offset` (the innermost one), as a node id. */
export function nodeAtOffset(view: PodView, offset: number): string | null {
  const inside = (range: TextRange | null) =>
    range !== null && range.from <= offset && offset < range.to;
  const container = view.containers.find((c) => inside(c.range));
  if (container) return nodeId.container(container.name);
  const volume = view.volumes.find((v) => inside(v.range));
  return volume ? nodeId.volume(volume.name) : null;
}

/** The text range a selected node or mount link (`mount:<container>:<index>`) stands for. */
export function rangeOfSelection(view: PodView, id: string): TextRange | null {
  const mount = /^mount:(.+):\d+$/.exec(id);
  const target = mount?.[1] !== undefined ? { kind: 'container', name: mount[1] } : parseNodeId(id);
  if (target?.kind === 'container') {
    return view.containers.find((c) => c.name === target.name)?.range ?? null;
  }
  if (target?.kind === 'volume')
    return view.volumes.find((v) => v.name === target.name)?.range ?? null;
  return null;
}
