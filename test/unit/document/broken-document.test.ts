import { describe, expect, it } from 'vitest';
import { podDocument } from '../../../shared/document/pod-document';
import { applyEdit } from '../../../shared/edits/apply-edit';
import { parseManifest } from '../../../shared/manifest/parse';
import { validateManifest } from '../../../shared/validation/validate';
import { ALPHA, BETA, BROKEN_FIRST, TWO_PODS } from '../../support/two-pods';

const settings = { kubernetesVersion: '1.33', disabledRules: [] };

const alpha = ALPHA;
const beta = BETA;
const FILE = TWO_PODS;
/** The new user's slip: `: x` typed at the end of `    - name: a1`, in document 1. */
const BROKEN = BROKEN_FIRST;
/** Where document 2 begins: everything before it is document 1's. */
const SECOND = BROKEN.indexOf('---\n');

describe('a document whose YAML does not parse, beside one that does', () => {
  it('is marked as not parsing, with its own error, while the chosen one reads as it is', () => {
    const parsed = parseManifest(BROKEN, { document: 1 });
    expect(parsed.status).toBe('ok');
    expect(parsed.selected).toBe(1);
    expect(parsed.view?.name).toBe('beta');
    expect(parsed.view?.containers.map((c) => c.name)).toEqual(['b1']);
    const [first, second] = parsed.documents;
    expect(first).toMatchObject({ index: 0, kind: 'Pod', name: 'alpha', broken: true });
    expect(first?.editable).toBe(false);
    expect(first?.errors?.map((e) => [e.severity, e.line])).toEqual([['error', 7]]);
    expect(second?.broken).toBeUndefined();
    expect(second?.editable).toBe(true);
    // Its error is the document's own: not one of the document shown.
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('counts as an error of its own document, not of the one shown', () => {
    const doc = podDocument(BROKEN, 1);
    expect(doc.view?.name).toBe('beta');
    expect(doc.graph?.nodes.some((n) => n.id === doc.view?.containers[0]?.id)).toBe(true);
    expect(doc.value({ container: 'b1' })).toMatchObject({ name: 'b1', image: 'nginx:1.27' });
    expect(doc.problems(settings).filter((p) => p.severity === 'error')).toEqual([]);
    expect(doc.documentErrors(settings)).toEqual([1, 0]);
    // Checked on its own, the broken document lists its error.
    const own = validateManifest(BROKEN, { ...settings, document: 0 });
    expect(own.filter((p) => p.severity === 'error').map((p) => p.line)).toEqual([7]);
  });

  it('lets a canvas edit change the chosen document, and leaves it byte for byte', () => {
    const result = podDocument(BROKEN, 1).apply([{ type: 'duplicateContainer', name: 'b1' }]);
    if (!result.ok) throw new Error(result.error);
    expect(result.text.slice(0, SECOND)).toBe(BROKEN.slice(0, SECOND));
    const after = parseManifest(result.text, { document: 1 });
    expect(after.view?.containers.map((c) => c.name)).toEqual(['b1', 'b1-1']);
    expect(after.documents[0]?.broken).toBe(true);
  });

  it('refuses an edit of the broken document itself, saying which one', () => {
    const result = applyEdit(BROKEN, { type: 'addVolume', name: 'tmp' }, { document: 0 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^Document 1 does not parse \(line 7, column \d+/);
  });

  it('tells the export of the error: the export writes every document', () => {
    // What an export lists beside the Pods' problems: each document's own errors.
    const refused = parseManifest(BROKEN, { document: 1 }).documents.flatMap((d) => d.errors ?? []);
    expect(refused.map((e) => e.line)).toEqual([7]);
  });

  it('shows nothing while it is the document chosen, as before', () => {
    expect(parseManifest(BROKEN, { document: 0 }).status).toBe('invalid-yaml');
    expect(podDocument(BROKEN, 0).view).toBeNull();
  });

  it('is the one shown when none is chosen and it comes first: it may be the Pod being typed', () => {
    expect(parseManifest(BROKEN).status).toBe('invalid-yaml');
    expect(applyEdit(BROKEN, { type: 'addVolume', name: 'tmp' }).ok).toBe(false);
    // After the Pod shown, it leaves that Pod as it is.
    const later = FILE.replace('    - name: b1\n', '    - name: b1: x\n');
    const parsed = parseManifest(later);
    expect(parsed).toMatchObject({ status: 'ok', selected: 0 });
    expect(parsed.documents[1]?.broken).toBe(true);
    const edited = applyEdit(later, { type: 'addVolume', name: 'tmp' });
    if (!edited.ok) throw new Error(edited.error);
    expect(edited.text.endsWith(later.slice(later.indexOf('---\n')))).toBe(true);
    expect(parseManifest(edited.text).view?.volumes.map((v) => v.name)).toEqual(['tmp']);
  });

  it('before the Pod, is passed over when it is no Pod: a ConfigMap or Service being typed', () => {
    const config = `apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg
data:
  b: [1, 2
`;
    const text = `${config}---\n${beta}`;
    const parsed = parseManifest(text);
    expect(parsed).toMatchObject({ status: 'ok', selected: 1 });
    expect(parsed.documents[0]?.broken).toBe(true);
    const edited = applyEdit(text, { type: 'renameContainer', name: 'b1', newName: 'web' });
    if (!edited.ok) throw new Error(edited.error);
    expect(edited.text.startsWith(config)).toBe(true);
    expect(parseManifest(edited.text).view?.containers.map((c) => c.name)).toEqual(['web']);
    // The Pod's own problems are checked.
    const problems = validateManifest(text.replace('nginx:1.27', 'nginx:latest'), settings);
    expect(problems.some((p) => p.ruleId === 'lint/image-not-pinned')).toBe(true);
  });
});

describe('an error yaml does not confine to one document', () => {
  const cases: [string, string][] = [
    // A quote left open reads on past `---`: the documents after it are not the user's.
    ['a quote left open', FILE.replace('image: nginx:1.27\n---', 'image: "nginx:1.27\n---')],
    // Before the first `---`: yaml gives the error to the document after it.
    ['a stray bracket before the first ---', `]\n---\n${beta}---\n${alpha}`],
    // Between two `---`: yaml gives it to the document before, outside that one's text.
    ['a stray bracket in an empty document', `${alpha}---\n]\n---\n${beta}`],
    ['a directive that is wrong', `%YAML\n---\n${alpha}---\n${beta}`],
  ];
  for (const [what, text] of cases) {
    it(`leaves the whole text not parsing: ${what}`, () => {
      const last = parseManifest(text).documents.length - 1;
      for (const document of [undefined, 0, last]) {
        const options = document === undefined ? {} : { document };
        expect(parseManifest(text, options).status, `document ${document}`).toBe('invalid-yaml');
        const edit = applyEdit(text, { type: 'addVolume', name: 'tmp' }, options);
        expect(!edit.ok && edit.error).toMatch(/^The manifest does not parse/);
      }
    });
  }
});
