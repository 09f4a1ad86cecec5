import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { VolumeNode, type VolumeFlowNode } from '../../renderer/canvas/nodes/VolumeNode';
import type { VolumeNodeData } from '../../shared';
import { createPodStore, PodStoreProvider } from '../../renderer/store/pod-store';
import { template } from '../support/templates';

function renderVolume(data: Partial<VolumeNodeData>) {
  const props = {
    id: 'volume:x',
    type: 'volume',
    width: 280,
    data: {
      name: 'app-logs',
      source: 'emptyDir',
      detail: 'empty directory',
      mountedBy: ['api-server', 'log-shipper'],
      range: null,
      ...data,
    },
    selected: false,
  } as unknown as NodeProps<VolumeFlowNode>;
  const store = createPodStore({ text: template('pod-anatomy.yaml'), fileName: 'pod.yaml' });
  return render(
    <PodStoreProvider store={store}>
      <ReactFlowProvider>
        <VolumeNode {...props} />
      </ReactFlowProvider>
    </PodStoreProvider>,
  );
}

describe('VolumeNode', () => {
  it('shows the name, the source, its detail and who mounts it', () => {
    renderVolume({});
    expect(screen.getByText('app-logs')).toBeInTheDocument();
    expect(screen.getByText('emptyDir')).toBeInTheDocument();
    expect(screen.getByText('empty directory')).toBeInTheDocument();
    expect(screen.getByTitle('shared by api-server, log-shipper')).toHaveTextContent(
      /^shared by api-server/,
    );
  });

  it('names as many of the containers sharing it as fit, and counts the others', () => {
    const mountedBy = ['log-shipper', 'init-migrate', 'api-server'];
    renderVolume({ mountedBy });
    const shared = screen.getByTitle('shared by log-shipper, init-migrate, api-server');
    // No name cut inside ("init-m…"): those it shows are whole, the others counted.
    expect(shared.textContent).toMatch(/^shared by log-shipper(, init-migrate)? \+[12]$/);
  });

  it('cuts a long name to fit, keeping it whole in the tooltip', () => {
    const name = 'a-volume-with-a-name-much-longer-than-the-node';
    renderVolume({ name });
    expect(screen.getByTitle(name).textContent).toMatch(/^a-volume-.+….+-node$/);
  });

  it('leaves a detail with no room beside a long source to the source chip’s tooltip', () => {
    const detail = 'claim: payments-ledger-archive-claim';
    renderVolume({ name: 'ledger', source: 'persistentVolumeClaim', detail, mountedBy: ['db'] });
    expect(screen.getByText('persistentVolumeClaim')).toHaveAttribute('title', detail);
    expect(screen.queryByText(/…$/)).not.toBeInTheDocument();
  });
});
