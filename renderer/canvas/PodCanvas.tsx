import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type FocusEvent,
  type MouseEvent as ReactMouseEvent,
  type ReactNode,
} from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  Controls,
  MarkerType,
  MiniMap,
  ControlButton,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type FinalConnectionState,
  type EdgeChange,
  type IsValidConnection,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import {
  laneAt,
  laneDropEdit,
  nodeId,
  parseNodeId,
  visibleText,
  type NeighbourNodeData,
  whyNoLaneDrop,
} from '../../shared';
import { announce } from '../store/announcer';
import { goodModelOf, usePod, usePodStoreApi } from '../store/pod-store';
import { paletteItem, PALETTE_MIME } from '../palette/palette-items';
import { ContainerNode } from './nodes/ContainerNode';
import { VolumeNode } from './nodes/VolumeNode';
import { KubeletNode, LaneNode, NetworkNode, PodNode } from './nodes/FrameNodes';
import { MountEdge } from './edges/MountEdge';
import { SequenceEdge } from './edges/SequenceEdge';
import { NeighbourEdge } from './edges/NeighbourEdge';
import { TAGS_ZOOM, TagsShown } from './edges/tags-shown';
import { focusAdded, isRefocused, nodeAfterDeletion, refocusCanvas } from './deletion';
import { MountPrompt, type PendingMount } from './MountPrompt';
import { connectionDrop, mountOf, nodeAt, replacedVolumeWhy, whyNoMount } from './mount-drop';
import { NodeMenu } from './NodeMenu';
import { changeRole, useContainerActions } from './use-container-actions';
import { useReorderKeys } from './use-reorder-keys';
import { useCanvasKeys } from './use-canvas-keys';
import { revealProps, useLectureReveal, useTeachMode } from '../teach/teach-store';
import { revealKindOf } from '../teach/lecture-steps';
import { useAddItem } from './use-add-item';
import { FIT_VIEW, MIN_ZOOM, MINIMAP, MINIMAP_CORNER } from './fit-view';
import { useAutoFit, useFitPod } from './use-auto-fit';
import {
  createFlowEdges,
  createFlowNodes,
  dragged,
  replaceNode,
  lifted,
  type FlowEdge,
  type FlowNode,
} from './flow-items';
import { drawnFromThePod, drawnWhereItIs } from './nodes/drawn';
import { NeighbourNode } from './nodes/NeighbourNode';
import { useNeighbours } from './nodes/use-neighbours';

// Each node's content is drawn again only when what it shows changes, not when it moves (a drop
// that widens a lane moves most of a large Pod's nodes); the Pod's own nodes read what they show
// from the store, so that a key that changes a node's content alone leaves React Flow be.
const nodeTypes = {
  pod: drawnFromThePod(PodNode),
  network: drawnFromThePod(NetworkNode),
  lane: drawnFromThePod(LaneNode),
  container: drawnFromThePod(ContainerNode),
  volume: drawnFromThePod(VolumeNode),
  kubelet: drawnFromThePod(KubeletNode),
  neighbour: drawnWhereItIs(NeighbourNode),
};
const edgeTypes = { mount: MountEdge, sequence: SequenceEdge, neighbour: NeighbourEdge };
// React Flow's props are compared by identity: an array or object literal made in each render
// would re-render every node and edge on every change of the Pod.
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };

/**
 * What a screen reader reads for a focused node or link (React Flow's own describe its keys:
 * Space selects, the arrows move the node). The Pod's layout places the nodes, so the arrows move
 * nothing: the message React Flow would announce for them says how to move what can be moved.
 */
const NODE_KEYS =
  'On a container or a volume, Enter edits it in the inspector, Shift+F10 opens its menu and Delete removes it. Ctrl+C copies a container and Ctrl+D duplicates it. Alt+Up and Alt+Down move an init container in the run order.';
// React Flow 12.12 reads `keyboardDisabled` while the keyboard is on, `default` while it is off:
// both are set.
const EDIT_DESCRIPTIONS = {
  'node.a11yDescription.default': NODE_KEYS,
  'node.a11yDescription.keyboardDisabled': NODE_KEYS,
  'node.a11yDescription.ariaLiveMessage': () =>
    "The Pod's layout places each node: Alt+Up and Alt+Down move an init container in the run order.",
  'edge.a11yDescription.default': 'Enter edits it in the inspector. Delete removes it.',
};
const TEACH_DESCRIPTION = 'Read only while simulating or lecturing.';

