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
import { createPodStore, PodStoreProvider } from '../../renderer/store/pod-store';
import { template } from '../support/templates';

const SUBTITLE = 'start together, after the init containers';
const INIT_SUBTITLE = 'run first, one at a time, in order';

/** A lane of the template's Pod, `width` wide (the lanes' room below them is the Pod's). */
function renderLane(
  width: number,
  lane = { id: 'app-lane', title: 'containers', subtitle: SUBTITLE },
  file = 'pod-anatomy.yaml',
) {
  const props = {
    id: lane.id,
    type: 'lane',
    width,
    data: { title: lane.title, subtitle: lane.subtitle },
  } as unknown as NodeProps<LaneFlowNode>;
  const store = createPodStore({ text: template(file), fileName: file });
  return render(
    <PodStoreProvider store={store}>
      <ReactFlowProvider>
        <LaneNode {...props} />
      </ReactFlowProvider>
    </PodStoreProvider>,
  );
}

const INIT_LANE = { id: 'init-lane', title: 'initContainers', subtitle: INIT_SUBTITLE };
/** The lines of a lane's subtitle, as drawn. */
const hintLines = (subtitle: string) =>
  screen
    .getByTitle(subtitle)
    .innerHTML.split('<br>')
    .map((line) => line.trim());

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

  it('writes the subtitle whole on two lines in an empty lane one container wide', () => {
    // The Envoy template's Pod has no init container: its init lane is empty below its header.
    renderLane(224, INIT_LANE, 'envoy-proxy.yaml');
    expect(hintLines(INIT_SUBTITLE)).toEqual(['run first, one at a time,', 'in order']);
  });

  it('keeps one line, cut between words, where a container starts under the header', () => {
    renderLane(224, INIT_LANE, 'pod-anatomy.yaml');
    const [line, ...more] = hintLines(INIT_SUBTITLE);
    expect(more).toEqual([]);
    expect(line).toMatch(/^run first\b.*\w…$/);
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
