import { describe, expect, it } from 'vitest';
import { deleteFromCanvas, nodeAfterDeletion } from '../../../renderer/canvas/deletion';
import { createPodStore, goodModelOf } from '../../../renderer/store/pod-store';
import { deriveGraph, parseManifest, type NeighbourNodeData } from '../../../shared';
import { statefulSet } from '../../support/stateful-set';

/** Two init containers, a main container with two sidecars, two volumes. */
const nodes = () => {
  const { view } = parseManifest(`apiVersion: v1
kind: Pod
metadata:
  name: lanes
spec:
  initContainers:
    - name: first
      image: busybox
    - name: second
      image: busybox
  containers:
    - name: app
      image: nginx
    - name: left
      image: busybox
    - name: right
      image: busybox
  volumes:
    - name: data
      emptyDir: {}
    - name: cache
      emptyDir: {}
`);
  if (!view) throw new Error('the manifest holds a Pod');
  return deriveGraph(view).nodes;
};

describe('the node that takes the focus after a deletion', () => {
  it('is the next node in the same lane', () => {
    expect(nodeAfterDeletion(nodes(), ['container:app'])).toBe('container:left');
    expect(nodeAfterDeletion(nodes(), ['container:first'])).toBe('container:second');
    expect(nodeAfterDeletion(nodes(), ['volume:data'])).toBe('volume:cache');
  });

  it('is the one before it when the deleted node was the last of its lane', () => {
    expect(nodeAfterDeletion(nodes(), ['container:right'])).toBe('container:left');
    expect(nodeAfterDeletion(nodes(), ['container:second'])).toBe('container:first');
  });

  it('skips the other nodes deleted with it', () => {
    expect(nodeAfterDeletion(nodes(), ['container:app', 'container:left'])).toBe('container:right');
    expect(nodeAfterDeletion(nodes(), ['container:right', 'container:left'])).toBe('container:app');
  });

  it('is none when the lane is left empty, or when no node was deleted (a mount link)', () => {
    expect(nodeAfterDeletion(nodes(), ['volume:data', 'volume:cache'])).toBeNull();
    expect(nodeAfterDeletion(nodes(), [])).toBeNull();
  });
});

describe('deleting the last app container', () => {
  const pod = (containers: string[]) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  initContainers:\n    - name: setup\n      image: busybox\n  containers:\n${containers.map((n) => `    - name: ${n}\n      image: nginx\n`).join('')}`;

  it('is done, and says that the Pod needs an app container', () => {
    const store = createPodStore({ text: pod(['web']), fileName: 'p.yaml' });
    deleteFromCanvas(store, null, ['container:web']);
    expect(store.getState().text).not.toContain('name: web');
    expect(store.getState().notice).toMatchObject({
      kind: 'info',
      message:
        '"web" was the Pod\'s only app container: a Pod needs one. Add a container, or undo.',
    });
    // Undone, the container is back and the notice gone.
    store.getState().undo();
    expect(store.getState().text).toContain('name: web');
    expect(store.getState().notice).toBeNull();
  });

  it('says nothing while another app container is left, and the main one stays', () => {
    const store = createPodStore({ text: pod(['web', 'proxy']), fileName: 'p.yaml' });
    deleteFromCanvas(store, null, ['container:proxy']);
    expect(store.getState().text).not.toContain('name: proxy');
    expect(store.getState().notice).toBeNull();
  });
});

describe('deleting the main container', () => {
  it('says which container is the main one now, the one kubectl goes to', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations:
    kubectl.kubernetes.io/default-container: proxy
spec:
  containers:
    - name: web
      image: nginx
    - name: proxy
      image: envoy
    - name: shipper
      image: fluent-bit
`;
    const store = createPodStore({ text, fileName: 'p.yaml' });
    deleteFromCanvas(store, null, ['container:proxy']);
    expect(store.getState().text).not.toContain('proxy');
    expect(store.getState().notice).toMatchObject({
      kind: 'info',
      message:
        'proxy was the main container: web is the main container now, the one kubectl logs and exec go to.',
    });
  });
});

describe('Delete on what the canvas cannot delete', () => {
  it('says what to select, or that an object beside the Pod is deleted in the editor', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: web\n      image: nginx\n';
    const store = createPodStore({ text, fileName: 'p.yaml' });
    const before = store.getState().text;
    deleteFromCanvas(store, null, []);
    expect(store.getState().notice?.message).toBe(
      'Select a container, a volume or a mount to delete it.',
    );
    const beside = (id: string): NeighbourNodeData | undefined =>
      id === 'neighbour:ConfigMap/app-cfg'
        ? { kind: 'ConfigMap', name: 'app-cfg', document: 0, keys: [], missingKeys: [] }
        : id === 'neighbour:Secret/token'
          ? { kind: 'Secret', name: 'token', document: null, keys: [], missingKeys: [] }
          : undefined;
    deleteFromCanvas(store, null, ['neighbour:ConfigMap/app-cfg'], [], beside);
    expect(store.getState().notice?.message).toBe(
      'ConfigMap app-cfg is another document of the file (document 1), not part of the Pod: delete it in the YAML editor.',
    );
    deleteFromCanvas(store, null, ['neighbour:Secret/token'], [], beside);
    expect(store.getState().notice?.message).toBe(
      'Secret token is not in this file: the Pod only refers to it.',
    );
    expect(store.getState().text).toBe(before);
  });
});

describe('deleting a Pod volume that a claim template replaces', () => {
  /** The shared StatefulSet with a Pod volume named as its claim template `www`. */
  const bothNamed = statefulSet.replace(
    '      volumes:\n',
    '      volumes:\n        - name: www\n          emptyDir: {}\n',
  );

  it('removes that volume alone, keeping the claim template and its mount', () => {
    const store = createPodStore({ text: bothNamed, fileName: 'web.yaml' });
    // The Pod volume is drawn as replaced, beside the claim template's volume of its name.
    const replaced = goodModelOf(store.getState())?.graph.nodes.find(
      (n) => n.type === 'volume' && n.data.replacedByClaimTemplate,
    );
    expect(replaced?.data.name).toBe('www');
    deleteFromCanvas(store, null, [replaced!.id]);
    expect(store.getState().notice).toBeNull();
    expect(store.getState().text).toBe(statefulSet);
    store.getState().undo();
    expect(store.getState().text).toBe(bothNamed);
  });
});
