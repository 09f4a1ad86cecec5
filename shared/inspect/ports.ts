import type { ContainerView } from '../manifest/types';
import { checkPortRef } from './checks';

/** Containers that run at the same time: every one but the plain init containers. */
function runsAlongside(container: ContainerView): boolean {
  return container.role !== 'init';
}

/**
 * Why `port`/`protocol` cannot be a port of the container `name`: the container has it already,
 * or another container running beside it binds it (they share the Pod's network namespace).
 * `exceptIndex` is the row being edited.
 */
export function portClash(
  containers: readonly ContainerView[],
  name: string,
  port: number,
  protocol: string,
  exceptIndex?: number,
): string | null {
  const self = containers.find((c) => c.name === name);
  const same = (p: { containerPort: number | null; protocol: string }) =>
    p.containerPort === port && p.protocol === protocol;
  if (self?.ports.some((p, i) => i !== exceptIndex && same(p))) {
    return `${port}/${protocol} is already a port of ${name}`;
  }
  if (self && !runsAlongside(self)) return null;
  const other = containers.find((c) => c.name !== name && runsAlongside(c) && c.ports.some(same));
  return other
    ? `${other.name} already binds ${port}: containers of a Pod share one network, so their ports must differ`
    : null;
}

/** A probe's port: a number, or the name of one of the container's own ports. */
export function checkProbePort(container: ContainerView): (text: string) => string | null {
  return (text) => {
    const problem = checkPortRef(text);
    if (problem || /^\s*\d+\s*$/.test(text)) return problem;
    return container.ports.some((p) => p.name === text.trim())
      ? null
      : `${container.name} has no port named "${text.trim()}"`;
  };
}
