import { describe, expect, it } from 'vitest';
import { applyEdits, validateManifest } from '../../../shared';
import { checkMemory } from '../../../shared/inspect';

const pod = (resources: string, volume = '    - {name: cache, emptyDir: {}}') => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      resources: ${resources}
  volumes:
${volume}
`;

const of = (ruleId: string, text: string) =>
  validateManifest(text)
    .filter((p) => p.ruleId === ruleId)
    .map((p) => ({ ...p, at: text.slice(p.range.from, p.range.to) }));

describe('memory in thousandths of a byte', () => {
  it('is a warning the API server shares, with the Mi that was meant offered', () => {
    const text = pod('{requests: {memory: 500m}, limits: {memory: 1Gi}}');
    const [problem, ...rest] = of('pod/fractional-bytes', text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      at: '500m',
      severity: 'warning',
      refusedBy: null,
      nodeId: 'container:app',
      message:
        'Container "app", memory request: 500m means thousandths of a byte: did you mean 500Mi? The API server accepts it with the warning "fractional byte value".',
    });
    expect(problem!.fix?.title).toBe('Write 500Mi');
    const fixed = applyEdits(text, problem!.fix!.edits);
    if (!fixed.ok) throw new Error(fixed.error);
    expect(fixed.text).toContain('{requests: {memory: 500Mi}, limits: {memory: 1Gi}}');
    expect(validateManifest(fixed.text).filter((p) => p.ruleId.startsWith('pod/'))).toEqual([]);
  });

  it('says the same as the inspector’s memory field', () => {
    const [problem] = of('pod/fractional-bytes', pod('{limits: {memory: 256m}}'));
    expect(problem!.message).toContain(checkMemory('256m')!);
  });

  it('does not offer a request above its limit', () => {
    const [problem] = of(
      'pod/fractional-bytes',
      pod('{requests: {memory: 500m}, limits: {memory: 256Mi}}'),
    );
    expect(problem!.fix).toBeUndefined();
  });

  it('does not offer a request above a limit written in a unit the API does not know', () => {
    const [problem] = of(
      'pod/fractional-bytes',
      pod('{requests: {memory: 500m}, limits: {memory: 256MB}}'),
    );
    expect(problem!.fix).toBeUndefined();
  });

  it('without a fraction of a byte, is not said to be warned about by the API server', () => {
    const [problem] = of('pod/fractional-bytes', pod('{requests: {ephemeral-storage: 2000m}}'));
    expect(problem!.message).toBe(
      'Container "app", ephemeral-storage request: 2000m means thousandths of a byte: did you mean 2000Mi? The API server accepts it, as 2 bytes.',
    );
  });

  it('finds any fraction of a byte, and an emptyDir size in thousandths', () => {
    const text = pod(
      '{requests: {memory: 0.5}, limits: {memory: 0.5Gi}}',
      '    - {name: cache, emptyDir: {sizeLimit: 100m}}',
    );
    expect(of('pod/fractional-bytes', text).map((p) => p.message)).toEqual([
      'Container "app", memory request: 0.5 is not a whole number of bytes. The API server accepts it with the warning "fractional byte value".',
      'Volume "cache", sizeLimit: 100m means thousandths of a byte: did you mean 100Mi? The API server accepts it, and the kubelet evicts the Pod once the volume holds more.',
    ]);
  });

  it('leaves CPU, and amounts that are not quantities, to the other rules', () => {
    const text = pod(
      '{requests: {cpu: 500m, memory: 1gi}}',
      '    - {name: cache, emptyDir: {sizeLimit: 1gb}}',
    );
    expect(of('pod/fractional-bytes', text)).toEqual([]);
    expect(of('pod/invalid-quantity', text).map((p) => p.at)).toEqual(['1gi', '1gb']);
  });
});

describe('bytes in thousandths outside the containers', () => {
  const statefulSet = (podSpec: string, claim: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
${podSpec}
      containers:
        - name: db
          image: postgres:16.4
          volumeMounts: [{name: data, mountPath: /var/lib/postgresql}]
  volumeClaimTemplates:
    - metadata: {name: data}
      spec:
        accessModes: [ReadWriteOnce]
        resources: ${claim}
`;

  it('in the Pod overhead, is the API server’s warning, with the Mi that was meant offered', () => {
    const text = statefulSet(
      '      overhead: {cpu: 250m, memory: 120m, ephemeral-storage: "0.5"}',
      '{requests: {storage: 10Gi}}',
    );
    const problems = of('pod/fractional-bytes', text);
    expect(
      problems.map((p) => [p.at, p.line, p.severity, p.refusedBy, p.nodeId, p.message]),
    ).toEqual([
      [
        '120m',
        11,
        'warning',
        null,
        'pod',
        'The Pod\'s memory overhead: 120m means thousandths of a byte: did you mean 120Mi? The API server accepts it with the warning "fractional byte value".',
      ],
      [
        '"0.5"',
        11,
        'warning',
        null,
        'pod',
        'The Pod\'s ephemeral-storage overhead: 0.5 is not a whole number of bytes. The API server accepts it with the warning "fractional byte value".',
      ],
    ]);
    expect(problems[0]!.fix?.title).toBe('Write 120Mi');
    expect(problems[1]!.fix).toBeUndefined();
  });

  it('in the storage of a claim template, is the API server’s warning, on the template’s node', () => {
    const text = statefulSet('', '{requests: {storage: 500m}, limits: {storage: 1500m}}');
    const problems = of('pod/fractional-bytes', text);
    expect(problems.map((p) => [p.at, p.line, p.severity, p.nodeId, p.message])).toEqual([
      [
        '500m',
        20,
        'warning',
        'volume:data',
        'Claim template "data", storage request: 500m means thousandths of a byte: did you mean 500Mi? The API server accepts it with the warning "fractional byte value".',
      ],
      [
        '1500m',
        20,
        'warning',
        'volume:data',
        'Claim template "data", storage limit: 1500m means thousandths of a byte: did you mean 1500Mi? The API server accepts it with the warning "fractional byte value".',
      ],
    ]);
    // 500Mi would exceed the limit as written; the limit's own fix comes first.
    expect(problems[0]!.fix).toBeUndefined();
    expect(problems[1]!.fix?.title).toBe('Write 1500Mi');
    const fixed = applyEdits(text, problems[1]!.fix!.edits);
    if (!fixed.ok) throw new Error(fixed.error);
    expect(fixed.text).toContain(
      'resources: {requests: {storage: 500m}, limits: {storage: 1500Mi}}',
    );
    expect(of('pod/fractional-bytes', fixed.text)[0]!.fix?.title).toBe('Write 500Mi');
  });

  it('in the storage of an ephemeral volume, is the API server’s warning, on the volume', () => {
    const text = pod(
      '{requests: {memory: 128Mi}}',
      [
        '    - name: scratch',
        '      ephemeral:',
        '        volumeClaimTemplate:',
        '          spec:',
        '            accessModes: [ReadWriteOnce]',
        '            resources: {requests: {storage: 2000m}, limits: {storage: 1Mi}}',
      ].join('\n'),
    );
    const [problem, ...rest] = of('pod/fractional-bytes', text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      at: '2000m',
      line: 16,
      severity: 'warning',
      refusedBy: null,
      nodeId: 'volume:scratch',
      message:
        'Volume "scratch", storage request: 2000m means thousandths of a byte: did you mean 2000Mi? The API server accepts it, as 2 bytes.',
    });
    // 2000Mi would exceed the 1Mi limit.
    expect(problem!.fix).toBeUndefined();
    const fractional = text.replace('storage: 2000m', 'storage: 2500m');
    expect(of('pod/fractional-bytes', fractional)[0]!.message).toBe(
      'Volume "scratch", storage request: 2500m means thousandths of a byte: did you mean 2500Mi? The API server accepts it with the warning "fractional byte value".',
    );
  });

  it('is said to be warned about for a claim, not for the Pod’s own resources or an emptyDir', () => {
    const text = pod(
      '{requests: {memory: 128Mi}}',
      [
        '    - {name: cache, emptyDir: {sizeLimit: "0.5"}}',
        '    - {name: scratch, ephemeral: {volumeClaimTemplate: {spec: {resources: {requests: {storage: "0.5"}}}}}}',
      ].join('\n'),
    ).replace(
      'spec:\n',
      'spec:\n  overhead: {memory: 100m}\n  resources: {limits: {memory: 100m}}\n',
    );
    expect(of('pod/fractional-bytes', text).map((p) => [p.line, p.message])).toEqual([
      [
        6,
        'The Pod\'s memory overhead: 100m means thousandths of a byte: did you mean 100Mi? The API server accepts it with the warning "fractional byte value".',
      ],
      [
        7,
        "The Pod's memory limit: 100m means thousandths of a byte: did you mean 100Mi? The API server accepts it, as 0.1 bytes.",
      ],
      [
        13,
        'Volume "cache", sizeLimit: 0.5 is not a whole number of bytes. The API server accepts it, and the kubelet evicts the Pod once the volume holds more.',
      ],
      [
        14,
        'Volume "scratch", storage request: 0.5 is not a whole number of bytes. The API server accepts it with the warning "fractional byte value".',
      ],
    ]);
  });
});

