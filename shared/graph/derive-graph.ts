import type { ContainerView, PodView } from '../manifest/types';
import type {
  ContainerNode,
  Graph,
  GraphEdge,
  GraphNode,
  LaneNode,
  NetworkNodeData,
  VolumeNode,
} from './types';
import { HANDLE, edgeId, nodeId } from './types';
import { LAYOUT as L } from './layout';

const ROLE_LABEL: Record<ContainerView['role'], string> = {
  init: 'Init container',
  'native-sidecar': 'Native sidecar',
  main: 'Container',
  sidecar: 'Sidecar',
};

/** The accessible name of a container node: its role and its name ("Sidecar log-shipper"). */
export function containerLabel(container: Pick<ContainerView, 'role' | 'name'>): string {
  return `${ROLE_LABEL[container.role]} ${container.name}`;
}

/** A stable, plausible Pod IP for the diagram, as in the lesson ("10.244.1.7"). */
export function sampleIp(name: string): string {
  let hash = 7;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `10.244.${(hash >>> 8) % 8}.${(hash % 250) + 2}`;
}

/** How far a handle's connection point stands outside its node (app.css: 10 px, centred). */
const HANDLE_REACH = 5;
/**
 * What the hand-off label between two init containers needs below the first one's mount tags:
 * the tags' last one ends 2 units past `tagRoom` (a tag is 20 high, they step by 23, from the
 * handle's point), then 6 clear, then the label (20 high) centred `sequenceLabelLift` above the
 * next container's top handle.
 */
const HAND_OFF_ROOM = HANDLE_REACH - 3 + 6 + 10 + L.sequenceLabelLift + HANDLE_REACH;

const frame = {
  selectable: false,
  draggable: false,
  connectable: false,
  deletable: false,
  focusable: false,
};

/**
 * The canvas as a pure function of the Pod: the Pod box holding the shared network namespace band,
 * the init-container lane (in execution order), the app containers lane (main first, then
 * sidecars), the volumes row, and the kubelet-on-Node footer. Positions are relative to the Pod.
 */
