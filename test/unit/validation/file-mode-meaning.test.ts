import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import { octalSlip, quotedMode } from '../../../shared/validation/file-modes';
import { applyFix } from './helpers';

const pod = (secret: string) => `apiVersion: v1
kind: Pod
metadata:
  name: tls
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts: [{name: tls, mountPath: /etc/tls}]
  volumes:
    - name: tls
      secret:
        secretName: app-tls
${secret}`;

const problems = (text: string, ruleId: string) =>
  validateManifest(text).filter((p) => p.ruleId === ruleId);

describe('a quoted file mode', () => {
  const text = pod(
    '        defaultMode: "0400"\n        items: [{key: k, path: k, mode: "0600"}]\n',
  );

  it('is fixed to the octal permissions meant, as their decimal value', () => {
    const [defaultMode, itemMode] = problems(text, 'schema/type');
    expect(defaultMode!.message).toContain('As octal, 0400 is 256.');
    expect(defaultMode!.fix?.title).toBe('Write 256 (octal 0400)');
    expect(itemMode!.fix?.title).toBe('Write 384 (octal 0600)');
    const fixed = applyFix(applyFix(text, defaultMode!), itemMode!);
    expect(fixed).toContain('defaultMode: 256\n');
    expect(fixed).toContain('mode: 384}');
    expect(validateManifest(fixed).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('keeps a decimal reading that is a mode someone chooses', () => {
    expect(quotedMode('420')).toBeNull();
    expect(quotedMode('644')).toEqual({ value: 0o644, octal: '0644' });
    expect(quotedMode('0o755')).toEqual({ value: 0o755, octal: '0755' });
  });
});

describe('a mode written in octal digits but read as decimal', () => {
  it('is a warning that says what it means and offers the octal meant', () => {
    const text = pod('        defaultMode: 400\n');
    const [problem, ...rest] = problems(text, 'pod/file-mode-octal-digits');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'warning', refusedBy: null });
    expect(problem!.message).toBe(
      'Volume "tls": defaultMode 400 is decimal, which is 0620 in octal (rw--w----). If you meant 0400 (r--------), write 256.',
    );
    expect(applyFix(text, problem!)).toContain('defaultMode: 256\n');
  });

  it('leaves alone decimal modes written on purpose, and leading-0 octal', () => {
    for (const mode of [420, 256, 292, 384, 416, 493, 511, 0]) expect(octalSlip(mode)).toBeNull();
    expect([400, 440, 444].map(octalSlip)).toEqual([0o400, 0o440, 0o444]);
    expect(problems(pod('        defaultMode: 0444\n'), 'pod/file-mode-octal-digits')).toEqual([]);
  });
});

describe('an unquoted octal mode', () => {
  it('is a warning the API server does not refuse: kubectl sends 292', () => {
    const [problem] = problems(pod('        defaultMode: 0444\n'), 'schema/yaml11-number');
    expect(problem).toMatchObject({ severity: 'warning', refusedBy: null });
  });
});
