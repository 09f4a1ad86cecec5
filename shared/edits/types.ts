/** Roles a new container can be given; `app` becomes the main container when it is the first. */
export type NewContainerRole = 'app' | 'sidecar' | 'init' | 'native-sidecar';

/**
 * One variant per user intent. `applyEdit` turns each into the smallest change to the text.
 * Containers and volumes are named, not indexed: names are unique in a Pod.
 */
export type PodEdit =
  | {
      type: 'addContainer';
      role: NewContainerRole;
      /** Defaults to a unique name derived from the role (`container-1`, `sidecar-1`, `init-1`). */
      name?: string;
      /** Defaults to a placeholder image. */
      image?: string;
    }
  | { type: 'removeContainer'; name: string }
  | {
      type: 'addVolume';
      /** Defaults to `volume-N`. */
      name?: string;
    }
  | { type: 'removeVolume'; name: string }
  | {
      type: 'addMount';
      container: string;
      volume: string;
      /** Defaults to `/mnt/<volume>` (made unique within the container). */
      mountPath?: string;
      readOnly?: boolean;
    }
  | { type: 'removeMount'; container: string; index: number };

export type EditResult = { ok: true; text: string } | { ok: false; error: string };
