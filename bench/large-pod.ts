/**
 * A large Pod for the benchmarks, generated the same way every time: 60 containers (4 init
 * containers, one of them a native sidecar, then 56 app containers) with ports, env, resources,
 * probes and mounts; 120 volumes of every common source; comments throughout; about 5,000 lines.
 * The volume `shared-config` is mounted by 30 containers: renaming it touches 31 places.
 */

export const LARGE_POD_NAME = 'large-pod';
export const INIT_CONTAINERS = 4;
export const APP_CONTAINERS = 56;
export const CONTAINERS = INIT_CONTAINERS + APP_CONTAINERS;
export const VOLUMES = 120;
/** The volume mounted by `SHARED_MOUNTS` containers (the first ones, init containers included). */
export const SHARED_VOLUME = 'shared-config';
export const SHARED_MOUNTS = 30;

const pad = (n: number) => String(n).padStart(2, '0');

/** Container `i` (0-based): init containers first, then the app containers. */
export function containerName(i: number): string {
  return i < INIT_CONTAINERS ? `init-${pad(i)}` : `svc-${pad(i - INIT_CONTAINERS)}`;
}

type Source =
  | 'emptyDir'
  | 'configMap'
  | 'secret'
  | 'persistentVolumeClaim'
  | 'projected'
  | 'downwardAPI'
  | 'hostPath';
const SOURCES: readonly Source[] = [
  'emptyDir',
  'configMap',
  'secret',
  'persistentVolumeClaim',
  'projected',
  'downwardAPI',
  'hostPath',
  'emptyDir',
];

/** Volume `v` (0-based); volume 0 is the shared one. */
export function volumeName(v: number): string {
  if (v === 0) return SHARED_VOLUME;
  return `${SOURCES[v % SOURCES.length]!.toLowerCase()}-${String(v).padStart(3, '0')}`;
}

function volumeLines(v: number): string[] {
  const name = volumeName(v);
  const head = `    - name: ${name}`;
  if (v === 0) {
    return [
      `    # Mounted read-only by the first ${SHARED_MOUNTS} containers.`,
      head,
      '      configMap:',
      '        name: shared-config',
      '        defaultMode: 0444',
    ];
  }
  switch (SOURCES[v % SOURCES.length]!) {
    case 'emptyDir':
      return v % 3 === 0
        ? [head, '      emptyDir:', '        medium: Memory', '        sizeLimit: 64Mi']
        : [head, '      emptyDir: {}'];
    case 'configMap':
      return [
        head,
        '      configMap:',
        `        name: config-${v}`,
        '        items:',
        '          - key: app.properties',
        '            path: app.properties',
      ];
    case 'secret':
      return [head, '      secret:', `        secretName: secret-${v}`, '        optional: true'];
    case 'persistentVolumeClaim':
      return [head, '      persistentVolumeClaim:', `        claimName: data-${v}`];
    case 'projected':
      return [
        head,
        '      projected:',
        '        sources:',
        '          - serviceAccountToken:',
        '              path: token',
        '              expirationSeconds: 3600',
        '          - configMap:',
        `              name: bundle-${v}`,
      ];
    case 'downwardAPI':
      return [
        head,
        '      downwardAPI:',
        '        items:',
        '          - path: labels',
        '            fieldRef:',
        '              fieldPath: metadata.labels',
      ];
    case 'hostPath':
      return [
        head,
        '      hostPath:',
        `        path: /var/lib/node-data/${v}`,
        '        type: DirectoryOrCreate',
      ];
  }
}

/** The volumes container `i` mounts: the shared one for the first 30, and two of its own. */
function mountsOf(i: number): { volume: number; path: string; readOnly: boolean }[] {
  const own = [1 + 2 * i, 2 + 2 * i].filter((v) => v < VOLUMES);
  const mounts = own.map((v, k) => ({ volume: v, path: `/data/${k}`, readOnly: k === 1 }));
  if (i < SHARED_MOUNTS) mounts.unshift({ volume: 0, path: '/etc/shared', readOnly: true });
  return mounts;
}

