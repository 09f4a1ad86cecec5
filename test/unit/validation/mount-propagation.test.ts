import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../shared';
import type { PodSecurityLevel } from '../../../shared';
import { applyFix, textAt } from './helpers';

const pod = (security: string) => `apiVersion: v1
kind: Pod
metadata:
  name: csi
spec:
  containers:
    - name: driver
      image: registry.example/csi-driver:1.4.2
${security}      volumeMounts:
        - name: plugins
          mountPath: /var/lib/kubelet/plugins
          mountPropagation: Bidirectional
  volumes:
    - name: plugins
      hostPath: {path: /var/lib/kubelet/plugins}
`;

const problems = (text: string, podSecurityLevel?: PodSecurityLevel) =>
  validateManifest(text, { podSecurityLevel }).filter(
    (p) => p.ruleId === 'pod/bidirectional-propagation',
  );

describe('Bidirectional mount propagation', () => {
  it('in a container that is not privileged is refused by the API server', () => {
    const text = pod('');
    const [problem, ...rest] = problems(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'error',
      refusedBy: 'api-server',
      nodeId: 'container:driver',
    });
    expect(textAt(text, problem!)).toBe('Bidirectional');
    expect(problem!.message).toBe(
      'Container "driver" mounts "plugins" with Bidirectional propagation, which only a privileged container may use.',
    );
  });

  it('is fixed first with HostToContainer, then, where privileged can stand, by asking', () => {
    const text = pod('');
    const [problem] = problems(text);
    expect(problem!.fix?.title).toBe("Use HostToContainer: see the host's mounts, share none back");
    expect(problems(applyFix(text, problem!))).toEqual([]);
    const privileged = problem!.moreFixes![0]!;
    expect(privileged.title).toBe('Make "driver" privileged');
    expect(privileged.confirm).toMatch(/take over the Node/);
    expect(problems(applyFix(text, { ...problem!, fix: privileged }))).toEqual([]);
    // Where Baseline is enforced, or with allowPrivilegeEscalation: false, privileged cannot stand.
    expect(problems(text, 'baseline')[0]!.moreFixes).toBeUndefined();
    const noEscalation = pod('      securityContext: {allowPrivilegeEscalation: false}\n');
    expect(problems(noEscalation)[0]!.moreFixes).toBeUndefined();
  });

  it('in a privileged container is accepted', () => {
    expect(problems(pod('      securityContext: {privileged: true}\n'))).toEqual([]);
  });
});
