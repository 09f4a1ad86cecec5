import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { PodCanvas } from '../../../renderer/canvas/PodCanvas';
import { Inspector } from '../../../renderer/inspector/Inspector';
import { renderTeach } from '../teach/helpers';

// The canvas and the inspector together are a few thousand elements in jsdom.
vi.setConfig({ testTimeout: 20_000 });

/** The lesson's Pod on the canvas beside its inspector, once drawn. */
async function renderWorkspace() {
  const rendered = renderTeach(
    <ReactFlowProvider>
      <PodCanvas />
      <Inspector />
    </ReactFlowProvider>,
  );
  await screen.findByText('log-shipper');
  return rendered;
}

function canvasItem(id: string): HTMLElement {
  const item = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  if (!item) throw new Error(`no node ${id}`);
  return item;
}

/** The keyboard's focus on a canvas node, selected, as Tab leaves it. */
function tabTo(pod: ReturnType<typeof renderTeach>['pod'], id: string) {
  act(() => pod.getState().select([id]));
  act(() => canvasItem(id).focus());
}

const inspector = () => screen.getByRole('region', { name: 'Inspector' });

describe('from a canvas node to its fields and back, by keyboard', () => {
  it('Enter on a focused node puts the focus on the heading of its form, and Tab goes on into it', async () => {
    const { pod, user } = await renderWorkspace();
    tabTo(pod, 'container:log-shipper');
    await user.keyboard('{Enter}');

    const heading = within(inspector()).getByRole('heading', { name: 'Container log-shipper' });
    expect(document.activeElement).toBe(heading);
    expect(pod.getState().selection).toEqual(['container:log-shipper']);

    // Then Tab goes through the form: its first section, then that section's first field.
    await user.tab();
    expect(document.activeElement).toHaveTextContent('Identity');
    await user.tab();
    expect(document.activeElement).toBe(within(inspector()).getByRole('textbox', { name: 'Name' }));
  });

  it('Enter on a node of a wider selection shows that node alone', async () => {
    const { pod, user } = await renderWorkspace();
    act(() => pod.getState().select(['container:api-server', 'volume:app-logs']));
    act(() => canvasItem('volume:app-logs').focus());
    await user.keyboard('{Enter}');

    expect(pod.getState().selection).toEqual(['volume:app-logs']);
    expect(document.activeElement).toBe(
      within(inspector()).getByRole('heading', { name: 'Volume app-logs' }),
    );
  });

  it('Escape in the form takes the focus back to the node, which stays selected', async () => {
    const { pod, user } = await renderWorkspace();
    tabTo(pod, 'container:log-shipper');
    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard('{Escape}');

    expect(document.activeElement).toBe(canvasItem('container:log-shipper'));
    expect(pod.getState().selection).toEqual(['container:log-shipper']);
    // Back on the canvas, its keys act on the node again.
    await user.keyboard('{Control>}c{/Control}');
    expect(pod.getState().notice?.message).toBe('Copied log-shipper');
  });

  it('Escape in a field with a change typed in it undoes the typing first; the next one leaves', async () => {
    const { pod, user } = await renderWorkspace();
    const before = pod.getState().text;
    tabTo(pod, 'container:log-shipper');
    await user.keyboard('{Enter}');
    await user.tab();
    await user.tab();
    const name = within(inspector()).getByRole('textbox', { name: 'Name' });
    await user.keyboard('{End}-x');
    expect(name).toHaveValue('log-shipper-x');

    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(name);
    expect(name).toHaveValue('log-shipper');

    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(canvasItem('container:log-shipper'));
    expect(pod.getState().text).toBe(before);
  });

  it("Escape in the Pod's form, nothing being selected, puts the focus on the canvas", async () => {
    const { user } = await renderWorkspace();
    act(() => within(inspector()).getByRole('heading', { level: 2 }).focus());
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(document.querySelector('.react-flow'));
  });
});
