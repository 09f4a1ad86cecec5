import { describe, expect, it } from 'vitest';
import { quantityToBytes, simPodFromSpec } from '../../../shared/lifecycle/from-spec';
import { describeProbe } from '../../../shared/lifecycle/messages';
import { templateSimPod } from './helpers';

describe('simPodFromSpec on the templates', () => {
  it('reads the lesson production Pod', () => {
    const pod = templateSimPod('pod-api.yaml');
    expect(pod.restartPolicy).toBe('Always');
    expect(pod.containers.map((c) => [c.name, c.kind])).toEqual([
      ['init-migrate', 'init'],
      ['api-server', 'app'],
    ]);
    const api = pod.containers[1];
    expect(api).toMatchObject({
      image: 'my-api:v2',
      imagePullPolicy: 'IfNotPresent',
      memoryLimit: '512Mi',
      memoryLimitBytes: 512 * 2 ** 20,
      startupProbe: null,
    });
    expect(api?.readinessProbe).toEqual({
      handler: 'httpGet',
      port: '8080',
      portNumber: '8080',
      path: '/healthz/ready',
      command: null,
      initialDelaySeconds: 5,
      periodSeconds: 10,
      timeoutSeconds: 1,
      failureThreshold: 3,
      successThreshold: 1,
      // Not set on the probe: a kill after it fails takes the Pod's grace period.
      terminationGracePeriodSeconds: null,
    });
    expect(describeProbe(api!.livenessProbe!)).toBe(
      'http-get http://:8080/healthz/live delay=15s timeout=1s period=20s #success=1 #failure=3',
    );
  });

  it('reads native sidecars as init containers with restartPolicy Always', () => {
    expect(templateSimPod('native-sidecar.yaml').containers.map((c) => [c.name, c.kind])).toEqual([
      ['log-shipper', 'native-sidecar'],
      ['init-migrate', 'init'],
      ['api-server', 'app'],
    ]);
    const vault = templateSimPod('vault-agent.yaml').containers[0];
    expect(vault).toMatchObject({ name: 'vault-agent', kind: 'native-sidecar' });
    expect(vault?.startupProbe).toMatchObject({
      handler: 'exec',
      command: ['test', '-s', '/vault/secrets/db-credentials'],
      periodSeconds: 2,
      failureThreshold: 30,
    });
  });

  it('reads every template', () => {
    const kinds = {
      'pod-anatomy.yaml': ['init', 'app', 'app'],
      'api-with-sidecar.yaml': ['app', 'app'],
      'envoy-proxy.yaml': ['app', 'app'],
      'batch-job-pod.yaml': ['app'],
    };
    for (const [file, expected] of Object.entries(kinds))
      expect(templateSimPod(file).containers.map((c) => c.kind)).toEqual(expected);
    expect(templateSimPod('batch-job-pod.yaml').restartPolicy).toBe('OnFailure');
    expect(templateSimPod('envoy-proxy.yaml').containers[1]?.readinessProbe?.port).toBe(
      'proxy-health',
    );
  });

  it('tolerates missing and odd fields', () => {
    // Kubernetes' defaults: restartPolicy Always, a 30-second grace period, no overhead.
    const empty = {
      containers: [],
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      overhead: {},
    };
    expect(simPodFromSpec(undefined)).toEqual(empty);
    expect(simPodFromSpec('nonsense')).toEqual(empty);
    const pod = simPodFromSpec({
      restartPolicy: 'Sometimes',
      initContainers: 'not a list',
      containers: [
        null,
        {
          name: 'app',
          image: 'registry.local:5000/app',
          livenessProbe: { periodSeconds: 'often', failureThreshold: 0, successThreshold: 5 },
          readinessProbe: { exec: { command: ['cat', 7, '/ready'] }, periodSeconds: '15' },
          resources: { limits: { memory: 'lots' } },
        },
      ],
    });
    expect(pod.restartPolicy).toBe('Always');
    expect(pod.containers.map((c) => c.name)).toEqual(['container-1', 'app']);
    const app = pod.containers[1];
    // No tag: the default pull policy is Always (a registry port is not a tag).
    expect(app?.imagePullPolicy).toBe('Always');
    expect(app?.livenessProbe).toMatchObject({
      handler: 'unknown',
      periodSeconds: 10,
      failureThreshold: 3,
      successThreshold: 1,
    });
    expect(app?.readinessProbe).toMatchObject({
      command: ['cat', '/ready'],
      periodSeconds: 15,
    });
    expect(app).toMatchObject({ memoryLimit: 'lots', memoryLimitBytes: null });
  });

  it('ignores probes on plain init containers, which Kubernetes forbids', () => {
    const pod = simPodFromSpec({
      initContainers: [{ name: 'init', readinessProbe: { exec: { command: ['true'] } } }],
      containers: [{ name: 'app' }],
    });
    expect(pod.containers[0]?.readinessProbe).toBeNull();
  });
});

describe('quantityToBytes', () => {
  it('reads binary, decimal and exponent quantities', () => {
    expect(quantityToBytes('512Mi')).toBe(536870912);
    expect(quantityToBytes('1Gi')).toBe(2 ** 30);
    expect(quantityToBytes('1G')).toBe(1e9);
    expect(quantityToBytes('128974848')).toBe(128974848);
    expect(quantityToBytes(128974848)).toBe(128974848);
    expect(quantityToBytes('129e6')).toBe(129e6);
    expect(quantityToBytes('123k')).toBe(123000);
    expect(quantityToBytes('0.5Gi')).toBe(2 ** 29);
    expect(quantityToBytes('1500m')).toBe(2);
  });

  it('rejects what is not a quantity', () => {
    for (const bad of ['', 'lots', '12MB', '-1Gi', null, {}])
      expect(quantityToBytes(bad)).toBeNull();
  });
});
