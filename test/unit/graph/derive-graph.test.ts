import { describe, expect, it } from 'vitest';
import { deriveGraph, parseManifest, type Graph, type PodView } from '../../../shared';
import { sampleIp } from '../../../shared/graph/derive-graph';
import { template } from '../../support/templates';

function viewOf(text: string): PodView {
  const parsed = parseManifest(text);
  if (!parsed.view) throw new Error(`not a Pod: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.view;
}

const labels = (graph: Graph, type: string) =>
  graph.nodes.filter((n) => n.type === type).map((n) => n.ariaLabel);

describe('deriveGraph on the lesson anatomy Pod', () => {
  const graph = deriveGraph(viewOf(template('pod-anatomy.yaml')));

  it('draws the Pod box, the network band, the three lanes and the kubelet footer', () => {
    expect(labels(graph, 'pod')).toEqual(['Pod api-server']);
    expect(labels(graph, 'network')).toEqual(['Shared network namespace']);
    expect(graph.nodes.filter((n) => n.type === 'lane').map((n) => n.id)).toEqual([
      'init-lane',
      'app-lane',
      'volume-lane',
    ]);
    expect(labels(graph, 'kubelet')).toEqual(['kubelet on Node']);
  });

  it('names each container by its role and the volume by its name', () => {
    expect(labels(graph, 'container')).toEqual([
      'Init container init-migrate',
      'Container api-server',
      'Sidecar log-shipper',
    ]);
    expect(labels(graph, 'volume')).toEqual(['Volume app-logs']);
  });

  it('puts the init container left of the app containers, and the volume below them all', () => {
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const init = byId.get('container:init-migrate')!;
    const main = byId.get('container:api-server')!;
    const sidecar = byId.get('container:log-shipper')!;
    const volume = byId.get('volume:app-logs')!;
    expect(init.position.x + init.width).toBeLessThan(main.position.x);
    expect(main.position.x + main.width).toBeLessThan(sidecar.position.x);
    for (const c of [init, main, sidecar]) {
      expect(volume.position.y).toBeGreaterThan(c.position.y + c.height);
    }
  });

  it('links the volume to both containers that mount it, labelled with the mount path', () => {
    const mounts = graph.edges.filter((e) => e.type === 'mount');
    expect(mounts.map((e) => [e.source, e.target, e.data.mountPath, e.data.readOnly])).toEqual([
      ['volume:app-logs', 'container:api-server', '/var/log/app', false],
      ['volume:app-logs', 'container:log-shipper', '/var/log/app', true],
    ]);
  });

  it('shows the app port on the shared network band', () => {
    const band = graph.nodes.find((n) => n.type === 'network');
    expect(band?.data).toEqual({
      ports: [{ container: 'api-server', port: 8080, name: 'http', protocol: 'TCP', clash: false }],
    });
  });

  it('leads from the last init container to the app containers: "exits 0 →"', () => {
    const sequence = graph.edges.filter((e) => e.type === 'sequence');
    expect(sequence.map((e) => [e.source, e.target, e.data.label])).toEqual([
      ['container:init-migrate', 'app-lane', 'exits 0 →'],
    ]);
  });
});

describe('deriveGraph', () => {
  it('keeps init containers in execution order, linked one to the next', () => {
    const graph = deriveGraph(
      viewOf(`apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  initContainers:
    - { name: second-in-list, image: a:1 }
    - { name: b, image: b:1, restartPolicy: Always }
    - { name: c, image: c:1 }
  containers:
    - { name: app, image: app:1 }
`),
    );
    const inits = graph.nodes.filter((n) => n.type === 'container' && n.data.order !== null);
    expect(inits.map((n) => [n.ariaLabel, n.data.order])).toEqual([
      ['Init container second-in-list', 1],
      ['Native sidecar b', 2],
      ['Init container c', 3],
    ]);
    expect(inits.map((n) => n.position.y)).toEqual(
      [...inits.map((n) => n.position.y)].sort((a, b) => a - b),
    );
    expect(graph.edges.filter((e) => e.type === 'sequence').map((e) => e.data.label)).toEqual([
      'exits 0 →',
      'started →',
      'exits 0 →',
    ]);
  });

  it('marks two containers binding the same port as a clash on the band', () => {
    const graph = deriveGraph(
      viewOf(`apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
    - { name: a, image: a:1, ports: [{ containerPort: 8080 }, { containerPort: 9090 }] }
    - { name: b, image: b:1, ports: [{ containerPort: 8080 }, { containerPort: 8080, protocol: UDP }] }
`),
    );
    const band = graph.nodes.find((n) => n.type === 'network');
    const ports = (band?.data as { ports: { container: string; port: number; clash: boolean }[] })
      .ports;
    expect(ports.map((p) => `${p.container}:${p.port}:${p.clash}`)).toEqual([
      'a:8080:true',
      'a:9090:false',
      'b:8080:true',
      'b:8080:false',
    ]);
  });

  it('draws the main container named by the default-container annotation first', () => {
    const graph = deriveGraph(
      viewOf(`apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations: { kubectl.kubernetes.io/default-container: app }
spec:
  containers:
    - { name: proxy, image: envoy:1 }
    - { name: app, image: app:1 }
`),
    );
    const containers = graph.nodes.filter((n) => n.type === 'container');
    expect(containers.map((n) => n.ariaLabel)).toEqual(['Container app', 'Sidecar proxy']);
    expect(containers[0]!.position.x).toBeLessThan(containers[1]!.position.x);
  });

  it('does not link a mount to a volume the Pod does not declare', () => {
    const graph = deriveGraph(
      viewOf(`apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
    - name: app
      image: app:1
      volumeMounts: [{ name: missing, mountPath: /data }]
`),
    );
    expect(graph.edges.filter((e) => e.type === 'mount')).toEqual([]);
  });

  it('keeps the volumes where they are when a container added in a row needs no new row', () => {
    // Two rows of app containers: main, a, b, c, then d; c and d have three mounts each.
    const mounted = (name: string) =>
      `    - name: ${name}\n      image: app:1\n      volumeMounts: [{ name: v1, mountPath: /1 }, { name: v2, mountPath: /2 }, { name: v3, mountPath: /3 }]\n`;
    const plain = (name: string) => `    - { name: ${name}, image: app:1 }\n`;
    const pod = (containers: string[]) =>
      viewOf(
        `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n${containers.join('')}  volumes: [{ name: v1, emptyDir: {} }, { name: v2, emptyDir: {} }, { name: v3, emptyDir: {} }]\n`,
      );
    const top = (graph: Graph, id: string) => graph.nodes.find((n) => n.id === id)!.position.y;
    const before = deriveGraph(
      pod([plain('main'), plain('a'), plain('b'), mounted('c'), mounted('d')]),
    );
    // x added after the main container moves c into the second row: the first row, of
    // containers without mounts, stays as tall as before, and so the volumes stay put.
    const after = deriveGraph(
      pod([plain('main'), plain('x'), plain('a'), plain('b'), mounted('c'), mounted('d')]),
    );
    expect(top(after, 'container:c')).toBe(top(before, 'container:d'));
    expect(top(after, 'volume:v1')).toBe(top(before, 'volume:v1'));
    // A container that opens a third row moves them down.
    const third = deriveGraph(
      pod(
        [
          plain('main'),
          plain('x'),
          plain('y'),
          plain('z'),
          plain('a'),
          plain('b'),
          mounted('c'),
          mounted('d'),
        ].concat(plain('w')),
      ),
    );
    expect(top(third, 'volume:v1')).toBeGreaterThan(top(after, 'volume:v1'));
  });
});

describe('the sample Pod IP on the diagram', () => {
  it('is a valid address in 10.244.0.0/16 for any Pod name, the same each time', () => {
    const names = ['api-server', 'api-with-vault', 'web', 'a', 'payments-reconciliation-worker'];
    for (let i = 0; i < 500; i++) names.push(`pod-${i}`);
    for (const name of names) {
      const ip = sampleIp(name);
      expect(ip, name).toMatch(/^10\.244\.\d{1,3}\.\d{1,3}$/);
      const [, , third, fourth] = ip.split('.').map(Number);
      expect(third, name).toBeLessThan(8);
      expect(fourth, name).toBeGreaterThanOrEqual(2);
      expect(fourth, name).toBeLessThan(252);
      expect(sampleIp(name)).toBe(ip);
    }
  });
});

describe("the app containers' lane caption", () => {
  const caption = (text: string) =>
    (deriveGraph(viewOf(text)).nodes.find((n) => n.id === 'app-lane')!.data as { subtitle: string })
      .subtitle;

  it('says the app containers start together, after the init containers', () => {
    expect(caption(template('pod-anatomy.yaml'))).toBe('start together, after the init containers');
  });

  it('says what one container does, in words that fit its lane', () => {
    const one = template('pod-anatomy.yaml').replace(
      /\n {4}- name: log-shipper[\s\S]*?(?=\n {2}volumes:)/,
      '',
    );
    expect(viewOf(one).containers.filter((c) => c.list === 'containers')).toHaveLength(1);
    expect(caption(one)).toBe('starts after the init containers');
  });
});
