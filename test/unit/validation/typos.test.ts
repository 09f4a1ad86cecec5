import { describe, expect, it } from 'vitest';
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

describe('typos are named for what the newcomer meant', () => {
  it('a misspelt key is named with the key it was meant to be', () => {
    expect(problem(typos, 'schema/unknown-field').message).toContain(
      'did you mean `volumeMounts`?',
    );
    // Two letters swapped are one slip: `nmae` is `name`, not `image`.
    const swapped = typos.replace('    - name: app\n', '    - nmae: app\n');
    expect(problem(swapped, 'schema/unknown-field').message).toContain('did you mean `name`?');
  });

  it('a value spelt in the wrong case is written as the API spells it', () => {
    const value = problem(typos, 'schema/enum');
    expect(value.fix?.title).toBe('Write Always');
    const fixed = applyFix(typos, value);
    expect(fixed).toContain('      imagePullPolicy: Always\n');
    expect(fixed.replace('Always', 'always')).toBe(typos);
  });

  it('a misspelt key is renamed where it stands: its value and comments stay as written', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      resorces:   # sizing
        # requests first
        requests:
          memory: 256Mi   # enough
          cpu: "250m"
        limits:
          memory: 512Mi
      command: ["nginx", "-g", "daemon off;"]
`;
    const misspelt = problem(text, 'schema/unknown-field');
    expect(misspelt.fix?.title).toBe('Rename to resources');
    expect(applyFix(text, misspelt)).toBe(text.replace('resorces:', 'resources:'));
  });

  it('the volume the misspelt mounts name is not reported as unused', () => {
    for (const key of ['volumemounts', 'volumeMount', 'volume_mounts']) {
      const text = typos.replace('volumemounts:', `${key}:`);
      expect(check(text).map((p) => p.ruleId)).not.toContain('lint/unused-volume');
    }
  });
});

describe('a ": " inside a list item of strings', () => {
  const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: busybox:1.36
      command:
        - sh
        - -c
        - echo ready: 1   # the probe greps for it
`;

  it('is named for what it did, a key and a value, and quoting it is the fix', () => {
    const wrong = problem(text, 'schema/type');
    expect(wrong.message).toBe(
      '`spec.containers[0].command[2]` must be a string, not a mapping. Its `: ` makes a key and a value of `echo ready: 1`: quoted, it is one string.',
    );
    // A comment after it would be lost by the fix: the user quotes that one in the editor.
    expect(wrong.fix).toBeUndefined();
    const bare = text.replace('   # the probe greps for it', '');
    const fix = problem(bare, 'schema/type');
    expect(fix.fix?.title).toBe('Quote it: "echo ready: 1"');
    const fixed = applyFix(bare, fix);
    expect(fixed).toBe(bare.replace('- echo ready: 1', '- "echo ready: 1"'));
    expect(check(fixed).map((p) => p.ruleId)).not.toContain('schema/type');
  });

  it('is not guessed for a mapping on a line of its own, indented under its key or dash', () => {
    for (const nested of [
      text.replace(
        '        - echo ready: 1   # the probe greps for it\n',
        '        -\n          echo: ready\n',
      ),
      text
        .replace('- echo ready: 1 ', '- echo ready ')
        .replace(
          'metadata:\n  name: web\n',
          'metadata:\n  name: web\n  labels:\n    app:\n      name: x\n',
        ),
    ]) {
      const wrong = check(nested).filter((p) => p.ruleId === 'schema/type');
      expect(wrong.length).toBeGreaterThan(0);
      for (const problem of wrong) {
        expect(problem.message).not.toContain('makes a key and a value');
        expect(problem.fix).toBeUndefined();
      }
    }
  });
});

describe('a misspelt key beside a << merge key', () => {
  it('is not renamed to a key the merge supplies: the rename would clash with it', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: merged
spec:
  containers:
    - &base
      name: base
      image: nginx:1.27
    - <<: *base
      name: app
      imagee: busybox:1.36
`;
    const misspelt = check(text).find((p) => p.ruleId === 'schema/unknown-field')!;
    expect(misspelt.message).toContain('did you mean `image`?');
    expect(misspelt.fix).toBeUndefined();
  });
});
