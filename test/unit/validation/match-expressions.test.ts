import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import { applyFix, textAt } from './helpers';

const RULE = 'pod/invalid-match-expression';

const deployment = (selector: string, podSpec = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
    matchExpressions:
${selector}  template:
    metadata:
      labels: {app: web, tier: front}
    spec:
${podSpec}      containers:
        - name: app
          image: nginx:1.27
`;

const problems = (text: string) => validateManifest(text).filter((p) => p.ruleId === RULE);

describe('a selector expression', () => {
  it('with an operator in the wrong case is refused, and written as the API spells it', () => {
    const text = deployment('      - {key: tier, operator: in, values: [front]}\n');
    const [problem, ...rest] = problems(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'api-server' });
    expect(textAt(text, problem!)).toBe('in');
    expect(problem!.message).toBe(
      'The Deployment\'s selector tests "tier" with the operator "in": operators are case-sensitive, write In.',
    );
    expect(problem!.fix?.title).toBe('Write In');
    const fixed = applyFix(text, problem!);
    expect(fixed).toContain('operator: In');
    expect(problems(fixed)).toEqual([]);
  });

  it('with In or NotIn and no values is refused', () => {
    const text = deployment(
      '      - {key: tier, operator: In, values: []}\n      - {key: canary, operator: NotIn}\n',
    );
    const found = problems(text);
    expect(found.map((p) => [textAt(text, p), p.message])).toEqual([
      [
        'values',
        'The Deployment\'s selector tests "tier In" with no values: In needs at least one value (to test only that the label is there, use Exists).',
      ],
      [
        'NotIn',
        'The Deployment\'s selector tests "canary NotIn" with no values: NotIn needs at least one value (to test only that the label is absent, use DoesNotExist).',
      ],
    ]);
    expect(found.map((p) => p.fix?.title)).toEqual(['Use Exists', 'Use DoesNotExist']);
  });

  it('with Exists or DoesNotExist and values is refused; the values can go, or the operator change', () => {
    const text = deployment('      - {key: tier, operator: Exists, values: [front]}\n');
    const [problem] = problems(text);
    expect(textAt(text, problem!)).toBe('values');
    expect(problem!.message).toBe(
      'The Deployment\'s selector tests "tier Exists" with values: Exists takes none (to compare the label with values, use In).',
    );
    expect(problem!.fix?.title).toBe('Remove the values');
    expect(problem!.moreFixes?.map((f) => f.title)).toEqual(['Use In with these values']);
    expect(problems(applyFix(text, problem!))).toEqual([]);
    expect(problems(applyFix(text, { ...problem!, fix: problem!.moreFixes![0] }))).toEqual([]);
  });

  it('is checked in node affinity, pod anti-affinity and topology spread constraints', () => {
    const podSpec = [
      '      affinity:',
      '        nodeAffinity:',
      '          requiredDuringSchedulingIgnoredDuringExecution:',
      '            nodeSelectorTerms:',
      '              - matchExpressions:',
      '                  - {key: disktype, operator: In}',
      '                  - {key: cores, operator: Gt, values: ["4", "8"]}',
      '        podAntiAffinity:',
      '          preferredDuringSchedulingIgnoredDuringExecution:',
      '            - weight: 50',
      '              podAffinityTerm:',
      '                topologyKey: kubernetes.io/hostname',
      '                labelSelector:',
      '                  matchExpressions: [{key: app, operator: notIn, values: [web]}]',
      '      topologySpreadConstraints:',
      '        - maxSkew: 1',
      '          topologyKey: topology.kubernetes.io/zone',
      '          whenUnsatisfiable: ScheduleAnyway',
      '          labelSelector:',
      '            matchExpressions: [{key: app, operator: DoesNotExist, values: [web]}]',
      '',
    ].join('\n');
    const text = deployment('      - {key: tier, operator: In, values: [front]}\n', podSpec);
    expect(problems(text).map((p) => p.message)).toEqual([
      'The required node affinity tests "disktype In" with no values: In needs at least one value (to test only that the label is there, use Exists).',
      'The required node affinity tests "cores Gt" with 2 values: Gt compares the label with exactly one number.',
      'A preferred pod anti-affinity tests "app" with the operator "notIn": operators are case-sensitive, write NotIn.',
      'Topology spread constraint 1 tests "app DoesNotExist" with values: DoesNotExist takes none (to compare the label with values, use NotIn).',
    ]);
  });

  it("in a node affinity, leaves a wrong operator to the schema's enum", () => {
    const podSpec = [
      '      affinity:',
      '        nodeAffinity:',
      '          requiredDuringSchedulingIgnoredDuringExecution:',
      '            nodeSelectorTerms:',
      '              - matchExpressions: [{key: disktype, operator: in, values: [ssd]}]',
      '',
    ].join('\n');
    const text = deployment('      - {key: tier, operator: In, values: [front]}\n', podSpec);
    const ids = validateManifest(text).map((p) => p.ruleId);
    expect(ids).toContain('schema/enum');
    expect(ids).not.toContain(RULE);
  });

  it('is silent on well-formed expressions', () => {
    const text = deployment(
      '      - {key: tier, operator: In, values: [front]}\n      - {key: canary, operator: DoesNotExist}\n      - {key: app, operator: Exists, values: []}\n',
    );
    expect(problems(text)).toEqual([]);
  });
});
