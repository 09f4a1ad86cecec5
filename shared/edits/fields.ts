import type { PathKey } from '../manifest/nodes';
import type { PodContext } from './pod-context';
import { EditError } from './text-editor';
import type { EditTarget, FieldPath, PodEdit } from './types';
import { renameContainer } from './containers';
import { renameVolume } from './volumes';
import { renameServiceTargetPorts } from './documents';
import { CONTAINER_LISTS, portReferences } from '../manifest/references';

type Edit<T extends PodEdit['type']> = Extract<PodEdit, { type: T }>;

/** The document path a target stands for. */
export function targetPath(pod: PodContext, target: EditTarget): PathKey[] {
  if ('container' in target) return pod.container(target.container).path;
  if ('volume' in target) return pod.volume(target.volume).path;
  if ('pod' in target) return [...pod.podPath];
  if ('document' in target) return [];
  throw new EditError('The edit names no target.');
}

function checkPath(path: FieldPath): void {
  if (!Array.isArray(path) || path.length === 0) throw new EditError('The field path is empty.');
  for (const key of path) {
    const ok =
      (typeof key === 'string' && key.length > 0) ||
      (typeof key === 'number' && Number.isInteger(key) && key >= 0);
    if (!ok) throw new EditError(`"${String(key)}" is not a field name or a list index.`);
  }
}

/** Only plain data can become YAML: no functions, symbols, class instances or cycles. */
function checkValue(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || ['string', 'boolean'].includes(typeof value)) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new EditError(`${value} cannot be written as a YAML number.`);
    return;
  }
  if (typeof value !== 'object')
    throw new EditError(`A ${typeof value} cannot be written as YAML.`);
  if (seen.has(value)) throw new EditError('The value refers to itself.');
  seen.add(value);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (Array.isArray(value)) value.forEach((v) => checkValue(v, seen));
  else if (proto === Object.prototype || proto === null) {
    Object.values(value).forEach((v) => checkValue(v, seen));
  } else throw new EditError('Only plain values, lists and mappings can be written as YAML.');
  seen.delete(value);
}

export function setField(pod: PodContext, edit: Edit<'setField'>): void {
  checkPath(edit.path);
  const isName = edit.path.length === 1 && edit.path[0] === 'name';
  if (isName && 'container' in edit.target && typeof edit.value === 'string') {
    return renameContainer(pod, {
      type: 'renameContainer',
      name: edit.target.container,
      newName: edit.value,
    });
  }
  if (isName && 'volume' in edit.target && typeof edit.value === 'string') {
    return renameVolume(pod, {
      type: 'renameVolume',
      name: edit.target.volume,
      newName: edit.value,
    });
  }
  if (isName && ('container' in edit.target || 'volume' in edit.target)) {
    throw new EditError('A container or volume needs a name.');
  }
  const base = targetPath(pod, edit.target);
  const path = [...base, ...edit.path];
  if (edit.value === undefined) {
    pod.editor.delete(path, base.length);
    return;
  }
  checkValue(edit.value);
  if ('container' in edit.target) checkPortNameFree(pod, base, edit);
  const renamedPort = 'container' in edit.target ? portRename(pod, base, edit) : null;
  if (renamedPort) {
    // The probes and hooks that name the port follow it, in the same splice; then the file's
    // Services that forward to it by name.
    const references = portReferences(pod.editor.valueAt(base), base).filter(
      (r) => r.name === renamedPort,
    );
    pod.editor.setEach([path, ...references.map((r) => r.path)], edit.value);
    renameServiceTargetPorts(pod, path.slice(0, -1), renamedPort);
    return;
  }
  pod.editor.set(path, edit.value);
}

/**
 * Writes a YAML field's text in place of the field's own (see TextEditor.setText). A name is not
 * a field of this kind: renaming goes through setField, which follows the references.
 */
export function setFieldText(pod: PodContext, edit: Edit<'setFieldText'>): void {
  checkPath(edit.path);
  if (edit.path.length === 1 && edit.path[0] === 'name' && !('document' in edit.target)) {
    throw new EditError('A name is changed in its own field, which renames its references too.');
  }
  const base = targetPath(pod, edit.target);
  const path = [...base, ...edit.path];
  if (edit.text.trim() === '') pod.editor.delete(path, base.length);
  else pod.editor.setText(path, edit.text);
}

/** Renames a key where it stands (see StructureEditor.renameKey); a name is not a key. */
export function renameKey(pod: PodContext, edit: Edit<'renameKey'>): void {
  checkPath(edit.path);
  if (typeof edit.newKey !== 'string' || edit.newKey === '') {
    throw new EditError('A key needs a name.');
  }
  pod.editor.renameKey([...targetPath(pod, edit.target), ...edit.path], edit.newKey);
}

/** Whether the container at `path` keeps running beside the app: an app container or a sidecar. */
function runsAlongside(pod: PodContext, path: PathKey[]): boolean {
  if (path[path.length - 2] === 'containers') return true;
  if (path[path.length - 2] !== 'initContainers') return false;
  return (
    (pod.editor.valueAt(path) as { restartPolicy?: unknown } | null)?.restartPolicy === 'Always'
  );
}

/**
 * Refuses a port name another port of the Pod has: within the container (the API server refuses
 * it), or in another container that runs beside it, where a Service's `targetPort` naming it
 * reaches only the first of the two, in the order the Pod lists them (native sidecars first).
 */
function checkPortNameFree(pod: PodContext, base: PathKey[], edit: Edit<'setField'>): void {
  const [list, index, key] = edit.path;
  const name = edit.value;
  if (list !== 'ports' || key !== 'name' || edit.path.length !== 3 || typeof name !== 'string') {
    return;
  }
  const alongside = runsAlongside(pod, base);
  for (const containerList of CONTAINER_LISTS) {
    const listPath = pod.listPath(containerList);
    const containers = pod.editor.valueAt(listPath);
    if (!Array.isArray(containers)) continue;
    containers.forEach((container: unknown, at) => {
      const path = [...listPath, at];
      const own = path.length === base.length && path.every((k, i) => k === base[i]);
      if (!own && !(alongside && runsAlongside(pod, path))) return;
      const { name: containerName, ports } = (container ?? {}) as {
        name?: unknown;
        ports?: unknown;
      };
      if (!Array.isArray(ports)) return;
      ports.forEach((port: unknown, i) => {
        if (own && i === index) return;
        const { name: portName, containerPort } = (port ?? {}) as Record<string, unknown>;
        if (portName !== name) return;
        const whose = typeof containerName === 'string' ? `"${containerName}"` : 'another';
        throw new EditError(
          own
            ? `This container already has a port named "${name}": the names of a container's ports must differ.`
            : `Container ${whose} already names its port ${String(containerPort)} "${name}": a Service's targetPort "${name}" would reach only the first of the two. Choose another name.`,
        );
      });
    });
  }
}

/** The old name, when the edit renames one of the container's named ports. */
function portRename(pod: PodContext, base: PathKey[], edit: Edit<'setField'>): string | null {
  const [list, index, key] = edit.path;
  if (list !== 'ports' || typeof index !== 'number' || key !== 'name' || edit.path.length !== 3) {
    return null;
  }
  const old = pod.editor.valueAt([...base, ...edit.path]);
  return typeof old === 'string' && typeof edit.value === 'string' && old !== edit.value
    ? old
    : null;
}
