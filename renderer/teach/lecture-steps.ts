import type { ContainerView, GraphEdge, GraphNode, PodView, VolumeView } from '../../shared';

/** The parts of the anatomy diagram, in the order a lecture reveals them. */
export type RevealKind =
  'pod' | 'network' | 'init' | 'native-sidecar' | 'main' | 'sidecar' | 'volume' | 'kubelet';

/** The parts a step is about, one a step; a native sidecar is in the init and sidecar steps. */
export type StepKind = Exclude<RevealKind, 'native-sidecar'>;

export interface LectureStep {
  kind: StepKind;
  title: string;
  /**
   * One to three sentences: the lesson's words, true of any Pod, then what the canvas shows of
   * `pod`, read from its view. Without a Pod (none read yet), the lesson's words alone.
   */
  text: (pod: PodView | null) => string[];
}

/** At most this many names in a list; more are counted. */
const NAMED = 3;

/** `a`, `a and b`, `a, b and c`, `a, b, c and 2 more`. */
function nameList(names: readonly string[]): string {
  if (names.length > NAMED + 1) {
    return `${names.slice(0, NAMED).join(', ')} and ${names.length - NAMED} more`;
  }
  if (names.length < 2) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const unique = (names: readonly string[]) => [...new Set(names)];
const named = (containers: readonly ContainerView[], ...roles: ContainerView['role'][]) =>
  unique(containers.filter((c) => roles.includes(c.role)).map((c) => c.name));
const mainOf = (pod: PodView) => pod.containers.find((c) => c.role === 'main') ?? null;

/** The Pod step: the workload that makes it, or a bare Pod. */
function podHere(pod: PodView): string {
  const name = pod.name ? ` ${pod.name}` : '';
  if (pod.kind === 'Pod') {
    const bare = 'a bare Pod: once it is deleted, nothing creates it again.';
    return pod.name ? `Here ${pod.name} is ${bare}` : `This is ${bare}`;
  }
  if (pod.kind === 'CronJob') {
    return `Here the CronJob${name} creates Jobs, and each Job creates Pods from this template.`;
  }
  return `Here the ${pod.kind}${name} is that factory: this is its Pod template.`;
}

/**
 * The network step: two containers declaring one port, else one container's port and who
 * reaches it on localhost. Init containers have finished before the app containers start, so
 * the example is between containers that run together.
 */
function networkHere(pod: PodView): string {
  const owners = new Map<string, string[]>();
  // An init container has exited before the app containers bind their ports.
  for (const c of pod.containers.filter((c) => c.role !== 'init')) {
    for (const p of c.ports) {
      if (p.containerPort === null) continue;
      const key = `${p.containerPort}/${p.protocol}`;
      owners.set(key, unique([...(owners.get(key) ?? []), c.name]));
    }
  }
  for (const [key, names] of owners) {
    if (names.length < 2) continue;
    const port = key.split('/')[0]!;
    return names.length === 2
      ? `Here ${nameList(names)} both declare port ${port}: only one of them can bind it.`
      : `Here ${nameList(names)} all declare port ${port}: only one of them can bind it.`;
  }
  // The main container's port first: the lesson's example is the app's port.
  const main = mainOf(pod);
  const running = pod.containers.filter((c) => c.role !== 'init');
  const ported = [...(main ? [main] : []), ...running, ...pod.containers].find((c) =>
    c.ports.some((p) => p.containerPort !== null),
  );
  if (!ported) return 'No container of this Pod declares a port.';
  const ports = unique(
    ported.ports
      .map((p) => p.containerPort)
      .filter((p) => p !== null)
      .map(String),
  );
  const port = ports[0]!;
  const other = running.find((c) => c.name !== ported.name);
  if (ported.role === 'init' || !other) {
    return `Here ${ported.name} declares port${ports.length > 1 ? 's' : ''} ${nameList(ports)}.`;
  }
  return `Here ${ported.name} declares port ${port}: ${other.name} reaches it on localhost:${port}.`;
}

/**
 * The init step: the init containers in order, and the app containers that wait for them. A
 * native sidecar starts in its turn too, but does not exit: the containers after it wait only
 * for it to start.
 */
function initHere(pod: PodView): string {
  const lane = pod.containers.filter((c) => c.role === 'init' || c.role === 'native-sidecar');
  const all = unique(lane.map((c) => c.name));
  const runs = named(lane, 'init');
  const natives = named(lane, 'native-sidecar');
  if (all.length === 0) return 'This Pod has no init containers.';
  const apps = named(pod.containers, 'main', 'sidecar');
  const wait =
    apps.length === 0
      ? 'the app containers start'
      : `${nameList(apps)} ${apps.length === 1 ? 'starts' : 'start'}`;
  if (natives.length === 0) {
    return runs.length === 1
      ? `Here ${runs[0]} must exit 0 before ${wait}.`
      : `Here ${nameList(runs)} run in that order, and each must exit 0 before ${wait}.`;
  }
  // Up to three, each in its turn: what it does before the next one starts.
  if (lane.length <= NAMED) {
    const turns = lane.map((c) =>
      c.role === 'native-sidecar' ? `${c.name} starts and keeps running` : `${c.name} must exit 0`,
    );
    const last = lane[lane.length - 1]!.role === 'native-sidecar';
    return `Here ${turns.join('; then ')}${last ? '; then ' : ' before '}${wait}.`;
  }
  const keeps = natives.length === 1 ? 'keeps' : 'keep';
  const exit = runs.length === 1 ? 'must exit 0' : 'each must exit 0';
  if (runs.length === 0) {
    return `Here ${nameList(natives)} start in that order before ${wait}, and keep running.`;
  }
  return `Here ${nameList(all)} start in that order: ${nameList(natives)} ${keeps} running, and ${nameList(runs)} ${exit} before ${wait}.`;
}

/**
 * The init step's lesson: each init container runs to completion, except a native sidecar, which
 * starts in its turn and keeps running; said so where the Pod has one.
 */
function initText(pod: PodView | null): string[] {
  const native = pod?.containers.some((c) => c.role === 'native-sidecar') ?? false;
  const lesson = [
    native
      ? 'Init containers start one at a time, in order, before the app containers; each runs to completion, but a native sidecar (restartPolicy: Always) keeps running.'
      : 'Init containers run one at a time, in order, each to completion, before any app container starts: migrations, fetching secrets, waiting for dependencies.',
    'If one fails, the kubelet runs it again with a growing back-off, unless restartPolicy is Never; kubectl describe pod shows why.',
  ];
  return pod ? [...lesson, initHere(pod)] : lesson;
}

/** The main step: its name and image. */
function mainHere(pod: PodView): string {
  const main = mainOf(pod);
  if (!main) return 'This Pod has no app container yet.';
  return main.image
    ? `Here the main container is ${main.name}, image ${main.image}.`
    : `Here the main container is ${main.name}, with no image yet.`;
}

/** The sidecar step: the sidecars beside the main container, native ones said so. */
function sidecarHere(pod: PodView): string {
  const main = mainOf(pod)?.name;
  const beside = named(pod.containers, 'sidecar');
  const native = named(pod.containers, 'native-sidecar');
  if (beside.length === 0 && native.length === 0) {
    return main ? `This Pod has no sidecar: ${main} runs alone.` : 'This Pod has no sidecar.';
  }
  const runs = beside.length === 1 ? 'runs' : 'run';
  const nativeIs =
    native.length === 1
      ? `${native[0]} is a native sidecar`
      : `${nameList(native)} are native sidecars`;
  if (native.length === 0) return `Here ${nameList(beside)} ${runs} beside ${main ?? 'the app'}.`;
  if (beside.length === 0) {
    return `Here ${nativeIs}: an init container with restartPolicy: Always, which starts before the app containers and keeps running.`;
  }
  return `Here ${nameList(beside)} ${runs} beside ${main ?? 'the app'}, and ${nativeIs} (an init container with restartPolicy: Always).`;
}

/** What survives the Pod: a claim (from a claim template or not), a directory of the Node. */
const outlivesPod = (v: VolumeView) =>
  v.source === 'persistentVolumeClaim' || v.source === 'hostPath';

/** A volume's source as the canvas's chip names it. */
const sourceName = (v: VolumeView) =>
  v.claimTemplate ? 'claim template' : v.source === 'other' ? v.detail : v.source;

/** Who mounts `volume`, in the Pod's order, `(read-only)` after those who only read it. */
function mountedBy(pod: PodView, volume: string): string[] {
  const by: string[] = [];
  const seen = new Set<string>();
  for (const c of pod.containers) {
    const mounts = c.mounts.filter((m) => m.volume === volume);
    if (mounts.length === 0 || seen.has(c.name)) continue;
    seen.add(c.name);
    by.push(mounts.every((m) => m.readOnly) ? `${c.name} (read-only)` : c.name);
  }
  return by;
}

/**
 * The volume step: the lesson's words (a Pod's volumes last as long as it does, unless some
 * outlive it), each volume with its source and who mounts it, and what outlives the Pod.
 */
function volumeText(pod: PodView | null): string[] {
  const lifetime = 'Storage that any container of the Pod can mount, scoped to the Pod’s lifetime.';
  if (!pod) return [lifetime];
  // A Pod volume that a claim template replaces is in no Pod: the template is listed instead.
  const volumes = pod.volumes.filter((v) => !v.replacedByClaimTemplate);
  if (volumes.length === 0) {
    return [
      lifetime,
      'This Pod declares no volumes: each container has only its own filesystem, lost when it restarts.',
    ];
  }
  const each = volumes.slice(0, NAMED).map((v, i) => {
    const by = mountedBy(pod, v.name);
    const who = by.length ? nameList(by) : 'no container';
    return `${v.name} (${sourceName(v)}) ${i === 0 ? 'is mounted ' : ''}by ${who}`;
  });
  const more = volumes.length - each.length;
  if (more > 0) each.push(`and ${more} more volume${more === 1 ? '' : 's'}`);
  const here = `Here ${each.join('; ')}.`;

  const lasting = volumes.filter(outlivesPod);
  if (lasting.length === 0) return [lifetime, here];
  return ['Storage that any container of the Pod can mount.', here, outlives(lasting)];
}

/**
 * What outlives the Pod: each Pod's claim from a claim template, else the data of its claims and
 * of the Node's directories.
 */
function outlives(lasting: readonly VolumeView[]): string {
  const templates = lasting.filter((v) => v.claimTemplate);
  if (templates.length === 1) {
    const { name, claimTemplate } = templates[0]!;
    const claims = claimTemplate!.claims;
    const example = claims.length
      ? ` (${claims.join(', ')}${claimTemplate!.moreClaims ? ', …' : ''})`
      : '';
    return `Each Pod gets its own claim from the claim template ${name}${example}, and the claim outlives the Pod.`;
  }
  if (templates.length > 1) {
    const names = nameList(templates.map((v) => v.name));
    return `Each Pod gets its own claims from the claim templates ${names}, and the claims outlive the Pod.`;
  }
  const names = unique(lasting.map((v) => v.name));
  return names.length === 1
    ? `${names[0]} keeps its data after the Pod is deleted.`
    : `${nameList(names)} keep their data after the Pod is deleted.`;
}

/** The kubelet step: what the Pod's restartPolicy makes of a container that exits. */
function kubeletHere(pod: PodView): string {
  const policy = pod.restartPolicy ?? 'Always';
  const is = `Here restartPolicy is ${policy}${pod.restartPolicy === null ? ' (the default)' : ''}`;
  const native = pod.containers.some((c) => c.role === 'native-sidecar');
  switch (policy) {
    case 'Always':
      return `${is}: an app container is restarted whenever it exits.`;
    case 'OnFailure':
      return native
        ? `${is}: a container is restarted only when it fails, a native sidecar whenever it exits.`
        : `${is}: a container is restarted only when it exits non-zero.`;
    case 'Never':
      return native
        ? `${is}: a container that exits is not restarted, except a native sidecar.`
        : `${is}: a container that exits is not restarted.`;
    default:
      return `${is}, which is none of Always, OnFailure and Never.`;
  }
}

/** The lesson's words, then, for a Pod, what this one shows. */
const withHere =
  (lesson: readonly string[], here: (pod: PodView) => string) =>
  (pod: PodView | null): string[] =>
    pod ? [...lesson, here(pod)] : [...lesson];

export const LECTURE_STEPS: readonly LectureStep[] = [
  {
    kind: 'pod',
    title: 'The Pod',
    text: withHere(
      [
        'A Pod is not a container: it is a thin wrapper that groups one or more containers into a single schedulable unit with a shared execution environment.',
        'Every higher-level object (Deployment, StatefulSet, Job) is a factory that creates and manages Pods.',
      ],
      podHere,
    ),
  },
  {
    kind: 'network',
    title: 'Shared network namespace',
    text: withHere(
      [
        'Every container in the Pod sees the same loopback interface, the same IP address and the same hostname.',
        'If container A binds port 8080, container B reaches it on localhost:8080, so two containers cannot bind the same port.',
      ],
      networkHere,
    ),
  },
  {
    kind: 'init',
    title: 'Init containers',
    text: initText,
  },
  {
    kind: 'main',
    title: 'The main container',
    text: withHere(
      [
        'The app itself: an image, a command, ports, environment and resource requests and limits.',
        'kubectl logs and kubectl exec pick it when no -c is given.',
      ],
      mainHere,
    ),
  },
  {
    kind: 'sidecar',
    title: 'Sidecars',
    text: withHere(
      [
        'A sidecar augments the main container without modifying it: a log shipper, a proxy, a secret sync.',
        'The app team owns the app image; another team owns the sidecar image. Neither needs to know the other’s implementation.',
      ],
      sidecarHere,
    ),
  },
  {
    kind: 'volume',
    title: 'Volumes',
    text: volumeText,
  },
  {
    kind: 'kubelet',
    title: 'The kubelet on the Node',
    text: withHere(
      [
        'The kubelet starts the init containers first, then all app containers in parallel, and monitors their liveness and readiness probes.',
        'A crashing container is restarted with an exponential back-off (10 s, doubling, at most 5 minutes): CrashLoopBackOff is a reason, not a phase.',
      ],
      kubeletHere,
    ),
  },
];

export const LAST_STEP = LECTURE_STEPS.length - 1;

/** The step at which each part appears: a native sidecar with the init containers, in its lane. */
const ORDER: Record<RevealKind, number> = {
  pod: 0,
  network: 1,
  init: 2,
  'native-sidecar': 2,
  main: 3,
  sidecar: 4,
  volume: 5,
  kubelet: 6,
};

/** The step at which a kind appears. */
export function stepOf(kind: RevealKind): number {
  return ORDER[kind];
}

/**
 * The parts a step introduces and spotlights: its own kind, and a native sidecar both at the
 * init step (it starts in its turn among them) and at the sidecar step (it is a sidecar).
 */
export function stepKinds(step: number): RevealKind[] {
  const kind = LECTURE_STEPS[step]?.kind;
  if (!kind) return [];
  return kind === 'init' || kind === 'sidecar' ? [kind, 'native-sidecar'] : [kind];
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
      return role === 'native-sidecar' ? 'native-sidecar' : 'sidecar';
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
