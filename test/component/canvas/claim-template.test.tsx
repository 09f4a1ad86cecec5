import { describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { VolumeNode, type VolumeFlowNode } from '../../../renderer/canvas/nodes/VolumeNode';
import { useContainerActions } from '../../../renderer/canvas/use-container-actions';
import { replacedVolumeWhy } from '../../../renderer/canvas/mount-drop';
import { VolumeForm } from '../../../renderer/inspector/VolumeForm';
import {
  createPodStore,
  goodModelOf,
  PodStoreProvider,
  type PodStore,
} from '../../../renderer/store/pod-store';
import type { VolumeNode as GraphVolumeNode } from '../../../shared';
import { statefulSet } from '../../support/stateful-set';

function storeOf(text: string): PodStore {
  return createPodStore({ text, fileName: 'web.yaml' });
}

function wrapper(store: PodStore) {
  return function Providers({ children }: { children: ReactNode }) {
    return (
      <PodStoreProvider store={store}>
        <ReactFlowProvider>{children}</ReactFlowProvider>
      </PodStoreProvider>
    );
  };
}

/**
 * The canvas's node `id` of the store's graph, drawn as the canvas draws it; wide, since jsdom
 * measures no text (each character counts 0.6 em) and would cut what a browser shows whole.
 */
function renderNode(store: PodStore, id: string) {
  const node = goodModelOf(store.getState())!.graph.nodes.find(
    (n): n is GraphVolumeNode => n.id === id,
  )!;
  const props = {
    id,
    type: 'volume',
    width: node.width + 160,
    data: node.data,
    selected: false,
  } as unknown as NodeProps<VolumeFlowNode>;
  return render(<VolumeNode {...props} />, { wrapper: wrapper(store) });
}

describe('the node of a StatefulSet’s claim template', () => {
  it('says it is a claim template, what each Pod’s claim asks for, and who mounts it', () => {
    renderNode(storeOf(statefulSet), 'volume:www');
    expect(screen.getByText('www')).toBeInTheDocument();
    expect(screen.getByText('claim template')).toHaveAttribute(
      'title',
      'claim per Pod from template (www-web-0, www-web-1, …): 1Gi, ReadWriteOnce, ReadOnlyMany, class fast',
    );
    expect(screen.getByText('1Gi · RWO,ROX')).toBeInTheDocument();
    expect(screen.getByText('mounted by nginx')).toBeInTheDocument();
  });

  it('says of a Pod volume of its name that the claim template replaces it', () => {
    const store = storeOf(
      statefulSet.replace(
        '      volumes:\n',
        '      volumes:\n        - name: www\n          emptyDir: {}\n',
      ),
    );
    renderNode(store, 'volume:www#2');
    expect(screen.getByText('emptyDir')).toBeInTheDocument();
    expect(screen.getByText('replaced by claim template')).toBeInTheDocument();
  });

  it('does not offer to mount a Pod volume the claim template replaces, and says why', () => {
    const store = storeOf(
      statefulSet.replace(
        '      volumes:\n',
        '      volumes:\n        - name: www\n          emptyDir: {}\n',
      ),
    );
    const { result } = renderHook(() => useContainerActions(() => {}), {
      wrapper: wrapper(store),
    });
    expect(result.current.menuItems('volume:www#2').map((item) => item.label)).toEqual([
      'Delete volume and its mounts',
    ]);
    expect(result.current.menuItems('volume:www')[0]?.label).toBe('Mount in nginx…');
    expect(replacedVolumeWhy(goodModelOf(store.getState())?.view, 'volume:www#2')).toBe(
      'The claim template "www" replaces this volume in every Pod: mount the claim template instead.',
    );
  });

  it('offers to delete the claim template, which removes it and its mounts', () => {
    const store = storeOf(statefulSet);
    const { result } = renderHook(() => useContainerActions(() => {}), {
      wrapper: wrapper(store),
    });
    const items = result.current.menuItems('volume:www');
    expect(items.map((item) => item.label)).toEqual([
      'Mount in nginx…',
      'Delete claim template and its mounts',
    ]);
    expect(result.current.menuItems('volume:conf').at(-1)?.label).toBe(
      'Delete volume and its mounts',
    );
    items.at(-1)!.run();
    const text = store.getState().text;
    expect(text).not.toContain('volumeClaimTemplates');
    expect(text).not.toContain('name: www');
    expect(store.getState().notice).toBeNull();
  });
});

describe('the volume form of a claim template', () => {
  function renderForm(store: PodStore) {
    const view = goodModelOf(store.getState())!.view;
    const volume = view.volumes.find((v) => v.name === 'www')!;
    return render(<VolumeForm volume={volume} plain={{}} view={view} />, {
      wrapper: wrapper(store),
    });
  }

  it('shows what each Pod’s claim asks for, to edit in the YAML, and who mounts it', () => {
    renderForm(storeOf(statefulSet));
    expect(screen.getByText(/Each Pod gets a PersistentVolumeClaim of its own/)).toHaveTextContent(
      'Each Pod gets a PersistentVolumeClaim of its own made from this template (www-web-0, www-web-1, …), mounted as its volume “www”. Edit the template in the YAML.',
    );
    expect(screen.getByText('Storage request').textContent).toBe('Storage request 1Gi');
    expect(screen.getByText('Access modes').textContent).toBe(
      'Access modes ReadWriteOnce, ReadOnlyMany',
    );
    expect(screen.getByText('Storage class').textContent).toBe('Storage class fast');
    expect(screen.queryByLabelText('Source')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'nginx' })).toBeInTheDocument();
  });

  it('renames the template and its mounts', async () => {
    const store = storeOf(statefulSet);
    renderForm(store);
    const user = userEvent.setup();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'site{Enter}');
    expect(store.getState().text).toBe(statefulSet.replaceAll('name: www', 'name: site'));
    expect(store.getState().selection).toEqual(['volume:site']);
  });
});
