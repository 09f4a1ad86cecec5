import { dns1123LabelProblem, uniqueName } from '../manifest/names';
import type { PodEdit } from './types';
import { POD_SPEC_KEYS } from './order';
import type { PodContext } from './pod-context';
import { EditError } from './text-editor';

export const PLACEHOLDER_IMAGE = 'busybox:1.36';

type Edit<T extends PodEdit['type']> = Extract<PodEdit, { type: T }>;

const BASE_NAMES = {
  app: 'container',
  sidecar: 'sidecar',
  init: 'init',
  'native-sidecar': 'sidecar',
} as const;

/** Refuses a name Kubernetes would refuse, or one another container already has. */
export function checkNewContainerName(pod: PodContext, name: string, except?: string): void {
  const problem = dns1123LabelProblem(name);
  if (problem) throw new EditError(`Invalid container name: ${problem}.`);
  if (name !== except && pod.containerNames().includes(name)) {
    throw new EditError(`A container named "${name}" already exists in this Pod.`);
  }
}

export function addContainer(pod: PodContext, edit: Edit<'addContainer'>): void {
  const name = edit.name ?? uniqueName(BASE_NAMES[edit.role], pod.containerNames());
  checkNewContainerName(pod, name);
  const image = edit.image ?? PLACEHOLDER_IMAGE;
  const init = edit.role === 'init' || edit.role === 'native-sidecar';
  const value: Record<string, unknown> = { name, image };
  if (edit.role === 'native-sidecar') value.restartPolicy = 'Always';
  const list = pod.listPath(init ? 'initContainers' : 'containers');
  const count = pod
    .containers()
    .filter((c) => c.list === (init ? 'initContainers' : 'containers')).length;
  pod.editor.insertItem(list, count, value, POD_SPEC_KEYS);
}

/** Drops the default-container annotation when it names `name` (it would name nothing). */
export function forgetMain(pod: PodContext, name: string): void {
  if (pod.annotatedMain() === name)
    pod.editor.delete(pod.mainAnnotationPath(), pod.metadataPath.length);
}

export function removeContainer(pod: PodContext, edit: Edit<'removeContainer'>): void {
  const container = pod.container(edit.name);
  pod.editor.delete(container.path, pod.specPath.length);
  forgetMain(pod, edit.name);
}
