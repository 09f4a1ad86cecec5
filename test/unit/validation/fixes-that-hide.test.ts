import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import type { Problem } from '../../../shared';
import { statefulSet } from '../../support/stateful-set';
import { applyFix } from './helpers';

const titles = (p: Problem | undefined) => [p?.fix, ...(p?.moreFixes ?? [])].map((f) => f?.title);
const only = (ruleId: string, text: string, options?: Parameters<typeof validateManifest>[1]) =>
  validateManifest(text, options).filter((p) => p.ruleId === ruleId);
/** Applies the problem's `n`th fix (0: its `fix`, then its `moreFixes`). */
const applyNth = (text: string, p: Problem, n: number) =>
  applyFix(text, { ...p, fix: [p.fix!, ...(p.moreFixes ?? [])][n] });

describe('a ConfigMap or Secret name one typo away from an object of the file', () => {
  const text = `apiVersion: v1
kind: ConfigMap
metadata: {name: web-config}
data: {LEVEL: debug}
---
apiVersion: v1
kind: Secret
metadata: {name: db-credentials}
stringData: {password: hunter2}
---
apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
    - name: app
      image: nginx:1.27
      envFrom: [{configMapRef: {name: web-confg}}]
      env:
        - name: DB_PASSWORD
          valueFrom: {secretKeyRef: {name: db-credential, key: password}}
`;

  it('is named, and the object of the file is used first, before adding one', () => {
    const [configMap, secret] = only('pod/object-not-in-file', text);
    expect(configMap!.message).toBe(
      'The ConfigMap "web-confg" is not in this file, which has a ConfigMap "web-config": did you mean it? As written, "web-confg" must exist in the namespace before the Pod can start.',
    );
    expect(configMap!.severity).toBe('warning');
    expect(titles(configMap)).toEqual([
      'Use the ConfigMap "web-config"',
      'Add the ConfigMap "web-confg" to the file',
    ]);
    expect(titles(secret)).toEqual([
      'Use the Secret "db-credentials"',
      'Add the Secret "db-credential" to the file with the key `password`',
    ]);
    const fixed = applyFix(text, configMap!);
    expect(fixed).toContain('envFrom: [{configMapRef: {name: web-config}}]');
    // The ConfigMap of the file keeps its name, and no empty one is added.
    expect(fixed.match(/kind: ConfigMap/g)).toHaveLength(1);
    expect(only('pod/object-not-in-file', fixed).map((p) => p.message)).not.toContainEqual(
      expect.stringContaining('web-confg'),
    );
  });

  it('of another kind, or far from every name, is only offered to be added', () => {
    const far = text.replace('web-confg', 'nginx-pages');
    expect(titles(only('pod/object-not-in-file', far)[0])).toEqual([
      'Add the ConfigMap "nginx-pages" to the file',
    ]);
    expect(only('pod/object-not-in-file', far)[0]!.severity).toBe('info');
  });
});

describe("an init container's restartPolicy other than Always", () => {
  const text = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  initContainers:
    - name: setup
      image: busybox:1.36
      restartPolicy: OnFailure
  containers:
    - name: app
      image: nginx:1.27
`;

  it('is offered both meanings, with what each makes of the container', () => {
    const [problem] = only('pod/container-restart-policy', text);
    expect(problem!.message).toBe(
      'Init container "setup" has restartPolicy OnFailure: only Always (a native sidecar) is allowed. Leave it out for a plain init container, which runs to completion before the app containers start, or write Always for a native sidecar, which keeps running beside them.',
    );
    expect(titles(problem)).toEqual([
      'Remove restartPolicy: a plain init container, run once',
      'Set restartPolicy: Always: a native sidecar, kept running',
    ]);
    expect(applyNth(text, problem!, 0)).not.toContain('restartPolicy');
    const sidecar = applyNth(text, problem!, 1);
    expect(sidecar).toContain('restartPolicy: Always');
    expect(only('pod/container-restart-policy', sidecar)).toEqual([]);
  });

  it('before Kubernetes 1.29, where native sidecars are not on by default, is only offered the removal', () => {
    const [problem] = only('pod/container-restart-policy', text, { kubernetesVersion: '1.28' });
    expect(titles(problem)).toEqual(['Remove restartPolicy: a plain init container, run once']);
  });
});

describe('a mount left behind when its claim template was renamed', () => {
  // The Pod volume `conf` mounts nowhere either: two free volumes, neither name close to `www`.
  const renamed = statefulSet.replace(
    '    - metadata:\n        name: www',
    '    - metadata:\n        name: html',
  );

  it('is offered the claim template first, then an emptyDir', () => {
    expect(renamed).not.toBe(statefulSet);
    const [problem] = only('pod/unknown-volume', renamed);
    expect(problem!.message).toBe(
      'Container "nginx" mounts "www", but the Pod has no volume of that name. No container mounts the claim template "html": was it renamed?',
    );
    expect(titles(problem)).toEqual([
      'Mount the claim template "html" instead',
      'Add an emptyDir volume "www"',
    ]);
    const fixed = applyFix(renamed, problem!);
    expect(fixed).toContain('- name: html\n              mountPath: /usr/share/nginx/html');
    expect(only('pod/unknown-volume', fixed)).toEqual([]);
  });
});

describe('a misspelt readOnly on a sidecar mount', () => {
  const text = (readOnly: string) => `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts: [{name: logs, mountPath: /var/log/app}]
    - name: shipper
      image: fluent/fluent-bit:3.1
      volumeMounts:
        - name: logs
          mountPath: /var/log/app
          ${readOnly}
  volumes: [{name: logs, emptyDir: {}}]
`;

  it('is renamed, keeping its value, rather than left beside a new readOnly', () => {
    const before = text('readonly: true');
    const [problem] = only('lint/writable-shared-mount', before);
    expect(problem!.message).toBe(
      'Sidecar "shipper" mounts "logs" writable, as does "app"; if the sidecar only reads it, mount it read-only. Its `readonly` is not a field: the API spells it readOnly.',
    );
    expect(problem!.fix?.title).toBe('Rename readonly to readOnly');
    const fixed = applyFix(before, problem!);
    expect(fixed).toContain('          readOnly: true\n');
    expect(fixed).not.toContain('readonly');
    expect(validateManifest(fixed).map((p) => p.ruleId)).not.toContain('schema/unknown-field');
    expect(only('lint/writable-shared-mount', fixed)).toEqual([]);
  });

  it('written false is replaced by readOnly: true, as the fix says', () => {
    const [problem] = only('lint/writable-shared-mount', text('read_only: false'));
    expect(problem!.fix?.title).toBe('Mount it read-only (readOnly: true in place of read_only)');
    const fixed = applyFix(text('read_only: false'), problem!);
    expect(fixed).toContain('readOnly: true');
    expect(fixed).not.toContain('read_only');
  });

  it('absent, the fix adds readOnly as before', () => {
    const [problem] = only('lint/writable-shared-mount', text('subPath: app'));
    expect(problem!.fix?.title).toBe('Mount it read-only');
  });
});
