import type { ContainerView, PodView } from '../../shared';
import type { Step } from './yaml-path';

export const DEFAULT_CONTAINER = 'kubectl.kubernetes.io/default-container';

/** The annotations Pod Builder and kubectl read, offered as keys of `annotations`. */
export const KNOWN_ANNOTATIONS: readonly { key: string; info: string }[] = [
  {
    key: DEFAULT_CONTAINER,
    info: 'The main container: the one `kubectl logs` and `kubectl exec` use when no -c is given.',
  },
  {
    key: 'pod-builder.dev/disable-rules',
    info: 'Rules Pod Builder does not check in this file, comma-separated: "lint/no-readiness-probe, lint/*".',
  },
];

/** The container whose YAML holds `path` (the Pod's last good view tells its ports and mounts). */
export function containerAt(view: PodView, path: readonly Step[]): ContainerView | null {
  const spec = view.specPath;
  if (spec.some((step, i) => path[i] !== step)) return null;
  const list = path[spec.length];
  const index = path[spec.length + 1];
  if ((list !== 'containers' && list !== 'initContainers') || typeof index !== 'number')
    return null;
  return view.containers.find((c) => c.list === list && c.index === index) ?? null;
}

/**
 * Names the Pod already has that the value of `key` at `path` refers to: a mount names a
 * volume, a probe or hook port a named port of its container, the default-container annotation
 * an app container, a resource field reference any container.
 */
export function namesFor(
  view: PodView,
  path: readonly Step[],
  key: string,
): { names: string[]; detail: string } | null {
  const last = path[path.length - 1];
  const owner = path[path.length - 2];
  if (
    key === 'name' &&
    typeof last === 'number' &&
    (owner === 'volumeMounts' || owner === 'volumeDevices')
  )
    return { names: view.volumes.map((v) => v.name), detail: 'volume of this Pod' };
  if (key === 'port' && (last === 'httpGet' || last === 'tcpSocket')) {
    const ports = containerAt(view, path)?.ports ?? [];
    return {
      names: ports.flatMap((p) => (p.name ? [p.name] : [])),
      detail: 'named port of this container',
    };
  }
  if (key === DEFAULT_CONTAINER && last === 'annotations')
    return {
      names: view.containers.filter((c) => c.list === 'containers').map((c) => c.name),
      detail: 'app container',
    };
  if (key === 'containerName' && last === 'resourceFieldRef')
    return { names: view.containers.map((c) => c.name), detail: 'container of this Pod' };
  return null;
}
