import type { ContainerView } from '../manifest/types';
import { checkPortRef } from './checks';

/** Containers that run at the same time: every one but the plain init containers. */
function runsAlongside(container: ContainerView): boolean {
  return container.role !== 'init';
}

/** One entry of a container's `ports`, as written (the protocol is TCP when unset). */
export interface PortLike {
  containerPort?: unknown;
  protocol?: unknown;
}

/**
 * The entries of one container's `ports` that repeat an earlier entry: the same number and
 * protocol, the pair a container's ports are known by (server-side apply keys the list by it).
 * Each with the index of the first entry of the pair. Entries without a whole number are skipped.
 */
export function repeatedPorts(
  ports: readonly (PortLike | null | undefined)[],
): { index: number; first: number }[] {
  const firsts = new Map<string, number>();
  const repeats: { index: number; first: number }[] = [];
  ports.forEach((port, index) => {
    const number = port?.containerPort;
    if (typeof number !== 'number' || !Number.isInteger(number)) return;
    const protocol = typeof port?.protocol === 'string' && port.protocol ? port.protocol : 'TCP';
    const key = `${number}/${protocol}`;
    const first = firsts.get(key);
    if (first === undefined) firsts.set(key, index);
    else repeats.push({ index, first });
  });
  return repeats;
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
  // The container's ports with this one in its row (or added at the end).
  const rows: PortLike[] = [...(self?.ports ?? [])];
  const at = exceptIndex ?? rows.length;
  rows[at] = { containerPort: port, protocol };
  if (repeatedPorts(rows).some((r) => r.index === at || r.first === at)) {
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
