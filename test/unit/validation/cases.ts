import type { ValidateOptions } from '../../../shared';
import { API_RULE_CASES } from './cases-api';
import { PSS_RULE_CASES } from './cases-pss';
import { container, helper, pod, workload, yamlOf } from './helpers';

export interface RuleCase {
  /** A manifest with exactly `count` problems of the rule (default 1). */
  triggers: unknown;
  count?: number;
  /** The text the first problem's range covers. */
  at?: string;
  /** A close variant without the problem. */
  clean: unknown;
  options?: ValidateOptions;
  /** Options for the clean variant, when not the same. */
  cleanOptions?: ValidateOptions;
}

const probe = { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 10 };
const logs = [
  { name: 'cache', emptyDir: {} },
  { name: 'logs', emptyDir: {} },
];

/** A clean Pod with a label and a mount option written as given. */
function yaml11Pod(label: string, readOnly: string): string {
  return [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    '  labels:',
    `    ${label}`,
    'spec:',
    '  securityContext: {runAsNonRoot: true}',
    '  containers:',
    '    - name: app',
    '      image: nginx:1.27',
    '      resources: {requests: {cpu: 100m}}',
    '      securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true}',
    '      volumeMounts:',
    '        - name: cache',
    '          mountPath: /cache',
    `          ${readOnly}`,
    '  volumes:',
    '    - name: cache',
    '      emptyDir: {}',
    '',
  ].join('\n');
}

