import type { ContainerRole, PortView, VolumeSource } from '../manifest/types';

/**
 * The canvas, as plain data: React Flow renders these directly (its `Node` and `Edge` shapes),
 * but nothing here depends on React. Positions are derived from the Pod, never stored in it.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PodNodeData {
  name: string;
  kind: string;
  /** A sample IP, as in the lesson's diagram. */
  ip: string;
  [key: string]: unknown;
}

export interface NetworkNodeData {
  ports: {
    container: string;
    port: number | null;
    name?: string;
    protocol: string;
    clash: boolean;
  }[];
  [key: string]: unknown;
}

export interface LaneNodeData {
  title: string;
  subtitle: string;
  [key: string]: unknown;
}

/**
 * A node's data holds what the node shows, and not its place in the text (the Pod view has that):
 * a place moves with every keystroke above it, and each node would be drawn again.
 */
export interface ContainerNodeData {
  name: string;
  image: string | null;
  role: ContainerRole;
  /** Position in the init lane (1-based) for init containers and native sidecars. */
  order: number | null;
  ports: PortView[];
  [key: string]: unknown;
}

export interface VolumeNodeData {
  name: string;
  source: VolumeSource;
  detail: string;
  /** Names of the containers that mount it. */
  mountedBy: string[];
  /** What a StatefulSet's claim template asks for each Pod's claim, when the volume is one. */
  claimTemplate?: { storage: string | null; accessModes: string[] };
  /** A Pod volume a claim template of the same name replaces: nothing mounts it. */
  replacedByClaimTemplate?: true;
  [key: string]: unknown;
}

export interface KubeletNodeData {
  text: string;
  [key: string]: unknown;
}

interface GraphNodeBase<T extends string, D> {
  id: string;
  type: T;
  position: { x: number; y: number };
  width: number;
  height: number;
  data: D;
  parentId?: string;
  /** What a screen reader announces, and what tests find the node by: "Sidecar log-shipper". */
  ariaLabel: string;
  /** Frame nodes (Pod, lanes, band, kubelet) cannot be selected, dragged, connected or deleted. */
  selectable?: boolean;
  draggable?: boolean;
  connectable?: boolean;
  deletable?: boolean;
  focusable?: boolean;
  zIndex?: number;
}

export type PodNode = GraphNodeBase<'pod', PodNodeData>;
export type NetworkNode = GraphNodeBase<'network', NetworkNodeData>;
export type LaneNode = GraphNodeBase<'lane', LaneNodeData>;
export type ContainerNode = GraphNodeBase<'container', ContainerNodeData>;
export type VolumeNode = GraphNodeBase<'volume', VolumeNodeData>;
export type KubeletNode = GraphNodeBase<'kubelet', KubeletNodeData>;

export type GraphNode = PodNode | NetworkNode | LaneNode | ContainerNode | VolumeNode | KubeletNode;

export interface SequenceEdgeData {
  label: string;
  [key: string]: unknown;
}

export interface MountEdgeData {
  container: string;
  volume: string;
  mountPath: string;
  readOnly: boolean;
  /** Index of the mount in the container's `volumeMounts`: its row in the column of tags. */
  index: number;
  /** The container's drawn mounts, whose tags share one column (shared/graph/mount-route.ts). */
  column: readonly MountTag[];
  /** Where the edge runs along, between the container lanes and the volumes. */
  busY: number;
  [key: string]: unknown;
}

export interface MountTag {
  index: number;
  mountPath: string;
  readOnly: boolean;
}

export type SequenceEdge = {
  id: string;
  type: 'sequence';
  source: string;
  target: string;
  sourceHandle?: string;
  targetHandle?: string;
  data: SequenceEdgeData;
  ariaLabel: string;
  selectable?: boolean;
  deletable?: boolean;
  focusable?: boolean;
};

export type MountEdge = {
  id: string;
  type: 'mount';
  source: string;
  target: string;
  sourceHandle?: string;
  targetHandle?: string;
  data: MountEdgeData;
  ariaLabel: string;
};

export type GraphEdge = SequenceEdge | MountEdge;

/** Handle ids the node components render and the edges attach to. */
export const HANDLE = {
  top: 'top',
  bottom: 'bottom',
  right: 'right',
  left: 'left',
} as const;

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export { edgeId, nodeId, parseMountEdgeId, parseNodeId } from './ids';
export type { NodeRef } from './ids';
