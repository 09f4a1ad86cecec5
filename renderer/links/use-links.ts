import type { PodLinks, PodNeed } from '../../shared';
import { goodDocumentOf, usePod } from '../store/pod-store';

const NONE: PodLinks = { needs: [], objects: [], namespace: null, services: [] };

/**
 * The objects the Pod on the canvas needs and which of them its file holds: read from the last
 * text that held a Pod, as the canvas and the inspector are.
 */
export function usePodLinks(): PodLinks {
  return usePod((s) => goodDocumentOf(s)?.links() ?? NONE);
}

/** The needs that run through a volume, or through a container's variables. */
export function needsOf(
  links: PodLinks,
  where: { volume?: string; container?: string },
): PodNeed[] {
  return links.needs.filter((n) =>
    n.references.some((r) =>
      where.volume !== undefined ? r.volume === where.volume : r.container === where.container,
    ),
  );
}

/** A kind in the words of a sentence: "ConfigMap", "Secret", "claim". */
export function kindWord(kind: PodNeed['kind']): string {
  return kind === 'PersistentVolumeClaim' ? 'PersistentVolumeClaim' : kind;
}
