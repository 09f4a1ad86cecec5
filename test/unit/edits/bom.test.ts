import { describe, expect, it } from 'vitest';
import { edit } from './helpers';

const BOM = '\uFEFF';
const pod = `${BOM}kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: app
      image: busybox
`;

describe('a text that starts with a byte order mark', () => {
  it('keeps it first, once, when a key is set in place', () => {
    const text = edit(pod, {
      type: 'setField',
      target: { pod: true },
      path: ['metadata', 'name'],
      value: 'q',
    });
    expect(text).toBe(pod.replace('name: p', 'name: q'));
  });

  it('keeps it first, once, when a key goes above the first line', () => {
    const text = edit(pod, {
      type: 'setField',
      target: { document: true },
      path: ['apiVersion'],
      value: 'v1',
    });
    expect(text).toBe(`${BOM}apiVersion: v1\n${pod.slice(1)}`);
  });

  it('keeps it when the first key is removed', () => {
    const text = edit(`${BOM}apiVersion: v1\n${pod.slice(1)}`, {
      type: 'setField',
      target: { document: true },
      path: ['apiVersion'],
      value: undefined,
    });
    expect(text).toBe(pod);
  });
});
