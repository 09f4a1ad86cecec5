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
    it(`reads a container it adds into the last parse, and converts no document whole: ${name}`, () => {
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
      // The text as it was is neither parsed nor converted again. The one written is not parsed
      // in full either (its new lines are read into the last parse), nor converted whole: its
      // plain data is the last one with the new container's own (see carryPlain in load.ts).
      expect(counts.parses).toBe(0);
      expect(counts.conversions).toBe(0);
    });

    it(`parses and converts the text it writes once, when it renames: ${name}`, () => {
      // A text of its own: the views read it afresh.
      const before = podDocument(`${text}# renamed\n`, null);
      before.documents();
      const old = before.view!.containers[0]!.name;
      counts.parses = 0;
      counts.conversions = 0;
      const result = before.apply([{ type: 'renameContainer', name: old, newName: 'renamed' }]);
      if (!result.ok) throw new Error(result.error);
      const after = podDocument(result.text, null);
      expect(after.view!.containers[0]!.name).toBe('renamed');
      expect(counts.parses).toBe(1);
      expect(counts.conversions).toBe(1);
    });
  }
});