export function deriveGraph(view: PodView): Graph {
  const initContainers = view.containers.filter((c) => c.list === 'initContainers');
  const appContainers = orderApp(view.containers.filter((c) => c.list === 'containers'));

  const laneTop = L.padding + L.bandHeight + L.gap;
  const initLaneWidth = L.containerWidth + 2 * L.lanePadding;
  const volumeNames = new Set(view.volumes.map((v) => v.name));
  const tags = (c: ContainerView) => tagRoom(c, volumeNames);
  // Each init container's offset in its lane: below one, its mount tags, then the label of the
  // hand-off to the next. The lane ends below the last one's tags; an empty lane keeps room for
  // a container to be dropped in.
  const initTops: number[] = [];
  let initColumnHeight = 0;
  initContainers.forEach((container, i) => {
    initTops.push(initColumnHeight);
    initColumnHeight +=
      L.containerHeight +
      (i < initContainers.length - 1
        ? Math.max(L.initGap, tags(container) + HAND_OFF_ROOM)
        : tags(container));
  });
  if (initContainers.length === 0) initColumnHeight = L.containerHeight;

  const appColumns = Math.max(1, Math.min(appContainers.length, L.maxAppColumns));
  const appRows = Math.max(1, Math.ceil(appContainers.length / L.maxAppColumns));
  const appLaneWidth = appColumns * L.containerWidth + (appColumns - 1) * L.gap + 2 * L.lanePadding;
  // Each row of app containers sits below the tags of the row above. The rows are one height,
  // room for the most tags any app container has: a grid whose rows keep their places as
  // containers are added, moved or removed. With a row as tall as its own tags, a container
  // added in first place moved the tallest one into another row, and each drop shifted the
  // volumes and every object beside the Pod up or down, away from where the eye had them.
  const rowTags = Math.max(0, ...appContainers.map(tags));
  const appRowTops: number[] = [];
  let appColumnHeight = 0;
  for (let row = 0; row < appRows; row++) {
    if (row > 0) appColumnHeight += L.gap;
    appRowTops.push(appColumnHeight);
    appColumnHeight += L.containerHeight + rowTags;
  }

  const laneHeight = L.laneHeader + Math.max(initColumnHeight, appColumnHeight) + L.lanePadding;
  const initLaneX = L.padding;
  const appLaneX = initLaneX + initLaneWidth + L.laneGap;
  const innerWidth = appLaneX + appLaneWidth - L.padding;

  const volumesTop = laneTop + laneHeight + L.volumeGap;
  const volumeColumns = Math.max(
    1,
    Math.floor((innerWidth - 2 * L.lanePadding + L.gap) / (L.volumeWidth + L.gap)),
  );
  const volumeRows = Math.max(1, Math.ceil(view.volumes.length / volumeColumns));
  // The volumes' caption is under them: the mount edges come down to the volumes from above,
  // and would cross it there.
  const volumesHeight =
    L.lanePadding + volumeRows * L.volumeHeight + (volumeRows - 1) * L.gap + L.laneHeader;

  const podWidth = innerWidth + 2 * L.padding;
  const podHeight = volumesTop + volumesHeight + L.padding;
  const podName = view.name ?? 'unnamed-pod';

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];

  nodes.push({
    id: nodeId.pod,
    type: 'pod',
    position: { x: 0, y: 0 },
    width: podWidth,
    height: podHeight,
    data: { name: podName, kind: view.kind, ip: sampleIp(podName) },
    ariaLabel: `Pod ${podName}`,
    ...frame,
    zIndex: -3,
  });

  nodes.push({
    id: 'network',
    type: 'network',
    parentId: nodeId.pod,
    position: { x: L.padding, y: L.padding },
    width: innerWidth,
    height: L.bandHeight,
    data: { ports: networkPorts(view.containers) },
    ariaLabel: 'Shared network namespace',
    ...frame,
    zIndex: -2,
  });

  nodes.push(
    lane('init-lane', initLaneX, laneTop, initLaneWidth, laneHeight, {
      title: 'initContainers',
      subtitle: 'run first, one by one, in order',
    }),
    lane('app-lane', appLaneX, laneTop, appLaneWidth, laneHeight, {
      title: 'containers',
      // One container has no others to start with, and a lane one column wide no room for the
      // longer caption: cut, it lost its point ("start together, after the init…").
      subtitle:
        appContainers.length > 1
          ? 'start together, after the init containers'
          : 'starts after the init containers',
    }),
    lane('volume-lane', L.padding, volumesTop, innerWidth, volumesHeight, {
      title: 'volumes',
      // A claim (a PersistentVolumeClaim's, or one made from a StatefulSet's template) stays
      // when its Pod goes, for the next one.
      subtitle: view.volumes.some((v) => v.claimTemplate || v.source === 'persistentVolumeClaim')
        ? 'shared by the containers that mount them; claims outlive the Pod'
        : 'shared by the containers that mount them; live as long as the Pod',
    }),
  );

  initContainers.forEach((container, i) => {
    nodes.push(
      containerNode(
        container,
        initLaneX + L.lanePadding,
        laneTop + L.laneHeader + initTops[i]!,
        i + 1,
      ),
    );
    const next = initContainers[i + 1];
    if (next) {
      edges.push({
        id: edgeId.sequence(container.id, next.id),
        type: 'sequence',
        source: container.id,
        target: next.id,
        sourceHandle: HANDLE.bottom,
        targetHandle: HANDLE.top,
        data: { label: container.role === 'native-sidecar' ? 'started →' : 'exits 0 →' },
        ariaLabel: `${container.name} then ${next.name}`,
        selectable: false,
        deletable: false,
        focusable: false,
      });
    }
  });
  const lastInit = initContainers[initContainers.length - 1];
  if (lastInit && appContainers.length > 0) {
    edges.push({
      id: edgeId.sequence(lastInit.id, 'app-lane'),
      type: 'sequence',
      source: lastInit.id,
      target: 'app-lane',
      sourceHandle: HANDLE.right,
      targetHandle: HANDLE.left,
      data: {
        label: lastInit.role === 'native-sidecar' ? 'started →' : 'exits 0 →',
      },
      ariaLabel: `${lastInit.name} then the app containers`,
      selectable: false,
      deletable: false,
      focusable: false,
    });
  }

  appContainers.forEach((container, i) => {
    const column = i % L.maxAppColumns;
    const row = Math.floor(i / L.maxAppColumns);
    nodes.push(
      containerNode(
        container,
        appLaneX + L.lanePadding + column * (L.containerWidth + L.gap),
        laneTop + L.laneHeader + appRowTops[row]!,
        null,
      ),
    );
  });

  // Who mounts each volume, found in one pass over the mounts (not volumes × containers).
  const mounters = new Map<string, string[]>();
  for (const c of view.containers) {
    for (const volume of new Set(c.mounts.map((m) => m.volume))) {
      const list = mounters.get(volume);
      if (list) list.push(c.name);
      else mounters.set(volume, [c.name]);
    }
  }
  view.volumes.forEach((volume, i) => {
    const column = i % volumeColumns;
    const row = Math.floor(i / volumeColumns);
    const node: VolumeNode = {
      id: volume.id,
      type: 'volume',
      parentId: nodeId.pod,
      position: {
        x: L.padding + L.lanePadding + column * (L.volumeWidth + L.gap),
        y: volumesTop + L.lanePadding + row * (L.volumeHeight + L.gap),
      },
      width: L.volumeWidth,
      height: L.volumeHeight,
      data: {
        name: volume.name,
        source: volume.source,
        detail: volume.detail,
        // The mounts of a replaced volume's name mount the claim template's volume.
        mountedBy: volume.replacedByClaimTemplate ? [] : (mounters.get(volume.name) ?? []),
      },
      ariaLabel: volume.claimTemplate
        ? `Volume ${volume.name}, from a claim template`
        : `Volume ${volume.name}`,
      // Dragged onto a container, a volume is mounted there; anywhere else it returns.
      draggable: true,
    };
    // Only where there is one: the data of every other volume keeps its shape.
    if (volume.claimTemplate) {
      const { storage, accessModes } = volume.claimTemplate;
      node.data.claimTemplate = { storage, accessModes };
    }
    if (volume.replacedByClaimTemplate) node.data.replacedByClaimTemplate = true;
    nodes.push(node);
  });

  // Each volume's edges run along the bus at a height of their own, so that two volumes' runs
  // do not merge into one line. A claim template comes after the Pod volume it replaces: its
  // height is the one its mounts take.
  const busOf = new Map(
    view.volumes.map((v, i) => [v.name, volumesTop - L.volumeGap / 2 + ((i % 5) - 2) * 5]),
  );
  for (const container of view.containers) {
    // A mount of a volume the Pod does not declare has nothing to link to; validation reports it.
    const drawn = container.mounts.filter((m) => volumeNames.has(m.volume));
    const column = drawn.map(({ index, mountPath, readOnly }) => ({ index, mountPath, readOnly }));
    for (const mount of drawn) {
      edges.push({
        id: edgeId.mount(container.id, mount.index),
        type: 'mount',
        source: nodeId.volume(mount.volume),
        target: container.id,
        sourceHandle: HANDLE.top,
        targetHandle: HANDLE.bottom,
        data: {
          container: container.name,
          volume: mount.volume,
          mountPath: mount.mountPath,
          readOnly: mount.readOnly,
          index: mount.index,
          column,
          busY: busOf.get(mount.volume)!,
        },
        ariaLabel: `Mount of ${mount.volume} in ${container.name} at ${mount.mountPath}${mount.readOnly ? ', read-only' : ''}`,
      });
    }
  }

  nodes.push({
    id: 'kubelet',
    type: 'kubelet',
    position: { x: 0, y: podHeight + L.kubeletGap },
    width: podWidth,
    height: L.kubeletHeight,
    data: {
      text: 'Starts initContainers first → then all containers in parallel → monitors liveness/readiness',
    },
    ariaLabel: 'kubelet on Node',
    ...frame,
  });

  return { nodes, edges };
}

