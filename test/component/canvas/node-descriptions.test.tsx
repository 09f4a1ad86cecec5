import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { PodCanvas } from '../../../renderer/canvas/PodCanvas';
import { renderTeach } from '../teach/helpers';

/**
 * Every role a container's node can have, and volumes mounted by several, one and no
 * container: each node is found by the name a screen reader says, and its description is what
 * it says next.
 */
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: api-server
spec:
  initContainers:
    - name: init-migrate
      image: my-api:v2
    - name: mesh-proxy
      image: envoyproxy/envoy:v1.30
      restartPolicy: Always
    - name: init-warm
      image: my-api:v2
  containers:
    - name: api-server
      image: my-api:v2
      volumeMounts:
        - name: app-logs
          mountPath: /var/log/app
        - name: settings
          mountPath: /etc/app
    - name: log-shipper
      image: grafana/promtail:2.9.0
      volumeMounts:
        - name: app-logs
          mountPath: /var/log/app
  volumes:
    - name: app-logs
      emptyDir: {}
    - name: settings
      configMap:
        name: app-settings
    - name: scratch
      emptyDir:
        medium: Memory
`;

async function renderCanvas(text = POD) {
  const rendered = renderTeach(
    <ReactFlowProvider>
      <PodCanvas />
    </ReactFlowProvider>,
    { text },
  );
  await screen.findByText('log-shipper');
  return rendered;
}

/**
 * Node `name` is described by `words`, then by the canvas's keys (React Flow's description,
 * which every node of the canvas is described by too): what a screen reader says after the name.
 */
function expectHeard(name: string, words: string) {
  const keys = document.querySelector('[id^="react-flow__node-desc-"]')?.textContent;
  expect(keys).toBeTruthy();
  expect(screen.getByRole('group', { name })).toHaveAccessibleDescription(`${words} ${keys}`);
}

describe('what a screen reader says of a canvas node after its name', () => {
  it('an init container: its place in the run order, and what it does before the next', async () => {
    await renderCanvas();
    expectHeard(
      'Init container init-migrate',
      'Init container 1 of 3: runs to completion before the next one starts.',
    );
    expectHeard(
      'Init container init-warm',
      'Init container 3 of 3: runs to completion before the app containers start.',
    );
  });

  it('a native sidecar: its place among the init containers, and that it keeps running', async () => {
    await renderCanvas();
    expectHeard(
      'Native sidecar mesh-proxy',
      'Native sidecar, init container 2 of 3: starts before the next one and keeps running.',
    );
  });

  it('the main container and a sidecar: their roles, as their tooltips say them', async () => {
    await renderCanvas();
    expectHeard(
      'Container api-server',
      'Main container: the app; kubectl logs and exec pick it by default.',
    );
    expectHeard(
      'Sidecar log-shipper',
      'Sidecar container: augments the main container without changing it.',
    );
  });

  it('a volume: its source, and which containers mount it', async () => {
    await renderCanvas();
    expectHeard(
      'Volume app-logs',
      'emptyDir: empty directory. Mounted by api-server and log-shipper.',
    );
    expectHeard('Volume settings', 'configMap: app-settings. Mounted by api-server.');
    expectHeard('Volume scratch', 'emptyDir: medium: Memory. Not mounted.');
  });

  it('follows an edit: a new init container renumbers the others', async () => {
    const { pod } = await renderCanvas();
    const text = POD.replace(
      '  containers:\n',
      '    - name: init-seed\n      image: my-api:v2\n  containers:\n',
    );
    act(() => pod.getState().setText(text, 'yaml'));
    await screen.findByText('init-seed');
    expectHeard(
      'Init container init-warm',
      'Init container 3 of 4: runs to completion before the next one starts.',
    );
    expectHeard(
      'Init container init-seed',
      'Init container 4 of 4: runs to completion before the app containers start.',
    );
  });
});
