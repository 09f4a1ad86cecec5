import { EditorView } from '@codemirror/view';
import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderEditor } from './helpers';

const pod = [
  'apiVersion: v1',
  'kind: Pod',
  'spec:',
  '  containers:',
  '    - name: api-server',
  '      ports:',
  '        - containerPort: 8080',
  '      env:',
  '        - name: LEVEL',
  '          valueFrom:',
  '            configMapKeyRef: {name: app-settings, key: log-level}',
  '',
].join('\n');

/** The line of the editor that shows `text`, as drawn. */
function lineShowing(view: EditorView, text: string): HTMLElement {
  const line = [...view.contentDOM.querySelectorAll<HTMLElement>('.cm-line')].find(
    (l) => l.textContent === text,
  );
  if (!line) throw new Error(`No line shows ${JSON.stringify(text)}`);
  return line;
}

/** Where the rows a line wraps to start: its indentation and the hang, in columns. */
const wrapIndentOf = (line: HTMLElement) => line.style.getPropertyValue('--wrap-indent');

describe('a long line that wraps in the YAML editor', () => {
  it('goes on at its own indentation plus two columns, not at the left edge', () => {
    const { view } = renderEditor(pod);
    expect(wrapIndentOf(lineShowing(view, '        - containerPort: 8080'))).toBe('10ch');
    expect(
      wrapIndentOf(
        lineShowing(view, '            configMapKeyRef: {name: app-settings, key: log-level}'),
      ),
    ).toBe('14ch');
    expect(wrapIndentOf(lineShowing(view, '    - name: api-server'))).toBe('6ch');
    // An unindented line keeps the editor's own two columns of hang (its stylesheet's).
    expect(wrapIndentOf(lineShowing(view, 'kind: Pod'))).toBe('');
  });

  it('leaves the text as it is: the indentation is drawn, not typed', () => {
    const { view, text } = renderEditor(pod);
    expect(text()).toBe(pod);
    const line = lineShowing(view, '        - containerPort: 8080');
    expect(line.textContent).toBe('        - containerPort: 8080');
    // Still a line of the editor's, numbered and styled as the others.
    expect(line.classList.contains('cm-line')).toBe(true);
  });

  it('follows the indentation as it is typed', () => {
    const { view } = renderEditor(pod);
    const at = view.state.doc.line(5).from;
    act(() => view.dispatch({ changes: { from: at, insert: '    ' } }));
    expect(wrapIndentOf(lineShowing(view, '        - name: api-server'))).toBe('10ch');
    act(() => view.dispatch({ changes: { from: at, to: at + 8 } }));
    expect(wrapIndentOf(lineShowing(view, '- name: api-server'))).toBe('');
  });

  it('counts spaces only: a tab is not YAML indentation', () => {
    const { view } = renderEditor('a:\n\tb: 1\n  \tc: 2\n');
    expect(wrapIndentOf(lineShowing(view, '\tb: 1'))).toBe('');
    expect(wrapIndentOf(lineShowing(view, '  \tc: 2'))).toBe('4ch');
  });

  it('styles only the lines in view, in a document of thousands of lines', () => {
    const { view } = renderEditor(`items:\n${'  - key: value\n'.repeat(6000)}`);
    const styled: number[] = [];
    for (const source of view.state.facet(EditorView.decorations)) {
      const set = typeof source === 'function' ? source(view) : source;
      for (let at = set.iter(); at.value; at.next()) {
        const style = (at.value.spec as { attributes?: { style?: string } }).attributes?.style;
        if (style?.includes('--wrap-indent')) styled.push(at.from);
      }
    }
    expect(styled.length).toBeGreaterThan(0);
    expect(styled.length).toBeLessThan(1000);
    const { from, to } = view.viewport;
    expect(styled.every((at) => at >= from && at <= to)).toBe(true);
  });
});
