import { afterEach, describe, expect, it } from 'vitest';
import { act } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { parse } from 'yaml';
import { deriveGraph, parseManifest } from '../../../shared';
import { useAddItem } from '../../../renderer/canvas/use-add-item';
import { paletteItem } from '../../../renderer/palette/palette-items';
import { useSettings } from '../../../renderer/settings/settings-store';
import { DEFAULT_KUBERNETES_VERSION } from '../../../shared';
import { anatomy, renderTeach } from '../teach/helpers';
import { recordChanges } from '../support/store-changes';

/** The centre of a node of the lesson's Pod, moved by `dx`: where the user drops an item. */
function centreOf(id: string, dx = 0) {
  const node = deriveGraph(parseManifest(anatomy).view!).nodes.find((n) => n.id === id)!;
  return { x: node.position.x + node.width / 2 + dx, y: node.position.y + node.height / 2 };
}

/**
 * Drops the palette item `id` at `at` on the lesson's Pod; its store after. `changes` gets, for
 * each change of the store the drop makes, the keys it changed.
 */
function drop(id: string, at: { x: number; y: number }, changes: string[][] = []) {
  let add: ReturnType<typeof useAddItem> | null = null;
  function Dropper() {
    add = useAddItem();
    return null;
  }
  const { pod } = renderTeach(
    <ReactFlowProvider>
      <Dropper />
    </ReactFlowProvider>,
  );
  const recording = recordChanges(pod);
  act(() => void add!(paletteItem(id)!, at));
  recording.stop();
  changes.push(...recording.changes);
  return pod;
}

describe('a container dropped from the palette', () => {
  it("is added and selected in one change of the store: each runs every view's selector", () => {
    const changes: string[][] = [];
    const pod = drop('sidecar', centreOf('container:log-shipper', -10), changes);
    expect(pod.getState().selection).toEqual(['container:sidecar-1']);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toEqual(expect.arrayContaining(['text', 'goodText', 'selection']));
  });

  it('a Native sidecar on the main container goes last in initContainers, and says so', () => {
    const pod = drop('native-sidecar', centreOf('container:api-server'));
    const manifest = parse(pod.getState().text);
    expect(manifest.spec.initContainers.at(-1)).toMatchObject({
      name: 'sidecar-1',
      restartPolicy: 'Always',
    });
    expect(manifest.metadata.annotations['kubectl.kubernetes.io/default-container']).toBe(
      'api-server',
    );
    expect(pod.getState().notice).toEqual({
      kind: 'info',
      message:
        'A native sidecar is an init container that keeps running: sidecar-1 goes last in initContainers, started just before the app containers.',
    });
  });

  it('a Sidecar in the init lane is a native sidecar there, and says so', () => {
    // Just below the init container, in its lane: the second place in the run order.
    const below = centreOf('container:init-migrate');
    const pod = drop('sidecar', { ...below, y: below.y + 60 });
    const manifest = parse(pod.getState().text);
    expect(manifest.spec.initContainers).toMatchObject([
      { name: 'init-migrate' },
      { name: 'sidecar-1', restartPolicy: 'Always' },
    ]);
    expect(manifest.spec.containers.map((c: { name: string }) => c.name)).toEqual([
      'api-server',
      'log-shipper',
    ]);
    expect(pod.getState().notice).toEqual({
      kind: 'info',
      message:
        'A sidecar among the init containers is a native sidecar: sidecar-1 gets restartPolicy: Always, starts in this place and keeps running beside the app containers.',
    });
  });

  describe('for a target without native sidecars', () => {
    afterEach(() => useSettings.getState().setKubernetesVersion(DEFAULT_KUBERNETES_VERSION));

    it('a Sidecar in the init lane goes last among the app containers, and says why', () => {
      useSettings.getState().setKubernetesVersion('1.28');
      const below = centreOf('container:init-migrate');
      const pod = drop('sidecar', { ...below, y: below.y + 60 });
      const manifest = parse(pod.getState().text);
      expect(manifest.spec.initContainers).toEqual([
        expect.not.objectContaining({ restartPolicy: expect.anything() }),
      ]);
      expect(manifest.spec.containers.map((c: { name: string }) => c.name)).toEqual([
        'api-server',
        'log-shipper',
        'sidecar-1',
      ]);
      expect(pod.getState().notice).toEqual({
        kind: 'info',
        message:
          'Native sidecars are on by default from Kubernetes 1.29, and Settings targets 1.28: sidecar-1 goes last among the app containers, as a sidecar.',
      });
    });

    it('a sidecar pattern in the init lane keeps its settings among the app containers', () => {
      useSettings.getState().setKubernetesVersion('1.27');
      const pod = drop('log-shipper', centreOf('container:init-migrate', 0));
      const manifest = parse(pod.getState().text);
      expect(manifest.spec.initContainers.map((c: { name: string }) => c.name)).toEqual([
        'init-migrate',
      ]);
      const added = manifest.spec.containers.at(-1);
      expect(added.restartPolicy).toBeUndefined();
      expect(added.args?.length).toBeGreaterThan(0);
    });
  });

  it("a sidecar pattern in the init lane is a native sidecar with the pattern's settings", () => {
    const pod = drop('log-shipper', centreOf('container:init-migrate', 0));
    const manifest = parse(pod.getState().text);
    const shipper = manifest.spec.initContainers.find((c: { restartPolicy?: string }) =>
      Boolean(c.restartPolicy),
    );
    expect(shipper).toMatchObject({ restartPolicy: 'Always' });
    expect(shipper.args?.length).toBeGreaterThan(0);
    expect(manifest.spec.containers.map((c: { name: string }) => c.name)).toEqual([
      'api-server',
      'log-shipper',
    ]);
  });

  it('a Container in first place becomes the main container, and says so', () => {
    const pod = drop('container', centreOf('container:api-server', -40));
    const manifest = parse(pod.getState().text);
    expect(manifest.metadata.annotations['kubectl.kubernetes.io/default-container']).toBe(
      'container-1',
    );
    expect(pod.getState().notice).toEqual({
      kind: 'info',
      message:
        'container-1 is the main container now, dropped in first place: api-server runs beside it as a sidecar.',
    });
  });
});
