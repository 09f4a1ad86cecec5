import { parseNodeId, type PodEdit } from '../../shared';

/**
 * The edits that remove what the user deleted on the canvas. Mounts that go with a removed
 * container or volume are not removed twice, and a container's mounts are removed from the last
 * to the first so that their indices stay valid.
 */
export function deletionEdits(
  nodeIds: readonly string[],
  edgeData: readonly (Record<string, unknown> | undefined)[],
): PodEdit[] {
  const containers = new Set<string>();
  const volumes = new Set<string>();
  for (const id of nodeIds) {
    const target = parseNodeId(id);
    if (target?.kind === 'container') containers.add(target.name);
    if (target?.kind === 'volume') volumes.add(target.name);
  }
  const mounts = edgeData
    .filter(
      (d): d is { container: string; volume: string; index: number } =>
        typeof d?.container === 'string' &&
        typeof d.volume === 'string' &&
        typeof d.index === 'number',
    )
    .filter((m) => !containers.has(m.container) && !volumes.has(m.volume))
    .sort((a, b) => b.index - a.index);
  return [
    ...mounts.map((m): PodEdit => ({
      type: 'removeMount',
      container: m.container,
      index: m.index,
    })),
    ...[...containers].map((name): PodEdit => ({ type: 'removeContainer', name })),
    ...[...volumes].map((name): PodEdit => ({ type: 'removeVolume', name })),
  ];
}
