import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { ContainerNode, type ContainerFlowNode } from '../../renderer/canvas/nodes/ContainerNode';
import type { ContainerNodeData } from '../../shared';
import { createPodStore, PodStoreProvider } from '../../renderer/store/pod-store';
import { template } from '../support/templates';

function renderNode(
  data: Partial<ContainerNodeData>,
  selected = false,
  id = 'container:x',
  width?: number,
) {
  const props = {
    id,
    type: 'container',
    width,
    data: {
      name: 'api-server',
      image: 'my-api:v2',
      role: 'main',
      order: null,
      ports: [],
      range: null,
      ...data,
    },
    selected,
  } as unknown as NodeProps<ContainerFlowNode>;
  const store = createPodStore({ text: template('pod-anatomy.yaml'), fileName: 'pod.yaml' });
  return render(
    <PodStoreProvider store={store}>
      <ReactFlowProvider>
        <ContainerNode {...props} />
      </ReactFlowProvider>
    </PodStoreProvider>,
  );
}

describe('ContainerNode', () => {
  it('shows the name, the image, the role and the ports', () => {
    renderNode({ ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }] });
    expect(screen.getByText('api-server')).toBeInTheDocument();
    expect(screen.getByText('my-api:v2')).toBeInTheDocument();
    expect(screen.getByText('main container')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Ports' })).toHaveTextContent(':8080 http');
  });

  it('numbers init containers by their place in the execution order', () => {
    renderNode({ name: 'init-migrate', role: 'init', order: 2 });
    expect(screen.getByText('init container')).toHaveTextContent('2init container');
    expect(screen.getByTitle('runs to completion, then the next one starts')).toBeInTheDocument();
  });

  it('marks a native sidecar as one that keeps running', () => {
    renderNode({ name: 'log-shipper', role: 'native-sidecar', order: 1 });
    expect(screen.getByText('native sidecar')).toBeInTheDocument();
    expect(screen.getByText('keeps running')).toBeInTheDocument();
  });

  it('says so when a container has no image', () => {
    renderNode({ image: null });
    expect(screen.getByText('no image')).toBeInTheDocument();
  });

  it('shows a non-TCP protocol beside the port', () => {
    renderNode({ ports: [{ containerPort: 53, name: 'dns', protocol: 'UDP' }] });
    expect(screen.getByRole('list', { name: 'Ports' })).toHaveTextContent(':53 dns/UDP');
  });

  it("shows a badge with the count of the container's problems, by the worst severity", () => {
    renderNode({ name: 'init-migrate', role: 'init', order: 1 }, false, 'container:init-migrate');
    const badge = screen.getByLabelText(/problems?, the worst: warning/);
    expect(Number(badge.textContent)).toBeGreaterThan(0);
  });

  it('cuts a name and an image too long for the node, and keeps them whole in their tooltips', () => {
    const name = 'payments-reconciliation-worker-with-a-long-name';
    const image = 'registry.example.com/platform/payments/reconciliation-worker:2026.11.25';
    renderNode({ name, image }, false, 'container:x', 210);
    const shownName = screen.getByTitle(name);
    const shownImage = screen.getByTitle(image);
    // Cut in the middle: the start and the end both tell names and images apart (the tag).
    expect(shownName.textContent).toMatch(/^payments-.+….+-name$/);
    expect(shownName.textContent!.length).toBeLessThan(name.length);
    expect(shownImage.textContent).toMatch(/^registry\..+….*:2026\.11\.25$/);
  });

  it('tells apart containers whose names would read the same once shortened', () => {
    const names = [0, 1, 2].map((i) => `init-step-number-${i}-with-long-name`);
    const yaml = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: steps',
      'spec:',
      '  initContainers:',
      ...names.flatMap((name) => [`    - name: ${name}`, '      image: busybox:1.36']),
      '  containers:',
      '    - name: app',
      '      image: my-api:v2',
    ].join('\n');
    const store = createPodStore({ text: yaml, fileName: 'steps.yaml' });
    render(
      <PodStoreProvider store={store}>
        <ReactFlowProvider>
          {names.map((name, i) => (
            <ContainerNode
              key={name}
              {...({
                id: `container:${name}`,
                type: 'container',
                width: 192,
                data: { name, image: 'busybox:1.36', role: 'init', order: i + 1, ports: [] },
                selected: false,
              } as unknown as NodeProps<ContainerFlowNode>)}
            />
          ))}
        </ReactFlowProvider>
      </PodStoreProvider>,
    );
    // Each whole in its tooltip; shortened, each keeps the digit that tells it apart.
    const shown = names.map((name) => screen.getByTitle(name).textContent!);
    expect(new Set(shown).size).toBe(names.length);
    shown.forEach((text, i) => {
      expect(text).toContain('…');
      expect(text).toMatch(new RegExp(`[-…]${i}-`));
    });
    // Once the others are renamed, nothing reads the same: the name is cut as any other.
    const renamed = yaml
      .replace(`name: ${names[0]}`, 'name: fetch')
      .replace(`name: ${names[1]}`, 'name: migrate');
    act(() => {
      store.getState().typed(() => renamed, renamed.length);
      store.getState().settle();
    });
    const alone = screen.getByTitle(names[2]!).textContent!;
    expect(alone).toContain('…');
    expect(alone).not.toMatch(/[-…]2-/);
  });

  it('shows the ports that fit on one row and counts the others', () => {
    const ports = [8080, 8081, 8082, 8083, 8084, 8085, 8086, 8087].map((containerPort) => ({
      containerPort,
      name: 'http',
      protocol: 'TCP',
    }));
    renderNode({ ports }, false, 'container:x', 210);
    const list = screen.getByRole('list', { name: 'Ports' });
    const chips = [...list.querySelectorAll('li')].map((li) => li.textContent);
    expect(chips.length).toBeLessThan(ports.length);
    expect(chips.at(-1)).toBe(`+${ports.length - (chips.length - 1)}`);
    expect(list).toHaveAttribute('title', expect.stringContaining(':8087 http'));
  });
});
