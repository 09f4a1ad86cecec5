/**
 * Each target version is checked against its own API schema (generated from the OpenAPI models
 * that @kubernetes/client-node ships for it): a field added in version N is accepted at N and
 * reported as unknown below N, and what a version requires is what that version's API requires.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KUBERNETES_VERSION } from '../../../shared';
import { SCHEMA_VERSIONS } from '../../../shared/validation/schema/known-fields';
import { schemaFor, schemaVersionFor } from '../../../shared/validation/schema/versions';
import { parseKubeVersion } from '../../../shared/validation/version';
import { check, container, only, pod, workload } from './helpers';

const unknown = (manifest: unknown, version: string) =>
  only('schema/unknown-field', manifest, { kubernetesVersion: version }).map((p) => p.message);

/** Fields that arrived in a version, each in a Pod that uses it. */
const ARRIVALS = [
  {
    field: 'restartPolicyRules',
    since: '1.34',
    before: '1.33',
    manifest: pod({
      initContainers: [
        container('init', {
          ports: undefined,
          readinessProbe: undefined,
          restartPolicy: 'Always',
          restartPolicyRules: [{ action: 'Restart', exitCodes: { operator: 'In', values: [42] } }],
        }),
      ],
    }),
  },
  {
    field: 'podCertificate',
    since: '1.34',
    before: '1.33',
    manifest: pod({
      volumes: [
        { name: 'cache', emptyDir: {} },
        {
          name: 'spiffe',
          projected: {
            sources: [
              {
                podCertificate: {
                  signerName: 'row-major.net/spiffe',
                  keyType: 'ED25519',
                  credentialBundlePath: 'credentialbundle.pem',
                },
              },
            ],
          },
        },
      ],
    }),
  },
  {
    field: 'stopSignal',
    since: '1.33',
    before: '1.32',
    manifest: pod({ containers: [container('app', { lifecycle: { stopSignal: 'SIGUSR1' } })] }),
  },
  {
    field: 'image',
    since: '1.32',
    before: '1.30',
    manifest: pod({
      volumes: [
        { name: 'cache', emptyDir: {} },
        {
          name: 'model',
          image: { reference: 'registry.example/model:v1', pullPolicy: 'IfNotPresent' },
        },
      ],
    }),
  },
  {
    field: 'sleep',
    since: '1.29',
    before: '1.28',
    manifest: pod({
      containers: [container('app', { lifecycle: { preStop: { sleep: { seconds: 5 } } } })],
    }),
  },
];

describe('a field added in a version', () => {
  it.each(ARRIVALS)('`$field` is accepted from $since on', ({ manifest, since }) => {
    for (const version of SCHEMA_VERSIONS.filter((v) => !isOlder(v, since))) {
      expect(unknown(manifest, version), version).toEqual([]);
    }
  });

  it.each(ARRIVALS)('`$field` is unknown before $since, saying which version has it', (arrival) => {
    const { manifest, field, since, before } = arrival;
    for (const version of SCHEMA_VERSIONS.filter((v) => isOlder(v, since))) {
      const messages = unknown(manifest, version);
      expect(messages, version).toHaveLength(1);
      expect(messages[0]).toContain(`\`${field}\``);
      expect(messages[0]).toContain(`Kubernetes ${version} API`);
      expect(messages[0]).toContain(`${since} and later have it`);
    }
    expect(unknown(manifest, before)).toHaveLength(1);
  });

  it('a field a later version dropped is unknown there, saying which versions had it', () => {
    const manifest = pod({
      resourceClaims: [{ name: 'gpu', source: { resourceClaimName: 'gpu' } }],
    });
    expect(unknown(manifest, '1.30')).toEqual([]);
    const [message] = unknown(manifest, '1.36');
    expect(message).toContain(
      '`source` in `spec.resourceClaims[0]` is not a field of the Kubernetes 1.36 API',
    );
    expect(message).toContain('up to 1.30 had it');
  });

  it('still offers the near spelling for a typo', () => {
    const manifest = pod({ containers: [container('app', { restartPolicyRule: [] })] });
    expect(unknown(manifest, '1.34')).toEqual([
      'Unknown field `restartPolicyRule` in `spec.containers[0]`: did you mean `restartPolicyRules`?',
    ]);
    expect(unknown(manifest, '1.33')[0]).toMatch(/^Unknown field `restartPolicyRule`/);
  });
});

