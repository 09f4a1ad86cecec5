import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { SidePane } from '../../../renderer/app/SidePane';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';
import podAnatomy from '../../../assets/templates/pod-anatomy.yaml?raw';

const KEY = 'pod-builder.editor-height';
const BROKEN = podAnatomy.replace('    - name: log-shipper', '    - name: log-shipper: x');

/** The side pane over the lesson's Pod, its editor a text area; the user's editor height set. */
function renderSidePane(height = '250') {
  localStorage.setItem(KEY, height);
  const store = createPodStore({ text: podAnatomy, fileName: 'pod.yaml' });
  store.getState().select(['container:api-server']);
  const view = render(
    <PodStoreProvider store={store}>
      <SidePane showTop showYaml simulating={false}>
        <section aria-label="Manifest">
          <textarea aria-label="Manifest YAML" />
        </section>
      </SidePane>
    </PodStoreProvider>,
  );
  const pane = view.container.querySelector('.side-pane')!;
  const divider = () => screen.queryByRole('separator', { name: 'Resize the YAML editor' });
  return { store, pane, divider };
}

describe('the side pane', () => {
  afterEach(() => localStorage.removeItem(KEY));

  it('gives the editor the room while the inspector has only a sentence, and the user’s height back after', async () => {
    const { store, pane, divider } = renderSidePane();
    expect(divider()).toHaveAttribute('aria-valuenow', '250');
    expect(pane).not.toHaveClass('is-brief');

    act(() => store.getState().setText(BROKEN, 'yaml'));
    await screen.findByText(/The YAML does not parse/);
    // A key that breaks the YAML for a moment leaves the divider where it is…
    expect(pane).not.toHaveClass('is-brief');
    // …a moment later, the inspector takes the sentence's height (app.css), the editor the rest:
    // no divider to move.
    await waitFor(() => expect(pane).toHaveClass('is-brief'), { timeout: 2000 });
    expect(divider()).toBeNull();
    expect(localStorage.getItem(KEY)).toBe('250');

    act(() => store.getState().setText(podAnatomy, 'yaml'));
    await screen.findByRole('heading', { name: 'Container api-server' });
    expect(pane).not.toHaveClass('is-brief');
    expect(divider()).toHaveAttribute('aria-valuenow', '250');
    expect(pane).toHaveStyle({ '--editor-height': '250px' });
    expect(localStorage.getItem(KEY)).toBe('250');
  });

  it('does so for a document that holds no Pod', async () => {
    const { store, pane, divider } = renderSidePane();
    act(() =>
      store.getState().setText('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n', 'yaml'),
    );
    await screen.findByText('This document holds no Pod to inspect.');
    await waitFor(() => expect(pane).toHaveClass('is-brief'), { timeout: 2000 });
    expect(divider()).toBeNull();
  });

  it('moves the keyboard into the editor when the divider it was on goes', async () => {
    const { store, divider } = renderSidePane();
    act(() => divider()!.focus());
    act(() => store.getState().setText(BROKEN, 'yaml'));
    await waitFor(() => expect(divider()).toBeNull(), { timeout: 2000 });
    expect(screen.getByLabelText('Manifest YAML')).toHaveFocus();
  });

  it('keeps the divider, at the user’s height, while simulating', () => {
    localStorage.setItem(KEY, '300');
    const store = createPodStore({ text: BROKEN, fileName: 'pod.yaml' });
    const view = render(
      <PodStoreProvider store={store}>
        <SidePane top={<p>Simulation</p>} showTop showYaml simulating>
          <section aria-label="Manifest" />
        </SidePane>
      </PodStoreProvider>,
    );
    expect(view.container.querySelector('.side-pane')).not.toHaveClass('is-brief');
    expect(screen.getByRole('separator', { name: 'Resize the YAML editor' })).toHaveAttribute(
      'aria-valuenow',
      '300',
    );
  });
});
