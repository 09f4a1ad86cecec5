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

/** A Deployment whose Pod template has these node affinity lines (indented under `affinity`). */
const withNodeAffinity = (...lines: string[]) =>
  deployment(
    '      - {key: tier, operator: In, values: [front]}\n',
    ['      affinity:', '        nodeAffinity:', ...lines.map((l) => `          ${l}`), ''].join(
      '\n',
    ),
  );

const requiredTerm = (term: string) =>
  withNodeAffinity(
    'requiredDuringSchedulingIgnoredDuringExecution:',
    '  nodeSelectorTerms:',
    `    - ${term}`,
  );

describe('a node affinity matchFields entry', () => {
  it('with a key other than metadata.name is refused at the key', () => {
    const text = requiredTerm(
      'matchFields: [{key: metadata.labels.zone, operator: In, values: [a]}]',
    );
    const [problem, ...rest] = problems(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'api-server' });
    expect(textAt(text, problem!)).toBe('metadata.labels.zone');
    expect(problem!.message).toBe(
      'The required node affinity selects Nodes by the field "metadata.labels.zone": matchFields takes only metadata.name, the Node\'s name (to select Nodes by a label, use matchExpressions).',
    );
    expect(problem!.fix).toBeUndefined();
  });

  it('with metadata.name in the wrong case is refused, and written as the API spells it', () => {
    const text = requiredTerm(
      'matchFields: [{key: metadata.Name, operator: In, values: [node-1]}]',
    );
    const [problem] = problems(text);
    expect(textAt(text, problem!)).toBe('metadata.Name');
    expect(problem!.fix?.title).toBe('Write metadata.name');
    expect(problems(applyFix(text, problem!))).toEqual([]);
  });

  it('with an operator other than In or NotIn is refused at the operator', () => {
    const text = withNodeAffinity(
      'preferredDuringSchedulingIgnoredDuringExecution:',
      '  - weight: 10',
      '    preference:',
      '      matchFields: [{key: metadata.name, operator: Exists}]',
    );
    const [problem, ...rest] = problems(text);
    expect(rest).toEqual([]);
    expect(textAt(text, problem!)).toBe('Exists');
    expect(problem!.message).toBe(
      'A preferred node affinity tests the field "metadata.name" with the operator "Exists": matchFields takes only In and NotIn, each with one Node name.',
    );
  });

  it('with In or NotIn and other than one value is refused', () => {
    const text = withNodeAffinity(
      'requiredDuringSchedulingIgnoredDuringExecution:',
      '  nodeSelectorTerms:',
      '    - matchFields: [{key: metadata.name, operator: In, values: [node-1, node-2]}]',
      '    - matchFields: [{key: metadata.name, operator: NotIn}]',
    );
    const found = problems(text);
    expect(found.map((p) => [textAt(text, p), p.message])).toEqual([
      [
        'values',
        'The required node affinity tests the field "metadata.name In" with 2 values: in matchFields, In takes exactly one Node name (for more Nodes, write one node selector term per Node).',
      ],
      [
        'NotIn',
        'The required node affinity tests the field "metadata.name NotIn" with no values: in matchFields, NotIn takes exactly one Node name (for more Nodes, write one matchFields entry per Node).',
      ],
    ]);
    expect(found.every((p) => p.refusedBy === 'api-server')).toBe(true);
  });

  it('is silent on metadata.name In or NotIn one Node name', () => {
    const text = withNodeAffinity(
      'requiredDuringSchedulingIgnoredDuringExecution:',
      '  nodeSelectorTerms:',
      '    - matchFields: [{key: metadata.name, operator: In, values: [node-1]}]',
      '    - matchFields:',
      '        - {key: metadata.name, operator: NotIn, values: [node-2]}',
      '        - {key: metadata.name, operator: NotIn, values: [node-3]}',
      '      matchExpressions: [{key: disktype, operator: In, values: [ssd, nvme]}]',
      'preferredDuringSchedulingIgnoredDuringExecution:',
      '  - weight: 10',
      '    preference:',
      '      matchFields: [{key: metadata.name, operator: In, values: [node-1]}]',
    );
    expect(validateManifest(text).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('a node affinity Gt or Lt', () => {
  it('with a value that is not a whole number is reported at the value: the scheduler cannot read it', () => {
    const text = requiredTerm('matchExpressions: [{key: cores, operator: Gt, values: ["4.5"]}]');
    const [problem, ...rest] = problems(text);
    expect(rest).toEqual([]);
    // The API server takes it (ValidateNodeSelectorRequirement counts values only).
    expect(problem).toMatchObject({ severity: 'error', refusedBy: null });
    expect(textAt(text, problem!)).toBe('"4.5"');
    expect(problem!.message).toBe(
      'The required node affinity tests "cores Gt 4.5": Gt compares the label with a whole number, and "4.5" is not one. The API server accepts it, but the scheduler cannot read the term, so it matches no Node.',
    );
  });

  it('in a preferred term, says the Pod stays Pending', () => {
    const text = withNodeAffinity(
      'preferredDuringSchedulingIgnoredDuringExecution:',
      '  - weight: 10',
      '    preference:',
      '      matchExpressions: [{key: gpu-memory, operator: Lt, values: [16Gi]}]',
    );
    const [problem] = problems(text);
    expect(textAt(text, problem!)).toBe('16Gi');
    expect(problem!.message).toBe(
      'A preferred node affinity tests "gpu-memory Lt 16Gi": Lt compares the label with a whole number, and "16Gi" is not one. The API server accepts it, but the scheduler cannot read the term, so the Pod stays Pending.',
    );
  });

  it('beyond a 64-bit integer is reported too', () => {
    const text = requiredTerm(
      'matchExpressions: [{key: cores, operator: Lt, values: ["9223372036854775808"]}]',
    );
    expect(problems(text).map((p) => textAt(text, p))).toEqual(['"9223372036854775808"']);
  });

  it('is silent on whole numbers, as strconv.ParseInt reads them', () => {
    for (const value of ['4', '-3', '+7', '007', '9223372036854775807', '-9223372036854775808']) {
      const text = requiredTerm(
        `matchExpressions: [{key: cores, operator: Gt, values: ["${value}"]}]`,
      );
      expect(problems(text), value).toEqual([]);
    }
  });
});
