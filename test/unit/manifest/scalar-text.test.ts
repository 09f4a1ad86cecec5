import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../shared/manifest/parse';

describe('a string field written as an unquoted number', () => {
  it('shows its text as written (1.10, not 1.1)', () => {
    const text = `kind: Pod
metadata:
  name: p
  annotations:
    kubectl.kubernetes.io/default-container: 1.10
spec:
  containers:
    - name: app
      image: x
      volumeMounts:
        - name: d
          mountPath: 1.10
          subPath: 0x1F
  volumes:
    - name: d
      hostPath:
        path: 1.10
`;
    const view = parseManifest(text).view!;
    const mount = view.containers[0]!.mounts[0]!;
    expect(mount.mountPath).toBe('1.10');
    expect(mount.subPath).toBe('0x1F');
    expect(view.volumes[0]!.detail).toContain('1.10');
    expect(view.volumes[0]!.detail).not.toMatch(/1\.1(?!0)/);
  });
});
