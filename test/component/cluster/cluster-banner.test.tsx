import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseAllDocuments } from 'yaml';
import { ClusterBanner } from '../../../renderer/cluster/ClusterBanner';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';
import deploymentPod from '../../fixtures/cluster/deployment-pod.yaml?raw';
import written from '../../fixtures/cluster/deployment-pod.written.yaml?raw';
import template from '../../fixtures/cluster/deployment-pod.template.yaml?raw';

vi.setConfig({ testTimeout: 20_000 });

// jsdom has <dialog> without its modal methods: open and close it as the browser would.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.removeAttribute('open');
};

const data = (text: string) => parseAllDocuments(text)[0]!.toJS() as unknown;

function setup(text: string = deploymentPod) {
  const store = createPodStore({ text, fileName: 'pod.yaml' });
  render(
    <PodStoreProvider store={store}>
      <ClusterBanner />
    </PodStoreProvider>,
  );
  return { store, user: userEvent.setup() };
}

describe('a Pod copied from a cluster', () => {
  it('says so over the canvas, with what was added', () => {
    setup();
    const banner = screen.getByRole('group', { name: 'Copied from a cluster' });
    expect(banner.textContent).toContain(
      'This Pod was copied from a cluster (nginx-deployment-67d4bdd6f5-w6kd7).',
    );
    expect(banner.textContent).toMatch(/5 additions by admission and 15 defaults/);
  });

  it('shows what the clean-up removes before it removes it, then removes it in one undo step', async () => {
    const { store, user } = setup();
    const open = screen.getByRole('button', { name: 'Clean up…' });
    await user.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Clean up the Pod copied from a cluster' });
    const defaults = within(dialog).getByRole('region', {
      name: 'Defaults the API server filled in',
    });
    expect(within(defaults).getByText('spec.containers[nginx].imagePullPolicy')).toBeTruthy();
    expect(store.getState().text).toBe(deploymentPod);

    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(within(dialog).getByRole('button', { name: /^Remove \d+ fields$/ }));
    expect(data(store.getState().text)).toEqual(data(written));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Copied from a cluster' })).toBeNull();
    store.getState().undo();
    expect(store.getState().text).toBe(deploymentPod);
  });

  it('offers the Pod template as the Deployment its ReplicaSet was made for', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Make it the Deployment…' }));
    const dialog = screen.getByRole('dialog', { name: 'Make it the Deployment nginx-deployment' });
    await user.click(within(dialog).getByRole('checkbox'));
    await user.click(within(dialog).getByRole('button', { name: 'Make the Deployment' }));
    expect(data(store.getState().text)).toEqual(data(template));
  });

  it('is not shown for a manifest written by hand', () => {
    setup(written);
    expect(screen.queryByRole('group', { name: 'Copied from a cluster' })).toBeNull();
  });
});
