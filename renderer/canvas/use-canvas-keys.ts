import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useStoreApi } from '@xyflow/react';
import { parseNodeId, type NeighbourNodeData } from '../../shared';
import { usePodStoreApi } from '../store/pod-store';
import { whyNoCopy, whyNoDuplicate } from './clipboard';
import { deleteFromCanvas, refocusCanvas } from './deletion';
import { focusInspector } from '../inspector/inspector-focus';
import type { useContainerActions } from './use-container-actions';

/** The node or edge of the canvas that has the keyboard focus, or `null`. */
export function focusedItem(): string | null {
  const focused = document.activeElement?.closest('.react-flow__node, .react-flow__edge');
  return focused?.getAttribute('data-id') ?? null;
}

/**
 * What the canvas's keys act on: the node or edge that has the keyboard focus (the whole
 * selection when it is part of it), else the selection. Keys follow the focus ring the user
 * sees, never a selection made earlier somewhere else.
 */
export function keyTargets(selection: readonly string[]): string[] {
  const focused = focusedItem();
  return focused === null || selection.includes(focused) ? [...selection] : [focused];
}

/**
 * Puts the keyboard back on the canvas: on the node or link `id` when it is drawn, else on the
 * canvas itself, where its keys act on nothing until Tab reaches a node. False when no canvas is
 * shown. (Escape in the inspector comes back here.)
 */
export function focusCanvasItem(id: string | null): boolean {
  const canvas = document.querySelector<HTMLElement>('.react-flow');
  if (!canvas) return false;
  const item = id
    ? canvas.querySelector<HTMLElement | SVGElement>(
        `.react-flow__node[data-id="${CSS.escape(id)}"], .react-flow__edge[data-id="${CSS.escape(id)}"]`,
      )
    : null;
  if (item) {
    item.focus();
    return true;
  }
  // The canvas holds the focus only until it moves on: it is no stop for Tab or a click.
  if (!canvas.hasAttribute('tabindex')) {
    canvas.tabIndex = -1;
    canvas.addEventListener('blur', () => canvas.removeAttribute('tabindex'), { once: true });
  }
  canvas.focus();
  return true;
}

/**
 * True when a key pressed with the focus on `focus` is the canvas's: on a node or a link, or on
 * the canvas itself. Not on a control drawn over it (the zoom buttons, the diagram's export, a
 * prompt's buttons, a menu), where Delete must not take the selection away.
 */
function isCanvasFocus(focus: Element): boolean {
  if (focus.matches('button, select, input, textarea, a[href], [contenteditable="true"]')) {
    return false;
  }
  if (focus.closest('.react-flow__panel, [role=menu], [role=dialog], [role=alertdialog]')) {
    return false;
  }
  return focus.closest('.react-flow') !== null;
}

/**
 * The canvas's shortcuts: Delete and Backspace, Ctrl+C, Ctrl+V, Ctrl+D, Shift+F10 or the menu
 * key for the node's menu, and Enter to edit the node or link in the inspector. They act when the focus is on the canvas, or nowhere after a
 * press on the canvas (a selection box leaves the focus nowhere); never in the editor, a field,
 * a menu or a control over the canvas, nor after a click elsewhere (on the inspector's heading, say, which takes no
 * focus); and, while simulating or lecturing, not at all.
 */
