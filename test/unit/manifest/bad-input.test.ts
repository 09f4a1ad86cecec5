import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/apply-edit';
import { MAX_MANIFEST_BYTES } from '../../../shared/host';
import { parseManifest } from '../../../shared/manifest/parse';
import { validateManifest } from '../../../shared/validation/validate';

const pod = 'kind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: a\n    image: x\n';

describe('bad input gives a clear diagnostic, never a throw', () => {
  it('refuses a file over the size limit before parsing it', () => {
    const big = pod + '# ' + 'x'.repeat(MAX_MANIFEST_BYTES) + '\n';
    const started = Date.now();
    const parsed = parseManifest(big);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(parsed.status).toBe('invalid-yaml');
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'too-large', line: 1, col: 1 }),
    ]);
    const edited = applyEdit(big, { type: 'addVolume' });
    expect(edited.ok).toBe(false);
  });

  it('counts the limit in UTF-8 bytes', () => {
    const wide = pod + '# ' + 'é'.repeat(MAX_MANIFEST_BYTES / 2) + '\n';
    expect(wide.length).toBeLessThan(MAX_MANIFEST_BYTES);
    expect(parseManifest(wide).diagnostics[0]?.code).toBe('too-large');
  });

  it('refuses binary content', () => {
    const parsed = parseManifest('\x7fELF\x02\x01\x01\0\0\0');
    expect(parsed.status).toBe('invalid-yaml');
    expect(parsed.diagnostics[0]).toMatchObject({
      code: 'binary',
      message: expect.stringMatching(/binary/),
    });
  });

  it('reports tabs used as indentation at their line', () => {
    const parsed = parseManifest('kind: Pod\nspec:\n\tcontainers: []\n');
    expect(parsed.status).toBe('invalid-yaml');
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'tab-indent', line: 3, col: 1 });
  });

  it('bounds an alias bomb', () => {
    const lines = ['kind: Pod', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) {
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    }
    const bomb = [...lines, 'spec:', '  containers:', '  - name: a', '    image: x', ''].join('\n');
    const started = Date.now();
    const parsed = parseManifest(bomb);
    expect(parsed.status).toBe('ok');
    const edited = applyEdit(bomb, { type: 'addVolume' });
    expect(edited).toEqual({ ok: false, error: expect.stringMatching(/alias/i) });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports an alias to an anchor that does not exist', () => {
    const parsed = parseManifest('kind: Pod\nspec:\n  containers: *nope\n');
    expect(parsed.status).toBe('invalid-yaml');
    expect(parsed.diagnostics[0]?.message).toMatch(/nope/);
  });

  it('describes documents that are not objects', () => {
    expect(parseManifest('').diagnostics[0]?.message).toMatch(/empty/);
    expect(parseManifest('just a string\n').diagnostics[0]?.message).toMatch(/single value/);
    expect(parseManifest('- kind: Pod\n').diagnostics[0]?.message).toMatch(/list/);
    expect(parseManifest('metadata: {name: x}\n').diagnostics[0]?.message).toMatch(/no `kind`/);
    expect(parseManifest('kind: ConfigMap\ndata: {}\n').diagnostics[0]?.message).toMatch(
      /ConfigMap/,
    );
  });

  it('warns about a Pod without containers but still shows it', () => {
    const parsed = parseManifest(
      'kind: Pod\nmetadata:\n  name: empty\nspec:\n  restartPolicy: Never\n',
    );
    expect(parsed.status).toBe('ok');
    expect(parsed.view?.containers).toEqual([]);
    expect(parsed.view?.mainContainer).toBeNull();
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: 'no-containers', line: 5, col: 3 }),
    ]);
  });

  it('warns about containers that are not mappings, and lists that are not lists', () => {
    const parsed = parseManifest(
      'kind: Pod\nspec:\n  containers:\n  - just-a-name\n  volumes: nope\n',
    );
    expect(parsed.status).toBe('ok');
    expect(parsed.diagnostics.map((d) => d.code).sort()).toEqual([
      'container-not-mapping',
      'not-a-list',
    ]);
  });

  it('reads every key as a string, as Kubernetes does, and says where a key cannot be one', () => {
    const labelled = (key: string) =>
      pod.replace('  name: p\n', `  name: p\n  labels:\n    ${key}\n`);
    const numbers = parseManifest(labelled('1: a\n    true: b'));
    expect(numbers.status).toBe('ok');
    // Labels `"1"` and `"true"`: strings, as the API wants them, with nothing to report.
    const ids = (text: string) => validateManifest(text).map((p) => p.ruleId);
    expect(ids(labelled('1: a\n    true: b'))).toEqual(ids(pod));
    for (const key of [
      '? [a, b]\n    : c',
      '? {a: b}\n    : c',
      'x: &k k\n    *k : z',
      '!!int 1: t',
    ]) {
      const parsed = parseManifest(labelled(key));
      expect(parsed.status, key).toBe('invalid-yaml');
      const offset = labelled(key).indexOf(key.startsWith('x:') ? '*k' : key.replace(/^\? /, ''));
      expect(parsed.diagnostics, key).toEqual([
        expect.objectContaining({
          code: 'non-string-key',
          message: expect.stringMatching(/^Write this key out as text/),
          range: expect.objectContaining({ from: offset }),
        }),
      ]);
    }
  });

  it('takes several merge keys in one mapping, and still refuses a key written twice', () => {
    const merged = [
      'kind: Pod',
      'metadata:',
      '  name: p',
      'spec:',
      '  containers:',
      '    - &base {name: a, image: x}',
      '    - &port {name: c, image: y, ports: [{containerPort: 80}]}',
      '    - <<: *base',
      '      <<: *port',
      '      name: b',
      '',
    ].join('\n');
    const parsed = parseManifest(merged);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.view?.containers[2]).toMatchObject({ name: 'b', image: 'x' });
    expect(parsed.view?.containers[2]?.ports).toEqual([
      expect.objectContaining({ containerPort: 80 }),
    ]);
    const twice = parseManifest(merged.replace('      name: b', '      name: b\n      name: c'));
    expect(twice.diagnostics).toEqual([expect.objectContaining({ code: 'duplicate-key' })]);
  });

  it('reads a byte order mark and CRLF line ends', () => {
    const parsed = parseManifest('\uFEFF' + pod.replaceAll('\n', '\r\n'));
    expect(parsed.status).toBe('ok');
    expect(parsed.view?.containers[0]?.name).toBe('a');
  });
});
