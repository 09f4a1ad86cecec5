import type { PodEdit } from './types';
import type { PodContext } from './pod-context';
import { EditError } from './text-editor';

type Edit<T extends PodEdit['type']> = Extract<PodEdit, { type: T }>;

function mountPaths(pod: PodContext, path: (string | number)[]): string[] {
  const mounts = pod.editor.valueAt([...path, 'volumeMounts']);
  if (!Array.isArray(mounts)) return [];
  return mounts.map((m) => String((m as { mountPath?: unknown } | null)?.mountPath ?? ''));
}

export function addMount(pod: PodContext, edit: Edit<'addMount'>): void {
  const container = pod.container(edit.container);
  // A StatefulSet's claim template gives every Pod a volume of its name.
  if (!pod.claimTemplate(edit.volume)) pod.volume(edit.volume);
  const taken = mountPaths(pod, container.path);
  let mountPath = edit.mountPath;
  if (mountPath === undefined) {
    const base = `/mnt/${edit.volume}`;
    mountPath = base;
    for (let n = 2; taken.includes(mountPath); n++) mountPath = `${base}-${n}`;
  } else {
    if (!mountPath.startsWith('/'))
      throw new EditError(`The mount path "${mountPath}" must be absolute.`);
    if (taken.includes(mountPath)) {
      throw new EditError(
        `Container "${edit.container}" already mounts something at ${mountPath}.`,
      );
    }
  }
  const mount: Record<string, unknown> = { name: edit.volume, mountPath };
  if (edit.readOnly) mount.readOnly = true;
  const list = [...container.path, 'volumeMounts'];
  pod.editor.insertItem(list, taken.length, mount);
}

export function removeMount(pod: PodContext, edit: Edit<'removeMount'>): void {
  const container = pod.container(edit.container);
  const count = mountPaths(pod, container.path).length;
  if (!Number.isInteger(edit.index) || edit.index < 0 || edit.index >= count) {
    throw new EditError(`Container "${edit.container}" has no mount number ${edit.index + 1}.`);
  }
  pod.editor.delete([...container.path, 'volumeMounts', edit.index], container.path.length);
}
