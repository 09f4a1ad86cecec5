import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import { applyFix } from './helpers';

const pod = (env: string, volume = '') => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      env:
${env}
      volumeMounts: [{name: info, mountPath: /info}]
  volumes:
    - name: info
      downwardAPI:
        items:
${volume || '          - {path: name, fieldRef: {fieldPath: metadata.name}}\n'}`;

const downward = (text: string) =>
  validateManifest(text).filter((p) => p.ruleId === 'pod/invalid-downward-api');

describe('a downward API reference', () => {
  it('to a field path nearly right is refused, with the right one offered', () => {
    const text = pod('        - {name: IP, valueFrom: {fieldRef: {fieldPath: status.podIp}}}');
    const [problem] = downward(text);
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'api-server' });
    expect(problem!.message).toContain('did you mean status.podIP?');
    expect(downward(applyFix(text, problem!))).toEqual([]);
  });

  it('reads in a volume only the fields a volume offers, and one label anywhere', () => {
    const env = [
      '        - name: APP',
      '          valueFrom:',
      '            fieldRef:',
      "              fieldPath: metadata.labels['app']",
      '        - {name: NODE, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}',
    ].join('\n');
    const volume = [
      '          - {path: labels, fieldRef: {fieldPath: metadata.labels}}',
      '          - {path: ip, fieldRef: {fieldPath: status.podIP}}',
      '',
    ].join('\n');
    const [problem, ...rest] = downward(pod(env, volume));
    expect(rest).toEqual([]);
    expect(problem!.message).toBe(
      'A file of volume "info" reads status.podIP, which a downwardAPI volume cannot offer: read it through an env variable\'s fieldRef.',
    );
  });

  it('to a resource must be one the API offers, and in a volume name its container', () => {
    const text = pod(
      '        - {name: MEM, valueFrom: {resourceFieldRef: {resource: limit.memory}}}',
      '          - {path: cpu, resourceFieldRef: {resource: requests.cpu}}\n',
    );
    const problems = downward(text);
    expect(problems.map((p) => p.fix?.title)).toEqual([
      'Write limits.memory',
      'Read the container "app"',
    ]);
    let fixed = text;
    for (const p of problems)
      fixed = applyFix(
        fixed,
        downward(fixed).find((q) => q.line === p.line)!,
      );
    expect(downward(fixed)).toEqual([]);
  });
});
