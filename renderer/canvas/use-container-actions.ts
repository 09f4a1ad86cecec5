import { useCallback, useMemo } from 'react';
import { useStoreApi } from '@xyflow/react';
import {
  beforeNativeSidecars,
  laneDropNotice,
  nodeId,
  parseNodeId,
  visibleText,
  type ContainerRole,
  type NewContainerRole,
  type PodEdit,
  type PodView,
} from '../../shared';
import { announce } from '../store/announcer';
import { goodModelOf, podDocumentOf, usePodStoreApi, type PodStore } from '../store/pod-store';
import { useSettings } from '../settings/settings-store';
import { NOTHING_TO_PASTE, pasteEdits } from './clipboard';
import { deleteFromCanvas, focusAdded, refocusCanvas } from './deletion';
import type { MenuItem } from './NodeMenu';
import { replacedVolumeWhy } from './mount-drop';
import type { PendingMount } from './MountPrompt';

const ROLE_ACTIONS: { role: NewContainerRole; label: string; from: ContainerRole[] }[] = [
  { role: 'app', label: 'Make main container', from: ['sidecar', 'init', 'native-sidecar'] },
  { role: 'sidecar', label: 'Make sidecar', from: ['main', 'init', 'native-sidecar'] },
  { role: 'init', label: 'Make init container', from: ['main', 'sidecar', 'native-sidecar'] },
  { role: 'native-sidecar', label: 'Make native sidecar', from: ['main', 'sidecar', 'init'] },
];

/**
 * Applies a change of a container's role or lane (a drag between lanes, the menu's), and says
 * so when the app containers now wait for it to exit (see laneDropNotice).
 */
export function changeRole(store: PodStore, edit: PodEdit): boolean {
  const view = goodModelOf(store.getState())?.view;
  const older = beforeNativeSidecars(useSettings.getState().kubernetesVersion);
  const notice = view ? laneDropNotice(view, edit, older) : null;
  if (!store.getState().edit(edit)) return false;
  if (notice) store.getState().notify({ kind: 'info', message: notice });
  return true;
}

/**
 * What the user can do to containers and volumes from the canvas: menus and shortcuts share
 * these. `askMount` asks for the path of a mount the user chose from a volume's menu.
 */
