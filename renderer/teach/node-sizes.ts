import type { ResourceAmounts } from '../../shared';

const GiB = 2 ** 30;

/**
 * The Nodes the simulation can schedule the Pod on, by what they leave for Pods (allocatable):
 * small enough to show a Pod that does not fit, and one with room for anything.
 */
export const NODE_SIZES = [
  { id: 'any', label: 'Room for any Pod' },
  { id: 'large', label: '4 CPU, 8 GiB', allocatable: { cpu: 4, memory: 8 * GiB } },
  { id: 'medium', label: '2 CPU, 4 GiB', allocatable: { cpu: 2, memory: 4 * GiB } },
  { id: 'small', label: '1 CPU, 1 GiB', allocatable: { cpu: 1, memory: GiB } },
  { id: 'tiny', label: '0.5 CPU, 256 MiB', allocatable: { cpu: 0.5, memory: GiB / 4 } },
] as const satisfies readonly { id: string; label: string; allocatable?: ResourceAmounts }[];

export type NodeSizeId = (typeof NODE_SIZES)[number]['id'];

export function nodeAllocatable(id: NodeSizeId): ResourceAmounts | undefined {
  const size = NODE_SIZES.find((s) => s.id === id);
  return size && 'allocatable' in size ? size.allocatable : undefined;
}
