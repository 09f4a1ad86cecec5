import { parseMountEdgeId, parseNodeId } from '../graph/ids';
import type { InspectTarget } from './read-target';

/**
 * What a canvas selection asks the inspector to show: one container, volume or mount link; the
 * Pod when nothing or several things are selected.
 */
export function targetOfSelection(selection: readonly string[]): InspectTarget {
  if (selection.length !== 1) return { pod: true };
  const id = selection[0]!;
  const node = parseNodeId(id);
  if (node?.kind === 'container') return { container: node.name };
  if (node?.kind === 'volume') return { volume: node.name };
  const mount = parseMountEdgeId(id);
  if (mount) return { mount: { container: mount.container.name, index: mount.index } };
  return { pod: true };
}
