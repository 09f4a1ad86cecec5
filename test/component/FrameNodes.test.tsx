import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import {
  LaneNode,
  NetworkNode,
  type LaneFlowNode,
  type NetworkFlowNode,
} from '../../renderer/canvas/nodes/FrameNodes';
import type { NetworkNodeData } from '../../shared';

const SUBTITLE = 'start together, after the init containers';

function renderLane(width: number) {
  const props = {
    id: 'app-lane',
    type: 'lane',
    width,
    data: { title: 'containers', subtitle: SUBTITLE },
  } as unknown as NodeProps<LaneFlowNode>;
  return render(
    <ReactFlowProvider>
      <LaneNode {...props} />
    </ReactFlowProvider>,
  );
}

type Port = NetworkNodeData['ports'][number];

function renderBand(ports: Port[], width: number) {
  const props = {
    id: 'network',
    type: 'network',
    width,
    data: { ports },
  } as unknown as NodeProps<NetworkFlowNode>;
  return render(<NetworkNode {...props} />);
}

const port = (container: string, n: number, clash = false): Port => ({
  container,
  port: n,
  name: `p${n}`,
  protocol: 'TCP',
  clash,
});

const chips = () =>
  [...screen.getByRole('list', { name: 'Container ports' }).querySelectorAll('li')].map(
    (li) => li.textContent,
  );

describe('LaneNode', () => {
  it('shows the whole subtitle in a lane wide enough for it', () => {
    renderLane(1000);
    expect(screen.getByTitle(SUBTITLE)).toHaveTextContent(new RegExp(`^${SUBTITLE}$`));
  });

  it('cuts the subtitle between words in a lane one container wide, whole in its tooltip', () => {
    renderLane(242);
    const shown = screen.getByTitle(SUBTITLE).textContent!;
    expect(shown).toMatch(/^start together\b.*\w…$/);
    expect(SUBTITLE.startsWith(shown.slice(0, -1))).toBe(true);
    expect(SUBTITLE.split(' ')).toContain(shown.slice(0, -1).split(' ').at(-1));
  });
});

describe('NetworkNode', () => {
  const ports = ['api-server', 'envoy', 'cache'].flatMap((container, c) =>
    [0, 1, 2, 3, 4].map((i) => port(container, 8000 + 10 * c + i)),
  );

  it('shows every port of a Pod with few', () => {
    renderBand(ports.slice(0, 2), 1000);
    expect(chips()).toEqual([':8000 api-server (p8000)', ':8001 api-server (p8001)']);
  });

  it('keeps to one row and counts the ports that do not fit, listed in the tooltip', () => {
    renderBand(ports, 700);
    const shown = chips();
    const more = ports.length - (shown.length - 1);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.at(-1)).toBe(`+${more}`);
    const count = screen.getByText(`+${more}`);
    expect(count.title.split('\n')).toEqual(
      ports.slice(-more).map((p) => `:${p.port} ${p.container} (${p.name})`),
    );
    expect(count).not.toHaveClass('is-clash');
  });

  it('marks the count as a clash when a port it hides clashes', () => {
    const clashing = [...ports.slice(0, -1), port('cache', 8000, true)];
    renderBand(clashing, 700);
    const count = screen.getByText(/^\+\d+$/);
    expect(count).toHaveClass('is-clash');
    expect(count.title).toContain(':8000 cache (p8000) — clash');
  });
});
