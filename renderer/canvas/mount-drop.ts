import type { FinalConnectionState } from '@xyflow/react';
import { parseNodeId, visibleText } from '../../shared';
import type { PodView } from '../../shared';
import type { PendingMount } from './MountPrompt';

interface Ends {
  source: string | null | undefined;
  target: string | null | undefined;
}

/** The container and volume two canvas items join, whichever end the user started from. */
export function mountOf({ source, target }: Ends): Omit<PendingMount, 'at'> | null {
  const ends = [parseNodeId(source ?? ''), parseNodeId(target ?? '')];
  const container = ends.find((end) => end?.kind === 'container');
  const volume = ends.find((end) => end?.kind === 'volume');
  return container && volume ? { container: container.name, volume: volume.name } : null;
}

/**
 * The canvas node under a point, ignoring the node being dragged (which is drawn over
 * whatever it is dropped on).
 */
export function nodeAt(
  point: { clientX: number; clientY: number },
  ignore?: string,
): string | null {
  for (const element of document.elementsFromPoint(point.clientX, point.clientY)) {
    const id = element.closest('.react-flow__node')?.getAttribute('data-id');
    if (id && id !== ignore && parseNodeId(id) !== null) return id;
  }
  return null;
}

/** Why letting go of `from` over `over` (a node, or nothing) mounts nothing, in words. */
export function whyNoMount(from: string, over: string | null): string {
  const start = parseNodeId(from);
  const end = over === null ? null : parseNodeId(over);
  const name = (id: typeof start) => visibleText(id?.name ?? '');
  if (start?.kind === 'volume') {
    return end?.kind === 'volume'
      ? `A volume is mounted in a container, not in another volume: release ${name(start)} on a container.`
      : `To mount ${name(start)}, release it on a container.`;
  }
  return end?.kind === 'container'
    ? `A container mounts a volume, not another container: release on a volume from the volumes band.`
    : `To mount a volume in ${name(start)}, release on a volume.`;
}

/**
 * What a connection the user let go of means: a mount between its two ends when it reached a
 * handle, or between where it started and the container or volume it was released over, anywhere
 * on that node's card; else the reason nothing happens.
 */
export function connectionDrop(
  event: MouseEvent | TouchEvent,
  state: FinalConnectionState,
): { mount: Omit<PendingMount, 'at'>; volumeId: string } | { why: string } | null {
  const from = state.fromNode?.id;
  if (!from) return null;
  const point = 'clientX' in event ? event : event.changedTouches[0];
  const over = state.toNode?.id ?? (point ? nodeAt(point) : null);
  if (over === from) return null;
  const mount = mountOf({ source: from, target: over });
  if (!mount) return { why: whyNoMount(from, over) };
  return { mount, volumeId: parseNodeId(from)?.kind === 'volume' ? from : (over ?? from) };
}

/**
 * Why the volume node `id` cannot be mounted: a Pod volume a StatefulSet's claim template of the
 * same name replaces in every Pod (a mount by that name mounts the template's claim). Null when
 * it can.
 */
export function replacedVolumeWhy(view: PodView | undefined, id: string): string | null {
  const volume = view?.volumes.find((v) => v.id === id);
  if (!volume?.replacedByClaimTemplate) return null;
  return `The claim template "${visibleText(volume.name)}" replaces this volume in every Pod: mount the claim template instead.`;
}
