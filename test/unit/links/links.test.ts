import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lostServicesNotice, podDocument } from '../../../shared';

const text = readFileSync(
  new URL('../../fixtures/manifests/multi-pod-with-needs.yaml', import.meta.url),
  'utf8',
);

// As the app reads them: from the Pod document, which shares its plain documents with them.
const summary = (document: number, source = text) =>
  podDocument(source, document)
    .links()!
    .needs.map((n) => ({
      kind: n.kind,
      name: n.name,
      in: n.object?.index ?? null,
      keys: n.keys,
      missingKeys: n.missingKeys,
      from: n.references.map((r) => r.volume ?? r.container),
    }));

describe('the objects a Pod needs', () => {
  it('links each to its document in the file, or says the file does not hold it', () => {
    expect(summary(2)).toEqual([
      {
        kind: 'ConfigMap',
        name: 'web-config',
        in: 0,
        keys: ['nginx.conf'],
        missingKeys: [],
        from: ['config'],
      },
      {
        kind: 'ConfigMap',
        name: 'web-pages',
        in: null,
        keys: ['index.html'],
        missingKeys: [],
        from: ['pages'],
      },
      { kind: 'Secret', name: 'web-tls', in: 1, keys: [], missingKeys: [], from: ['tls'] },
      {
        kind: 'PersistentVolumeClaim',
        name: 'web-data',
        in: null,
        keys: [],
        missingKeys: [],
        from: ['data'],
      },
      { kind: 'ConfigMap', name: 'web-env', in: null, keys: [], missingKeys: [], from: ['nginx'] },
      {
        kind: 'Secret',
        name: 'db-credentials',
        in: null,
        keys: ['password'],
        missingKeys: [],
        from: ['nginx'],
      },
    ]);
  });

  it('names the keys the Pod reads that the object in the file lacks', () => {
    const renamed = text.replace('  nginx.conf: |', '  default.conf: |');
    expect(summary(2, renamed)[0]).toMatchObject({ in: 0, missingKeys: ['nginx.conf'] });
  });

  it('links only within the namespace the Pod is in', () => {
    const elsewhere = text.replace(
      '  name: web-config\n',
      '  name: web-config\n  namespace: other\n',
    );
    const placed = elsewhere.replace(
      '  name: web\n  labels:',
      '  name: web\n  namespace: shop\n  labels:',
    );
    expect(summary(2, placed)[0]?.in).toBeNull();
    expect(summary(2, elsewhere)[0]?.in).toBe(0);
  });

  it('finds references in projected volumes and in a Deployment’s template', () => {
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers:
        - name: api
          image: api:1
      volumes:
        - name: all
          projected:
            sources:
              - configMap: {name: api-config, items: [{key: a.yaml, path: a.yaml}]}
              - secret: {name: api-keys}
`;
    expect(summary(0, deployment)).toEqual([
      {
        kind: 'ConfigMap',
        name: 'api-config',
        in: null,
        keys: ['a.yaml'],
        missingKeys: [],
        from: ['all'],
      },
      { kind: 'Secret', name: 'api-keys', in: null, keys: [], missingKeys: [], from: ['all'] },
    ]);
  });
});

describe('the Services an edit leaves without the Pod', () => {
  const service = (name: string, selector: string) =>
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector:\n${selector}---\n`;
  const pod = (labels: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n${labels}spec:\n  containers:\n    - name: a\n      image: busybox\n`;
  const file = (labels: string) =>
    service('front', '    app: web\n') + service('admin', '    tier: back\n') + pod(labels);
  const links = (text: string) => podDocument(text, 2).links();
  const before = links(file('    app: web\n    tier: back\n'));

  it('names the one whose selector no longer matches, with its selector', () => {
    expect(lostServicesNotice(before, links(file('    app: api\n    tier: back\n')))).toBe(
      "Service front no longer selects this Pod: its selector (app: web) does not match the Pod's labels.",
    );
  });

  it('says the Pod moved to another namespace than the Service’s, when it did', () => {
    const inShop = (text: string) =>
      text.replaceAll('  name: front\n', '  name: front\n  namespace: shop\n');
    const from = links(
      inShop(file('    app: web\n')).replace('  name: p\n', '  name: p\n  namespace: shop\n'),
    );
    const to = links(
      inShop(file('    app: web\n')).replace('  name: p\n', '  name: p\n  namespace: shop2\n'),
    );
    expect(lostServicesNotice(from, to)).toBe(
      'Service front no longer selects this Pod: it is in namespace shop, the Pod in shop2 now.',
    );
  });

  it('names them all when several are lost, and nothing when none is', () => {
    expect(lostServicesNotice(before, links(file('    app: api\n')))).toBe(
      'Services front, admin no longer select this Pod: their selectors do not match its labels.',
    );
    expect(
      lostServicesNotice(before, links(file('    app: web\n    tier: back\n    v: "2"\n'))),
    ).toBeNull();
  });
});