/** Shift+F10 on an object drawn beside the Pod (a Service, a ConfigMap): why nothing opened. */
const objectHasNoMenu = ({ kind, name }: NeighbourNodeData) =>
  `${kind} ${visibleText(name)} has no menu: it is edited in the YAML editor.`;
const TEACH_DESCRIPTIONS = {
  'node.a11yDescription.default': TEACH_DESCRIPTION,
  'node.a11yDescription.keyboardDisabled': TEACH_DESCRIPTION,
  'edge.a11yDescription.default': TEACH_DESCRIPTION,
};

const sequenceMarker = {
  type: MarkerType.ArrowClosed,
  width: 16,
  height: 16,
  color: 'var(--role-init)',
};

const MINIMAP_COLORS: Record<string, string> = {
  pod: 'var(--pod-bg)',
  network: 'var(--band-bg)',
  lane: 'var(--lane-border)',
  volume: 'var(--volume)',
  kubelet: 'var(--border-strong)',
};

function minimapColor(node: FlowNode): string {
  if (node.type === 'container') {
    const role = node.data.role;
    if (role === 'init') return 'var(--role-init)';
    if (role === 'sidecar') return 'var(--role-sidecar)';
    if (role === 'native-sidecar') return 'var(--role-native)';
    return 'var(--role-main)';
  }
  return MINIMAP_COLORS[node.type ?? ''] ?? 'var(--border)';
}

/** A node's centre, in the Pod's coordinates. */
const centre = (node: Node) => ({
  x: node.position.x + (node.width ?? 0) / 2,
  y: node.position.y + (node.height ?? 0) / 2,
});

/** Where a pointer event happened, in the canvas pane's coordinates (where prompts are placed). */
function paneAt(event: globalThis.MouseEvent | TouchEvent | { clientX: number; clientY: number }) {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  const pane = document.querySelector('.canvas-pane')?.getBoundingClientRect();
  return point && pane ? { x: point.clientX - pane.left, y: point.clientY - pane.top } : null;
}

/** Where the menu of a node opened from the keyboard goes: at its left, near its bottom edge. */
function nodeAnchor(id: string) {
  const element = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  const box = element?.getBoundingClientRect();
  const pane = element?.closest('.canvas-pane')?.getBoundingClientRect();
  return box && pane ? { x: box.left + 24 - pane.left, y: box.bottom - 8 - pane.top } : null;
}

/** Where the focus goes when a mount prompt closes: where the user was when it opened. */
const promptReturn = (pending: PendingMount) =>
  pending.opener ?? nodeId.container(pending.container);

/** A drag in progress: the node held, where it is, the frame that will move it there. */
interface Drag {
  id: string | null;
  at: { x: number; y: number } | null;
  frame: number;
  cancelled: string | null;
}
const NO_DRAG: Drag = { id: null, at: null, frame: 0, cancelled: null };

