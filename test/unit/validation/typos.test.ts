import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyFix, check } from './helpers';

/** The typos a newcomer makes first: a key's case, an enum value's case. */
const typos = `apiVersion: v1
kind: Pod
metadata:
  name: typos
spec:
  containers:
    - name: app
      image: nginx:1.27
      imagePullPolicy: always
      # Where the app keeps its cache.
      volumemounts:
        - name: data
          mountPath: /data
  volumes:
    - name: data
      emptyDir: {}
`;

const problem = (text: string, ruleId: string) => check(text).find((p) => p.ruleId === ruleId)!;

describe('typos get the fix a newcomer means', () => {
  it('a misspelt key is renamed, its value kept', () => {
    const unknown = problem(typos, 'schema/unknown-field');
    expect(unknown.fix?.title).toBe('Rename it volumeMounts');
    const fixed = applyFix(typos, unknown);
    expect(parse(fixed).spec.containers[0]).toEqual({
      name: 'app',
      image: 'nginx:1.27',
      imagePullPolicy: 'always',
      volumeMounts: [{ name: 'data', mountPath: '/data' }],
    });
    expect(check(fixed).map((p) => p.ruleId)).not.toContain('schema/unknown-field');
  });

  it('a value spelt in the wrong case is written as the API spells it', () => {
    const value = problem(typos, 'schema/enum');
    expect(value.fix?.title).toBe('Write Always');
    const fixed = applyFix(typos, value);
    expect(fixed).toContain('      imagePullPolicy: Always\n');
    expect(fixed.replace('Always', 'always')).toBe(typos);
  });

  it('the volume the misspelt mounts name is not reported as unused', () => {
    expect(check(typos).map((p) => p.ruleId)).not.toContain('lint/unused-volume');
  });

  it('offers no rename when the right key is there too, or none is close', () => {
    const both = typos.replace(
      '      volumemounts:\n',
      '      volumeMounts: []\n      volumemounts:\n',
    );
    expect(problem(both, 'schema/unknown-field').fix).toBeUndefined();
    const far = typos.replace('volumemounts', 'storage');
    expect(problem(far, 'schema/unknown-field').fix).toBeUndefined();
  });
});