describe('a request above its limit, one of them in a unit the API does not know', () => {
  const fixedAll = (text: string) => {
    const edits = of('pod/invalid-quantity', text).flatMap((p) => p.fix!.edits);
    const fixed = applyEdits(text, edits);
    if (!fixed.ok) throw new Error(fixed.error);
    return fixed.text;
  };

  it('is reported with the quantity problem, read as the quantity fix writes it', () => {
    const text = pod('{requests: {memory: 2GB}, limits: {memory: 1G}}');
    expect(of('pod/invalid-quantity', text).map((p) => [p.at, p.fix?.title])).toEqual([
      ['2GB', 'Write 2G'],
    ]);
    expect(of('pod/requests-exceed-limits', text).map((p) => [p.at, p.message])).toEqual([
      ['2GB', 'Container "app" requests 2GB memory (read as 2G), more than its limit of 1G.'],
    ]);
    // The quantity fixed, the request is still above its limit: the same problem, as written.
    expect(of('pod/requests-exceed-limits', fixedAll(text)).map((p) => p.message)).toEqual([
      'Container "app" requests 2G memory, more than its limit of 1G.',
    ]);
  });

  it('reads a limit, or both, the same way; says nothing where they fit or one has no reading', () => {
    expect(
      of('pod/requests-exceed-limits', pod('{requests: {memory: 2Gi}, limits: {memory: 1GB}}')).map(
        (p) => p.message,
      ),
    ).toEqual(['Container "app" requests 2Gi memory, more than its limit of 1GB (read as 1G).']);
    expect(
      of('pod/requests-exceed-limits', pod('{requests: {cpu: 2 cores}, limits: {cpu: 1 cpu}}')).map(
        (p) => p.message,
      ),
    ).toEqual([
      'Container "app" requests 2 cores cpu (read as 2), more than its limit of 1 cpu (read as 1).',
    ]);
    for (const resources of [
      '{requests: {memory: 1GB}, limits: {memory: 1G}}',
      '{requests: {memory: 512MB}, limits: {memory: 1Gi}}',
      '{requests: {memory: lots}, limits: {memory: 1G}}',
      '{requests: {memory: 2GB}, limits: {memory: some}}',
    ]) {
      expect(of('pod/requests-exceed-limits', pod(resources))).toEqual([]);
    }
  });
});

