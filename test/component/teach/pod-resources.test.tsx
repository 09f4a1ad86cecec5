import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { SimulationPanel } from '../../../renderer/teach/SimulationPanel';
import { anatomy, renderTeach } from './helpers';
import podApi from '../../../assets/templates/pod-api.yaml?raw';

const region = () => screen.getByRole('region', { name: 'Pod resources' });

describe('the Pod’s resources in the simulation panel', () => {
  it('names the QoS class and why, and the effective requests of each phase', () => {
    renderTeach(<SimulationPanel />, { text: podApi, mode: 'simulate' });
    const panel = within(region());
    expect(region()).toHaveTextContent(/QoS class\s*Burstable/);
    expect(panel.getByText('Effective requests').nextSibling).toHaveTextContent(
      /^cpu \S+, memory \S+$/,
    );
    expect(panel.getByText('while initializing')).toBeInTheDocument();
  });

  it('says BestEffort for a Pod that asks for nothing', () => {
    renderTeach(<SimulationPanel />, { text: anatomy, mode: 'simulate' });
    expect(region()).toHaveTextContent('BestEffort');
    expect(region()).toHaveTextContent('No container sets a CPU or memory request or limit.');
    expect(within(region()).getByText('Effective requests').nextSibling).toHaveTextContent('none');
  });

  it('schedules on the Node chosen: too small, the Pod stays Pending with the scheduler’s reason', async () => {
    const big = anatomy.replace(
      'image: my-api:v2',
      'image: my-api:v2\n      resources:\n        requests:\n          memory: 2Gi',
    );
    const { user, teach } = renderTeach(<SimulationPanel />, { text: big, mode: 'simulate' });
    expect(region()).toHaveTextContent('memory 2Gi');
    await user.selectOptions(
      within(region()).getByRole('combobox', { name: 'Node' }),
      '1 CPU, 1 GiB',
    );
    teach.getState().setTime(teach.getState().run!.end);
    const table = await screen.findByRole('status', { name: 'kubectl get pods' });
    expect(table).toHaveTextContent(/api-server\s+0\/2\s+Pending/);
    expect(screen.getByRole('region', { name: 'Events' })).toHaveTextContent(
      '0/1 nodes are available: 1 Insufficient memory.',
    );
  });
});
