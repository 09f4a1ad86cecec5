import { nodeId, type PodView, type TextRange } from '../../shared';

/** The container or volume whose YAML holds `offset` (the innermost one), as a node id. */
export function nodeAtOffset(view: PodView, offset: number): string | null {
  const inside = (range: TextRange | null) =>
    range !== null && range.from <= offset && offset < range.to;
  const container = view.containers.find((c) => inside(c.range));
  if (container) return nodeId.container(container.name);
  const volume = view.volumes.find((v) => inside(v.range));
  return volume ? nodeId.volume(volume.name) : null;
}

/** The text range a selected node or mount link stands for. */
export function rangeOfSelection(view: PodView, id: string): TextRange | null {
  const mount = /^mount:(.+):\d+$/.exec(id);
  const containerName = mount ? mount[1] : id.startsWith('container:') ? id.slice(10) : null;
  if (containerName !== null) {
    return view.containers.find((c) => c.name === containerName)?.range ?? null;
  }
  if (id.startsWith('volume:'))
    return view.volumes.find((v) => v.name === id.slice(7))?.range ?? null;
  return null;
}
