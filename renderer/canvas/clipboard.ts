import {
  parseNodeId,
  visibleText,
  type ContainerRole,
  type NewContainerRole,
  type PodEdit,
  type PodView,
} from '../../shared';
import { copyName } from '../../shared/manifest/names';

/** A copied container: its whole spec and the role it had. */
export interface CopiedContainer {
  role: ContainerRole;
  spec: Record<string, unknown>;
}

const PASTE_ROLE: Record<ContainerRole, NewContainerRole> = {
  init: 'init',
  'native-sidecar': 'native-sidecar',
  // A Pod has one main container: a copy of it joins as a sidecar.
  main: 'sidecar',
  sidecar: 'sidecar',
};

/**
 * The edit that pastes a copied container into `view`: added under a free name with its role
 * and every field of its spec, in the order it had. Mounts of volumes this Pod does not have are
 * left out (and named in `dropped`), since they would not apply.
 */
export function pasteEdits(
  view: PodView,
  copied: CopiedContainer,
): { edits: PodEdit[]; name: string; dropped: string[] } {
  const original = typeof copied.spec.name === 'string' ? copied.spec.name : 'container';
  const taken = view.containers.map((c) => c.name);
  const name = taken.includes(original) ? copyName(original, taken) : original;
  const volumes = new Set(view.volumes.map((v) => v.name));
  const dropped: string[] = [];
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(copied.spec)) {
    let field = value;
    if (key === 'volumeMounts' && Array.isArray(value)) {
      field = value.filter((mount: { name?: unknown }) => {
        const keep = typeof mount?.name === 'string' && volumes.has(mount.name);
        if (!keep) dropped.push(String(mount?.name));
        return keep;
      });
      if ((field as unknown[]).length === 0) continue;
    }
    fields[key] = field;
  }
  const edit: PodEdit = {
    type: 'addContainer',
    role: PASTE_ROLE[copied.role],
    name,
    ...(typeof copied.spec.image === 'string' ? { image: copied.spec.image } : {}),
    fields,
  };
  return { edits: [edit], name, dropped };
}

/** What Ctrl+V says when nothing was copied. */
export const NOTHING_TO_PASTE = 'Nothing to paste: copy a container first with Ctrl+C.';

/**
 * Why Ctrl+C on `targets` (canvas ids, none of them a container's) copies nothing, in words. The
 * clipboard holds a container only, and keeps the one copied before: the message names it, so
 * that the next Ctrl+V does not paste it unawares.
 */
export function whyNoCopy(targets: readonly string[], copied: CopiedContainer | null): string {
  const why = onlyContainers(targets, 'copy', 'copied');
  const name = typeof copied?.spec.name === 'string' ? copied.spec.name : null;
  return name === null ? why : `${why} Ctrl+V still pastes ${visibleText(name)}.`;
}

/** Why Ctrl+D on `targets` (none of them a container's) duplicates nothing, in words. */
export function whyNoDuplicate(targets: readonly string[]): string {
  return onlyContainers(targets, 'duplicate', 'duplicated');
}

/** That a command on containers (`verb`) takes none of `targets`, and what it would take. */
function onlyContainers(targets: readonly string[], verb: string, done: string): string {
  const volume = targets.map(parseNodeId).find((t) => t?.kind === 'volume');
  if (volume) return `Only containers can be ${done}, not the volume ${visibleText(volume.name)}.`;
  return targets.length > 0
    ? `Only containers can be ${done}.`
    : `Select a container to ${verb} it.`;
}
