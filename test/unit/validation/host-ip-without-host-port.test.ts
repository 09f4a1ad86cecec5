import { describe, expect, it } from 'vitest';
import { applyEdits, validateManifest } from '../../../shared';

const RULE = 'pod/host-ip-without-host-port';

const found = (text: string, kubernetesVersion?: string) =>
  validateManifest(text, { kubernetesVersion })
    .filter((p) => p.ruleId === RULE)
    .map((p) => ({ ...p, at: text.slice(p.range.from, p.range.to) }));

const pod = (ports: string, more = '') => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
${more}  containers:
    - name: app
      image: nginx:1.27
      ports: [${ports}]
`;

describe('a port with a hostIP and no hostPort', () => {
  it('is the API server’s warning, at hostIP, with its removal offered', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - containerPort: 8080
          name: http
          hostIP: 10.0.0.1
`;
    const [problem, ...rest] = found(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      line: 12,
      at: 'hostIP',
      severity: 'warning',
      refusedBy: null,
      nodeId: 'container:app',
      message:
        'Port 8080/TCP of container "app" sets hostIP 10.0.0.1 but no hostPort: the API server warns "hostIP set without hostPort", and the address does nothing. Set a hostPort to publish the port on that address, or remove hostIP.',
    });
    expect(problem!.fix?.title).toBe('Remove hostIP');
    const fixed = applyEdits(text, problem!.fix!.edits);
    if (!fixed.ok) throw new Error(fixed.error);
    expect(fixed.text).toMatch(/- containerPort: 8080\n {10}name: http\n$/);
    expect(found(fixed.text)).toEqual([]);
  });

  it('is reported for each port, in init containers, native sidecars and app containers', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
    - name: setup
      image: busybox:1.36
      ports: [{containerPort: 7000, hostIP: 10.0.0.1}]
    - name: mesh
      image: envoyproxy/envoy:v1.31.0
      restartPolicy: Always
      ports: [{containerPort: 9901, protocol: UDP, hostIP: 10.0.0.2}]
  containers:
    - name: app
      image: nginx:1.27
      ports: [{containerPort: 80, hostIP: 10.0.0.3}, {containerPort: 443, hostIP: 10.0.0.4}]
`;
    expect(found(text).map((p) => [p.line, p.nodeId, p.message.split(':')[0]])).toEqual([
      [
        9,
        'container:setup',
        'Port 7000/TCP of init container "setup" sets hostIP 10.0.0.1 but no hostPort',
      ],
      [
        13,
        'container:mesh',
        'Port 9901/UDP of native sidecar "mesh" sets hostIP 10.0.0.2 but no hostPort',
      ],
      [17, 'container:app', 'Port 80/TCP of container "app" sets hostIP 10.0.0.3 but no hostPort'],
      [17, 'container:app', 'Port 443/TCP of container "app" sets hostIP 10.0.0.4 but no hostPort'],
    ]);
  });

  it('is silent where the API server is: with a hostPort, an empty hostIP, an ephemeral container', () => {
    expect(found(pod('{containerPort: 80, hostPort: 8080, hostIP: 10.0.0.1}'))).toEqual([]);
    expect(found(pod('{containerPort: 80, hostIP: ""}'))).toEqual([]);
    expect(found(pod('{containerPort: 80}'))).toEqual([]);
    // A hostPort of 0 is no hostPort.
    expect(found(pod('{containerPort: 80, hostPort: 0, hostIP: 10.0.0.1}'))).toHaveLength(1);
    const ephemeral = `${pod('{containerPort: 80}')}  ephemeralContainers:
    - name: debug
      image: busybox:1.36
      ports: [{containerPort: 9000, hostIP: 10.0.0.1}]
`;
    expect(found(ephemeral)).toEqual([]);
  });

  it('is not reported to a cluster before 1.28, whose API server does not warn', () => {
    const text = pod('{containerPort: 80, hostIP: 10.0.0.1}');
    expect(found(text, '1.27')).toEqual([]);
    expect(found(text, '1.28')).toHaveLength(1);
  });

  it('in a Pod on the host’s network, where the hostPort is filled in, is silent', () => {
    const ports = '{containerPort: 80, hostIP: 10.0.0.1}';
    expect(found(pod(ports, '  hostNetwork: false\n'))).toHaveLength(1);
    expect(found(pod(ports, '  hostNetwork: true\n'))).toEqual([]);
  });

  it('is reported in the Pod template of a workload, host network or not', () => {
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      hostNetwork: true
      containers:
        - name: app
          image: nginx:1.27
          ports: [{containerPort: 80, hostIP: 10.0.0.1}]
`;
    expect(found(deployment).map((p) => [p.line, p.at, p.nodeId])).toEqual([
      [16, 'hostIP', 'container:app'],
    ]);
    const cronJob = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: '*/5 * * * *'
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          initContainers:
            - name: setup
              image: busybox:1.36
              ports: [{containerPort: 7000, hostIP: 10.0.0.1}]
          containers:
            - name: app
              image: busybox:1.36
`;
    const [problem, ...rest] = found(cronJob);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 15, at: 'hostIP', nodeId: 'container:setup' });
    const fixed = applyEdits(cronJob, problem!.fix!.edits);
    if (!fixed.ok) throw new Error(fixed.error);
    expect(fixed.text).toContain('ports: [{containerPort: 7000}]');
    expect(found(fixed.text)).toEqual([]);
  });
});
