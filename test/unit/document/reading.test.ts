import type * as Yaml from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import type { PodDocument } from '../../../shared';
import { template } from '../../support/templates';
import { largePod } from '../../../bench/large-pod';

// Every parse of a text goes through yaml's parseAllDocuments: counted here.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('yaml', async (original) => {
  const yaml = await original<typeof Yaml>();
  return {
    ...yaml,
    parseAllDocuments: (...args: unknown[]) => {
      parses.count++;
      return (yaml.parseAllDocuments as (...a: unknown[]) => unknown)(...args);
    },
  };
});

const CLUSTER_POD = `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  a: "1"
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  uid: 0b1c2d3e
  resourceVersion: "5"
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - name: config
          mountPath: /etc/web
  volumes:
    - name: config
      configMap:
        name: web-config
status:
  phase: Running
`;

const settings = { kubernetesVersion: '1.33', disabledRules: [] as string[] };

/** The shared core as a thread of its own would load it: no reading shared with another. */
async function freshCore() {
  vi.resetModules();
  return {
    document: await import('../../../shared/document/pod-document'),
    reading: await import('../../../shared/document/reading'),
  };
}

/** Everything a view asks of a Pod document. */
function served(doc: PodDocument) {
  return {
    parsed: doc.parsed,
    graph: doc.graph,
    problems: doc.problems(settings),
    podSecurity: doc.podSecurity(settings.kubernetesVersion),
    documentErrors: doc.documentErrors(settings),
    links: doc.links(),
    clusterRecord: doc.clusterRecord(),
    pod: doc.value({ pod: true }),
    container: doc.view ? doc.value({ container: doc.view.containers[0]!.name }) : null,
    simPod: doc.simPod,
  };
}

describe('a reading made in a worker', () => {
  const texts = {
    "the lesson's Pod": template('pod-anatomy.yaml'),
    'the large Pod': largePod(),
    'a broken text': `${template('pod-anatomy.yaml')}\n  volumes: [`,
    'a Pod read back from a cluster, beside its ConfigMap': CLUSTER_POD,
  };

  it('counts the errors of every document of the file: another document shown finds them', async () => {
    const noImage =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: two\nspec:\n  containers:\n    - name: app\n';
    const text = `${CLUSTER_POD}---\n${noImage}`;
    const worker = (await freshCore()).reading;
    const shown = structuredClone(worker.readShown(text, 1, settings));
    const checked = structuredClone(worker.readChecked(text, 1, settings));
    expect(checked.documentErrors).toEqual([0, 0, 1]);

    const { document } = await freshCore();
    expect(document.podDocument(text, 2).countedErrors(settings)).toBeNull();
    document.adoptShown(shown, settings);
    expect(document.adoptChecked(checked, settings)).toBe(true);
    // Choosing Pod two in the picker: its counts are the text's, counted already.
    expect(document.podDocument(text, 2).countedErrors(settings)).toEqual([0, 0, 1]);
  });

  for (const [name, text] of Object.entries(texts)) {
    it(`serves the views what this thread would read, without a parse: ${name}`, async () => {
      const here = served((await freshCore()).document.podDocument(text, null));
      if (text === CLUSTER_POD) {
        expect(here.clusterRecord?.removals.map((r) => r.field)).toContain('metadata.uid');
        expect(here.links?.needs.map((n) => n.object?.name)).toEqual(['web-config']);
      }

      // The worker's side: its reading crosses to this thread as a structured clone.
      const worker = (await freshCore()).reading;
      const shown = structuredClone(worker.readShown(text, null, settings));
      const checked = shown.parsed.view
        ? structuredClone(worker.readChecked(text, null, settings))
        : null;

      const { document } = await freshCore();
      parses.count = 0;
      const doc = document.adoptShown(shown, settings);
      if (checked) expect(document.adoptChecked(checked, settings)).toBe(true);
      expect(served(doc)).toEqual(here);
      expect(document.podDocument(text, null)).toBe(doc);
      expect(parses.count).toBe(0);
      // An edit needs the yaml Document: only then is the text parsed on this thread.
      if (doc.view) {
        expect(doc.apply([{ type: 'addVolume', name: 'scratch' }]).ok).toBe(true);
        expect(parses.count).toBeGreaterThan(0);
      }
    });
  }
});
