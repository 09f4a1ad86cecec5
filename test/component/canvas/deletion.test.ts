import { describe, expect, it } from 'vitest';
import { deleteFromCanvas, nodeAfterDeletion } from '../../../renderer/canvas/deletion';
import { createPodStore, goodModelOf } from '../../../renderer/store/pod-store';
import { deriveGraph, parseManifest } from '../../../shared';
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

  it('says nothing while another app container is left', () => {
    const store = createPodStore({ text: pod(['web', 'proxy']), fileName: 'p.yaml' });
    deleteFromCanvas(store, null, ['container:web']);
    expect(store.getState().text).not.toContain('name: web');
    expect(store.getState().notice).toBeNull();
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
