import { describe, expect, it } from 'vitest';
import { applyEdits, validateManifest } from '../../../shared';

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

const outOfRange = (text: string) =>
  validateManifest(text).filter((p) => p.ruleId === 'pod/file-mode-range');

describe('a file mode out of range', () => {
  it('is refused by the API server, with the octal meant offered', () => {
    const text = pod(
      '    - name: config\n      configMap:\n        name: app\n        defaultMode: 644\n',
    );
    const [problem, ...rest] = outOfRange(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'error',
      refusedBy: 'api-server',
      message:
        'Volume "config": 644 is not a file mode (0 to 0777 in octal, 511 in decimal). As octal, 0644 is 420.',
    });
    expect(problem!.fix?.title).toBe('Write 420 (0644)');
    const fixed = applyEdits(text, problem!.fix!.edits);
    if (!fixed.ok) throw new Error(fixed.error);
    expect(fixed.text).toContain('defaultMode: 420\n');
    expect(outOfRange(fixed.text)).toEqual([]);
  });

  it('is found in items and projected sources; 999 has no octal reading to offer', () => {
    const text = pod(
      [
        '    - name: all',
        '      projected:',
        '        sources:',
        '          - secret:',
        '              name: token',
        '              items: [{key: a, path: a, mode: 999}]',
        '',
      ].join('\n'),
    );
    const [problem] = outOfRange(text);
    expect(problem!.message).toBe(
      'Volume "all": 999 is not a file mode (0 to 0777 in octal, 511 in decimal).',
    );
    expect(problem!.fix).toBeUndefined();
  });

  it('leaves 0644 to the YAML 1.1 rule: kubectl reads it as octal, in range', () => {
    const text = pod(
      '    - name: config\n      secret:\n        secretName: app\n        defaultMode: 0644\n',
    );
    expect(outOfRange(text)).toEqual([]);
    expect(validateManifest(text).map((p) => p.ruleId)).toContain('schema/yaml11-number');
  });
});
