import type { PodLinks, PodNeed } from '../../shared';
import { goodDocumentOf, usePod } from '../store/pod-store';

export const NO_LINKS: PodLinks = { needs: [], objects: [], namespace: null, services: [] };

/**
 * The objects the Pod on the canvas needs and which of them its file holds: read from the last
 * text that held a Pod, as the canvas and the inspector are.
 */
export function usePodLinks(): PodLinks {
  return usePod((s) => goodDocumentOf(s)?.links() ?? NO_LINKS);
}

type NeedIndex = { volume: Map<string, PodNeed[]>; container: Map<string, PodNeed[]> };
const indexes = new WeakMap<PodLinks, NeedIndex>();

/** The needs by the volumes and the containers they run through, made once per reading. */
function indexOf(links: PodLinks): NeedIndex {
  let index = indexes.get(links);
  if (!index) {
    index = { volume: new Map(), container: new Map() };
    const add = (map: Map<string, PodNeed[]>, key: string | undefined, need: PodNeed) => {
      if (key === undefined) return;
      const list = map.get(key) ?? [];
      if (list.at(-1) !== need) list.push(need);
      map.set(key, list);
    };
    for (const need of links.needs) {
      for (const r of need.references) {
        add(index.volume, r.volume, need);
        add(index.container, r.container, need);
      }
    }
    indexes.set(links, index);
  }
  return index;
}

/**
 * The needs that run through a volume, or through a container's variables. Each volume node asks
 * on every change of the store: looked up, not searched for.
 */
export function needsOf(
  links: PodLinks,
  where: { volume?: string; container?: string },
): PodNeed[] {
  const index = indexOf(links);
  const found =
    where.volume !== undefined
      ? index.volume.get(where.volume)
      : index.container.get(where.container ?? '');
  return found ?? [];
}

/** A kind in the words of a sentence: "ConfigMap", "Secret", "claim". */
export function kindWord(kind: PodNeed['kind']): string {
  return kind === 'PersistentVolumeClaim' ? 'PersistentVolumeClaim' : kind;
}
