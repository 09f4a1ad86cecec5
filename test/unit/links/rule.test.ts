import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdits, validateManifest } from '../../../shared';

const text = readFileSync(
  new URL('../../fixtures/manifests/multi-pod-with-needs.yaml', import.meta.url),
  'utf8',
);
const missing = (source: string, document?: number) =>
  validateManifest(source, document === undefined ? {} : { document }).filter(
    (p) => p.ruleId === 'pod/object-not-in-file',
  );

describe('an object the Pod uses that its file lacks', () => {
  it('is a problem, with a fix that adds it with the keys the Pod reads', () => {
    const problems = missing(text);
    expect(problems.map((p) => [p.severity, p.message, p.fix?.title])).toEqual([
      [
        'info',
        'The ConfigMap "web-env" is not in this file: it must exist in the namespace before the Pod can start.',
        'Add the ConfigMap "web-env" to the file',
      ],
      [
        'info',
        'The Secret "db-credentials" is not in this file: it must exist in the namespace before the Pod can start.',
        'Add the Secret "db-credentials" to the file with the key `password`',
      ],
      [
        'info',
        'The ConfigMap "web-pages" is not in this file: it must exist in the namespace before the Pod can start.',
        'Add the ConfigMap "web-pages" to the file with the key `index.html`',
      ],
      [
        'info',
        'The PersistentVolumeClaim "web-data" is not in this file: it must exist in the namespace before the Pod can start.',
        'Add the PersistentVolumeClaim "web-data" to the file',
      ],
    ]);
    expect(problems.map((p) => p.nodeId)).toEqual([
      'container:nginx',
      'container:nginx',
      'volume:pages',
      'volume:data',
    ]);
    const fixed = applyEdits(text, problems[2]!.fix!.edits, { document: 2 });
    if (!fixed.ok) throw new Error(fixed.error);
    expect(missing(fixed.text).map((p) => p.message)).not.toContainEqual(
      expect.stringContaining('web-pages'),
    );
  });

  it('is not reported for a Pod alone in its file, which relies on the cluster for them', () => {
    const alone = text.split('---\n')[2]!;
    expect(missing(alone)).toEqual([]);
  });
});
