import { describe, expect, it } from 'vitest';
import { applyEdits, validateManifest } from '../../../shared';
import type { Problem } from '../../../shared';

const pod = (volume: string) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
  volumes:
${volume}`;

const of = (ruleId: string, text: string) =>
  validateManifest(text).filter((p) => p.ruleId === ruleId);
const at = (text: string, p: Problem) => text.slice(p.range.from, p.range.to);

describe('a volume file path the API server refuses', () => {
  const text = pod(
    [
      '    - name: config',
      '      configMap:',
      '        name: app',
      '        items:',
      '          - {key: a, path: ../a}',
      '          - {key: b, path: conf/../../b}',
      '          - {key: c, path: /etc/c.conf}',
      '          - {key: d, path: ..data}',
      '          - {key: e, path: conf/e..f}',
      '          - {key: f, path: my-group/f}',
      '    - name: all',
      '      projected:',
      '        sources:',
      '          - secret: {name: s, items: [{key: k, path: ../k}]}',
      '          - downwardAPI: {items: [{path: /labels, fieldRef: {fieldPath: metadata.labels}}]}',
      '          - serviceAccountToken: {path: ../token}',
      '    - name: info',
      '      downwardAPI:',
      '        items: [{path: "..", fieldRef: {fieldPath: metadata.name}}]',
      '',
    ].join('\n'),
  );
  const problems = of('pod/invalid-item-path', text);

  it('is found in items of every source, plain and projected, and in a projected token', () => {
    expect(problems.map((p) => at(text, p))).toEqual([
      '../a',
      'conf/../../b',
      '/etc/c.conf',
      '..data',
      '../k',
      '/labels',
      '../token',
      '".."',
    ]);
    for (const p of problems) {
      expect(p).toMatchObject({ severity: 'error', refusedBy: 'api-server' });
    }
  });

  it('says what is wrong with each path, and who refuses it', () => {
    expect(problems.every((p) => p.message.endsWith(' The API server refuses it.'))).toBe(true);
    expect(problems.map((p) => p.message.replace(/ The API server refuses it\.$/, ''))).toEqual([
      `Volume "config", item path: "../a" cannot climb out of the volume with '..'.`,
      `Volume "config", item path: "conf/../../b" cannot climb out of the volume with '..'.`,
      'Volume "config", item path: "/etc/c.conf" must be relative to the volume (no leading /).',
      `Volume "config", item path: "..data" cannot start with '..', which marks the kubelet's own files in the volume.`,
      `Volume "all", item path: "../k" cannot climb out of the volume with '..'.`,
      'Volume "all", item path: "/labels" must be relative to the volume (no leading /).',
      `Volume "all", serviceAccountToken path: "../token" cannot climb out of the volume with '..'.`,
      `Volume "info", item path: ".." cannot climb out of the volume with '..'.`,
    ]);
    expect(problems.map((p) => p.nodeId)).toEqual([
      ...Array<string>(4).fill('volume:config'),
      ...Array<string>(3).fill('volume:all'),
      'volume:info',
    ]);
  });

  it('makes an absolute path relative, and offers nothing for a path with ..', () => {
    const absolute = problems.find((p) => at(text, p) === '/etc/c.conf')!;
    expect(absolute.fix?.title).toBe('Write "etc/c.conf"');
    const fixed = applyEdits(text, absolute.fix!.edits);
    if (!fixed.ok) throw new Error(fixed.error);
    expect(fixed.text).toContain('- {key: c, path: etc/c.conf}\n');
    expect(of('pod/invalid-item-path', fixed.text)).toHaveLength(problems.length - 1);
    expect(problems.find((p) => at(text, p) === '../a')!.fix).toBeUndefined();
  });

  it('needs a path: an empty one is refused too', () => {
    const text = pod(
      '    - name: config\n      configMap: {name: app, items: [{key: a, path: ""}]}\n',
    );
    expect(of('pod/invalid-item-path', text).map((p) => [at(text, p), p.message])).toEqual([
      ['""', 'Volume "config", item path: a file needs a path. The API server refuses it.'],
    ]);
  });

  it('leaves relative paths alone, with or without dots in a name', () => {
    const clean = pod(
      [
        '    - name: config',
        '      configMap: {name: app, items: [{key: a, path: a..b/.c}, {key: b, path: ./b}]}',
        '    - name: token',
        '      projected: {sources: [{serviceAccountToken: {path: token}}]}',
        '',
      ].join('\n'),
    );
    expect(of('pod/invalid-item-path', clean)).toEqual([]);
  });
});

describe("a projected service account token's lifetime", () => {
  const token = (seconds: string) =>
    pod(
      [
        '    - name: token',
        '      projected:',
        '        sources:',
        `          - serviceAccountToken: {path: token, expirationSeconds: ${seconds}}`,
        '',
      ].join('\n'),
    );

  it('under 10 minutes is refused by the API server, with 600 offered', () => {
    const text = token('300');
    const [problem, ...rest] = of('pod/token-expiration', text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'error',
      refusedBy: 'api-server',
      nodeId: 'volume:token',
      message:
        'Volume "token": the service account token "token" expires after 300 seconds, less than the 10 minutes (600 seconds) the API server allows.',
    });
    expect(at(text, problem!)).toBe('300');
    expect(problem!.fix?.title).toBe('Set expirationSeconds: 600');
    const fixed = applyEdits(text, problem!.fix!.edits);
    if (!fixed.ok) throw new Error(fixed.error);
    expect(fixed.text).toContain('expirationSeconds: 600}');
    expect(of('pod/token-expiration', fixed.text)).toEqual([]);
  });

  it('over 2^32 seconds is refused too', () => {
    const [problem] = of('pod/token-expiration', token('4294967297'));
    expect(problem!.message).toBe(
      'Volume "token": the service account token "token" expires after 4294967297 seconds, more than the 2^32 seconds the API server allows.',
    );
    expect(problem!.fix?.title).toBe('Set expirationSeconds: 4294967296');
  });

  it('from 600 to 2^32 seconds, or unset (an hour), is accepted', () => {
    expect(of('pod/token-expiration', token('600'))).toEqual([]);
    expect(of('pod/token-expiration', token('4294967296'))).toEqual([]);
    expect(
      of(
        'pod/token-expiration',
        pod('    - name: t\n      projected: {sources: [{serviceAccountToken: {path: t}}]}\n'),
      ),
    ).toEqual([]);
  });
});
