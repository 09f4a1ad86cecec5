import type { PodContext } from './pod-context';
import { EditError } from './text-editor';
import type { PodEdit } from './types';

type Edit<T extends PodEdit['type']> = Extract<PodEdit, { type: T }>;

const VALUE_FROM_KINDS = ['configMapKeyRef', 'secretKeyRef', 'fieldRef', 'resourceFieldRef'];
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const PORT_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

function listOf(pod: PodContext, path: (string | number)[]): Record<string, unknown>[] {
  const value = pod.editor.valueAt(path);
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

export function setEnv(pod: PodContext, edit: Edit<'setEnv'>): void {
  const container = pod.container(edit.container);
  if (typeof edit.name !== 'string' || !ENV_NAME.test(edit.name)) {
    throw new EditError(`"${String(edit.name)}" is not a valid environment variable name.`);
  }
  if ((edit.value === undefined) === (edit.valueFrom === undefined)) {
    throw new EditError('An environment variable takes either a value or a reference (valueFrom).');
  }
  if (edit.valueFrom !== undefined) {
    const kinds = Object.keys(edit.valueFrom);
    if (kinds.length !== 1 || !VALUE_FROM_KINDS.includes(kinds[0]!)) {
      throw new EditError(`valueFrom takes exactly one of ${VALUE_FROM_KINDS.join(', ')}.`);
    }
  }
  const listPath = [...container.path, 'env'];
  const env = listOf(pod, listPath);
  const index = env.findIndex((e) => e?.name === edit.name);
  if (index < 0) {
    const entry =
      edit.value !== undefined
        ? { name: edit.name, value: edit.value }
        : { name: edit.name, valueFrom: edit.valueFrom };
    pod.editor.insertItem(listPath, env.length, entry);
    return;
  }
  const itemPath = [...listPath, index];
  if (edit.value !== undefined) {
    pod.editor.set([...itemPath, 'value'], edit.value);
    pod.editor.delete([...itemPath, 'valueFrom'], itemPath.length);
  } else {
    pod.editor.set([...itemPath, 'valueFrom'], edit.valueFrom);
    pod.editor.delete([...itemPath, 'value'], itemPath.length);
  }
}

export function removeEnv(pod: PodContext, edit: Edit<'removeEnv'>): void {
  const container = pod.container(edit.container);
  const listPath = [...container.path, 'env'];
  const env = listOf(pod, listPath);
  // At `index` when given: a name set twice (the later one wins in Kubernetes) names two rows,
  // and the one the user removed is not always the first.
  const index =
    edit.index === undefined
      ? env.findIndex((e) => e?.name === edit.name)
      : env[edit.index]?.name === edit.name
        ? edit.index
        : -1;
  if (index < 0) throw new EditError(`Container "${edit.container}" has no variable ${edit.name}.`);
  pod.editor.delete([...listPath, index], container.path.length);
}

export function addPort(pod: PodContext, edit: Edit<'addPort'>): void {
  const container = pod.container(edit.container);
  const port = edit.containerPort;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new EditError(`${String(port)} is not a port number (1 to 65535).`);
  }
  const listPath = [...container.path, 'ports'];
  const ports = listOf(pod, listPath);
  const entry: Record<string, unknown> = { containerPort: port };
  if (edit.name !== undefined) {
    const valid = edit.name.length <= 15 && PORT_NAME.test(edit.name) && /[a-z]/.test(edit.name);
    if (!valid || edit.name.includes('--')) {
      throw new EditError(
        `"${edit.name}" is not a valid port name (at most 15 lower-case letters, digits and '-', with a letter).`,
      );
    }
    if (ports.some((p) => p?.name === edit.name)) {
      throw new EditError(`Container "${edit.container}" already has a port named ${edit.name}.`);
    }
    entry.name = edit.name;
  }
  if (edit.protocol !== undefined && edit.protocol !== 'TCP') entry.protocol = edit.protocol;
  pod.editor.insertItem(listPath, ports.length, entry);
}

export function removePort(pod: PodContext, edit: Edit<'removePort'>): void {
  const container = pod.container(edit.container);
  const listPath = [...container.path, 'ports'];
  const count = listOf(pod, listPath).length;
  if (!Number.isInteger(edit.index) || edit.index < 0 || edit.index >= count) {
    throw new EditError(`Container "${edit.container}" has no port number ${edit.index + 1}.`);
  }
  pod.editor.delete([...listPath, edit.index], container.path.length);
}
