import { describe, expect, it } from 'vitest';
import { edit } from './helpers';

const pod = `kind: Pod
metadata:
  name: p
spec:
  initContainers: []
  containers:
    - name: app
      image: busybox
      args:
        - >
          folded one
          two
    - name: b
      image: nginx
      command: >-
        sh -c
        "x"
`;

describe('a folded block scalar (>)', () => {
  it('stays as written when its container moves into an empty list', () => {
    const text = edit(pod, { type: 'moveContainer', name: 'app', role: 'init' });
    expect(text).toBe(`kind: Pod
metadata:
  name: p
spec:
  initContainers:
    - name: app
      image: busybox
      args:
        - >
          folded one
          two
  containers:
    - name: b
      image: nginx
      command: >-
        sh -c
        "x"
`);
  });

  it('stays folded when its own value is set, under its key', () => {
    const text = edit(pod, {
      type: 'setField',
      target: { container: 'b' },
      path: ['command'],
      value: 'sh -c "y"',
    });
    expect(text).toBe(pod.replace('        "x"\n', '        "y"\n'));
  });

  it('stays folded when its own value is set, as a list item', () => {
    const text = edit(pod, {
      type: 'setField',
      target: { container: 'app' },
      path: ['args', 0],
      value: 'folded one two three\n',
    });
    expect(text).toBe(pod.replace('          two\n', '          two three\n'));
  });

  it('writes a line break of the value as an empty line', () => {
    const text = edit(pod, {
      type: 'setField',
      target: { container: 'b' },
      path: ['command'],
      value: 'sh -c\n"y"\n',
    });
    expect(text).toBe(
      pod.replace('>-\n        sh -c\n        "x"\n', '>\n        sh -c\n\n        "y"\n'),
    );
  });
});
