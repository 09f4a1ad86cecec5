import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import { applyFix, textAt } from './helpers';

const pod = (probes: string, init = '') => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
${init}  containers:
    - name: web
      image: nginx:1.27
      ports: [{containerPort: 8080, name: http}]
${probes}`;

const only = (ruleId: string, text: string) =>
  validateManifest(text).filter((p) => p.ruleId === ruleId);

describe("a probe's terminationGracePeriodSeconds", () => {
  it('on a readiness probe is refused, and the fix removes it', () => {
    const text = pod(
      '      readinessProbe:\n        httpGet: {path: /ready, port: http}\n        terminationGracePeriodSeconds: 10\n',
    );
    const [problem, ...rest] = only('pod/probe-grace-period', text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'error',
      refusedBy: 'api-server',
      nodeId: 'container:web',
    });
    expect(textAt(text, problem!)).toBe('terminationGracePeriodSeconds');
    expect(problem!.message).toBe(
      'The readinessProbe of "web" sets terminationGracePeriodSeconds: only a liveness or startup probe may, as only their failure restarts the container.',
    );
    const fixed = applyFix(text, problem!);
    expect(fixed).not.toContain('terminationGracePeriodSeconds');
    expect(only('pod/probe-grace-period', fixed)).toEqual([]);
  });

  it('written null on a readiness probe is no value, and accepted', () => {
    const text = pod(
      '      readinessProbe:\n        httpGet: {path: /ready, port: http}\n        terminationGracePeriodSeconds: null\n',
    );
    expect(only('pod/probe-grace-period', text)).toEqual([]);
  });

  it('on a liveness or startup probe is accepted', () => {
    const text = pod(
      [
        '      livenessProbe:',
        '        httpGet: {path: /live, port: http}',
        '        terminationGracePeriodSeconds: 10',
        '      startupProbe:',
        '        httpGet: {path: /live, port: http}',
        '        terminationGracePeriodSeconds: 60',
        '',
      ].join('\n'),
    );
    expect(validateManifest(text).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it("on a native sidecar's readiness probe is refused too", () => {
    const sidecar = [
      '  initContainers:',
      '    - name: proxy',
      '      image: envoyproxy/envoy:v1.31.0',
      '      restartPolicy: Always',
      '      readinessProbe:',
      '        tcpSocket: {port: 9901}',
      '        terminationGracePeriodSeconds: 5',
      '',
    ].join('\n');
    expect(only('pod/probe-grace-period', pod('', sidecar))).toHaveLength(1);
  });
});

describe('an HTTP header name in a probe or hook', () => {
  it('with a space or an underscore is refused, and written with dashes', () => {
    const text = pod(
      [
        '      readinessProbe:',
        '        httpGet:',
        '          path: /ready',
        '          port: http',
        '          httpHeaders:',
        '            - {name: X Probe, value: "1"}',
        '            - {name: X_Forwarded_Proto, value: https}',
        '            - {name: X-Request-Id, value: probe}',
        '      lifecycle:',
        '        preStop:',
        '          httpGet: {path: /drain, port: http, httpHeaders: [{name: "Host:", value: web}]}',
        '',
      ].join('\n'),
    );
    const found = only('pod/invalid-http-header', text);
    expect(found.map((p) => [textAt(text, p), p.message, p.fix?.title])).toEqual([
      [
        'X Probe',
        'The readinessProbe of "web" sends the header "X Probe": a header name may hold only letters, digits and \'-\'.',
        'Write X-Probe',
      ],
      [
        'X_Forwarded_Proto',
        'The readinessProbe of "web" sends the header "X_Forwarded_Proto": a header name may hold only letters, digits and \'-\'.',
        'Write X-Forwarded-Proto',
      ],
      [
        '"Host:"',
        'The preStop hook of "web" sends the header "Host:": a header name may hold only letters, digits and \'-\'.',
        'Write Host',
      ],
    ]);
    expect(found.every((p) => p.refusedBy === 'api-server')).toBe(true);
    const fixed = applyFix(text, found[0]!);
    expect(fixed).toContain('{name: X-Probe, value: "1"}');
    expect(only('pod/invalid-http-header', fixed)).toHaveLength(2);
  });
});
