import { describe, expect, it } from 'vitest';
import {
  deriveGraph,
  parseManifest,
  shareGraph,
  type Graph,
  type PodView,
  type VolumeNode,
} from '../../../shared';

const statefulSet = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  replicas: 2
  selector:
    matchLabels: { app: nginx }
  template:
    metadata:
      labels: { app: nginx }
    spec:
      initContainers:
        - name: seed
          image: busybox:1.36
          volumeMounts:
            - name: www
              mountPath: /seed
      containers:
        - name: nginx
          image: nginx:1.27
          volumeMounts:
            - name: www
              mountPath: /usr/share/nginx/html
              readOnly: true
            - name: conf
              mountPath: /etc/nginx/conf.d
      volumes:
        - name: conf
          configMap:
            name: nginx-conf
  volumeClaimTemplates:
    - metadata:
        name: www
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 1Gi
`;

function viewOf(text: string): PodView {
  const parsed = parseManifest(text);
  if (!parsed.view) throw new Error(`not a Pod: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.view;
}

const volumeNodes = (graph: Graph) =>
  graph.nodes.filter((n): n is VolumeNode => n.type === 'volume');
const mountEdges = (graph: Graph) =>
  graph.edges
    .filter((e) => e.type === 'mount')
    .map((e) => [e.source, e.target, e.data.mountPath, e.data.readOnly]);

describe('deriveGraph on a StatefulSet with a claim template', () => {
  const graph = deriveGraph(viewOf(statefulSet));

  it('says a claim from a template outlives the Pod, where a Pod volume does not', () => {
    const subtitle = (g: Graph) =>
      (g.nodes.find((n) => n.id === 'volume-lane')!.data as { subtitle: string }).subtitle;
    expect(subtitle(graph)).toMatch(/claims outlive the Pod/);
    const withoutTemplates = statefulSet.slice(0, statefulSet.indexOf('  volumeClaimTemplates:'));
    expect(subtitle(deriveGraph(viewOf(withoutTemplates)))).toMatch(/live as long as the Pod/);
    // A claim of the Pod's own outlives it as well.
    const claimed = withoutTemplates.replace(
      'configMap:\n            name: nginx-conf',
      'persistentVolumeClaim:\n            claimName: nginx-conf',
    );
    expect(claimed).not.toBe(withoutTemplates);
    expect(subtitle(deriveGraph(viewOf(claimed)))).toMatch(/claims outlive the Pod/);
  });

  it('draws the claim template as a volume in the volumes row, beside the Pod’s own', () => {
    const lane = graph.nodes.find((n) => n.id === 'volume-lane')!;
    const volumes = volumeNodes(graph);
    expect(volumes.map((n) => [n.id, n.ariaLabel])).toEqual([
      ['volume:conf', 'Volume conf'],
      ['volume:www', 'Volume www, from a claim template'],
    ]);
    for (const volume of volumes) {
      expect(volume.position.x).toBeGreaterThanOrEqual(lane.position.x);
      expect(volume.position.y).toBeGreaterThanOrEqual(lane.position.y);
      expect(volume.position.x + volume.width).toBeLessThanOrEqual(lane.position.x + lane.width);
      expect(volume.position.y + volume.height).toBeLessThanOrEqual(lane.position.y + lane.height);
    }
    // Two volumes, two rows here: the Pod is one volume wide.
    expect(volumes[1]!.position.y).toBeGreaterThan(volumes[0]!.position.y);
    expect(volumes[1]!.draggable).toBe(true);
  });

  it('says what each Pod’s claim asks for, and who mounts it', () => {
    const www = volumeNodes(graph).find((n) => n.id === 'volume:www')!;
    expect(www.data).toEqual({
      name: 'www',
      source: 'persistentVolumeClaim',
      detail: 'claim per Pod from template (www-web-0, www-web-1): 1Gi, ReadWriteOnce',
      mountedBy: ['seed', 'nginx'],
      claimTemplate: { storage: '1Gi', accessModes: ['ReadWriteOnce'] },
    });
    // The other volumes' data keep their shape.
    expect(Object.keys(volumeNodes(graph)[0]!.data)).toEqual([
      'name',
      'source',
      'detail',
      'mountedBy',
    ]);
  });

  it('links it to every container that mounts it, as a persistentVolumeClaim volume is', () => {
    expect(mountEdges(graph)).toEqual([
      ['volume:www', 'container:seed', '/seed', false],
      ['volume:www', 'container:nginx', '/usr/share/nginx/html', true],
      ['volume:conf', 'container:nginx', '/etc/nginx/conf.d', false],
    ]);
    const asPvc = deriveGraph(
      viewOf(
        statefulSet
          .replace(/ {2}volumeClaimTemplates:\n[^]*$/, '')
          .replace(
            '      volumes:\n',
            '      volumes:\n        - name: www\n          persistentVolumeClaim:\n            claimName: www\n',
          ),
      ),
    );
    // The same links and the same room for the mount tags under each container.
    expect(mountEdges(asPvc)).toEqual(expect.arrayContaining(mountEdges(graph)));
    const place = (g: Graph) =>
      g.nodes.filter((n) => n.type === 'container').map((n) => [n.id, n.position, n.height]);
    expect(place(asPvc)).toEqual(place(graph));
  });

  it('links the mounts of a name to the claim template that replaces the Pod volume of it', () => {
    const text = statefulSet.replace(
      '      volumes:\n',
      '      volumes:\n        - name: www\n          emptyDir: {}\n',
    );
    const both = deriveGraph(viewOf(text));
    expect(mountEdges(both).filter(([source]) => String(source).startsWith('volume:www'))).toEqual([
      ['volume:www', 'container:seed', '/seed', false],
      ['volume:www', 'container:nginx', '/usr/share/nginx/html', true],
    ]);
    const replaced = volumeNodes(both).find((n) => n.id === 'volume:www#2')!;
    expect(replaced.data).toMatchObject({
      source: 'emptyDir',
      mountedBy: [],
      replacedByClaimTemplate: true,
    });
    expect(volumeNodes(both).find((n) => n.id === 'volume:www')!.data.mountedBy).toEqual([
      'seed',
      'nginx',
    ]);
  });

  it('keeps the claim template’s node when a key changes something else', () => {
    const next = shareGraph(
      deriveGraph(viewOf(statefulSet.replace('nginx:1.27', 'nginx:1.28'))),
      graph,
    );
    const www = (g: Graph) => g.nodes.find((n) => n.id === 'volume:www');
    expect(www(graph)).toBeDefined();
    expect(www(next)).toBe(www(graph));
  });
});
