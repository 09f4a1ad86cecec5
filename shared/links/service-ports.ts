import type { PathKey } from '../manifest/nodes';
import { asList, asMap, at } from '../manifest/references';
import type { ServicePort } from './objects';

/**
 * A container port a Service can forward a Pod's traffic to. A Service reaches the containers
 * that keep running: the app containers and the native sidecars (init containers with
 * `restartPolicy: Always`), never a plain init container.
 */
export interface ServedPort {
  /** The container's name (empty when it has none). */
  container: string;
  /** Where the port is in the document, and its index in the container's `ports`. */
  path: PathKey[];
  index: number;
  name: string | null;
  containerPort: number | null;
  protocol: string;
}

/** The ports of the Pod spec at `specPath` a Service can forward to, in the order it looks. */
export function servedPorts(root: unknown, specPath: readonly PathKey[]): ServedPort[] {
  const spec = asMap(at(root, specPath));
  const out: ServedPort[] = [];
  // The endpoints controller looks in the app containers first, then in the native sidecars.
  for (const list of ['containers', 'initContainers'] as const) {
    asList(spec?.[list]).forEach((raw, c) => {
      const container = asMap(raw);
      if (list === 'initContainers' && container?.restartPolicy !== 'Always') return;
      asList(container?.ports).forEach((rawPort, index) => {
        const port = asMap(rawPort);
        if (!port) return;
        out.push({
          container: typeof container?.name === 'string' ? container.name : '',
          path: [...specPath, list, c, 'ports', index],
          index,
          name: typeof port.name === 'string' ? port.name : null,
          containerPort: typeof port.containerPort === 'number' ? port.containerPort : null,
          protocol: typeof port.protocol === 'string' ? port.protocol : 'TCP',
        });
      });
    });
  }
  return out;
}

/**
 * Whether the Service port's `targetPort` is a name (a number needs no declared port). Any
 * string is, as the endpoints controller reads it: `"8080"`, quoted, is looked up as a port's
 * name (and the API server refuses it, a name needing a letter).
 */
export function isNamedTarget(port: ServicePort): port is ServicePort & { target: string } {
  return typeof port.target === 'string';
}

/**
 * The container port a Service port reaches on a Pod with these ports, as the endpoints
 * controller finds it: a named `targetPort` is the first port of that name and protocol. Null
 * when the name is none of the Pod's; a number reaches the Pod whether a port declares it or not
 * (then the port that declares it, when one does).
 */
export function targetOf(
  served: readonly ServedPort[],
  port: ServicePort,
): ServedPort | 'undeclared' | null {
  if (port.target === null) return null;
  if (isNamedTarget(port)) {
    return served.find((p) => p.name === port.target && p.protocol === port.protocol) ?? null;
  }
  const number = Number(port.target);
  return served.find((p) => p.containerPort === number) ?? 'undeclared';
}