/** One case per rule: what triggers it, and the nearest manifest that does not. */
export const RULE_CASES: Record<string, RuleCase> = {
  'pod/object-not-in-file': {
    triggers: [
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\n',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: app, image: nginx:1.27, envFrom: [{secretRef: {name: web}}]}]\n',
    ].join('---\n'),
    at: 'web',
    clean: [
      'apiVersion: v1\nkind: Secret\nmetadata: {name: web}\n',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: [{name: app, image: nginx:1.27, envFrom: [{secretRef: {name: web}}]}]\n',
    ].join('---\n'),
  },
  'pod/unknown-target-port': {
    triggers: [
      yamlOf(pod({}, { labels: { app: 'web' } })),
      'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80, targetPort: web}]\n',
    ].join('---\n'),
    at: 'web',
    clean: [
      yamlOf(pod({}, { labels: { app: 'web' } })),
      'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]\n',
    ].join('---\n'),
  },
  'schema/unknown-field': {
    triggers: pod({ containers: [container('app', { volumemounts: [] })] }),
    at: 'volumemounts',
    clean: pod({
      containers: [container('app', { volumeMounts: [{ name: 'cache', mountPath: '/c' }] })],
    }),
  },
  'schema/required-field': {
    triggers: pod({ containers: [container('app', { ports: [{ name: 'http' }] })] }),
    clean: pod({
      containers: [container('app', { ports: [{ name: 'http', containerPort: 80 }] })],
    }),
  },
  'schema/type': {
    triggers: pod({
      containers: [container('app', { ports: [{ containerPort: '8080', name: 'http' }] })],
    }),
    at: '"8080"',
    clean: pod(),
  },
  'schema/enum': {
    triggers: pod({ containers: [container('app', { imagePullPolicy: 'Sometimes' })] }),
    at: 'Sometimes',
    clean: pod({ containers: [container('app', { imagePullPolicy: 'IfNotPresent' })] }),
  },
  'schema/api-version': {
    triggers: workload('Deployment', 'v1'),
    at: 'v1',
    clean: workload('Deployment', 'apps/v1'),
  },
  'schema/yaml11-boolean': {
    triggers: yaml11Pod('debug: yes', 'readOnly: on'),
    count: 2,
    at: 'yes',
    clean: yaml11Pod('debug: "yes"', 'readOnly: true'),
  },
  'schema/yaml11-number': {
    triggers: yaml11Pod('debug: "yes"', 'readOnly: true').replace(
      'emptyDir: {}',
      'configMap: {name: conf, defaultMode: 0644}',
    ),
    at: '0644',
    clean: yaml11Pod('debug: "yes"', 'readOnly: true').replace(
      'emptyDir: {}',
      'configMap: {name: conf, defaultMode: 0o644}',
    ),
  },
  'pod/invalid-name': {
    triggers: pod({ containers: [container('App_1')] }),
    at: 'App_1',
    clean: pod({ containers: [container('app-1')] }),
  },
  'pod/no-containers': {
    triggers: pod({ initContainers: [helper('setup')], containers: [] }),
    at: 'containers',
    clean: pod({ initContainers: [helper('setup')] }),
  },
  'pod/missing-image': {
    triggers: pod({ containers: [container('app', { image: '' })] }),
    clean: pod(),
  },
  'pod/invalid-image': {
    triggers: pod({ containers: [container('app', { image: 'nginx:1.25 [oops' })] }),
    at: 'nginx:1.25 [oops',
    clean: pod({
      containers: [container('app', { image: 'registry.example.com:5000/team/app:v2' })],
    }),
  },
  'pod/duplicate-container-name': {
    triggers: pod({ initContainers: [helper('app')], containers: [container('app')] }),
    // Both containers of the name are marked.
    count: 2,
    clean: pod({ initContainers: [helper('setup')], containers: [container('app')] }),
  },
  'pod/duplicate-volume-name': {
    triggers: pod({
      volumes: [
        { name: 'cache', emptyDir: {} },
        { name: 'cache', emptyDir: {} },
      ],
    }),
    clean: pod(),
  },
  'pod/invalid-port-name': {
    triggers: pod({
      containers: [
        container('app', {
          ports: [{ containerPort: 80, name: 'web--ui' }],
          readinessProbe: { tcpSocket: { port: 80 } },
        }),
      ],
    }),
    at: 'web--ui',
    clean: pod({
      containers: [
        container('app', {
          ports: [{ containerPort: 80, name: 'web-ui' }],
          readinessProbe: { tcpSocket: { port: 80 } },
        }),
      ],
    }),
  },
  'pod/duplicate-port-name': {
    triggers: pod({
      containers: [
        container('app', {
          ports: [
            { containerPort: 8080, name: 'http' },
            { containerPort: 8081, name: 'http' },
          ],
        }),
      ],
    }),
    clean: pod({
      containers: [
        container('app', {
          ports: [
            { containerPort: 8080, name: 'http' },
            { containerPort: 8081, name: 'admin' },
          ],
        }),
      ],
    }),
  },
  'pod/port-out-of-range': {
    triggers: pod({
      containers: [container('app', { ports: [{ containerPort: 70000, name: 'http' }] })],
    }),
    at: '70000',
    clean: pod({
      containers: [container('app', { ports: [{ containerPort: 65535, name: 'http' }] })],
    }),
  },
  'pod/port-conflict': {
    triggers: pod({ containers: [container('app'), container('proxy')] }),
    clean: pod({
      initContainers: [helper('wait', { ports: [{ containerPort: 8080 }] })],
      containers: [
        container('app'),
        container('proxy', { ports: [{ containerPort: 9090, name: 'http' }] }),
      ],
    }),
  },
  'pod/duplicate-port': {
    triggers: pod({
      containers: [
        container('app', {
          ports: [
            { containerPort: 8080, name: 'http' },
            { containerPort: 8080, protocol: 'TCP' },
          ],
        }),
      ],
    }),
    at: '8080',
    clean: pod({
      containers: [
        container('app', {
          ports: [
            { containerPort: 8080, name: 'http' },
            { containerPort: 8080, protocol: 'UDP' },
            { containerPort: 9090 },
          ],
        }),
      ],
    }),
  },
  'pod/shared-port-name': {
    triggers: pod({
      containers: [
        container('app'),
        container('proxy', { ports: [{ containerPort: 9901, name: 'http' }] }),
      ],
    }),
    at: 'http',
    clean: pod({
      containers: [
        container('app'),
        container('proxy', { ports: [{ containerPort: 9901, name: 'admin' }] }),
      ],
    }),
  },
  'pod/duplicate-port-across-containers': {
    triggers: pod({
      initContainers: [helper('setup', { ports: [{ containerPort: 8080 }] })],
      containers: [container('app')],
    }),
    at: '8080',
    clean: pod({
      initContainers: [helper('setup', { ports: [{ containerPort: 9090 }] })],
      containers: [container('app')],
    }),
  },
  'pod/host-ip-without-host-port': {
    triggers: pod({
      containers: [
        container('app', { ports: [{ containerPort: 8080, name: 'http', hostIP: '10.0.0.1' }] }),
      ],
    }),
    at: 'hostIP',
    clean: pod({
      containers: [
        container('app', {
          ports: [{ containerPort: 8080, name: 'http', hostPort: 8080, hostIP: '10.0.0.1' }],
        }),
      ],
    }),
  },
  'pod/volume-replaced': {
    triggers: workload(
      'StatefulSet',
      'apps/v1',
      {
        containers: [container('app', { volumeMounts: [{ name: 'data', mountPath: '/data' }] })],
        volumes: [{ name: 'data', emptyDir: {} }],
      },
      {
        serviceName: 'web',
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
            spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
          },
        ],
      },
    ),
    at: 'data',
    clean: workload(
      'StatefulSet',
      'apps/v1',
      { containers: [container('app', { volumeMounts: [{ name: 'data', mountPath: '/data' }] })] },
      {
        serviceName: 'web',
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
            spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
          },
        ],
      },
    ),
  },
  'pod/unknown-volume': {
    triggers: pod({
      containers: [
        container('app', {
          volumeMounts: [
            { name: 'cache', mountPath: '/c' },
            { name: 'logs', mountPath: '/logs' },
          ],
        }),
      ],
    }),
    at: 'logs',
    clean: pod({
      containers: [
        container('app', {
          volumeMounts: [
            { name: 'cache', mountPath: '/c' },
            { name: 'logs', mountPath: '/logs' },
          ],
        }),
      ],
      volumes: logs,
    }),
  },
  'pod/file-mode-range': {
    triggers: pod({ volumes: [{ name: 'config', configMap: { name: 'app', defaultMode: 644 } }] }),
    at: '644',
    clean: pod({ volumes: [{ name: 'config', configMap: { name: 'app', defaultMode: 420 } }] }),
  },
  'pod/file-mode-octal-digits': {
    triggers: pod({
      volumes: [{ name: 'config', secret: { secretName: 'app', defaultMode: 400 } }],
    }),
    at: '400',
    clean: pod({ volumes: [{ name: 'config', secret: { secretName: 'app', defaultMode: 256 } }] }),
  },
  'pod/same-mount-directory': {
    triggers: pod({
      containers: [
        container('app', {
          volumeMounts: [
            { name: 'cache', mountPath: '/data' },
            { name: 'logs', mountPath: '/data/' },
          ],
        }),
      ],
      volumes: logs,
    }),
    at: '/data/',
    clean: pod({
      containers: [
        container('app', {
          volumeMounts: [
            { name: 'cache', mountPath: '/data' },
            { name: 'logs', mountPath: '/data/logs' },
          ],
        }),
      ],
      volumes: logs,
    }),
  },
  'pod/duplicate-mount-path': {
    triggers: pod({
      containers: [
        container('app', {
          volumeMounts: [
            { name: 'cache', mountPath: '/data' },
            { name: 'logs', mountPath: '/data' },
          ],
        }),
      ],
      volumes: logs,
    }),
    clean: pod({
      containers: [
        container('app', {
          volumeMounts: [
            { name: 'cache', mountPath: '/data' },
            { name: 'logs', mountPath: '/logs' },
          ],
        }),
      ],
      volumes: logs,
    }),
  },
  'pod/unknown-resource-name': {
    triggers: pod({
      containers: [
        container('app', {
          resources: {
            requests: { cpu: '100m', memroy: '128Mi' },
            limits: { cpu: '1', memory: '1Gi' },
          },
        }),
      ],
    }),
    at: 'memroy',
    clean: pod({
      containers: [
        container('app', {
          resources: {
            requests: { cpu: '100m', memory: '128Mi', 'nvidia.com/gpu': 1 },
            limits: { cpu: '1', memory: '1Gi', 'nvidia.com/gpu': 1, 'hugepages-2Mi': '1Gi' },
          },
        }),
      ],
    }),
  },
  'pod/invalid-downward-api': {
    triggers: pod({
      containers: [
        container('app', {
          env: [{ name: 'IP', valueFrom: { fieldRef: { fieldPath: 'status.podIp' } } }],
        }),
      ],
    }),
    at: 'status.podIp',
    clean: pod({
      containers: [
        container('app', {
          env: [
            { name: 'IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
            { name: 'APP', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
            { name: 'MEM', valueFrom: { resourceFieldRef: { resource: 'limits.memory' } } },
          ],
        }),
      ],
    }),
  },
  'pod/invalid-quantity': {
    triggers: pod({
      containers: [
        container('app', {
          resources: {
            requests: { cpu: '100m', memory: '128MB' },
            limits: { cpu: '1', memory: '1Gi' },
          },
        }),
      ],
    }),
    at: '128MB',
    clean: pod({
      containers: [
        container('app', {
          resources: { requests: { cpu: 0.1, memory: '128M' }, limits: { cpu: 1, memory: '1e9' } },
        }),
      ],
    }),
  },
  'pod/requests-exceed-limits': {
    triggers: pod({
      containers: [
        container('app', {
          resources: {
            requests: { cpu: '2', memory: '128Mi' },
            limits: { cpu: '500m', memory: '128Mi' },
          },
        }),
      ],
    }),
    at: '"2"',
    clean: pod({
      containers: [
        container('app', {
          resources: {
            requests: { cpu: '500m', memory: '128Mi' },
            limits: { cpu: '0.5', memory: '128Mi' },
          },
        }),
      ],
    }),
  },
  'pod/fractional-bytes': {
    triggers: pod({
      containers: [
        container('app', {
          resources: {
            requests: { cpu: '100m', memory: '128m' },
            limits: { cpu: '500m', memory: '256Mi' },
          },
        }),
      ],
    }),
    at: '128m',
    clean: pod({
      containers: [
        container('app', {
          resources: {
            requests: { cpu: '100m', memory: '128Mi' },
            limits: { cpu: '500m', memory: '0.5Gi' },
          },
        }),
      ],
    }),
  },
  'pod/restart-policy-for-workload': {
    triggers: workload('Job', 'batch/v1'),
    clean: workload('Job', 'batch/v1', { restartPolicy: 'Never' }),
  },
  'pod/init-container-probe': {
    triggers: pod({
      initContainers: [helper('migrate', { livenessProbe: { exec: { command: ['true'] } } })],
    }),
    at: 'livenessProbe',
    clean: pod({
      initContainers: [
        helper('agent', {
          restartPolicy: 'Always',
          livenessProbe: { exec: { command: ['true'] } },
        }),
      ],
    }),
  },
  'pod/unknown-probe-port': {
    triggers: pod({
      containers: [container('app', { readinessProbe: { httpGet: { path: '/', port: 'web' } } })],
    }),
    at: 'web',
    clean: pod({
      containers: [
        container('app', {
          readinessProbe: { httpGet: { path: '/', port: 'http' } },
          livenessProbe: { tcpSocket: { port: 8080 } },
        }),
      ],
    }),
  },
  'pod/unknown-container': {
    triggers: pod({
      containers: [
        container('app', {
          env: [
            {
              name: 'CPU',
              valueFrom: { resourceFieldRef: { containerName: 'gone', resource: 'limits.cpu' } },
            },
          ],
        }),
      ],
    }),
    at: 'gone',
    clean: pod({
      containers: [
        container('app', {
          env: [
            {
              name: 'CPU',
              valueFrom: { resourceFieldRef: { containerName: 'app', resource: 'limits.cpu' } },
            },
          ],
        }),
      ],
    }),
  },
  'pod/ephemeral-containers': {
    triggers: pod({
      ephemeralContainers: [
        { name: 'debugger', image: 'busybox:1.36', targetContainerName: 'app' },
      ],
    }),
    at: 'ephemeralContainers',
    clean: pod({ ephemeralContainers: [] }),
  },
  'lint/limits-without-requests': {
    triggers: pod({
      containers: [container('app', { resources: { limits: { cpu: '500m', memory: '256Mi' } } })],
    }),
    at: 'limits',
    clean: pod({
      containers: [container('app', { resources: { requests: { cpu: '500m', memory: '256Mi' } } })],
    }),
  },
  'lint/no-resources': {
    triggers: pod({ containers: [container('app', { resources: {} })] }),
    clean: pod({ containers: [container('app', { resources: { requests: { memory: '64Mi' } } })] }),
  },
  'lint/image-not-pinned': {
    triggers: pod({
      initContainers: [helper('setup', { image: 'registry:5000/tools' })],
      containers: [container('app', { image: 'nginx:latest' })],
    }),
    count: 2,
    at: 'nginx:latest',
    clean: pod({
      initContainers: [helper('setup', { image: 'registry:5000/tools:2.1' })],
      containers: [
        container('app', {
          image: 'nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
        }),
      ],
    }),
  },
  'lint/no-readiness-probe': {
    triggers: pod({ containers: [container('app', { readinessProbe: undefined })] }),
    clean: pod({
      restartPolicy: 'Never',
      containers: [container('app', { readinessProbe: undefined })],
    }),
  },
  'lint/liveness-equals-readiness': {
    triggers: pod({
      containers: [container('app', { readinessProbe: probe, livenessProbe: probe })],
    }),
    at: 'livenessProbe',
    clean: pod({
      containers: [
        container('app', { readinessProbe: probe, livenessProbe: { ...probe, periodSeconds: 20 } }),
      ],
    }),
  },
  'lint/slow-start-without-startup-probe': {
    triggers: pod({
      containers: [container('app', { livenessProbe: { ...probe, initialDelaySeconds: 90 } })],
    }),
    at: '90',
    clean: pod({
      containers: [
        container('app', {
          livenessProbe: { ...probe, initialDelaySeconds: 90 },
          startupProbe: { ...probe, failureThreshold: 30 },
        }),
      ],
    }),
  },
  'lint/secret-in-env': {
    triggers: pod({
      containers: [
        container('app', {
          env: [
            { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
          ],
          envFrom: [{ configMapRef: { name: 'app-config' } }, { secretRef: { name: 'api-keys' } }],
        }),
      ],
    }),
    count: 2,
    at: 'secretKeyRef',
    clean: pod({
      containers: [
        container('app', {
          env: [{ name: 'DB_PASSWORD_FILE', value: '/secrets/password' }],
          envFrom: [{ configMapRef: { name: 'app-config' } }],
        }),
      ],
    }),
  },
  'lint/run-as-non-root': {
    triggers: pod({ securityContext: { runAsUser: 1000 } }),
    at: 'securityContext',
    clean: pod({
      securityContext: undefined,
      containers: [
        container('app', {
          securityContext: {
            runAsNonRoot: true,
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
          },
        }),
      ],
    }),
  },
  'lint/allow-privilege-escalation': {
    triggers: pod({
      containers: [container('app', { securityContext: { readOnlyRootFilesystem: true } })],
    }),
    clean: pod(),
  },
  'lint/read-only-root-filesystem': {
    triggers: pod({ containers: [container('app', { securityContext: undefined })] }),
    clean: pod(),
  },
  'pss/host-path': {
    triggers: pod({ volumes: [{ name: 'cache', hostPath: { path: '/var/cache' } }] }),
    at: 'hostPath',
    clean: pod({ volumes: [{ name: 'cache', persistentVolumeClaim: { claimName: 'cache' } }] }),
  },
  'lint/writable-shared-mount': {
    triggers: pod({
      containers: [
        container('app', { volumeMounts: [{ name: 'logs', mountPath: '/var/log/app' }] }),
        helper('log-shipper', { volumeMounts: [{ name: 'logs', mountPath: '/var/log/app' }] }),
      ],
      volumes: [{ name: 'logs', emptyDir: {} }],
    }),
    clean: pod({
      containers: [
        container('app', { volumeMounts: [{ name: 'logs', mountPath: '/var/log/app' }] }),
        helper('log-shipper', {
          volumeMounts: [{ name: 'logs', mountPath: '/var/log/app', readOnly: true }],
        }),
      ],
      volumes: [{ name: 'logs', emptyDir: {} }],
    }),
  },
  'lint/unused-volume': {
    triggers: pod({ volumes: logs }),
    at: 'logs',
    clean: pod({
      containers: [
        container('app', {
          volumeMounts: [
            { name: 'cache', mountPath: '/c' },
            { name: 'logs', mountPath: '/logs' },
          ],
        }),
      ],
      volumes: logs,
    }),
  },
  'lint/native-sidecar-version': {
    triggers: pod({ initContainers: [helper('agent', { restartPolicy: 'Always' })] }),
    options: { kubernetesVersion: '1.28' },
    cleanOptions: { kubernetesVersion: 'v1.29.4' },
    at: 'Always',
    clean: pod({ initContainers: [helper('agent', { restartPolicy: 'Always' })] }),
  },
  'manifest/hidden-character': {
    triggers: pod({ containers: [container('app', { image: 'nginx:1.27\u200B' })] }),
    at: '\u200B',
    clean: pod({ containers: [container('app', { image: 'nginx:1.27' })] }),
  },
  ...API_RULE_CASES,
  ...PSS_RULE_CASES,
};
