import { describe, expect, it } from 'vitest';
import { kubectlNumber, readsAsNumber, readsAsString } from '../../../shared/manifest/yaml11';
import { edit } from '../edits/helpers';

describe('integers beyond 2^53, as kubectl (go-yaml v2, 64-bit) reads them', () => {
  it('are numbers for kubectl, never a rounded JS number', () => {
    for (const text of [
      '9007199254740993',
      '0X20000000000001',
      '0O1777777777777777777',
      '18446744073709551615',
    ]) {
      expect(readsAsNumber(text)).toBe(true);
      expect(kubectlNumber(text)).toBeNull();
    }
  });

  it('past 64 bits, are read as a float where written like one, else as a string', () => {
    expect(kubectlNumber('99999999999999999999999')).toBe(1e23);
    expect(readsAsNumber('0X1FFFFFFFFFFFFFFFFFFFF')).toBe(false);
    expect(readsAsString('0X1FFFFFFFFFFFFFFFFFFFF')).toBe(true);
  });

  it('are quoted when written as strings kubectl would read as numbers', () => {
    expect(readsAsString('0X20000000000001')).toBe(false);
    expect(readsAsString('0B' + '1'.repeat(60))).toBe(false);
    const pod =
      'kind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      image: x\n';
    const text = edit(pod, {
      type: 'setField',
      target: { pod: true },
      path: ['metadata', 'annotations', 'id'],
      value: '0X20000000000001',
    });
    expect(text).toBe(
      pod.replace('  name: p\n', '  name: p\n  annotations:\n    id: "0X20000000000001"\n'),
    );
  });

  it('within 2^53 are read as before', () => {
    expect(kubectlNumber('9007199254740991')).toBe(9007199254740991);
    expect(kubectlNumber('-0x1F')).toBe(-31);
    expect(kubectlNumber('017')).toBe(15);
  });
});