export function useCanvasKeys(
  actions: ReturnType<typeof useContainerActions>,
  openMenuAt: (id: string) => void,
  editing: boolean,
): void {
  const store = usePodStoreApi();
  const flow = useStoreApi();
  // Where the last press was, kept across the effect's runs.
  const pressedOnCanvas = useRef(false);
  useEffect(() => {
    if (!editing) return;
    const onPress = (event: PointerEvent) => {
      pressedOnCanvas.current =
        event.target instanceof Element && event.target.closest('.react-flow') !== null;
    };
    const onKey = (event: KeyboardEvent) => {
      const focus = document.activeElement;
      const nowhere = !focus || focus === document.body;
      const onCanvas = nowhere ? pressedOnCanvas.current : isCanvasFocus(focus);
      if (!onCanvas || event.defaultPrevented) return;
      const mod = event.ctrlKey || event.metaKey;
      const targets = keyTargets(store.getState().selection);
      const container = targets.map(parseNodeId).find((t) => t?.kind === 'container');
      const key = event.key.toLowerCase();
      if ((event.key === 'Delete' || event.key === 'Backspace') && !mod) {
        const { edgeLookup, nodeLookup, domNode } = flow.getState();
        const edges = targets.filter((id) => edgeLookup.has(id));
        // An object beside the Pod is told apart by its data: a kind and a document.
        const beside = (id: string) => {
          const node = nodeLookup.get(id);
          return node?.type === 'neighbour' ? (node.data as NeighbourNodeData) : undefined;
        };
        deleteFromCanvas(
          store,
          domNode,
          targets.filter((id) => !edgeLookup.has(id)),
          edges.map((id) => edgeLookup.get(id)?.data),
          beside,
        );
      } else if (mod && key === 'c' && container) actions.copy(container.name);
      else if (mod && key === 'c') {
        // No container to copy: the user is told so, and what Ctrl+V would still paste. The key
        // is left to the page, so that text selected on the canvas is copied as anywhere else.
        if (document.getSelection()?.isCollapsed !== false) {
          const { clipboard, notify } = store.getState();
          notify({ kind: 'info', message: whyNoCopy(targets, clipboard) });
        }
        return;
      } else if (mod && key === 'v') actions.paste();
      else if (mod && key === 'd' && container) actions.duplicate(container.name);
      else if (mod && key === 'd') {
        store.getState().notify({ kind: 'info', message: whyNoDuplicate(targets) });
      } else if (
        (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) &&
        targets[0]
      )
        openMenuAt(targets[0]);
      else if (event.key === 'Enter' && !mod && !event.shiftKey && !event.altKey) {
        // Enter edits the focused node or link: the inspector shows it alone, and the keyboard
        // goes to its form (Escape there comes back). Tab cannot get there, as it selects the next
        // node on its way. An object beside the Pod has no form: Enter leaves it be.
        const id = focusedItem();
        const { nodeLookup, edgeLookup } = flow.getState();
        const item = id === null ? undefined : (nodeLookup.get(id) ?? edgeLookup.get(id));
        if (id === null || !item || item.selectable === false) return;
        // Drawn at once, so that the heading to focus is this node's.
        flushSync(() => store.getState().select([id]));
        if (!focusInspector()) {
          store.getState().notify({
            kind: 'info',
            message: 'The inspector is hidden: View › Show or Hide Inspector brings it back.',
          });
        }
      } else return;
      event.preventDefault();
    };
    // Escape on a node or a link: React Flow takes the selection away, and the focus with it, to
    // the page, where no focus ring shows and no key of the canvas reaches. The canvas keeps it.
    const onEscape = (event: KeyboardEvent) => {
      const item = document.activeElement?.closest('.react-flow__node, .react-flow__edge');
      if (event.key !== 'Escape' || !item) return;
      // React Flow lets go of the node a frame after the key, when it does (not a card beside
      // the Pod, which it cannot select): a later blur, a click elsewhere, is the user's own.
      const refocus = () => refocusCanvas(flow.getState().domNode, null);
      item.addEventListener('blur', refocus, { once: true });
      requestAnimationFrame(() =>
        requestAnimationFrame(() => item.removeEventListener('blur', refocus)),
      );
    };
    window.addEventListener('pointerdown', onPress, true);
    window.addEventListener('keydown', onKey);
    window.addEventListener('keydown', onEscape, true);
    return () => {
      window.removeEventListener('pointerdown', onPress, true);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keydown', onEscape, true);
    };
  }, [actions, openMenuAt, editing, store, flow]);
}
