import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/apply-edit';
import type { PodEdit } from '../../../shared/edits/types';
import { parseManifest } from '../../../shared/manifest/parse';
import { anatomy } from './helpers';

/** Whatever the text and whatever the edit: a result, never an exception. */

const fragment = fc.constantFrom(
  'kind: Pod\n',
  'spec:\n',
  '  containers:\n',
  '  - name: a\n',
  '    image: x\n',
  '  volumes: [{name: v, emptyDir: {}}]\n',
  '---\n',
  '- \n',
  '&a [*a]\n',
  '{',
  ']',
  '\t',
  '"',
  ': ',
  '# c\n',
  '<<: *x\n',
  '!!binary AAAA\n',
  '? complex\n',
  '  initContainers: []\n',
);

const textArb = fc.oneof(
  fc.string(),
  fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join('')),
  fc
    .tuple(fc.nat({ max: anatomy.length }), fc.nat({ max: 20 }), fc.string({ maxLength: 5 }))
    .map(([at, cut, insert]) => anatomy.slice(0, at) + insert + anatomy.slice(at + cut)),
);

const name = fc.constantFrom(
  'api-server',
  'log-shipper',
  'init-migrate',
  'app-logs',
  'a',
  'v',
  '',
  'Bad_Name',
);
const editArb: fc.Arbitrary<PodEdit> = fc.oneof(
  fc.record({
    type: fc.constant('addContainer' as const),
    role: fc.constantFrom('app', 'sidecar', 'init', 'native-sidecar'),
  }),
  fc.record({ type: fc.constant('removeContainer' as const), name }),
  fc.record({ type: fc.constant('addVolume' as const) }),
  fc.record({ type: fc.constant('removeVolume' as const), name }),
  fc.record({ type: fc.constant('addMount' as const), container: name, volume: name }),
  fc.record({
    type: fc.constant('removeMount' as const),
    container: name,
    index: fc.integer({ min: -1, max: 3 }),
  }),
  fc.record({ type: fc.constant('renameContainer' as const), name, newName: name }),
  fc.record({ type: fc.constant('renameVolume' as const), name, newName: name }),
  fc.record({
    type: fc.constant('moveContainer' as const),
    name,
    role: fc.constantFrom('app', 'sidecar', 'init', 'native-sidecar'),
  }),
  fc.record({
    type: fc.constant('setField' as const),
    target: fc.constantFrom(
      { pod: true as const },
      { container: 'api-server' },
      { volume: 'app-logs' },
      { document: true as const },
    ),
    path: fc.array(
      fc.oneof(fc.constantFrom('spec', 'metadata', 'image', 'x'), fc.nat({ max: 2 })),
      { minLength: 1, maxLength: 3 },
    ),
    value: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })),
  }),
);

describe('robustness', () => {
  it('parseManifest and applyEdit never throw', () => {
    fc.assert(
      fc.property(textArb, editArb, (text, edit) => {
        const parsed = parseManifest(text);
        expect(['ok', 'invalid-yaml', 'no-pod']).toContain(parsed.status);
        const result = applyEdit(text, edit);
        if (result.ok) expect(parseManifest(result.text).status).not.toBe('invalid-yaml');
        else expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  }, 60_000);
});