function containerLines(i: number): string[] {
  const name = containerName(i);
  const init = i < INIT_CONTAINERS;
  const nativeSidecar = i === INIT_CONTAINERS - 1;
  const probes = !init || nativeSidecar;
  const port = 8000 + i;
  // Each container names its ports for itself: a Service finds a named port in the first
  // container that has the name, so a name two containers share is a problem of its own.
  const http = `http-${pad(i)}`;
  const lines = [
    `    # ${name}: ${init ? 'prepares the Pod before the app starts' : 'one of the services of the app'}.`,
    `    - name: ${name}`,
    `      image: registry.example.com/shop/${name}:1.${i % 7}.${i % 5}`,
    '      imagePullPolicy: IfNotPresent',
  ];
  if (nativeSidecar) lines.push('      restartPolicy: Always');
  if (init && !nativeSidecar) {
    lines.push(`      command: ["/bin/sh", "-c", "until nslookup db-${i}; do sleep 2; done"]`);
  } else {
    lines.push(
      `      args: ["--port=${port}", "--metrics-port=${port + 1000}", "--log-level=info"]`,
    );
    lines.push(
      '      ports:',
      `        - name: ${http}`,
      `          containerPort: ${port}`,
      '          protocol: TCP',
      `        - name: metrics-${pad(i)}`,
      `          containerPort: ${port + 1000}`,
    );
  }
  lines.push(
    '      env:',
    '        - name: SERVICE_NAME',
    `          value: ${name}`,
    '        - name: LOG_FORMAT',
    '          value: json',
    '        - name: CACHE_TTL_SECONDS',
    `          value: "${30 + i}"`,
    '        - name: UPSTREAM_URL',
    `          value: http://localhost:${8000 + ((i + 1) % CONTAINERS)}`,
    '        - name: POD_IP',
    '          valueFrom:',
    '            fieldRef:',
    '              fieldPath: status.podIP',
    '        - name: DB_PASSWORD',
    '          valueFrom:',
    '            secretKeyRef:',
    `              name: db-${i % 6}`,
    '              key: password',
    '        - name: FEATURE_FLAGS',
    '          valueFrom:',
    '            configMapKeyRef:',
    '              name: feature-flags',
    '              key: flags',
    '              optional: true',
    '      resources:',
    '        requests:',
    `          cpu: ${50 + 10 * (i % 10)}m`,
    `          memory: ${64 + 32 * (i % 4)}Mi`,
    '        limits:',
    `          cpu: ${500 + 100 * (i % 5)}m`,
    `          memory: ${256 + 64 * (i % 4)}Mi`,
  );
  if (probes) {
    lines.push(
      '      # The startup probe holds off liveness and readiness until the service is up.',
      '      startupProbe:',
      '        httpGet:',
      '          path: /healthz',
      `          port: ${nativeSidecar ? port : http}`,
      '        failureThreshold: 30',
      '        periodSeconds: 2',
      '      livenessProbe:',
      '        httpGet:',
      '          path: /healthz',
      `          port: ${nativeSidecar ? port : http}`,
      '        initialDelaySeconds: 5',
      '        periodSeconds: 10',
      '        timeoutSeconds: 2',
      '      readinessProbe:',
      '        tcpSocket:',
      `          port: ${port}`,
      '        periodSeconds: 5',
    );
  }
  lines.push(
    '      securityContext:',
    '        runAsNonRoot: true',
    '        allowPrivilegeEscalation: false',
    '        readOnlyRootFilesystem: true',
    '        capabilities:',
    '          drop: ["ALL"]',
    '      volumeMounts:',
  );
  for (const mount of mountsOf(i)) {
    lines.push(`        - name: ${volumeName(mount.volume)}`, `          mountPath: ${mount.path}`);
    if (mount.readOnly) lines.push('          readOnly: true');
  }
  return lines;
}

/** The large Pod's manifest text (LF line ends, a final newline). */
export function largePod(): string {
  const lines = [
    '# A large Pod for the benchmarks: generated by bench/large-pod.ts, not meant to be deployed.',
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${LARGE_POD_NAME}`,
    '  namespace: shop',
    '  labels:',
    '    app.kubernetes.io/name: shop',
    '    app.kubernetes.io/part-of: benchmarks',
    '  annotations:',
    `    kubectl.kubernetes.io/default-container: ${containerName(INIT_CONTAINERS)}`,
    'spec:',
    '  securityContext:',
    '    runAsNonRoot: true',
    '    seccompProfile:',
    '      type: RuntimeDefault',
    '  # Init containers run one at a time, in this order; the last one is a native sidecar.',
    '  initContainers:',
  ];
  for (let i = 0; i < INIT_CONTAINERS; i++) lines.push(...containerLines(i));
  lines.push('  containers:');
  for (let i = INIT_CONTAINERS; i < CONTAINERS; i++) lines.push(...containerLines(i));
  lines.push(
    '  # Every common volume source, each mounted by at least one container.',
    '  volumes:',
  );
  for (let v = 0; v < VOLUMES; v++) lines.push(...volumeLines(v));
  lines.push('  restartPolicy: Always', '  terminationGracePeriodSeconds: 30', '');
  return lines.join('\n');
}

/** A Pod of 48,000 annotation keys (1.08 MB, under the 5 MB limit): a file of many keys. */
export function manyKeysPod(): string {
  const keys = Array.from({ length: 48_000 }, (_, i) => `    key-${i}: "${i}"\n`).join('');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: many\n  annotations:\n${keys}spec:\n  containers:\n    - name: app\n      image: app:1\n`;
}
