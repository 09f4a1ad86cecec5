import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import { applyFix } from './helpers';

const pod = (probe: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      ports: [{containerPort: 8080, name: http}]
${probe}`;

const errors = (text: string) => validateManifest(text).filter((p) => p.severity === 'error');

describe("a probe's port", () => {
  it.each([
    ['readinessProbe', 'httpGet: {path: /, port: "8080"}'],
    ['livenessProbe', 'tcpSocket: {port: "8080"}'],
    ['startupProbe', "httpGet: {path: /, port: '8080'}"],
  ])('quoted digits in a %s are a name the API server refuses', (probe, handler) => {
    const text = pod(`      ${probe}:\n        ${handler}\n`);
    const [problem, ...rest] = errors(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ ruleId: 'pod/unknown-probe-port', refusedBy: 'api-server' });
    expect(problem!.message).toContain("a string is a port's name, which needs a letter");
    expect(problem!.fix?.title).toBe('Write 8080 without quotes');
    expect(errors(applyFix(text, problem!))).toEqual([]);
  });

  it('is refused when its name is not a port name', () => {
    const [problem] = errors(
      pod('      readinessProbe:\n        httpGet: {path: /, port: Http}\n'),
    );
    expect(problem).toMatchObject({ ruleId: 'pod/unknown-probe-port', refusedBy: 'api-server' });
  });

  it('out of range is an error, not a port the container does not declare', () => {
    const text = pod('      readinessProbe:\n        tcpSocket: {port: 70000}\n');
    const problems = validateManifest(text).filter((p) => p.ruleId.startsWith('pod/'));
    expect(problems.map((p) => [p.ruleId, p.severity, p.refusedBy])).toEqual([
      ['pod/port-out-of-range', 'error', 'api-server'],
    ]);
  });
});
