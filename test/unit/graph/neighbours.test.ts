import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveNeighbours, podDocument, shareGraph } from '../../../shared';
import { podLinks } from '../../../shared/links/links';

const service =
  '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n';
const text =
  readFileSync(
    new URL('../../fixtures/manifests/multi-pod-with-needs.yaml', import.meta.url),
    'utf8',
  ) + service;

function neighbours(source = text) {
  return deriveNeighbours(podDocument(source, 2).graph, podLinks(source, 2));
}

describe('the objects a Pod needs, outside its box', () => {
  it('draws each one once, right of the Pod, in or out of the file', () => {
    const { nodes } = neighbours();
    const pod = podDocument(text, 2).graph!.nodes.find((n) => n.type === 'pod')!;
    expect(nodes.map((n) => n.ariaLabel).sort()).toEqual([
      'ConfigMap web-config, document 1',
      'ConfigMap web-env, not in this file',
      'ConfigMap web-pages, not in this file',
      'PersistentVolumeClaim web-data, not in this file',
      'Secret db-credentials, not in this file',
      'Secret web-tls, document 2',
      'Service web, document 4',
    ]);
    for (const node of nodes) expect(node.position.x).toBeGreaterThan(pod.position.x + pod.width);
    const tops = nodes.map((n) => n.position.y).sort((a, b) => a - b);
    tops
      .slice(1)
      .forEach((top, i) => expect(top - tops[i]!).toBeGreaterThanOrEqual(nodes[0]!.height));
  });

  it('joins each to the volumes and containers that use it', () => {
    const joined = neighbours().edges.map(
      (e) => `${e.source} -> ${e.target}${e.label ? ` (${e.label})` : ''}`,
    );
    expect(joined.sort()).toEqual([
      'neighbour:ConfigMap/web-config -> volume:config',
      'neighbour:ConfigMap/web-env -> container:nginx (envFrom)',
      'neighbour:ConfigMap/web-pages -> volume:pages',
      'neighbour:PersistentVolumeClaim/web-data -> volume:data',
      'neighbour:Secret/db-credentials -> container:nginx (env)',
      'neighbour:Secret/web-tls -> volume:tls',
      'neighbour:Service/web -> container:nginx',
    ]);
  });

  it('links an object once to each container, however often the container reads it', () => {
    const env = (name: string) =>
      `        - name: ${name}\n          valueFrom:\n            secretKeyRef:\n              name: db\n              key: ${name.toLowerCase()}\n`;
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n' +
      `    - name: a\n      image: busybox\n      env:\n${env('USER')}${env('PASSWORD')}` +
      '      envFrom:\n        - secretRef:\n            name: db\n' +
      `    - name: b\n      image: busybox\n      env:\n${env('USER')}`;
    const { edges } = deriveNeighbours(podDocument(pod, 0).graph, podLinks(pod, 0));
    expect(edges.map((e) => `${e.source} -> ${e.target} (${e.label})`)).toEqual([
      'neighbour:Secret/db -> container:a (envFrom)',
      'neighbour:Secret/db -> container:b (env)',
    ]);
  });

  it('draws no link from a Service whose targetPort names no port of the Pod', () => {
    const renamed = text.replace('targetPort: http', 'targetPort: gone');
    const { nodes, edges } = neighbours(renamed);
    expect(nodes.map((n) => n.ariaLabel)).toContain('Service web, document 4');
    expect(edges.filter((e) => e.source === 'neighbour:Service/web')).toEqual([]);
    // A number reaches the Pod, declared or not: drawn to the main container.
    const numbered = text.replace('targetPort: http', 'targetPort: 9000');
    expect(
      neighbours(numbered)
        .edges.filter((e) => e.source === 'neighbour:Service/web')
        .map((e) => e.target),
    ).toEqual(['container:nginx']);
  });

  it('draws no Service whose selector does not pick the Pod', () => {
    const other = text.replace('    app: web\n  ports:', '    app: api\n  ports:');
    expect(neighbours(other).nodes.some((n) => n.data.kind === 'Service')).toBe(false);
  });
});

describe('the objects a Pod needs, after a keystroke', () => {
  it('keeps every object and link a keystroke in an image did not change, for the canvas', () => {
    const before = neighbours();
    const typed = text.replace(/image: (\S+)/, 'image: $1x');
    const after = shareGraph(neighbours(typed), before);
    expect(after).toBe(before);
  });

  it('draws anew only the object whose name was typed in, and its links', () => {
    const before = neighbours();
    const after = shareGraph(
      neighbours(text.replace('name: web-pages', 'name: web-pagesx')),
      before,
    );
    const old = new Set<object>([...before.nodes, ...before.edges]);
    const renewed = [...after.nodes, ...after.edges].filter((item) => !old.has(item));
    expect(renewed.map((item) => item.id)).toEqual([
      'neighbour:ConfigMap/web-pagesx',
      'uses:neighbour:ConfigMap/web-pagesx->volume:pages',
    ]);
  });

  it('keeps its list of links when an edit only moves the containers they join', () => {
    // An init container added first moves `one` below the others: its Secret, placed by the
    // middle of what uses it, goes from above the ConfigMap to below it.
    const uses = (name: string, kind: string, of: string) =>
      `    - name: ${name}\n      image: busybox\n      envFrom:\n        - ${kind}Ref:\n            name: ${of}\n`;
    const pod = (inits: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  initContainers:\n${inits}` +
      `  containers:\n${uses('app', 'configMap', 'settings')}${uses('shipper', 'secret', 'token')}`;
    const read = (text: string) => deriveNeighbours(podDocument(text, 0).graph, podLinks(text, 0));
    const one = uses('one', 'secret', 'early');
    const before = read(pod(one));
    const after = shareGraph(read(pod(`    - name: zero\n      image: busybox\n${one}`)), before);
    const top = (n: typeof before, id: string) =>
      n.nodes.find((node) => node.id === `neighbour:${id}`)!.position.y;
    expect(top(before, 'Secret/early')).toBeLessThan(top(before, 'ConfigMap/settings'));
    expect(top(after, 'Secret/early')).toBeGreaterThan(top(after, 'ConfigMap/settings'));
    // Listed from the top down, as Tab goes through them.
    const tops = after.nodes.map((node) => node.position.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    // The same list: the canvas hands React Flow a list of links only when one of them changed.
    expect(after.nodes).not.toBe(before.nodes);
    expect(after.edges).toBe(before.edges);
  });
});
