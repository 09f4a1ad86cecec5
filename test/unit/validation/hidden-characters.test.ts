import { describe, expect, it } from 'vitest';
import { validateManifest, visibleParts, visibleText } from '../../../shared';

const pod = (containers: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n${containers}`;

const hidden = (text: string) =>
  validateManifest(text)
    .filter((p) => p.ruleId === 'manifest/hidden-character')
    .map((p) => ({ line: p.line, col: p.col, severity: p.severity, nodeId: p.nodeId }));

describe('manifest/hidden-character', () => {
  it('reports an invisible character in a name at its column, on the container that holds it', () => {
    const text = pod(
      '    - name: app\n      image: nginx:1.27\n    - name: app\u200B\n      image: nginx:1.27\n',
    );
    expect(hidden(text)).toEqual([
      { line: 9, col: 16, severity: 'warning', nodeId: 'container:app\u200B' },
    ]);
  });

  it('reports a bidirectional override written as an escape, as an error at the escape', () => {
    const text = pod('    - name: app\n      image: "\\u202E0.9.2:liatmorp/anafarg\\u202C"\n');
    const [override, pop] = validateManifest(text).filter(
      (p) => p.ruleId === 'manifest/hidden-character',
    );
    expect(override).toMatchObject({
      line: 8,
      col: 15,
      severity: 'error',
      nodeId: 'container:app',
    });
    expect(override?.message).toContain('U+202E (RIGHT-TO-LEFT OVERRIDE), written `\\u202E`');
    expect(pop).toMatchObject({ line: 8, col: 43 });
  });

  it('leaves alone what only looks like one: a single-quoted or a backslash-escaped \\u, a leading BOM', () => {
    const text = `\uFEFF${pod('    - name: app\n      image: nginx:1.27\n      args: [\'\\u202E\', "\\\\u202E"]\n')}`;
    expect(hidden(text)).toEqual([]);
  });

  it('reports them in comments and keys too', () => {
    const text = pod(
      '    # \u202Eevil\n    - name: app\n      image: nginx:1.27\n      env\u200C: []\n',
    );
    expect(hidden(text).map((p) => [p.line, p.col])).toEqual([
      [7, 7],
      [10, 10],
    ]);
  });
});

describe('visibleText', () => {
  it('shows each hidden character as a marker, and leaves other text as it is', () => {
    expect(visibleText('\u202E0.9.2:liatmorp/anafarg\u202C')).toBe(
      '⟨U+202E⟩0.9.2:liatmorp/anafarg⟨U+202C⟩',
    );
    expect(visibleText('app\u200B')).toBe('app⟨U+200B⟩');
    expect(visibleText('grüße, שלום, 日本')).toBe('grüße, שלום, 日本');
    expect(visibleText('tag\u{E0041}')).toBe('tag⟨U+E0041⟩');
  });

  it('cuts the text into runs and markers for a display that styles them', () => {
    expect(visibleParts('a\u200Bb')).toEqual([
      { text: 'a' },
      { hidden: { codePoint: 0x200b, name: 'ZERO WIDTH SPACE', bidi: false }, marker: '⟨U+200B⟩' },
      { text: 'b' },
    ]);
  });
});
