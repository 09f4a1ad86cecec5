import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import { applyFix, textAt } from './helpers';

const pod = (env: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      env:
${env}`;

const both = pod(
  [
    '        - name: DB_PASSWORD',
    '          value: hunter2',
    '          valueFrom:',
    '            secretKeyRef: {name: db, key: password}',
    '',
  ].join('\n'),
);

const problems = (text: string) =>
  validateManifest(text).filter((p) => p.ruleId === 'pod/env-value-and-value-from');

describe('an env variable with both value and valueFrom', () => {
  it('is refused by the API server, at its valueFrom', () => {
    const [problem, ...rest] = problems(both);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'error',
      refusedBy: 'api-server',
      nodeId: 'container:app',
    });
    expect(textAt(both, problem!)).toBe('valueFrom');
    expect(problem!.message).toBe(
      'Variable $DB_PASSWORD of "app" has both a value and a valueFrom: the API server refuses valueFrom when value is not empty. Keep one.',
    );
  });

  it('offers to keep the reference first, then the literal', () => {
    const [problem] = problems(both);
    expect([problem!.fix, ...(problem!.moreFixes ?? [])].map((f) => f?.title)).toEqual([
      'Keep valueFrom (remove the value)',
      'Keep the value (remove valueFrom)',
    ]);
    const kept = applyFix(both, problem!);
    expect(kept).not.toContain('hunter2');
    expect(kept).toContain('secretKeyRef: {name: db, key: password}');
    expect(problems(kept)).toEqual([]);
    const literal = applyFix(both, { ...problem!, fix: problem!.moreFixes![0] });
    expect(literal).toContain('value: hunter2');
    expect(literal).not.toContain('valueFrom');
    expect(problems(literal)).toEqual([]);
  });

  it('is accepted with an empty value, or with a value alone', () => {
    expect(
      problems(
        pod(
          '        - name: A\n          value: ""\n          valueFrom: {fieldRef: {fieldPath: metadata.name}}\n        - name: B\n          value: b\n',
        ),
      ),
    ).toEqual([]);
  });
});