describe('the type checks', () => {
  it('leave a value under a field the target lacks to the unknown-field report', () => {
    const manifest = pod({
      containers: [container('app', { lifecycle: { preStop: { sleep: { seconds: 'five' } } } })],
    });
    const rules = (version: string) =>
      check(manifest, { kubernetesVersion: version })
        .filter((p) => p.ruleId.startsWith('schema/'))
        .map((p) => p.ruleId);
    expect(rules('1.28')).toEqual(['schema/unknown-field']);
    expect(rules('1.29')).toEqual(['schema/type']);
  });
});

describe('required fields by version', () => {
  const statefulSet = workload('StatefulSet', 'apps/v1');
  const required = (manifest: unknown, version: string) =>
    only('schema/required-field', manifest, { kubernetesVersion: version }).map((p) => p.message);

  it('a StatefulSet needs serviceName up to 1.32 and not from 1.33 on', () => {
    expect(required(statefulSet, '1.32')).toEqual([
      '`spec` is missing the required field `serviceName`.',
    ]);
    expect(required(statefulSet, '1.33')).toEqual([]);
    expect(required(statefulSet, '1.36')).toEqual([]);
  });

  it("a Job's onPodConditions may leave out status, which the API server defaults", () => {
    const job = workload(
      'Job',
      'batch/v1',
      { restartPolicy: 'Never' },
      {
        podFailurePolicy: {
          rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }],
        },
      },
    );
    for (const version of SCHEMA_VERSIONS) expect(required(job, version), version).toEqual([]);
    const noType = structuredClone(job) as { spec: { podFailurePolicy: { rules: object[] } } };
    noType.spec.podFailurePolicy.rules = [{ action: 'Ignore', onPodConditions: [{}] }];
    expect(required(noType, '1.36')).toEqual([
      '`spec.podFailurePolicy.rules[0].onPodConditions[0]` is missing the required field `type`.',
    ]);
  });

  it('a container still needs its name in every version', () => {
    const nameless = pod({ containers: [{ image: 'registry.example/app:1.0' }] });
    for (const version of SCHEMA_VERSIONS) {
      expect(required(nameless, version), version).toContain(
        '`spec.containers[0]` is missing the required field `name`.',
      );
    }
  });
});

describe('the valid corpus (examples of the Kubernetes documentation)', () => {
  const dir = new URL('../../fixtures/valid/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  /** The examples that need a version newer than the oldest. */
  const NEEDS: Record<string, string> = {
    '23-native-sidecar.yaml': '1.28',
    '33-vault-agent.yaml': '1.28',
    '35-pod-certificate.yaml': '1.34',
  };

  it.each(files)('%s has no error in any version that has what it uses', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    for (const version of SCHEMA_VERSIONS) {
      const errors = check(text, { kubernetesVersion: version }).filter(
        (p) => p.severity === 'error',
      );
      const needs = NEEDS[file];
      if (needs && isOlder(version, needs)) expect(errors, version).not.toEqual([]);
      else
        expect(
          errors.map((p) => p.message),
          version,
        ).toEqual([]);
    }
  });
});

describe('the target versions', () => {
  it('default to the newest the schemas come from', () => {
    expect(DEFAULT_KUBERNETES_VERSION).toBe(SCHEMA_VERSIONS.at(-1));
    expect(schemaFor(undefined).version).toBe(DEFAULT_KUBERNETES_VERSION);
    expect(schemaFor(DEFAULT_KUBERNETES_VERSION).fields['v1/Container']).toHaveProperty(
      'restartPolicyRules',
    );
  });

  it('check a version without a schema of its own against the next newer one', () => {
    const of = (text: string) => schemaVersionFor(parseKubeVersion(text));
    expect(of('1.31')).toBe('1.32');
    expect(of('v1.35.2')).toBe('1.36');
    expect(of('1.40')).toBe(SCHEMA_VERSIONS.at(-1));
    expect(of('1.20')).toBe(SCHEMA_VERSIONS[0]);
    for (const version of SCHEMA_VERSIONS) expect(of(version)).toBe(version);
  });

  it('come with several versions, each with the workload kinds the app edits', () => {
    expect(SCHEMA_VERSIONS.length).toBeGreaterThanOrEqual(6);
    for (const version of SCHEMA_VERSIONS) {
      const { fields } = schemaFor(version);
      expect(Object.keys(fields['v1/PodSpec'] ?? {}), version).toContain('containers');
      expect(Object.keys(fields['batch/v1/CronJobSpec'] ?? {}), version).toContain('jobTemplate');
    }
  });
});

function isOlder(version: string, than: string): boolean {
  return parseKubeVersion(version).minor < parseKubeVersion(than).minor;
}
