import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { SimulationPanel } from '../../../renderer/teach/SimulationPanel';
import { anatomy, renderTeach } from './helpers';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 4
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: my-api:v3
          readinessProbe:
            httpGet: { path: /ready, port: 8080 }
            initialDelaySeconds: 5
`;

const region = () => screen.getByRole('region', { name: 'Rolling update' });
const status = () => within(region()).getByRole('status', { name: 'kubectl rollout status' });
const slide = (seconds: number) =>
  fireEvent.change(within(region()).getByRole('slider', { name: 'Rollout time' }), {
    target: { value: String(seconds) },
  });

describe('the rolling update of a Deployment', () => {
  it('rolls out Pod by Pod and says when it is done', () => {
    renderTeach(<SimulationPanel />, { text: deployment, mode: 'simulate' });
    expect(status()).toHaveTextContent(
      'Waiting for deployment "api" rollout to finish: 1 out of 4 new replicas have been updated...',
    );
    slide(200);
    expect(status()).toHaveTextContent('deployment "api" successfully rolled out');
    const rows = within(region()).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[3]?.textContent)).toEqual([
      'yes',
      'yes',
      'yes',
      'yes',
    ]);
  });

  it('holds when the new Pods are not Ready: they get no traffic, the old ones keep serving', async () => {
    const { user } = renderTeach(<SimulationPanel />, { text: deployment, mode: 'simulate' });
    await user.click(
      within(region()).getByRole('checkbox', { name: 'New Pods pass their readiness probe' }),
    );
    slide(200);
    expect(status()).toHaveTextContent('2 out of 4 new replicas have been updated...');
    const rows = within(region()).getAllByRole('row').slice(1);
    const newRows = rows.filter((r) => within(r).queryByText('new'));
    expect(newRows).toHaveLength(2);
    for (const row of newRows) expect(row).toHaveTextContent(/Running, not Ready\s*none/);
    const serving = rows.filter((r) => within(r).getAllByRole('cell')[3]?.textContent === 'yes');
    expect(serving).toHaveLength(3);
  });

  it('is not offered for a bare Pod', () => {
    renderTeach(<SimulationPanel />, { text: anatomy, mode: 'simulate' });
    expect(screen.queryByRole('region', { name: 'Rolling update' })).toBeNull();
  });
});