/**
 * The room a container's mount tags take below it: MountEdge stacks them by the mount's place in
 * `volumeMounts`, and only mounts of declared volumes are drawn.
 */
function tagRoom(container: ContainerView, volumeNames: ReadonlySet<string>): number {
  const drawn = container.mounts.filter((m) => volumeNames.has(m.volume));
  if (drawn.length === 0) return 0;
  return L.mountTagTop + (Math.max(...drawn.map((m) => m.index)) + 1) * L.mountTagStep;
}

/** The main container first, then the sidecars, each group in manifest order. */
function orderApp(containers: ContainerView[]): ContainerView[] {
  return [
    ...containers.filter((c) => c.role === 'main'),
    ...containers.filter((c) => c.role !== 'main'),
  ];
}

function containerNode(
  container: ContainerView,
  x: number,
  y: number,
  order: number | null,
): ContainerNode {
  return {
    id: container.id,
    type: 'container',
    parentId: nodeId.pod,
    position: { x, y },
    width: L.containerWidth,
    height: L.containerHeight,
    data: {
      name: container.name,
      image: container.image,
      role: container.role,
      order,
      ports: container.ports,
    },
    ariaLabel: containerLabel(container),
    // Dragging a container to another lane changes its role; within the init lane, its order.
    draggable: true,
  };
}

function lane(
  id: string,
  x: number,
  y: number,
  width: number,
  height: number,
  data: LaneNode['data'],
): LaneNode {
  return {
    id,
    type: 'lane',
    parentId: nodeId.pod,
    position: { x, y },
    width,
    height,
    data,
    ariaLabel: `${data.title}: ${data.subtitle}`,
    ...frame,
    zIndex: -1,
  };
}

/** Every container port on the shared band; two containers binding one port is a visible clash. */
function networkPorts(containers: ContainerView[]): NetworkNodeData['ports'] {
  const owners = new Map<string, Set<string>>();
  const key = (port: number | null, protocol: string) => `${port ?? '?'}/${protocol}`;
  for (const c of containers) {
    for (const p of c.ports) {
      const k = key(p.containerPort, p.protocol);
      const set = owners.get(k) ?? new Set<string>();
      set.add(c.name);
      owners.set(k, set);
    }
  }
  const ports: NetworkNodeData['ports'] = [];
  for (const c of containers) {
    for (const p of c.ports) {
      const clash =
        p.containerPort !== null && (owners.get(key(p.containerPort, p.protocol))?.size ?? 0) > 1;
      // No spread of a conditional object: it is copied key by key, per port, per keystroke.
      const port: NetworkNodeData['ports'][number] = {
        container: c.name,
        port: p.containerPort,
        protocol: p.protocol,
        clash,
      };
      if (p.name !== undefined) port.name = p.name;
      ports.push(port);
    }
  }
  return ports;
}