export function useContainerActions(askMount: (mount: PendingMount) => void) {
  const store = usePodStoreApi();
  const flow = useStoreApi();

  const copy = useCallback(
    (name: string) => {
      const doc = podDocumentOf(store.getState());
      const container = doc.view?.containers.find((c) => c.name === name);
      const spec = doc.value({ container: name });
      if (!container || !spec) return;
      store.getState().copy({ role: container.role, spec });
      store.getState().notify({ kind: 'info', message: `Copied ${name}` });
    },
    [store],
  );

  const paste = useCallback(() => {
    const { clipboard, editAll, notify } = store.getState();
    const lastGood = goodModelOf(store.getState());
    if (!clipboard) {
      notify({ kind: 'info', message: NOTHING_TO_PASTE });
      return;
    }
    if (!lastGood) return;
    const { edits, name, dropped } = pasteEdits(lastGood.view, clipboard);
    // Selected in the edit's own change of the store, as a drop selects what it added.
    if (!editAll(edits, 'canvas', undefined, () => [nodeId.container(name)])) return;
    focusAdded(flow.getState().domNode, nodeId.container(name));
    if (dropped.length > 0) {
      notify({
        kind: 'info',
        message: `Pasted ${name} without its mounts of ${dropped.join(', ')}: this Pod has no such volume.`,
      });
    }
  }, [store, flow]);

  const duplicate = useCallback(
    (name: string) => {
      const before = new Set(goodModelOf(store.getState())?.view.containers.map((c) => c.name));
      // The copy, selected in the edit's own change of the store.
      const added: string[] = [];
      const selectIn = (after: PodView | null) => {
        const copy = after?.containers.find((c) => !before.has(c.name));
        if (copy) added.push(nodeId.container(copy.name));
        return added;
      };
      const edit = { type: 'duplicateContainer', name } as const;
      if (!store.getState().editAll([edit], 'canvas', undefined, selectIn) || !added[0]) return;
      focusAdded(flow.getState().domNode, added[0]);
    },
    [store, flow],
  );

  const remove = useCallback(
    (ids: string[]) => deleteFromCanvas(store, flow.getState().domNode, ids),
    [store, flow],
  );

  const setRole = useCallback(
    (name: string, role: NewContainerRole) => {
      const edit =
        role === 'app' &&
        goodModelOf(store.getState())?.view.containers.find((c) => c.name === name)?.list ===
          'containers'
          ? ({ type: 'setMainContainer', name } as const)
          : ({ type: 'moveContainer', name, role } as const);
      // The node moves to another lane: the browser drops the focus if its element moves too.
      if (changeRole(store, edit)) refocusCanvas(flow.getState().domNode, nodeId.container(name));
    },
    [store, flow],
  );

  /**
   * Moves an init container one place earlier (-1) or later (+1) in `initContainers`, the order
   * the kubelet runs them in. The focus stays on its node, which moves with it.
   */
  const reorder = useCallback(
    (name: string, step: -1 | 1) => {
      const { edit } = store.getState();
      const lastGood = goodModelOf(store.getState());
      const container = lastGood?.view.containers.find((c) => c.name === name);
      const count = lastGood?.view.containers.filter((c) => c.list === 'initContainers').length;
      if (container?.list !== 'initContainers' || count === undefined) return;
      const index = container.index + step;
      // The node keeps the focus and its name: a screen reader is told where it is now.
      // (`initContainers` holds native sidecars too: each starts in this order.)
      const place = (at: number) => `number ${at + 1} of ${count} in initContainers`;
      if (index < 0 || index >= count) {
        const end = step < 0 ? 'first' : 'last';
        announce(`${visibleText(name)} is ${place(container.index)} already: it starts ${end}.`);
        return;
      }
      if (!edit({ type: 'reorderInitContainer', name, index })) return;
      refocusCanvas(flow.getState().domNode, nodeId.container(name));
      announce(`${visibleText(name)} is now ${place(index)}.`);
    },
    [store, flow],
  );

  /** The context menu of a node: role changes, order, duplicate, copy, delete. */
  const menuItems = useCallback(
    (id: string): MenuItem[] => {
      const target = parseNodeId(id);
      if (target?.kind === 'volume') {
        const view = goodModelOf(store.getState())?.view;
        const template = view?.volumes.find((v) => v.id === id)?.claimTemplate !== undefined;
        // A Pod volume a claim template replaces: a mount of its name would mount the template.
        const mountable = replacedVolumeWhy(view, id) === null;
        return [
          ...(mountable ? (view?.containers ?? []) : []).map((c) => ({
            label: `Mount in ${visibleText(c.name)}…`,
            run: () => askMount({ container: c.name, volume: target.name, at: null }),
          })),
          {
            label: template
              ? 'Delete claim template and its mounts'
              : 'Delete volume and its mounts',
            shortcut: 'Del',
            danger: true,
            run: () => remove([id]),
          },
        ];
      }
      if (target?.kind !== 'container') return [];
      const container = goodModelOf(store.getState())?.view.containers.find(
        (c) => c.name === target.name,
      );
      if (!container) return [];
      const inits = goodModelOf(store.getState())?.view.containers.filter(
        (c) => c.list === 'initContainers',
      ).length;
      const order: MenuItem[] =
        container.list !== 'initContainers'
          ? []
          : [
              ...(container.index > 0
                ? [{ label: 'Move up', shortcut: 'Alt+↑', run: () => reorder(container.name, -1) }]
                : []),
              ...(container.index < (inits ?? 0) - 1
                ? [{ label: 'Move down', shortcut: 'Alt+↓', run: () => reorder(container.name, 1) }]
                : []),
            ];
      return [
        ...order,
        ...ROLE_ACTIONS.filter((a) => a.from.includes(container.role)).map((a) => ({
          label: a.label,
          run: () => setRole(container.name, a.role),
        })),
        { label: 'Duplicate', shortcut: 'Ctrl+D', run: () => duplicate(container.name) },
        { label: 'Copy', shortcut: 'Ctrl+C', run: () => copy(container.name) },
        { label: 'Delete', shortcut: 'Del', danger: true, run: () => remove([id]) },
      ];
    },
    [store, copy, duplicate, remove, setRole, reorder, askMount],
  );

  return useMemo(
    () => ({ copy, paste, duplicate, remove, setRole, reorder, menuItems }),
    [copy, paste, duplicate, remove, setRole, reorder, menuItems],
  );
}
