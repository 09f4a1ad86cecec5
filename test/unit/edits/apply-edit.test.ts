import { describe, expect, it } from 'vitest';
import { applyEdit, applyEdits } from '../../../shared/edits/apply-edit';
import { parseManifest } from '../../../shared/manifest/parse';
import { changedSpan, edit, editError } from './helpers';

const commented = `# Top comment, kept.
apiVersion: v1
kind: Pod
metadata:
  name: "quoted-name"   # trailing comment
  labels: {app: web, tier: 'front'}
spec:
  x-unknown-field:
    keep: [1, 2,   3]

  containers:
  - name: web
    image: nginx:1.27
    # A comment inside the container.
    futureField: {a: b}
  - name: helper
    image: busybox
  volumes:
  - name: data
    emptyDir: {}
# Final comment.
`;

describe('a canvas edit keeps everything outside the edited node byte-for-byte', () => {
  it.each([
    ['addContainer', { type: 'addContainer', role: 'sidecar', name: 'extra' }],
    ['removeContainer', { type: 'removeContainer', name: 'helper' }],
    ['addVolume', { type: 'addVolume' }],
    ['addMount', { type: 'addMount', container: 'web', volume: 'data' }],
  ] as const)('%s', (_, podEdit) => {
    const text = edit(commented, podEdit);
    const { removed } = changedSpan(commented, text);
    for (const kept of [
      '# Top comment, kept.\n',
      'name: "quoted-name"   # trailing comment\n',
      "labels: {app: web, tier: 'front'}\n",
      '  x-unknown-field:\n    keep: [1, 2,   3]\n\n',
      '    # A comment inside the container.\n    futureField: {a: b}\n',
      '# Final comment.\n',
    ]) {
      expect(text).toContain(kept);
      expect(removed).not.toContain(kept.trim());
    }
    expect(parseManifest(text).status).toBe('ok');
  });
});

describe('applyEdit', () => {
  it('refuses text that does not parse, with its position', () => {
    expect(editError('kind: Pod\nspec: [\n', { type: 'addVolume' })).toMatch(
      /does not parse \(line 2, column 7: This `\[` starts a list/,
    );
  });

  it('refuses a file without a Pod', () => {
    expect(editError('kind: Service\n', { type: 'addVolume' })).toMatch(/no Pod/);
    expect(editError('', { type: 'addVolume' })).toMatch(/no Pod/);
  });

  it('never throws, even on nonsense edits', () => {
    const bad = [null, {}, { type: 'nope' }, { type: 'removeMount', container: 'web', index: -1 }];
    for (const podEdit of bad) {
      expect(() => applyEdit(commented, podEdit as never)).not.toThrow();
      expect(applyEdit(commented, podEdit as never).ok).toBe(false);
    }
  });

  it('works without a final newline', () => {
    const text = edit('kind: Pod\nspec:\n  containers:\n    - name: a\n      image: x', {
      type: 'addVolume',
    });
    expect(text).toBe(
      'kind: Pod\nspec:\n  containers:\n    - name: a\n      image: x\n  volumes:\n    - name: volume-1\n      emptyDir: {}',
    );
  });

  it('extends flow sequences in flow style', () => {
    const text = edit('kind: Pod\nspec:\n  containers: [{name: a, image: x}]\n', {
      type: 'addContainer',
      role: 'sidecar',
      name: 'b',
    });
    expect(text).toBe(
      'kind: Pod\nspec:\n  containers: [{name: a, image: x}, {name: b, image: busybox:1.36}]\n',
    );
  });
});

describe('line ends', () => {
  it('writes new lines with the file’s CRLF line ends', () => {
    const pod = 'kind: Pod\r\nspec:\r\n  containers:\r\n  - name: a\r\n    image: x\r\n';
    let text = edit(pod, { type: 'addVolume', name: 'v' });
    text = edit(text, { type: 'addMount', container: 'a', volume: 'v' });
    text = edit(text, { type: 'renameVolume', name: 'v', newName: 'w' });
    text = edit(text, { type: 'addContainer', role: 'init', name: 'i' });
    text = edit(text, { type: 'moveContainer', name: 'i', role: 'sidecar' });
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(parseManifest(text).view?.containers.map((c) => c.name)).toEqual(['a', 'i']);
    text = edit(text, { type: 'removeVolume', name: 'w' });
    expect(text).toBe(
      pod.replace('image: x\r\n', 'image: x\r\n  - name: i\r\n    image: busybox:1.36\r\n'),
    );
  });
});

describe('applyEdits', () => {
  it('applies edits in order as one change', () => {
    const result = applyEdits(commented, [
      { type: 'addVolume', name: 'cache' },
      { type: 'addMount', container: 'web', volume: 'cache' },
    ]);
    expect(result.ok && parseManifest(result.text).view?.containers[0]?.mounts[0]?.volume).toBe(
      'cache',
    );
  });

  it('applies none when one fails, and says why in that edit’s words', () => {
    const result = applyEdits(commented, [
      { type: 'addVolume', name: 'cache' },
      { type: 'addMount', container: 'nope', volume: 'cache' },
    ]);
    expect(result).toEqual({
      ok: false,
      error: 'There is no container named "nope".',
    });
  });
});
