import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { KubectlPanel } from '../../../renderer/teach/KubectlPanel';
import { anatomy, renderTeach } from './helpers';

function lines(): string[] {
  return Array.from(
    screen.getByRole('region', { name: 'kubectl' }).querySelectorAll('code'),
    (c) => c.textContent ?? '',
  );
}

describe('KubectlPanel', () => {
  it('fills the lesson’s commands in for the anatomy Pod', () => {
    renderTeach(<KubectlPanel />);
    expect(lines()).toEqual(
      expect.arrayContaining([
        'kubectl apply -f pod-anatomy.yaml',
        'kubectl get pods -o wide',
        'kubectl describe pod api-server',
        'kubectl logs -f api-server',
        'kubectl logs -f api-server -c log-shipper',
        'kubectl logs api-server -c init-migrate',
        'kubectl logs api-server --previous',
        'kubectl logs api-server -c init-migrate --previous',
        'kubectl exec -it api-server -- /bin/sh',
        'kubectl cp api-server:/var/log/app ./app',
        "kubectl get events --sort-by='.lastTimestamp'",
        'kubectl get events --watch',
      ]),
    );
    const sidecar = screen.getByRole('listitem', { name: 'Stream the log-shipper sidecar’s logs' });
    expect(
      within(sidecar).getByText('-c picks one container of a multi-container Pod.'),
    ).toBeVisible();
  });

  it('adds the namespace when the Pod has one, and follows the manifest', async () => {
    const { pod } = renderTeach(<KubectlPanel />);
    act(() =>
      pod
        .getState()
        .setText(
          anatomy.replace('  name: api-server\n', '  name: api-server\n  namespace: production\n'),
          'yaml',
        ),
    );
    await waitFor(() =>
      expect(lines()).toContain('kubectl logs -f api-server -c log-shipper -n production'),
    );
    expect(lines()).toContain('kubectl cp production/api-server:/var/log/app ./app');
  });

  it('copies a command and says so', async () => {
    const { user } = renderTeach(<KubectlPanel />);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const item = screen.getByRole('listitem', { name: 'Describe the Pod' });
    await user.click(within(item).getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith('kubectl describe pod api-server');
    expect(within(item).getByRole('button', { name: 'Copied' })).toHaveAccessibleDescription(
      'kubectl describe pod api-server',
    );
  });
});
