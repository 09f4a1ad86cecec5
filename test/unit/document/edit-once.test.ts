import type * as Yaml from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { largePod } from '../../../bench/large-pod';
import { template } from '../../support/templates';

// Every parse of a text goes through yaml's parseAllDocuments, and every conversion of a manifest
// to plain data through Document#toJS: both counted here. (Printing a value converts one-scalar
// documents of its own, which are not counted.)
const counts = vi.hoisted(() => ({ parses: 0, conversions: 0 }));
vi.mock('yaml', async (original) => {
  const yaml = await original<typeof Yaml>();
  const toJS = yaml.Document.prototype.toJS;
  yaml.Document.prototype.toJS = function (this: Yaml.Document, ...args: Parameters<typeof toJS>) {
    if (yaml.isMap(this.contents)) counts.conversions++;
    return toJS.apply(this, args);
  };
  return {
    ...yaml,
    parseAllDocuments: (...args: unknown[]) => {
      counts.parses++;
      return (yaml.parseAllDocuments as (...a: unknown[]) => unknown)(...args);
    },
  };
});

const { podDocument } = await import('../../../shared/document/pod-document');

describe('a canvas edit', () => {
  const texts = { "the lesson's Pod": template('pod-anatomy.yaml'), 'the large Pod': largePod() };

  for (const [name, text] of Object.entries(texts)) {
    it(`parses and converts the text it writes once, for itself and the views: ${name}`, () => {
      // The views show the text: its Pod, and the plain documents the inspector reads.
      const before = podDocument(text, null);
      expect(before.documents()[0]).toMatchObject({ kind: 'Pod' });

      counts.parses = 0;
      counts.conversions = 0;
      const result = before.apply([{ type: 'addContainer', role: 'sidecar', index: 1 }]);
      if (!result.ok) throw new Error(result.error);
      const after = podDocument(result.text, null);
      const containers = (after.value({ pod: true })?.spec as { containers: { name: string }[] })
        .containers;
      const added = after.view!.containers.find((c) => c.list === 'containers' && c.index === 1);

      // The new sidecar is there, in the Pod the views read and in their plain documents.
      expect(added).toBeDefined();
      expect(containers[1]!.name).toBe(added!.name);
      expect(containers).toHaveLength(
        before.view!.containers.filter((c) => c.list === 'containers').length + 1,
      );
      // The text as it was is neither parsed nor converted again; the one written, once each.
      expect(counts.parses).toBe(1);
      expect(counts.conversions).toBe(1);
    });
  }
});
