import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { SimulationPanel } from '../../../renderer/teach/SimulationPanel';
import { renderTeach } from './helpers';

const kubectl = () => screen.getByRole('status', { name: 'kubectl get pods' });

describe('the delete and node-lost scenarios in the panel', () => {
  it('plays a deletion to its end: Terminating, then nothing to list', async () => {
    const { user, teach } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Scenario' }),
      'Pod deleted (Terminating)',
    );
    expect(
      screen.getByText(/SIGTERM, and SIGKILL if it still runs when the 30-second/),
    ).toBeInTheDocument();
    teach.getState().setTime(21);
    expect(await screen.findByRole('status', { name: 'kubectl get pods' })).toHaveTextContent(
      /api-server\s+\S+\s+Terminating/,
    );
    teach.getState().setTime(teach.getState().run!.end);
    await screen.findByText('No resources found in default namespace.');
  });

  it('follows a lost Node past the usual five minutes, to the eviction', async () => {
    const { user, teach } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'Node lost');
    expect(screen.getByRole('slider', { name: 'Time' })).toHaveAttribute('max', '370');
    teach.getState().setTime(100);
    await screen.findByText(/NodeNotReady/);
    teach.getState().setTime(370);
    await screen.findByText(/Terminating/, { selector: 'pre' });
    expect(kubectl()).toHaveTextContent(/2\/2\s+Terminating/);
  });
});
