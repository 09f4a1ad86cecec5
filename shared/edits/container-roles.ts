import type { PodContext } from './pod-context';
import { EditError } from './text-editor';
import type { NewContainerRole, PodEdit } from './types';

type Edit<T extends PodEdit['type']> = Extract<PodEdit, { type: T }>;

const LIST_OF: Record<NewContainerRole, 'containers' | 'initContainers'> = {
  app: 'containers',
  sidecar: 'containers',
  init: 'initContainers',
  'native-sidecar': 'initContainers',
};

/** The name of the main container: the annotated one if it is an app container, else the first. */
function mainContainer(pod: PodContext): string | null {
  const apps = pod.containers().filter((c) => c.list === 'containers');
  const annotated = pod.annotatedMain();
  if (annotated != null && apps.some((c) => c.name === annotated)) return annotated;
  return apps[0]?.name ?? null;
}

export function setMainContainer(pod: PodContext, edit: Edit<'setMainContainer'>): void {
  const container = pod.container(edit.name);
  if (container.list !== 'containers') {
    throw new EditError(
      `"${edit.name}" is an init container; only an app container can be the main one.`,
    );
  }
  if (pod.annotatedMain() === edit.name) return;
  pod.editor.set(pod.mainAnnotationPath(), edit.name);
}

function checkIndex(index: number | undefined, max: number): number {
  if (index === undefined) return max;
  if (!Number.isInteger(index) || index < 0 || index > max) {
    throw new EditError(`Position ${index} is outside the list (0 to ${max}).`);
  }
  return index;
}

export function moveContainer(pod: PodContext, edit: Edit<'moveContainer'>): void {
  const container = pod.container(edit.name);
  const toList = LIST_OF[edit.role];
  if (!toList) throw new EditError(`Unknown container role "${String(edit.role)}".`);
  const apps = pod.containers().filter((c) => c.list === 'containers');
  const wasMain = mainContainer(pod) === edit.name;
  if (container.list === 'containers' && toList === 'initContainers' && apps.length === 1) {
    throw new EditError(
      `"${edit.name}" is the Pod's only app container; a Pod needs one, so add another before making this one an init container.`,
    );
  }
  if (container.list !== toList) {
    const remaining = pod.containers().filter((c) => c.list === toList).length;
    const index = checkIndex(edit.index, remaining);
    pod.editor.moveItem(pod.listPath(container.list), container.index, pod.listPath(toList), index);
  } else if (edit.index !== undefined) {
    const count = pod.containers().filter((c) => c.list === toList).length;
    const index = checkIndex(edit.index, count - 1);
    if (index !== container.index) {
      pod.editor.moveItem(pod.listPath(toList), container.index, pod.listPath(toList), index);
    }
  }
  const moved = pod.container(edit.name);
  const restartPolicy = [...moved.path, 'restartPolicy'];
  if (edit.role === 'native-sidecar') pod.editor.set(restartPolicy, 'Always');
  else pod.editor.delete(restartPolicy, moved.path.length);

  if (edit.role === 'app') {
    if (mainContainer(pod) !== edit.name) pod.editor.set(pod.mainAnnotationPath(), edit.name);
  } else if (wasMain || pod.annotatedMain() === edit.name) {
    // It is no longer the main container: the annotation passes to the first other app container.
    const next = pod.containers().find((c) => c.list === 'containers' && c.name !== edit.name);
    if (pod.annotatedMain() === edit.name || (wasMain && edit.role === 'sidecar')) {
      if (next?.name) pod.editor.set(pod.mainAnnotationPath(), next.name);
      else pod.editor.delete(pod.mainAnnotationPath(), pod.metadataPath.length);
    }
  }
}

export function reorderInitContainer(pod: PodContext, edit: Edit<'reorderInitContainer'>): void {
  const container = pod.container(edit.name);
  if (container.list !== 'initContainers') {
    throw new EditError(
      `"${edit.name}" is an app container; app containers start together, in no order.`,
    );
  }
  const count = pod.containers().filter((c) => c.list === 'initContainers').length;
  const index = checkIndex(edit.index, count - 1);
  if (index === container.index) return;
  pod.editor.moveItem(
    pod.listPath('initContainers'),
    container.index,
    pod.listPath('initContainers'),
    index,
  );
}
