/**
 * Benchmark case: validating a 5,000-line Pod (60 containers, 120 volumes), as the editor does
 * after a keystroke. A harness calls `prepare` once and times `run`.
 */
import { validateManifest } from '../shared';

const CONTAINERS = 60;
const VOLUMES = 120;

/** A realistic, clean-ish Pod of about 5,000 lines. */
export function bigPod(): string {
  const lines = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: big',
    '  labels:',
    '    app: big',
    'spec:',
    '  securityContext:',
    '    runAsNonRoot: true',
    '  containers:',
  ];
  for (let i = 0; i < CONTAINERS; i++) {
    lines.push(
      `    - name: c${i}`,
      `      image: registry.example/team/c${i}:1.${i}.0`,
      '      command: ["/bin/server"]',
      '      args:',
      `        - --port=${8000 + i}`,
      '        - --log-level=info',
      '      ports:',
      `        - containerPort: ${8000 + i}`,
      // Names of its own: a name two containers share is a problem (pod/shared-port-name).
      `          name: http-${i}`,
      `        - containerPort: ${12000 + i}`,
      `          name: metrics-${i}`,
      '      env:',
    );
    for (let e = 0; e < 20; e++) {
      lines.push(`        - name: SETTING_${e}`, `          value: "value-${i}-${e}"`);
    }
    lines.push(
      '      resources:',
      '        requests:',
      '          cpu: 100m',
      '          memory: 128Mi',
      '        limits:',
      '          cpu: 500m',
      '          memory: 256Mi',
      '      readinessProbe:',
      '        httpGet:',
      '          path: /ready',
      `          port: http-${i}`,
      '        periodSeconds: 10',
      '      livenessProbe:',
      '        httpGet:',
      '          path: /live',
      `          port: http-${i}`,
      '        periodSeconds: 20',
      '      securityContext:',
      '        allowPrivilegeEscalation: false',
      '        readOnlyRootFilesystem: true',
      '      volumeMounts:',
      `        - name: data-${2 * i}`,
      `          mountPath: /data/${2 * i}`,
      `        - name: data-${2 * i + 1}`,
      `          mountPath: /data/${2 * i + 1}`,
      '          readOnly: true',
    );
  }
  lines.push('  volumes:');
  for (let v = 0; v < VOLUMES; v++) {
    lines.push(`    - name: data-${v}`, '      emptyDir:', '        sizeLimit: 64Mi');
  }
  return `${lines.join('\n')}\n`;
}

export const validateBenchCase = {
  name: 'validateManifest: 5,000-line Pod, 60 containers, 120 volumes',
  prepare: bigPod,
  run: (text: string) => validateManifest(text),
};
