import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { literalBlock } from '../../../shared/edits/print';
import type { FieldPath } from '../../../shared/edits/types';
import { edit } from './helpers';

const pod = `kind: Pod
metadata:
  name: script
  annotations:
    # Why this Pod exists.
    note: |
      first line
      second line
spec:
  containers:
    - name: app
      image: busybox
      args:
        - |
          echo start
          sleep 3600
        - plain
      env:
        - name: GREETING
          value: hello
`;

function setContainer(path: FieldPath, value: string, text = pod): string {
  return edit(text, { type: 'setField', target: { container: 'app' }, path, value });
}

function container(text: string): { args: string[]; env: { value: string }[] } {
  return (parse(text) as { spec: { containers: [never] } }).spec.containers[0];
}

describe('a string with line breaks, written into the YAML', () => {
  it('keeps its lines as a literal block, in place of a block', () => {
    const text = setContainer(['args', 0], 'echo start\nsleep 60\n');
    expect(text).toBe(pod.replace('sleep 3600', 'sleep 60'));
  });

  it('becomes a literal block in place of a plain scalar, under its dash or its key', () => {
    const args = setContainer(['args', 1], 'set -e\nexec app');
    expect(args).toBe(
      pod.replace('        - plain\n', '        - |-\n          set -e\n          exec app\n'),
    );
    const env = setContainer(['env', 0, 'value'], 'line1\nline2');
    expect(env).toBe(
      pod.replace(
        '          value: hello\n',
        '          value: |-\n            line1\n            line2\n',
      ),
    );
  });

  it('in an annotation, keeps the comment above it', () => {
    const text = edit(pod, {
      type: 'setField',
      target: { pod: true },
      path: ['metadata', 'annotations', 'note'],
      value: 'first line\nsecond line!\n',
    });
    expect(text).toBe(pod.replace('second line\n', 'second line!\n'));
  });

  it('reads back exactly: trailing line breaks, leading spaces, blank lines', () => {
    const values = [
      'a\nb',
      'a\nb\n',
      'a\nb\n\n',
      '\na\n',
      ' indented\nnot',
      '  a\n\nb\n',
      'x\n\ty',
    ];
    for (const value of values) {
      const byKey = setContainer(['env', 0, 'value'], value);
      expect(container(byKey).env[0]!.value).toBe(value);
      expect(byKey).toMatch(/value: \|/);
      const byDash = setContainer(['args', 1], value);
      expect(container(byDash).args[1]).toBe(value);
    }
    // What a block cannot hold as it is is quoted, and reads back too.
    for (const value of ['a\r\nb', 'a\n  ', 'a\u200b\nb']) {
      const text = setContainer(['env', 0, 'value'], value);
      expect(container(text).env[0]!.value).toBe(value);
      expect(text).toMatch(/value: "/);
    }
  });
});

describe('literalBlock', () => {
  it('chooses the chomping indicator for the trailing line breaks', () => {
    expect(literalBlock('a\nb', 2)).toBe('|-\n  a\n  b');
    expect(literalBlock('a\nb\n', 2)).toBe('|\n  a\n  b');
    expect(literalBlock('a\nb\n\n', 2)).toBe('|+\n  a\n  b\n');
  });

  it('gives an indentation indicator when the first line starts with a space', () => {
    expect(literalBlock(' a\nb', 2)).toBe('|2-\n   a\n  b');
    expect(literalBlock('\n  a\nb', 4)).toBe('|4-\n\n      a\n    b');
  });

  it('leaves single lines, blank-only ends and hidden characters to quoting', () => {
    expect(literalBlock('one line', 2)).toBeNull();
    expect(literalBlock('a\n \t', 2)).toBeNull();
    expect(literalBlock('\n\n', 2)).toBeNull();
    expect(literalBlock('a\u202eb\nc', 2)).toBeNull();
  });
});