/** `corner`: controls shown over the canvas's top-right corner (the diagram export). */
export function PodCanvas({ corner }: { corner?: ReactNode }) {
  const store = usePodStoreApi();
  const graph = usePod((s) => goodModelOf(s)?.graph ?? null);
  const selection = usePod((s) => s.selection);
  const addItem = useAddItem();
  // A minimap helps to find one's way in a large Pod; for a small one it only hides the diagram.
  const showMinimap = usePod(
    (s) =>
      (goodModelOf(s)?.view.containers.length ?? 0) + (goodModelOf(s)?.view.volumes.length ?? 0) >
      8,
  );

  // The node being dragged (session state, dropped when the drag ends): which one, as state,
  // since its links are lifted while it moves. Each step of the drag moves it in React Flow's
  // store alone (see moveDragged): `drag` holds where it is and the frame that will move it.
  const [draggedId, setDraggedId] = useState<string | null>(null);
  // `cancelled`: the node whose drag Escape took back, until the button is released.
  const drag = useRef<Drag>({ ...NO_DRAG });

  // In lecture mode the anatomy is revealed step by step; while simulating or lecturing, a click
  // must not edit the Pod.
  const reveal = useLectureReveal();
  const mode = useTeachMode();
  const editing = mode === 'edit';
  const { screenToFlowPosition, getIntersectingNodes } = useReactFlow();
  // The fitted Pod keeps clear of the minimap, where there is one.
  const minimapCorner = showMinimap ? MINIMAP_CORNER : undefined;
  const fitPod = useFitPod(minimapCorner);
  // The canvas changes size when lecture mode starts or ends, and while it lasts (full screen).
  const paneSize = useStore((state) => `${state.width}x${state.height}`);
  const lectureSize = mode === 'lecture' ? paneSize : '';
  useEffect(() => {
    // Two frames: the panes around the canvas appear or vanish with the mode first.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => fitPod(300));
    });
    return () => cancelAnimationFrame(frame);
  }, [mode, lectureSize, fitPod]);

  // The links draw their tags only where they can be read (edges/tags-shown.ts): one selector
  // here, whose value changes when the zoom crosses that line, rather than one in each link.
  const tagsShown = useStore((state) => state.transform[2] >= TAGS_ZOOM);

  const flow = useStoreApi();
  // The zoom as a CSS variable on the canvas, for what is drawn a size on the screen whatever the
  // zoom (a mount's line when focused, app.css): set on a change of zoom, without a render.
  useEffect(() => {
    let shown = Number.NaN;
    const follow = ({ transform, domNode }: ReturnType<typeof flow.getState>) => {
      if (transform[2] === shown || !domNode) return;
      shown = transform[2];
      domNode.style.setProperty('--pb-zoom', String(shown));
    };
    follow(flow.getState());
    return flow.subscribe(follow);
  }, [flow]);
  const [flowNodes] = useState(() =>
    createFlowNodes((id) => flow.getState().nodeLookup.get(id)?.measured, flow.getState().rfId),
  );
  const [flowEdges] = useState(() =>
    createFlowEdges((edge) => (edge.type === 'sequence' ? { markerEnd: sequenceMarker } : {})),
  );
  const nodes = useMemo(() => {
    const selected = new Set(selection);
    return flowNodes(graph?.nodes ?? [], (node) => ({
      selected: selected.has(node.id),
      reveal: reveal ? revealProps(reveal, { kind: revealKindOf(node) }) : undefined,
    }));
  }, [graph, selection, reveal, flowNodes]);

  // The objects the Pod needs, outside its box: never selected, dragged or deleted.
  const neighbours = useNeighbours(mode === 'lecture' ? null : graph);
  const neighbourNodes = neighbours.nodes;
  const withNeighbours = useMemo(
    () => [...nodes, ...(neighbourNodes as unknown as FlowNode[])],
    [nodes, neighbourNodes],
  );
  useAutoFit(neighbourNodes, minimapCorner);

  const edges = useMemo(() => {
    const selected = new Set(selection);
    return flowEdges(graph?.edges ?? [], (edge) => ({
      selected: selected.has(edge.id),
      reveal: reveal ? revealProps(reveal, { edge }) : undefined,
      lifted: draggedId !== null && (edge.source === draggedId || edge.target === draggedId),
    }));
  }, [graph, selection, reveal, flowEdges, draggedId]);

  // A neighbour's link to the dragged node moves with it: lifted too, or each step of the drag
  // would repaint the whole canvas beneath it.
  const neighbourEdges = neighbours.edges;
  const withNeighbourEdges = useMemo(
    () => [
      ...edges,
      ...(neighbourEdges as unknown as FlowEdge[]).map((edge) =>
        edge.target === draggedId || edge.source === draggedId ? lifted(edge) : edge,
      ),
    ],
    [edges, neighbourEdges, draggedId],
  );

  // A step of a drag goes straight into React Flow's store, as it does when React Flow owns its
  // nodes, once a frame: a mouse can send two moves a frame, and each took all of React Flow's
  // work. Through React's state, a step took a render of the canvas, React Flow's effect that
  // takes the new nodes, then a render of its own: on the large Pod, the node stayed put in one
  // frame of three.
  const moveDragged = useCallback(() => {
    const { id, at } = drag.current;
    if (id === null || at === null) return;
    const { nodes: shown, nodeLookup, setNodes } = flow.getState();
    const placed = replaceNode(shown, id, (node) =>
      // With its measured size, or React Flow would measure the node again at every step.
      node.position === at
        ? node
        : dragged({ ...node, measured: nodeLookup.get(id)?.measured }, at),
    );
    if (placed !== shown) setNodes(placed);
  }, [flow]);

  // Nodes are derived from the manifest: of React Flow's changes only selection and the drag in
  // progress are session state; a drop becomes an edit of the text.
  const onSelectionChanges = useCallback(
    (changes: (NodeChange | EdgeChange)[]) => {
      // Of the selection, what the canvas still draws: a node the text no longer holds (deleted
      // in the YAML) gets no change of its own, and would stay selected beside a click.
      const { nodeLookup, edgeLookup } = flow.getState();
      const next = new Set(
        store.getState().selection.filter((id) => nodeLookup.has(id) || edgeLookup.has(id)),
      );
      let changed = false;
      let moved = false;
      for (const change of changes) {
        // With several nodes selected, React Flow moves them all; the canvas moves the one held.
        if (change.type === 'position' && change.position && change.id === drag.current.id) {
          moved = true;
          drag.current.at = change.position;
        }
        if (change.type !== 'select') continue;
        changed = true;
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      if (changed) store.getState().select([...next]);
      if (moved && drag.current.frame === 0) {
        drag.current.frame = requestAnimationFrame(() => {
          drag.current.frame = 0;
          moveDragged();
        });
      }
    },
    [store, flow, moveDragged],
  );

  useEffect(() => () => cancelAnimationFrame(drag.current.frame), []);

  // The nodes as the text has them, for the handlers below: read when called, so that the
  // handlers stay the same functions. React Flow takes each prop that changes into its store, in
  // a change of its own that runs every node's and edge's selector (some 2,100 on a large Pod):
  // a drop that added a container changed `onNodeDragStop`, and paid 3 to 11 ms for it.
  const nodesNow = useRef(nodes);
  useLayoutEffect(() => {
    nodesNow.current = nodes;
  }, [nodes]);
  // The node back where the text has it, after a drag, until an edit its drop makes moves it.
  const putBack = useCallback(
    (id: string) => {
      const { nodes: shown, setNodes } = flow.getState();
      const own = nodesNow.current.find((n) => n.id === id);
      const placed = own ? replaceNode(shown, id, () => own) : shown;
      if (placed !== shown) setNodes(placed);
    },
    [flow],
  );

  // Escape during a drag takes it back, as in any editor: the node returns to its place, and
  // releasing the button then does nothing. Until then, Escape does nothing more (React Flow
  // would take the key for a click on the focused node, and select it).
  useEffect(() => {
    const cancel = (event: KeyboardEvent) => {
      const { id, cancelled } = drag.current;
      if (event.key !== 'Escape' || (id === null && cancelled === null)) return;
      event.preventDefault();
      event.stopPropagation();
      if (id === null) return;
      cancelAnimationFrame(drag.current.frame);
      drag.current = { ...NO_DRAG, cancelled: id };
      putBack(id);
      setDraggedId(null);
    };
    window.addEventListener('keydown', cancel, true);
    return () => window.removeEventListener('keydown', cancel, true);
  }, [putBack]);

  // Nodes built while a drag lasts have the dragged node where the text has it: React Flow has
  // just taken them (its effect runs before this one), and the node goes back under the pointer.
  useEffect(() => {
    if (drag.current.id !== null) moveDragged();
  }, [withNeighbours, moveDragged]);

  const onNodeDragStart = useCallback((_event: unknown, node: Node) => {
    drag.current = { ...NO_DRAG, id: node.id };
    setDraggedId(node.id);
  }, []);

  const [pendingMount, setPendingMount] = useState<PendingMount | null>(null);

  // A drag selects its node when it ends, not when it starts: selecting shows the node in the
  // inspector and scrolls the YAML to it, work that would stall the first frames of the drag.
  // With Ctrl or Cmd held (multi-selection), the node joins the selection it was dragged with.
  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, node: Node) => {
      const cancelled = drag.current.cancelled === node.id;
      cancelAnimationFrame(drag.current.frame);
      drag.current = { ...NO_DRAG };
      setDraggedId(null);
      putBack(node.id);
      if (cancelled) return;
      const target = parseNodeId(node.id);
      const { selection, select } = store.getState();
      const lastGood = goodModelOf(store.getState());
      if (!selection.includes(node.id)) {
        const adding = event.shiftKey || event.ctrlKey || event.metaKey;
        select(adding ? [...selection, node.id] : [node.id]);
      }
      if (target?.kind === 'volume' && 'clientX' in event) {
        // The pointer, not the DOM: the dragged node is drawn over whatever it is dropped on.
        const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
        const over =
          getIntersectingNodes({ ...point, width: 1, height: 1 }).find(
            (n) => n.type === 'container',
          )?.id ?? null;
        const mount = mountOf({ source: node.id, target: over });
        const replaced = mount && replacedVolumeWhy(lastGood?.view, node.id);
        if (replaced) store.getState().notify({ kind: 'info', message: replaced });
        else if (mount) setPendingMount({ ...mount, at: paneAt(event) });
        else if (
          over !== null ||
          (lastGood && laneAt(lastGood.graph, centre(node)) !== 'volume-lane')
        )
          store.getState().notify({ kind: 'info', message: whyNoMount(node.id, over) });
        return;
      }
      if (target?.kind !== 'container' || !lastGood) return;
      const change = laneDropEdit(lastGood.graph, lastGood.view, target.name, centre(node));
      if (change) changeRole(store, change);
      else {
        // Let go outside the container lanes, it goes back: say where it can go, as for a volume.
        const why = whyNoLaneDrop(lastGood.graph, target.name, centre(node));
        if (why) store.getState().notify({ kind: 'info', message: why });
      }
    },
    [store, putBack, screenToFlowPosition, getIntersectingNodes],
  );

  // A mount chosen from a volume's menu asks for its path by the volume's node.
  const askMount = useCallback(
    (mount: PendingMount) => setPendingMount({ ...mount, opener: nodeId.volume(mount.volume) }),
    [],
  );
  const actions = useContainerActions(askMount);
  useReorderKeys(actions.reorder, editing);
  const [menu, setMenu] = useState<{ id: string; at: { x: number; y: number } } | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);

  const openMenu = useCallback(
    (id: string, client: { x: number; y: number }, pane: Element | null) => {
      const box = pane?.getBoundingClientRect();
      if (!box || actions.menuItems(id).length === 0) return;
      store.getState().select([id]);
      setMenu({ id, at: { x: client.x - box.left, y: client.y - box.top } });
    },
    [actions, store],
  );

  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: Node) => {
      event.preventDefault();
      openMenu(
        node.id,
        { x: event.clientX, y: event.clientY },
        event.currentTarget.closest('.canvas-pane'),
      );
    },
    [openMenu],
  );

  // The menu of a node opened from the keyboard appears at the node, below its header.
  const openMenuAt = useCallback(
    (id: string) => {
      const at = nodeAnchor(id);
      if (!at || actions.menuItems(id).length === 0) {
        // A link, or an object beside the Pod: no menu, but the keys say why nothing opened.
        const { edgeLookup, nodeLookup } = flow.getState();
        const beside = nodeLookup.get(id);
        const message = edgeLookup.has(id)
          ? 'A link has no menu: Enter edits it in the inspector, Delete removes it.'
          : beside?.type === 'neighbour'
            ? objectHasNoMenu(beside.data as NeighbourNodeData)
            : null;
        if (message) store.getState().notify({ kind: 'info', message });
        return;
      }
      store.getState().select([id]);
      setMenu({ id, at });
    },
    [actions, store, flow],
  );
  useCanvasKeys(actions, openMenuAt, editing);

  // The selection follows the keyboard's focus: a node or link reached with Tab (or focused
  // after a deletion) is the one the inspector shows and the one Delete takes, never a node
  // selected earlier beside it. A node of a multi-selection keeps the selection whole.
  const lastFocused = useRef<string | null>(null);
  const onFocus = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      const item = event.target;
      if (!item.matches('.react-flow__node, .react-flow__edge')) return;
      const id = item.getAttribute('data-id');
      lastFocused.current = id;
      // A link reached with the keyboard comes into view as React Flow brings a node: by the
      // container it ends at (a mount's, or the next in the init order), at the zoom chosen.
      if (item.matches('.react-flow__edge:focus-visible')) {
        const { edgeLookup, nodeLookup, transform, width, height, setCenter } = flow.getState();
        const [x, y, zoom] = transform;
        const end = nodeLookup.get(edgeLookup.get(id ?? '')?.target ?? '');
        if (end) {
          const { x: left, y: top } = end.internals.positionAbsolute;
          const { width: w = 0, height: h = 0 } = end.measured;
          const seen =
            left * zoom + x < width &&
            (left + w) * zoom + x > 0 &&
            top * zoom + y < height &&
            (top + h) * zoom + y > 0;
          if (!seen) void setCenter(left + w / 2, top + h / 2, { zoom });
        }
      }
      if (!editing) return;
      // Not when the window itself comes back to the front: the focus was there already. The
      // canvas's own refocus (after a deletion, the node it took away) comes from nowhere too.
      if (!item.matches(':focus-visible')) return;
      if (event.relatedTarget === null && !isRefocused(item)) return;
      const { nodeLookup, edgeLookup } = flow.getState();
      const selectable = (nodeLookup.get(id ?? '') ?? edgeLookup.get(id ?? ''))?.selectable;
      const { selection, select } = store.getState();
      // An object beside the Pod (a ConfigMap, a Service) is no part of it to select: the
      // selection made before goes, and the inspector shows the Pod, not a node the keys no
      // longer act on.
      if (selectable === false) select([]);
      else if (id && !selection.includes(id)) select([id]);
    },
    [editing, flow, store],
  );

  // The focus follows a selection made while it is on the canvas by something else than a
  // click or a key there (an undo that brings back a deleted node selects it): Delete and the
  // other keys act on the selection, which is then the node the user sees focused.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const [first] = state.selection;
        if (state.selection === previous.selection || first === undefined) return;
        const focused = document.activeElement;
        const canvas = flow.getState().domNode;
        if (!canvas || !focused?.matches('.react-flow__node, .react-flow__edge')) return;
        if (!canvas.contains(focused)) return;
        if (state.selection.includes(focused.getAttribute('data-id') ?? '')) return;
        focusAdded(canvas, first);
      }),
    [store, flow],
  );

  // A node taken away with the focus on it (an undo of a copy or of an added node) leaves the
  // focus on the page, where no key of the canvas reaches: it goes to the node before it in its
  // lane, as the canvas's own gestures do (deletion.ts). A gesture that puts the focus somewhere
  // itself does so first: this waits a frame more.
  const shownNodes = useRef(graph?.nodes ?? []);
  useEffect(() => {
    const before = shownNodes.current;
    shownNodes.current = graph?.nodes ?? [];
    const lost = lastFocused.current;
    if (!lost || !graph || graph.nodes.some((n) => n.id === lost)) return;
    if (!before.some((n) => n.id === lost)) return;
    lastFocused.current = null;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() =>
        refocusCanvas(flow.getState().domNode, nodeAfterDeletion(before, [lost], 'before')),
      );
    });
    return () => cancelAnimationFrame(frame);
  }, [graph, flow]);

  // A connection asks for the mount path first; the mount is added when the user confirms. It
  // may be let go anywhere on the card of the node it joins, not only on its handle.
  const onConnectEnd = useCallback(
    (event: globalThis.MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const drop = connectionDrop(event, state);
      if (!drop) return;
      const why =
        'why' in drop
          ? drop.why
          : replacedVolumeWhy(goodModelOf(store.getState())?.view, drop.volumeId);
      if (why !== null) {
        store.getState().notify({ kind: 'info', message: why });
        return;
      }
      if ('mount' in drop) setPendingMount({ ...drop.mount, at: paneAt(event) });
    },
    [store],
  );
  const takenPaths = useMemo(
    () =>
      goodModelOf(store.getState())
        ?.view.containers.find((c) => c.name === pendingMount?.container)
        ?.mounts.map((m) => m.mountPath) ?? [],
    [store, pendingMount],
  );

  const isValidConnection: IsValidConnection = useCallback(
    (connection) => mountOf(connection) !== null,
    [],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  // A palette item goes where it is dropped: a container into the lane and place it lands in; a
  // volume dropped on a container is mounted there too (its path asked for).
  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = paletteItem(event.dataTransfer.getData(PALETTE_MIME));
      if (!item) return;
      event.preventDefault();
      // Only a volume asks what it was dropped on (a hit test of the whole canvas, before the
      // drop changes it).
      const over = item.group === 'Volumes' ? parseNodeId(nodeAt(event) ?? '') : null;
      const at = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      // A container goes where it was dropped, a sidecar pattern's too; a volume to its lane.
      const added = addItem(item, item.group === 'Volumes' ? undefined : at);
      const volume = parseNodeId(added.find((id) => parseNodeId(id)?.kind === 'volume') ?? '');
      if (over?.kind === 'container' && volume) {
        setPendingMount({
          container: over.name,
          volume: volume.name,
          at: paneAt(event),
          after: store.getState().text,
        });
      }
    },
    [addItem, screenToFlowPosition, store],
  );

  return (
    <TagsShown.Provider value={tagsShown}>
      <ReactFlow
        nodes={withNeighbours}
        edges={withNeighbourEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onSelectionChanges}
        onEdgesChange={onSelectionChanges}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        selectNodesOnDrag={false}
        onNodeContextMenu={onNodeContextMenu}
        onFocus={onFocus}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        connectionMode={ConnectionMode.Loose}
        nodesDraggable={editing}
        nodesConnectable={editing}
        elementsSelectable={editing}
        deleteKeyCode={null}
        onDragOver={onDragOver}
        onDrop={onDrop}
        multiSelectionKeyCode={MULTI_SELECTION_KEYS}
        fitView
        fitViewOptions={FIT_VIEW}
        minZoom={MIN_ZOOM}
        maxZoom={2.5}
        proOptions={PRO_OPTIONS}
        ariaLabelConfig={editing ? EDIT_DESCRIPTIONS : TEACH_DESCRIPTIONS}
        aria-label="Pod canvas"
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} />
        <Controls
          position="top-left"
          orientation="horizontal"
          showInteractive={false}
          showFitView={false}
        >
          {/* React Flow's own fit centres a Pod too large to fit, cutting off its top. */}
          <ControlButton
            className="react-flow__controls-fitview"
            onClick={() => fitPod()}
            title="Fit View"
            aria-label="Fit View"
          >
            <FitIcon />
          </ControlButton>
        </Controls>
        {/* After the zoom buttons: Tab follows the corners from left to right. */}
        {corner && mode !== 'lecture' && <Panel position="top-right">{corner}</Panel>}
        {menu && (
          <NodeMenu
            label={`Actions for ${visibleText(menu.id.replace(':', ' '))}`}
            at={menu.at}
            items={actions.menuItems(menu.id)}
            onClose={closeMenu}
          />
        )}
        {pendingMount && (
          <MountPrompt
            pending={pendingMount}
            takenPaths={takenPaths}
            onCancel={() => {
              setPendingMount(null);
              // The focus goes back to the node whose menu asked (the volume), else to the
              // container the volume was to be mounted in; never to the body.
              refocusCanvas(flow.getState().domNode, promptReturn(pendingMount));
            }}
            onMount={({ mountPath, readOnly }) => {
              setPendingMount(null);
              refocusCanvas(flow.getState().domNode, promptReturn(pendingMount));
              const mount = {
                type: 'addMount',
                container: pendingMount.container,
                volume: pendingMount.volume,
                mountPath,
                readOnly,
              } as const;
              // A volume dropped on a container and mounted there: one gesture, one undo step.
              const mounted =
                pendingMount.after !== undefined
                  ? store.getState().editJoined(mount, pendingMount.after)
                  : store.getState().edit(mount);
              // The focus goes back to a node, which says nothing of the mount.
              if (mounted)
                announce(
                  `Mounted ${visibleText(mount.volume)} in ${visibleText(mount.container)} at ` +
                    `${visibleText(mountPath)}${readOnly ? ', read-only' : ''}.`,
                );
            }}
          />
        )}
        {showMinimap && (
          <MiniMap
            position="bottom-right"
            pannable
            zoomable
            ariaLabel="Minimap"
            style={MINIMAP}
            nodeColor={minimapColor}
            nodeStrokeWidth={0}
          />
        )}
      </ReactFlow>
    </TagsShown.Provider>
  );
}

/** The fit button's icon, a frame's four corners: its path, in a 32 × 32 box. */
export const FIT_ICON = 'M2 2h10v4H6v6H2zM20 2h10v10h-4V6h-6zM2 20h4v6h6v4H2zM26 20h4v10H20v-4h6z';

function FitIcon() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true">
      <path d={FIT_ICON} />
    </svg>
  );
}
