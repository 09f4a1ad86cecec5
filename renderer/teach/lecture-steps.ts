import type { GraphEdge, GraphNode } from '../../shared';

/** The parts of the anatomy diagram, in the order a lecture reveals them. */
export type RevealKind = 'pod' | 'network' | 'init' | 'main' | 'sidecar' | 'volume' | 'kubelet';

export interface LectureStep {
  kind: RevealKind;
  title: string;
  /** One to three sentences, from the lesson. */
  text: string[];
}

export const LECTURE_STEPS: readonly LectureStep[] = [
  {
    kind: 'pod',
    title: 'The Pod',
    text: [
      'A Pod is not a container: it is a thin wrapper that groups one or more containers into a single schedulable unit with a shared execution environment.',
      'Every higher-level object (Deployment, StatefulSet, Job) is a factory that creates and manages Pods.',
    ],
  },
  {
    kind: 'network',
    title: 'Shared network namespace',
    text: [
      'Every container in the Pod sees the same loopback interface, the same IP address and the same hostname.',
      'If container A binds port 8080, container B reaches it on localhost:8080, so two containers cannot bind the same port.',
    ],
  },
  {
    kind: 'init',
    title: 'Init containers',
    text: [
      'Init containers run one at a time, in order, each to completion, before any app container starts: migrations, fetching secrets, waiting for dependencies.',
      'Each must exit 0 before the next one starts. If one fails, the kubelet runs it again (with a growing back-off, unless restartPolicy is Never) and the app containers do not start until it succeeds; kubectl describe pod shows which one failed and why.',
    ],
  },
  {
    kind: 'main',
    title: 'The main container',
    text: [
      'The app itself: an image, a command, ports, environment and resource requests and limits.',
      'kubectl logs and kubectl exec pick it when no -c is given.',
    ],
  },
  {
    kind: 'sidecar',
    title: 'Sidecars',
    text: [
      'A sidecar augments the main container without modifying it: a log shipper, a proxy, a secret sync.',
      'The app team owns the app image; another team owns the sidecar image. Neither needs to know the other’s implementation.',
    ],
  },
  {
    kind: 'volume',
    title: 'Volumes',
    text: [
      'Storage that any container of the Pod can mount, scoped to the Pod’s lifetime.',
      'Here the app writes its logs to a shared emptyDir and the sidecar tails that directory and forwards it.',
    ],
  },
  {
    kind: 'kubelet',
    title: 'The kubelet on the Node',
    text: [
      'The kubelet starts the init containers first, then all app containers in parallel, and monitors their liveness and readiness probes.',
      'A crashing container is restarted with an exponential back-off (10 s, doubling, at most 5 minutes): CrashLoopBackOff is a reason, not a phase.',
    ],
  },
];

export const LAST_STEP = LECTURE_STEPS.length - 1;

const ORDER: Record<RevealKind, number> = {
  pod: 0,
  network: 1,
  init: 2,
  main: 3,
  sidecar: 4,
  volume: 5,
  kubelet: 6,
};

/** The step at which a kind appears. */
export function stepOf(kind: RevealKind): number {
  return ORDER[kind];
}

const LANE_KIND: Record<string, RevealKind> = {
  'init-lane': 'init',
  'app-lane': 'main',
  'volume-lane': 'volume',
};

/** Which part of the anatomy a canvas node belongs to. */
export function revealKindOf(node: Pick<GraphNode, 'id' | 'type' | 'data'>): RevealKind {
  switch (node.type) {
    case 'pod':
    case 'network':
    case 'volume':
    case 'kubelet':
      return node.type;
    case 'lane':
      return LANE_KIND[node.id] ?? 'pod';
    case 'container': {
      const role = (node.data as { role?: string }).role;
      if (role === 'init') return 'init';
      if (role === 'main') return 'main';
      return 'sidecar';
    }
  }
}

/**
 * Which step shows an edge: the arrows between init containers with them, the arrow into the
 * app lane with the main container, and the volume mounts with the volumes.
 */
export function revealKindOfEdge(edge: Pick<GraphEdge, 'type' | 'target'>): RevealKind {
  if (edge.type === 'mount') return 'volume';
  return edge.target === 'app-lane' ? 'main' : 'init';
}