describe('a negative amount', () => {
  it('is refused by the API server, in requests, limits and an emptyDir size', () => {
    const text = pod(
      '{requests: {cpu: -1}, limits: {memory: -1Gi}}',
      '    - {name: cache, emptyDir: {sizeLimit: -1Gi}}',
    );
    expect(of('pod/invalid-quantity', text).map((p) => [p.at, p.message, p.refusedBy])).toEqual([
      [
        '-1',
        'The cpu request -1 is negative: the API server accepts only 0 or more.',
        'api-server',
      ],
      [
        '-1Gi',
        'The memory limit "-1Gi" is negative: the API server accepts only 0 or more.',
        'api-server',
      ],
      [
        '-1Gi',
        'The sizeLimit of volume "cache" "-1Gi" is negative: the API server accepts only 0 or more.',
        'api-server',
      ],
    ]);
    expect(of('pod/fractional-bytes', text)).toEqual([]);
  });
});

describe('"Add requests equal to the limits"', () => {
  it('copies only the limits that are quantities', () => {
    const text = pod('{limits: {cpu: 500m, memory: 1gi}}');
    const [problem] = of('lint/limits-without-requests', text);
    expect(problem!.message).toBe(
      'Container "app" limits cpu and memory but does not request them.',
    );
    expect(problem!.fix?.title).toBe('Add a cpu request equal to its limit');
    const fixed = applyEdits(text, problem!.fix!.edits);
    if (!fixed.ok) throw new Error(fixed.error);
    expect(fixed.text).toContain('requests:');
    expect(fixed.text).not.toMatch(/requests:[^]*1gi/);
  });

  it('is not offered when no limit is a quantity', () => {
    const [problem] = of('lint/limits-without-requests', pod('{limits: {memory: 1gi}}'));
    expect(problem!.fix).toBeUndefined();
    const [negative] = of('lint/limits-without-requests', pod('{limits: {memory: -1Gi}}'));
    expect(negative!.fix).toBeUndefined();
  });

  it('still copies valid limits, numbers included', () => {
    const [problem] = of('lint/limits-without-requests', pod('{limits: {cpu: 1, memory: 256Mi}}'));
    expect(problem!.fix?.title).toBe('Add requests equal to the limits');
    expect(problem!.fix?.edits).toHaveLength(2);
  });
});
