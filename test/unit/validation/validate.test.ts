import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISABLE_RULES_ANNOTATION, validateManifest } from '../../../shared';
import {
  applyFix,
  check,
  container,
  helper,
  only,
  pod,
  ruleIds,
  textAt,
  workload,
  yamlOf,
} from './helpers';

describe('validateManifest', () => {
  it('reports YAML that does not parse, and nothing else', () => {
    const problems = validateManifest('apiVersion: v1\nkind: Pod\nspec:\n  containers: [\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.ruleId.startsWith('manifest/') && p.nodeId === null)).toBe(true);
    expect(problems[0]!.severity).toBe('error');
  });

  it('has nothing to say about a document without a Pod', () => {
    expect(validateManifest('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n')).toEqual([]);
    expect(validateManifest('')).toEqual([]);
  });

  it('checks the first Pod of a multi-document file, or the chosen document', () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n';
    const broken = yamlOf(
      pod({ containers: [container('app', { imagePullPolicy: 'Sometimes' })] }),
    );
    const text = `${service}---\n${yamlOf(pod())}---\n${broken}`;
    expect(validateManifest(text)).toEqual([]);
    const second = validateManifest(text, { document: 2 });
    expect(ruleIds(second)).toEqual(['schema/enum']);
    expect(textAt(text, second[0]!)).toBe('Sometimes');
    expect(validateManifest(text, { document: 7 })).toEqual([]);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(Array.isArray(validateManifest(`apiVersion: v1\nkind: Pod\nspec:\n${text}`))).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
    expect(Array.isArray(validateManifest(null as unknown as string))).toBe(true);
  });

  it('gives 1-based line and column of the start of the range', () => {
    const text = yamlOf(pod({ containers: [container('app', { imagePullPolicy: 'Sometimes' })] }));
    const [problem] = check(text);
    const before = text.slice(0, problem!.range.from).split('\n');
    expect(problem!.line).toBe(before.length);
    expect(problem!.col).toBe(before.at(-1)!.length + 1);
  });

  it('names the canvas node of each problem', () => {
    const text = yamlOf(
      pod({
        securityContext: undefined,
        containers: [container('app', { image: 'nginx' })],
        volumes: [
          { name: 'cache', emptyDir: {} },
          { name: 'spare', emptyDir: {} },
        ],
      }),
    );
    const byRule = Object.fromEntries(check(text).map((p) => [p.ruleId, p.nodeId]));
    expect(byRule['lint/image-not-pinned']).toBe('container:app');
    expect(byRule['lint/unused-volume']).toBe('volume:spare');
    expect(byRule['lint/run-as-non-root']).toBe('pod');
    expect(only('schema/api-version', workload('Deployment', 'v1'))[0]!.nodeId).toBeNull();
  });

  it('takes the main container from the default-container annotation', () => {
    const shared = [{ name: 'logs', mountPath: '/logs' }];
    const manifest = pod(
      {
        containers: [
          helper('shipper', { volumeMounts: shared }),
          container('app', { volumeMounts: shared }),
        ],
        volumes: [{ name: 'logs', emptyDir: {} }],
      },
      { annotations: { 'kubectl.kubernetes.io/default-container': 'app' } },
    );
    const [problem] = only('lint/writable-shared-mount', manifest);
    expect(problem!.nodeId).toBe('container:shipper');
  });

  it('lists problems in text order', () => {
    const problems = check(
      pod({
        securityContext: undefined,
        containers: [container('app', { image: 'nginx', resources: {} })],
      }),
    );
    const starts = problems.map((p) => p.range.from);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('turning rules off', () => {
  const noisy = pod({
    containers: [container('app', { image: 'nginx', readinessProbe: undefined })],
  });

  it('through the annotation on the object, by id or by family', () => {
    expect(ruleIds(check(noisy)).sort()).toEqual([
      'lint/image-not-pinned',
      'lint/no-readiness-probe',
    ]);
    const one = {
      ...noisy,
      metadata: {
        name: 'web',
        annotations: { [DISABLE_RULES_ANNOTATION]: 'lint/no-readiness-probe' },
      },
    };
    expect(ruleIds(check(one))).toEqual(['lint/image-not-pinned']);
    const family = {
      ...noisy,
      metadata: { name: 'web', annotations: { [DISABLE_RULES_ANNOTATION]: 'lint/*' } },
    };
    expect(check(family)).toEqual([]);
  });

  it("through the annotation on a workload's Pod template", () => {
    const deployment = workload('Deployment', 'apps/v1', {
      containers: [container('app', { image: 'nginx' })],
    });
    const template = (deployment.spec as { template: { metadata: Record<string, unknown> } })
      .template;
    template.metadata.annotations = {
      [DISABLE_RULES_ANNOTATION]: 'lint/image-not-pinned, lint/unused-volume',
    };
    expect(check(deployment)).toEqual([]);
  });

  it('through the options, which add to the annotation', () => {
    expect(
      check(noisy, { disabledRules: ['lint/image-not-pinned', 'lint/no-readiness-probe'] }),
    ).toEqual([]);
  });
});

describe('runAsNonRoot', () => {
  it('is reported where a container turns it off despite the Pod', () => {
    const manifest = pod({
      containers: [
        container('app', {
          securityContext: {
            runAsNonRoot: false,
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
          },
        }),
      ],
    });
    const text = yamlOf(manifest);
    const problems = only('lint/run-as-non-root', text);
    expect(problems.map((p) => p.nodeId)).toEqual(['container:app']);
    expect(textAt(text, problems[0]!)).toBe('false');
    expect(check(applyFix(text, problems[0]!))).toEqual([]);
  });
});

describe('the target Kubernetes version', () => {
  const sidecar = pod({ initContainers: [helper('agent', { restartPolicy: 'Always' })] });

  it('defaults to the newest stable, where native sidecars are fine', () => {
    expect(check(sidecar)).toEqual([]);
    expect(check(sidecar, { kubernetesVersion: 'not a version' })).toEqual([]);
  });

  it('makes native sidecars an error before 1.28 and a warning on 1.28', () => {
    expect(
      only('lint/native-sidecar-version', sidecar, { kubernetesVersion: '1.27' })[0]!.severity,
    ).toBe('error');
    expect(
      only('lint/native-sidecar-version', sidecar, { kubernetesVersion: 'v1.28.3' })[0]!.severity,
    ).toBe('warning');
  });

  it('offers to make the native sidecar an app sidecar', () => {
    const text = yamlOf(sidecar);
    const [problem] = only('lint/native-sidecar-version', text, { kubernetesVersion: '1.27' });
    const fixed = applyFix(text, problem!);
    expect(only('lint/native-sidecar-version', fixed, { kubernetesVersion: '1.27' })).toEqual([]);
  });
});

describe('schema checks', () => {
  it('suggest the field a misspelt one probably meant', () => {
    const [problem] = only(
      'schema/unknown-field',
      pod({ containers: [container('app', { imagePulPolicy: 'Always' })] }),
    );
    expect(problem!.message).toContain('did you mean `imagePullPolicy`?');
    expect(problem!.nodeId).toBe('container:app');
  });

  it('check the Pod template of every workload kind', () => {
    const bad = { containers: [container('app', { volumemounts: [] })] };
    for (const [kind, apiVersion] of [
      ['Deployment', 'apps/v1'],
      ['StatefulSet', 'apps/v1'],
      ['DaemonSet', 'apps/v1'],
      ['ReplicaSet', 'apps/v1'],
      ['Job', 'batch/v1'],
      ['CronJob', 'batch/v1'],
    ] as const) {
      const manifest = workload(kind, apiVersion, {
        ...bad,
        restartPolicy: kind.endsWith('Job') ? 'Never' : 'Always',
      });
      expect(ruleIds(check(manifest)), kind).toEqual(['schema/unknown-field']);
    }
  });

  it('check fields outside the Pod template too', () => {
    const deployment = workload('Deployment', 'apps/v1', {}, { replicas: 'three', replica: 2 });
    expect(ruleIds(check(deployment)).sort()).toEqual(['schema/type', 'schema/unknown-field']);
  });

  it('read through anchors, aliases and merge keys', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  securityContext: {runAsNonRoot: true}',
      '  containers:',
      '    - &base',
      '      name: app',
      '      image: nginx:1.27',
      '      resources: {requests: {cpu: 100m}}',
      '      securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true}',
      '    - <<: *base',
      '      name: copy',
      '      imagePullPolice: Always',
      '',
    ].join('\n');
    const problems = check(text);
    expect(ruleIds(problems)).toEqual(['schema/unknown-field']);
    expect(textAt(text, problems[0]!)).toBe('imagePullPolice');
  });

  it('report a value of the wrong type where it is', () => {
    const text = yamlOf(pod({ containers: [container('app', { args: 'serve' })] }));
    const [problem] = only('schema/type', text);
    expect(problem!.message).toBe(
      '`spec.containers[0].args` must be a list, not the string "serve".',
    );
    expect(textAt(text, problem!)).toBe('serve');
  });

  it('report a missing apiVersion, with a fix', () => {
    const text = yamlOf({ ...pod(), apiVersion: undefined });
    const [problem] = only('schema/required-field', text);
    expect(problem!.message).toContain('no `apiVersion`');
    expect(check(applyFix(text, problem!))).toEqual([]);
  });
});

describe('quick fixes', () => {
  it('keep the comments and layout of the rest of the text', () => {
    const text = [
      '# The web Pod.',
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web # keep me',
      'spec:',
      '  securityContext: {runAsNonRoot: true}',
      '  containers:',
      '    - name: app',
      '      image: nginx:1.27',
      '      resources:',
      '        limits: {cpu: 500m, memory: 256Mi} # the ceiling',
      '      securityContext:',
      '        allowPrivilegeEscalation: false',
      '        readOnlyRootFilesystem: true',
      '',
    ].join('\n');
    const [problem] = only('lint/limits-without-requests', text);
    const fixed = applyFix(text, problem!);
    expect(check(fixed)).toEqual([]);
    expect(fixed).toContain('# The web Pod.');
    expect(fixed).toContain('name: web # keep me');
    expect(fixed).toContain('limits: {cpu: 500m, memory: 256Mi} # the ceiling');
  });
});
