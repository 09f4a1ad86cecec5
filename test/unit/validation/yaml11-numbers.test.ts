import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kubectlNumber } from '../../../shared/manifest/yaml11';
import { readsAsString } from '../../../shared/manifest/yaml11';
import { applyFix, check, only, textAt } from './helpers';

const RULE = 'schema/yaml11-number';

/** A Pod whose container has `field` (one line under the container) and a volume with `mode`. */
function podWith(field: string, mode = 'defaultMode: 420'): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    '  labels:',
    '    app: web',
    'spec:',
    '  containers:',
    '    - name: app',
    '      image: nginx:1.27',
    `      ${field}`,
    '  volumes:',
    '    - name: conf',
    `      configMap: {name: conf, ${mode}}`,
    '',
  ].join('\n');
}

describe('kubectlNumber, as go-yaml v2 reads a plain scalar', () => {
  it.each([
    ['010', 8],
    ['0644', 420],
    ['1_000', 1000],
    ['0b101', 5],
    ['-0b101', -5],
    ['0o17', 15],
    ['0x1F', 31],
    ['+12', 12],
    ['8080', 8080],
    ['08080', 8080], // not octal: read as a float
    ['1.10', 1.1],
    ['1e3', 1000],
    ['0X1F', 31],
    ['0B101', 5],
    ['+0o17', 15],
  ])('reads %s as %d', (text, value) => {
    expect(kubectlNumber(text)).toBe(value);
  });

  it.each(['1:30', 'v1', 'nginx', '0x', '1_000a', ''])('reads %j as no number', (text) => {
    expect(kubectlNumber(text)).toBeNull();
  });

  it.each(['0X1F', '+0o17', '1e1_0', '1_000', '010'])(
    'has an edit write %j quoted, as kubectl would read it as a number',
    (text) => {
      expect(readsAsString(text)).toBe(false);
    },
  );
});

describe('a number kubectl reads otherwise', () => {
  it('warns that a port with a leading 0 is octal for kubectl, and offers no guess', () => {
    const text = podWith('ports: [{containerPort: 010}]');
    const [problem, ...rest] = only(RULE, text);
    expect(rest).toEqual([]);
    expect(problem!.severity).toBe('warning');
    expect(problem!.message).toContain('as 8, this app and other YAML 1.2 tools as 10');
    expect(textAt(text, problem!)).toBe('010');
    expect(problem!.fix).toBeUndefined();
  });

  it('writes a file mode kubectl reads as octal as the number kubectl reads', () => {
    const text = podWith('ports: [{containerPort: 80}]', 'defaultMode: 0644');
    const [problem] = only(RULE, text);
    expect(problem!.message).toContain('as the octal 0644 (420), other tools as 644');
    const fixed = applyFix(text, problem!);
    expect(fixed).toContain('defaultMode: 420');
    expect(only(RULE, fixed)).toEqual([]);
  });

  it('quotes text kubectl would read as a number and refuse in a string field', () => {
    const text = podWith('env: [{name: LIMIT, value: 1_000}]');
    const [problem] = only(RULE, text);
    expect(problem!.severity).toBe('error');
    expect(problem!.message).toContain('as the number 1000: quote it ("1_000")');
    expect(textAt(text, problem!)).toBe('1_000');
    const fixed = applyFix(text, problem!);
    expect(fixed).toBe(text.replace('value: 1_000', 'value: "1_000"'));
    expect(only(RULE, fixed)).toEqual([]);
  });

  it('explains a number field kubectl takes and this app reads as text, instead of a type error', () => {
    const text = podWith('ports: [{containerPort: 8_080}]');
    expect(only('schema/type', text)).toEqual([]);
    const [problem] = only(RULE, text);
    expect(problem!.message).toContain('as 8080, other tools as the text "8_080"');
    const fixed = applyFix(text, problem!);
    expect(fixed).toContain('containerPort: 8080');
    expect(check(fixed).filter((p) => p.ruleId === RULE || p.ruleId === 'schema/type')).toEqual([]);
  });

  it('takes a port of a probe written 8_080 as kubectl does, a number: write it so', () => {
    const text = podWith('readinessProbe: {httpGet: {path: /ready, port: 8_080}}');
    const [problem] = only(RULE, text);
    expect(problem!.severity).toBe('warning');
    expect(applyFix(text, problem!)).toContain('port: 8080}');
  });

  it('leaves to the type rule what neither reading fits', () => {
    const text = podWith('tty: 0b1');
    expect(only(RULE, text)).toEqual([]);
    expect(only('schema/type', text)).toHaveLength(1);
  });

  it('leaves alone what every tool reads alike, and what a tag says how to read', () => {
    for (const field of [
      'ports: [{containerPort: 08080}]',
      'ports: [{containerPort: 0x1F90}]',
      'env: [{name: AT, value: !!str 010}]',
      'args: [1:30]',
    ]) {
      expect(only(RULE, podWith(field)), field).toEqual([]);
    }
  });
});

describe('a number where text is wanted', () => {
  it('is quoted as it was written, not as it was read', () => {
    const text = podWith('env: [{name: VERSION, value: 1.10}]');
    const [problem] = only('schema/type', text);
    expect(problem!.message).toContain('must be a string, not 1.10.');
    expect(problem!.fix?.title).toBe('Write it as "1.10"');
    const fixed = applyFix(text, problem!);
    const pod = parse(fixed) as { spec: { containers: { env: { value: unknown }[] }[] } };
    expect(pod.spec.containers[0]!.env[0]!.value).toBe('1.10');
  });

  it('keeps the leading zero of a label value', () => {
    const text = podWith('ports: [{containerPort: 80}]').replace('app: web', 'build: 0123');
    const [problem] = only('schema/type', text);
    expect(problem!.fix?.title).toBe('Write it as "0123"');
    expect(only(RULE, text)).toEqual([]);
  });
});

describe('a boolean kubectl reads in a string field', () => {
  it('is quoted by its fix, in the quotes the file uses, and nothing else changes', () => {
    const text = podWith("env: [{name: DEBUG, value: yes}, {name: MODE, value: 'fast'}]");
    const [problem] = only('schema/yaml11-boolean', text);
    expect(problem!.fix?.title).toBe('Quote it ("yes")');
    const fixed = applyFix(text, problem!);
    expect(fixed).toBe(text.replace('value: yes', "value: 'yes'"));
    expect(only('schema/yaml11-boolean', fixed)).toEqual([]);
  });
});
