import { describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { PodCanvas } from '../../../renderer/canvas/PodCanvas';
import { goodModelOf } from '../../../renderer/store/pod-store';
import { renderTeach } from '../teach/helpers';
import { recordChanges } from '../support/store-changes';

/** The lesson's Pod on the canvas, once drawn: its store and a user at the keyboard. */
async function renderCanvas() {
  const rendered = renderTeach(
    <ReactFlowProvider>
      <PodCanvas />
    </ReactFlowProvider>,
  );
  await screen.findByText('log-shipper');
  return rendered;
}

/** Puts the keyboard's focus on a canvas node, as Tab or a click does. */
function focusNode(id: string) {
  const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  if (!node) throw new Error(`no node ${id}`);
  act(() => node.focus());
}

describe('Ctrl+C and Ctrl+V on the canvas', () => {
  it('on a volume, says that only containers are copied and what Ctrl+V still pastes', async () => {
    const { pod, user } = await renderCanvas();
    focusNode('container:log-shipper');
    await user.keyboard('{Control>}c{/Control}');
    expect(pod.getState().notice?.message).toBe('Copied log-shipper');

    focusNode('volume:app-logs');
    await user.keyboard('{Control>}c{/Control}');
    expect(pod.getState().notice).toEqual({
      kind: 'info',
      message:
        'Only containers can be copied, not the volume app-logs. Ctrl+V still pastes log-shipper.',
    });
  });

  it('on a volume with nothing copied, says only that containers are copied', async () => {
    const { pod, user } = await renderCanvas();
    focusNode('volume:app-logs');
    await user.keyboard('{Control>}c{/Control}');
    expect(pod.getState().notice?.message).toBe(
      'Only containers can be copied, not the volume app-logs.',
    );
  });

  it('Ctrl+D on a volume duplicates nothing and says that only containers are', async () => {
    const { pod, user } = await renderCanvas();
    const before = pod.getState().text;
    focusNode('volume:app-logs');
    await user.keyboard('{Control>}d{/Control}');
    expect(pod.getState().text).toBe(before);
    expect(pod.getState().notice).toEqual({
      kind: 'info',
      message: 'Only containers can be duplicated, not the volume app-logs.',
    });
  });

  it('with nothing copied, Ctrl+V pastes nothing and says how to copy', async () => {
    const { pod, user } = await renderCanvas();
    const before = pod.getState().text;
    focusNode('container:api-server');
    await user.keyboard('{Control>}v{/Control}');
    expect(pod.getState().text).toBe(before);
    expect(pod.getState().notice).toEqual({
      kind: 'info',
      message: 'Nothing to paste: copy a container first with Ctrl+C.',
    });
  });
});

describe('a container pasted or duplicated on the canvas', () => {
  // Every change of the store runs each view's selector (some 900 on a large Pod's page): the
  // copy is added and selected in one.
  it('Ctrl+V adds the copy, selected and focused, in one change of the store', async () => {
    const { pod, user } = await renderCanvas();
    focusNode('container:log-shipper');
    await user.keyboard('{Control>}c{/Control}');
    const { changes, stop } = recordChanges(pod);
    await user.keyboard('{Control>}v{/Control}');
    stop();
    expect(pod.getState().selection).toEqual(['container:log-shipper-1']);
    expect(changes.filter((keys) => keys.includes('text'))).toEqual([
      expect.arrayContaining(['text', 'selection']),
    ]);
    expect(changes.filter((keys) => keys.includes('selection'))).toHaveLength(1);
    await vi.waitFor(() =>
      expect(document.activeElement?.getAttribute('data-id')).toBe('container:log-shipper-1'),
    );
  });

  it('Ctrl+D adds the copy, selected and focused, in one change of the store', async () => {
    const { pod, user } = await renderCanvas();
    focusNode('container:api-server');
    const { changes, stop } = recordChanges(pod);
    await user.keyboard('{Control>}d{/Control}');
    stop();
    expect(pod.getState().selection).toEqual(['container:api-server-1']);
    expect(changes.filter((keys) => keys.includes('text'))).toEqual([
      expect.arrayContaining(['text', 'selection']),
    ]);
    expect(changes.filter((keys) => keys.includes('selection'))).toHaveLength(1);
    await vi.waitFor(() =>
      expect(document.activeElement?.getAttribute('data-id')).toBe('container:api-server-1'),
    );
  });
});

describe('Delete and Escape on the canvas', () => {
  it('Escape on a node keeps the focus on the canvas, and Delete then says what to select', async () => {
    const { pod, user } = await renderCanvas();
    const before = pod.getState().text;
    // Selected and focused, as Tab leaves it.
    act(() => pod.getState().select(['volume:app-logs']));
    focusNode('volume:app-logs');
    await vi.waitFor(() =>
      expect(document.querySelector('[data-id="volume:app-logs"]')?.classList).toContain(
        'selected',
      ),
    );
    await user.keyboard('{Escape}');
    expect(pod.getState().selection).toEqual([]);
    // The focus stays where the canvas's keys reach, not on the page.
    await vi.waitFor(() => expect(document.activeElement?.classList).toContain('react-flow'));
    await user.keyboard('{Delete}');
    expect(pod.getState().text).toBe(before);
    expect(pod.getState().notice?.message).toBe(
      'Select a container, a volume or a mount to delete it.',
    );
  });

  it('Delete on the main container says which one is the main container now', async () => {
    const { pod, user } = await renderCanvas();
    focusNode('container:api-server');
    await user.keyboard('{Delete}');
    const names = goodModelOf(pod.getState())?.view.containers.map((c) => c.name);
    expect(names).toEqual(['init-migrate', 'log-shipper']);
    expect(pod.getState().notice?.message).toBe(
      'api-server was the main container: log-shipper is the main container now, the one kubectl logs and exec go to.',
    );
  });
});

describe('what a screen reader reads for a canvas node', () => {
  /** The focused node's description, as aria-describedby points to it. */
  const description = (id: string) => {
    const node = document.querySelector(`.react-flow__node[data-id="${id}"]`);
    const ids = node?.getAttribute('aria-describedby')?.split(' ') ?? [];
    return ids.map((ref) => document.getElementById(ref)?.textContent ?? '').join(' ');
  };

  it('names the keys that act on it, not the arrows that move nothing', async () => {
    await renderCanvas();
    const read = description('container:log-shipper');
    expect(read).toContain('Enter edits it in the inspector, Shift+F10 opens its menu');
    expect(read).toContain('Alt+Up and Alt+Down move an init container in the run order.');
    expect(read).not.toMatch(/arrow keys to move/i);
  });

  it('says the canvas is read only while simulating', async () => {
    const { teach } = await renderCanvas();
    act(() => teach.getState().setMode('simulate'));
    // What the node is, then that no key changes it.
    expect(description('container:log-shipper')).toBe(
      'Sidecar container: augments the main container without changing it. Read only while simulating or lecturing.',
    );
  });
});

describe('Alt+Up and Alt+Down on an init container', () => {
  it('leave the run order as it is while simulating: the canvas is read only', async () => {
    const { pod, teach, user } = await renderCanvas();
    act(() => void pod.getState().edit({ type: 'addContainer', role: 'init' }));
    const before = pod.getState().text;
    act(() => teach.getState().setMode('simulate'));
    focusNode('container:init-migrate');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(pod.getState().text).toBe(before);

    act(() => teach.getState().setMode('edit'));
    focusNode('container:init-migrate');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    const inits = goodModelOf(pod.getState())?.view.containers.filter(
      (c) => c.list === 'initContainers',
    );
    expect(inits?.map((c) => c.name).at(-1)).toBe('init-migrate');
  });
});
