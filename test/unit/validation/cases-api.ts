import type { RuleCase } from './cases';
import { container, helper, pod, workload } from './helpers';

const withProbe = (probe: Record<string, unknown>) =>
  pod({ containers: [container('app', { livenessProbe: probe })] });

const failurePolicy = {
  podFailurePolicy: {
    rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [42] } }],
  },
};

const spread = (operator: string) => ({
  maxSkew: 1,
  topologyKey: 'topology.kubernetes.io/zone',
  whenUnsatisfiable: 'ScheduleAnyway',
  labelSelector: { matchExpressions: [{ key: 'app', operator, values: ['web'] }] },
});

const selecting = (labels: Record<string, string>) => ({
  ...(workload('Deployment', 'apps/v1') as Record<string, unknown>),
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels },
      spec: (pod() as { spec: unknown }).spec,
    },
  },
});

/** The rules the API server applies to a Pod beyond names, ports, mounts and quantities. */
export const API_RULE_CASES: Record<string, RuleCase> = {
  'pod/invalid-object-name': {
    triggers: pod({}, { name: 'My_Web.Pod' }),
    at: 'My_Web.Pod',
    clean: pod({}, { name: 'my-web.pod' }),
  },
  'pod/invalid-label': {
    triggers: pod({}, { labels: { 'app/name/x': 'web', tier: 'front end' } }),
    count: 2,
    at: 'app/name/x',
    clean: pod({}, { labels: { 'app.kubernetes.io/name': 'web', tier: 'front-end' } }),
  },
  'pod/selector-mismatch': {
    triggers: selecting({ app: 'api' }),
    at: 'selector',
    clean: selecting({ app: 'web', tier: 'front' }),
  },
  'pod/container-restart-policy': {
    triggers: pod({ containers: [container('app', { restartPolicy: 'Always' })] }),
    at: 'restartPolicy',
    clean: pod({
      initContainers: [helper('proxy', { restartPolicy: 'Always' })],
      containers: [container('app')],
    }),
  },
  'pod/duplicate-env-name': {
    triggers: pod({
      containers: [
        container('app', {
          env: [
            { name: 'MODE', value: 'a' },
            { name: 'MODE', value: 'b' },
          ],
        }),
      ],
    }),
    at: 'MODE',
    clean: pod({
      containers: [
        container('app', {
          env: [
            { name: 'MODE', value: 'a' },
            { name: 'LEVEL', value: 'b' },
          ],
        }),
      ],
    }),
  },
  'pod/invalid-env-name': {
    triggers: pod({ containers: [container('app', { env: [{ name: '1st.mode', value: 'a' }] })] }),
    options: { kubernetesVersion: '1.31' },
    at: '1st.mode',
    clean: pod({ containers: [container('app', { env: [{ name: '1st.mode', value: 'a' }] })] }),
    cleanOptions: { kubernetesVersion: '1.32' },
  },
  'pod/probe-handler': {
    triggers: withProbe({ httpGet: { path: '/', port: 'http' }, tcpSocket: { port: 'http' } }),
    at: 'tcpSocket',
    clean: withProbe({ tcpSocket: { port: 'http' } }),
  },
  'pod/probe-success-threshold': {
    triggers: withProbe({ tcpSocket: { port: 'http' }, successThreshold: 2 }),
    at: '2',
    clean: withProbe({ tcpSocket: { port: 'http' }, successThreshold: 1 }),
  },
  'pod/probe-port-not-declared': {
    triggers: withProbe({ tcpSocket: { port: 9090 } }),
    at: '9090',
    clean: withProbe({ tcpSocket: { port: 8080 } }),
  },
  'pod/host-network-port': {
    triggers: pod({
      hostNetwork: true,
      containers: [
        container('app', { ports: [{ containerPort: 8080, hostPort: 80, name: 'http' }] }),
      ],
    }),
    at: '80',
    clean: pod({
      hostNetwork: true,
      containers: [
        container('app', { ports: [{ containerPort: 8080, hostPort: 8080, name: 'http' }] }),
      ],
    }),
  },
  'pod/dns-config': {
    triggers: pod({ dnsPolicy: 'None' }),
    at: 'None',
    clean: pod({ dnsPolicy: 'None', dnsConfig: { nameservers: ['10.0.0.10'] } }),
  },
  'pod/invalid-toleration': {
    triggers: pod({
      tolerations: [{ key: 'gpu', operator: 'Exists', value: 'yes', effect: 'NoSchedule' }],
    }),
    at: 'yes',
    clean: pod({ tolerations: [{ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' }] }),
  },
  'pod/invalid-hostname': {
    triggers: pod({ hostname: 'Web_1' }),
    at: 'Web_1',
    clean: pod({ hostname: 'web-1' }),
  },
  'pod/seccomp-localhost': {
    triggers: pod({
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'Localhost' } },
    }),
    at: 'seccompProfile',
    clean: pod({
      securityContext: {
        runAsNonRoot: true,
        seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/audit.json' },
      },
    }),
  },
  'pod/volume-sources': {
    triggers: pod({ volumes: [{ name: 'cache', emptyDir: {}, configMap: { name: 'c' } }] }),
    at: 'configMap',
    clean: pod({ volumes: [{ name: 'cache', configMap: { name: 'c' } }] }),
  },
  'pod/invalid-sub-path': {
    triggers: pod({
      containers: [
        container('app', { volumeMounts: [{ name: 'cache', mountPath: '/c', subPath: '../etc' }] }),
      ],
    }),
    at: '../etc',
    clean: pod({
      containers: [
        container('app', { volumeMounts: [{ name: 'cache', mountPath: '/c', subPath: 'etc' }] }),
      ],
    }),
  },
  'pod/invalid-item-path': {
    triggers: pod({
      volumes: [{ name: 'cache', configMap: { name: 'app', items: [{ key: 'a', path: '../a' }] } }],
    }),
    at: '../a',
    clean: pod({
      volumes: [
        { name: 'cache', configMap: { name: 'app', items: [{ key: 'a', path: 'etc/a' }] } },
      ],
    }),
  },
  'pod/token-expiration': {
    triggers: pod({
      volumes: [
        {
          name: 'cache',
          projected: {
            sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 300 } }],
          },
        },
      ],
    }),
    at: '300',
    clean: pod({
      volumes: [
        {
          name: 'cache',
          projected: {
            sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 600 } }],
          },
        },
      ],
    }),
  },
  'pod/undefined-env-reference': {
    triggers: pod({
      containers: [
        container('app', {
          env: [
            { name: 'URL', value: 'http://$(HOST):8080' },
            { name: 'HOST', value: 'localhost' },
          ],
        }),
      ],
    }),
    at: '$(HOST)',
    clean: pod({
      containers: [
        container('app', {
          args: ['--url=$(URL)', '--literal=$$(URL)'],
          env: [
            { name: 'HOST', value: 'localhost' },
            { name: 'URL', value: 'http://$(HOST):8080' },
          ],
        }),
      ],
    }),
  },
  'pod/non-root-conflict': {
    triggers: pod({ securityContext: { runAsNonRoot: true, runAsUser: 0 } }),
    at: '0',
    clean: pod({ securityContext: { runAsNonRoot: true, runAsUser: 1000 } }),
  },
  'pod/env-value-and-value-from': {
    triggers: pod({
      containers: [
        container('app', {
          env: [
            {
              name: 'MODE',
              value: 'debug',
              valueFrom: { configMapKeyRef: { name: 'c', key: 'm' } },
            },
          ],
        }),
      ],
    }),
    at: 'valueFrom',
    clean: pod({
      containers: [
        container('app', {
          env: [
            { name: 'MODE', value: '', valueFrom: { configMapKeyRef: { name: 'c', key: 'm' } } },
          ],
        }),
      ],
    }),
  },
  'pod/probe-grace-period': {
    triggers: pod({
      containers: [
        container('app', {
          readinessProbe: {
            httpGet: { path: '/ready', port: 'http' },
            terminationGracePeriodSeconds: 5,
          },
        }),
      ],
    }),
    at: 'terminationGracePeriodSeconds',
    clean: withProbe({
      httpGet: { path: '/live', port: 'http' },
      terminationGracePeriodSeconds: 5,
    }),
  },
  'pod/invalid-http-header': {
    triggers: withProbe({
      httpGet: { path: '/live', port: 'http', httpHeaders: [{ name: 'X Probe', value: 'yes' }] },
    }),
    at: 'X Probe',
    clean: withProbe({
      httpGet: { path: '/live', port: 'http', httpHeaders: [{ name: 'X-Probe', value: 'yes' }] },
    }),
  },
  'pod/bidirectional-propagation': {
    triggers: pod({
      containers: [
        container('app', {
          volumeMounts: [{ name: 'cache', mountPath: '/cache', mountPropagation: 'Bidirectional' }],
        }),
      ],
    }),
    at: 'Bidirectional',
    clean: pod({
      containers: [
        container('app', {
          volumeMounts: [
            { name: 'cache', mountPath: '/cache', mountPropagation: 'HostToContainer' },
          ],
        }),
      ],
    }),
  },
  'pod/invalid-host-alias': {
    triggers: pod({ hostAliases: [{ ip: '10.0.0.1:8080', hostnames: ['db.local'] }] }),
    at: '10.0.0.1:8080',
    clean: pod({ hostAliases: [{ ip: '10.0.0.1', hostnames: ['db.local'] }] }),
  },
  'pod/pod-failure-policy-restart': {
    triggers: workload('Job', 'batch/v1', { restartPolicy: 'OnFailure' }, failurePolicy),
    at: 'OnFailure',
    clean: workload('Job', 'batch/v1', { restartPolicy: 'Never' }, failurePolicy),
  },
  'pod/active-deadline-for-workload': {
    triggers: workload('StatefulSet', 'apps/v1', { activeDeadlineSeconds: 600 }),
    at: 'activeDeadlineSeconds',
    clean: workload('Job', 'batch/v1', { restartPolicy: 'Never', activeDeadlineSeconds: 600 }),
  },
  'pod/number-out-of-range': {
    triggers: withProbe({ tcpSocket: { port: 'http' }, periodSeconds: -10 }),
    at: '-10',
    clean: withProbe({ tcpSocket: { port: 'http' }, periodSeconds: 10 }),
  },
  'pod/negative-grace-period': {
    triggers: pod({ terminationGracePeriodSeconds: -1 }),
    at: '-1',
    clean: pod({ terminationGracePeriodSeconds: 0 }),
  },
  'pod/invalid-match-expression': {
    triggers: pod({ topologySpreadConstraints: [spread('in')] }),
    at: 'in',
    clean: pod({ topologySpreadConstraints: [spread('In')] }),
  },
  'pod/invalid-schedule': {
    triggers: workload(
      'CronJob',
      'batch/v1',
      { restartPolicy: 'Never' },
      { schedule: '0 */5 * * * *' },
    ),
    at: '0 */5 * * * *',
    clean: workload('CronJob', 'batch/v1', { restartPolicy: 'Never' }, { schedule: '*/5 * * * *' }),
  },
  'pod/invalid-time-zone': {
    triggers: workload(
      'CronJob',
      'batch/v1',
      { restartPolicy: 'Never' },
      { timeZone: 'Europe/Pariss' },
    ),
    at: 'Europe/Pariss',
    clean: workload(
      'CronJob',
      'batch/v1',
      { restartPolicy: 'Never' },
      { timeZone: 'Europe/Paris' },
    ),
  },
  'lint/image-placeholder-tag': {
    triggers: pod({ containers: [container('app', { image: 'nginx:set-a-version' })] }),
    at: 'nginx:set-a-version',
    clean: pod({ containers: [container('app', { image: 'nginx:1.27' })] }),
  },
};
