import { VOLUME_SOURCES } from '../manifest/view';
import type { PathKey } from '../manifest/nodes';
import { CONTAINER_LISTS } from '../manifest/references';
import { dns1123LabelProblem, uniqueName } from '../manifest/names';
import type { PodEdit } from './types';
import type { PodContext } from './pod-context';
import { EditError } from './text-editor';

type Edit<T extends PodEdit['type']> = Extract<PodEdit, { type: T }>;

export function checkNewVolumeName(pod: PodContext, name: string): void {
  const problem = dns1123LabelProblem(name);
  if (problem) throw new EditError(`Invalid volume name: ${problem}.`);
  if (pod.volumes().some((v) => v.name === name)) {
    throw new EditError(`A volume named "${name}" already exists in this Pod.`);
  }
  if (pod.claimTemplates().some((t) => t.name === name)) {
    throw new EditError(
      `The claim template "${name}" already gives every Pod a volume of that name.`,
    );
  }
}

export function addVolume(pod: PodContext, edit: Edit<'addVolume'>): void {
  const volumes = pod.volumes();
  const name =
    edit.name ??
    uniqueName(
      'volume',
      [...volumes, ...pod.claimTemplates()].map((v) => v.name ?? ''),
    );
  checkNewVolumeName(pod, name);
  pod.editor.insertItem(pod.listPath('volumes'), volumes.length, { name, emptyDir: {} });
}

/**
 * Every container that can mount the Pod's volumes, with its path: init and app containers, and
 * the ephemeral containers `kubectl debug` adds, which are not drawn but mount volumes too.
 */
function mountingContainers(pod: PodContext): { name: string; path: PathKey[] }[] {
  return CONTAINER_LISTS.flatMap((list) => {
    const items = pod.editor.valueAt(pod.listPath(list));
    if (!Array.isArray(items)) return [];
    return items.map((item, index) => {
      const name = (item as { name?: unknown } | null)?.name;
      return { name: typeof name === 'string' ? name : '', path: [...pod.listPath(list), index] };
    });
  });
}

/**
 * Every mount of `volume` (in `lists`: `volumeMounts`, and `volumeDevices` for a block device),
 * last first, so removing them one by one keeps indices valid.
 */
export function mountsOf(
  pod: PodContext,
  volume: string,
  lists: readonly string[] = ['volumeMounts'],
): { container: string; path: (string | number)[] }[] {
  const found: { container: string; path: (string | number)[] }[] = [];
  for (const container of mountingContainers(pod)) {
    for (const list of lists) {
      const base = [...container.path, list];
      const mounts = pod.editor.valueAt(base);
      if (!Array.isArray(mounts)) continue;
      mounts.forEach((mount, index) => {
        if ((mount as { name?: unknown } | null)?.name === volume) {
          found.push({ container: container.name, path: [...base, index] });
        }
      });
    }
  }
  return found.reverse();
}

/**
 * Removes a volume, or a StatefulSet's claim template, with every mount and device of it: one
 * left naming it would make the API server refuse the Pod.
 */
export function removeVolume(pod: PodContext, edit: Edit<'removeVolume'>): void {
  if (edit.replaced) return removeReplacedVolume(pod, edit.name);
  pod.podVolume(edit.name);
  for (const mount of mountsOf(pod, edit.name, ['volumeMounts', 'volumeDevices'])) {
    pod.editor.delete(mount.path, mount.path.length - 2);
  }
  const volume = pod.podVolume(edit.name);
  pod.editor.delete(volume.path, volume.keep);
}

/**
 * Removes the Pod template's volume `name` that a claim template of the same name replaces in
 * every Pod (the StatefulSet controller puts the claim's volume in its place): the entry alone,
 * since the mounts of the name mount the claim template's volume and stay.
 */
function removeReplacedVolume(pod: PodContext, name: string): void {
  const entries = pod.volumes().filter((v) => v.name === name);
  if (entries.length === 0) throw new EditError(`There is no volume named "${name}".`);
  if (entries.length > 1) {
    throw new EditError(
      `${entries.length} volumes are named "${name}": rename one of them in the YAML first, so that the change goes to the one you mean.`,
    );
  }
  // A claim template of the name must be there to take the mounts (it throws when two are).
  if (!pod.claimTemplate(name)) {
    throw new EditError(`No claim template replaces the volume "${name}".`);
  }
  pod.editor.delete([...pod.specPath, 'volumes', entries[0]!.index], pod.specPath.length);
}

/** Renames a volume, or a claim template's `metadata.name`, and every mount and device of it. */
export function renameVolume(pod: PodContext, edit: Edit<'renameVolume'>): void {
  const volume = pod.podVolume(edit.name);
  if (edit.newName === edit.name) return;
  checkNewVolumeName(pod, edit.newName);
  const names: PathKey[][] = [volume.namePath];
  for (const container of mountingContainers(pod)) {
    const base = container.path;
    for (const list of ['volumeMounts', 'volumeDevices']) {
      const items = pod.editor.valueAt([...base, list]);
      if (!Array.isArray(items)) continue;
      items.forEach((item, index) => {
        if ((item as { name?: unknown } | null)?.name === edit.name) {
          names.push([...base, list, index, 'name']);
        }
      });
    }
  }
  pod.editor.setEach(names, edit.newName);
}

export function setVolumeSource(pod: PodContext, edit: Edit<'setVolumeSource'>): void {
  const volume = pod.volume(edit.name);
  const { kind, ...settings } = (edit.source ?? {}) as { kind?: string } & Record<string, unknown>;
  if (!VOLUME_SOURCES.some((k) => k === kind)) {
    throw new EditError(`"${String(kind)}" is not a volume source the editor knows.`);
  }
  const fields = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  const current = pod.editor.valueAt(volume.path) as Record<string, unknown> | null;
  const others = Object.keys(current ?? {}).filter((key) => key !== 'name' && key !== kind);
  // Set the new source first, so the volume is never left with only its name.
  pod.editor.set([...volume.path, kind!], fields);
  for (const key of others) pod.editor.delete([...volume.path, key], volume.path.length);
}
