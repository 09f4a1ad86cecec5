import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { PodSecurityBadge } from '../../../renderer/problems/PodSecurityBadge';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';

vi.setConfig({ testTimeout: 20_000 });

const hostPod = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  hostNetwork: true
  containers:
    - name: app
      image: nginx:1.27
`;

function renderBadge(text: string) {
  render(
    <PodStoreProvider store={createPodStore({ text, fileName: 'pod.yaml' })}>
      <PodSecurityBadge />
    </PodStoreProvider>,
  );
}

describe('the Pod Security badge on the Pod', () => {
  it('shows Privileged for a Pod on the host network, and names what Baseline needs', () => {
    renderBadge(hostPod);
    const badge = screen.getByRole('img', { name: /^Pod Security: meets Privileged\./ });
    expect(badge).toHaveTextContent('Privileged');
    expect(badge).toHaveAccessibleName(
      /For Baseline: hostNetwork: true shares the Node's namespace/,
    );
  });

  it('shows Baseline once the host network is gone', () => {
    renderBadge(hostPod.replace('  hostNetwork: true\n', ''));
    expect(
      screen.getByRole('img', { name: /^Pod Security: meets Baseline\. For Restricted:/ }),
    ).toHaveTextContent('Baseline');
  });
});
