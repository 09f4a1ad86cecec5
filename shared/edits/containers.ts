import { isAlias, visit } from 'yaml';
import type { Node } from 'yaml';
import { copyName, dns1123LabelProblem, uniqueName } from '../manifest/names';
import { CONTAINER_ANNOTATIONS } from '../manifest/references';
import type { PodContext } from './pod-context';
import { EditError } from './text-editor';
import type { PodEdit } from './types';

export const PLACEHOLDER_IMAGE = 'busybox:1.36';

type Edit<T extends PodEdit['type']> = Extract<PodEdit, { type: T }>;

const BASE_NAMES = {
  app: 'container',
  sidecar: 'sidecar',
  init: 'init',
  'native-sidecar': 'sidecar',
} as const;

/** The fields `addContainer` writes itself, whatever its `fields` say. */
const ROLE_FIELDS = { name: true, image: true, restartPolicy: true } as const;

/** Refuses a name Kubernetes would refuse, or one another container already has. */
export function checkNewContainerName(pod: PodContext, name: string): void {
  const problem = dns1123LabelProblem(typeof name === 'string' ? name : '');
  if (problem) throw new EditError(`Invalid container name: ${problem}.`);
  if (pod.containerNames().includes(name)) {
    throw new EditError(`A container named "${name}" already exists in this Pod.`);
  }
}

export function addContainer(pod: PodContext, edit: Edit<'addContainer'>): void {
  const name = edit.name ?? uniqueName(BASE_NAMES[edit.role], pod.containerNames());
  checkNewContainerName(pod, name);
  if (!(edit.role in BASE_NAMES))
    throw new EditError(`Unknown container role "${String(edit.role)}".`);
  const image = edit.image ?? PLACEHOLDER_IMAGE;
  const init = edit.role === 'init' || edit.role === 'native-sidecar';
  const value: Record<string, unknown> = { name, image };
  if (edit.role === 'native-sidecar') value.restartPolicy = 'Always';
  for (const [key, field] of Object.entries(edit.fields ?? {})) {
    if (!(key in ROLE_FIELDS)) value[key] = field;
  }
  const list = init ? 'initContainers' : 'containers';
  const count = pod.containers().filter((c) => c.list === list).length;
  const index = edit.index ?? count;
  if (!Number.isInteger(index) || index < 0 || index > count) {
    throw new EditError(`There is no place ${index + 1} among the ${count} ${list}.`);
  }
  pod.editor.insertItem(pod.listPath(list), index, value);
}

/** Drops the default-container annotation when it names `name` (it would name nothing). */
export function forgetMain(pod: PodContext, name: string): void {
  const annotations = [...pod.metadataPath, 'annotations'];
  for (const key of CONTAINER_ANNOTATIONS) {
    if (pod.editor.valueAt([...annotations, key]) === name) {
      pod.editor.delete([...annotations, key], pod.metadataPath.length);
    }
  }
}

export function removeContainer(pod: PodContext, edit: Edit<'removeContainer'>): void {
  const container = pod.container(edit.name);
  pod.editor.delete(container.path, pod.specPath.length);
  forgetMain(pod, edit.name);
}

export function renameContainer(pod: PodContext, edit: Edit<'renameContainer'>): void {
  const container = pod.container(edit.name);
  if (edit.newName === edit.name) return;
  checkNewContainerName(pod, edit.newName);
  // Every field that names the container follows it (annotations, resourceFieldRefs, a Job's
  // podFailurePolicy): one splice for all of them.
  const references = pod.containerReferences().filter((r) => r.name === edit.name);
  pod.editor.setEach([[...container.path, 'name'], ...references.map((r) => r.path)], edit.newName);
}

/** True when a node holds anchors or aliases: a verbatim copy would change what they mean. */
function usesAnchors(node: Node | null): boolean {
  let found = false;
  if (node) {
    visit(node, (_, n) => {
      if (isAlias(n) || (n as { anchor?: string }).anchor) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    });
  }
  return found;
}

export function duplicateContainer(pod: PodContext, edit: Edit<'duplicateContainer'>): void {
  const source = pod.container(edit.name);
  const name = edit.newName ?? copyName(edit.name, pod.containerNames());
  checkNewContainerName(pod, name);
  const listPath = pod.listPath(source.list);
  pod.editor.copyItem(listPath, source.index, !usesAnchors(source.node));
  pod.editor.set([...listPath, source.index + 1, 'name'], name);
}
