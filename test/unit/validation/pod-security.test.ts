import { describe, expect, it } from 'vitest';
import { podSecurityOf } from '../../../shared';
import { check, container, pod, yamlOf } from './helpers';

/** The test Pod, made to meet Restricted: seccomp on the Pod, every capability dropped. */
function restrictedPod(spec: Record<string, unknown> = {}, security: Record<string, unknown> = {}) {
  return pod({
    securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [
      container('app', {
        securityContext: {
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
          ...security,
        },
      }),
    ],
    ...spec,
  });
}

describe('Pod Security Standards: the level a Pod meets', () => {
  it('is Restricted for a Pod that meets every control', () => {
    expect(podSecurityOf(yamlOf(restrictedPod()))).toEqual({
      level: 'restricted',
      next: null,
      blockers: [],
    });
  });

  it('is Baseline, and names what keeps it from Restricted', () => {
    const { level, next, blockers } = podSecurityOf(yamlOf(pod()));
    expect([level, next]).toEqual(['baseline', 'restricted']);
    expect(blockers.map((b) => b.ruleId).sort()).toEqual([
      'pss/drop-capabilities',
      'pss/seccomp-required',
    ]);
  });

  it('counts the privilege-escalation and non-root rules as Restricted controls', () => {
    const text = yamlOf(
      restrictedPod(
        { securityContext: { seccompProfile: { type: 'RuntimeDefault' } } },
        { allowPrivilegeEscalation: true },
      ),
    );
    const { level, blockers } = podSecurityOf(text);
    expect(level).toBe('baseline');
    expect(blockers.map((b) => b.ruleId).sort()).toEqual([
      'lint/allow-privilege-escalation',
      'lint/run-as-non-root',
    ]);
  });

  it('is Privileged for hostNetwork, a privileged container, SYS_ADMIN or a hostPath', () => {
    const cases = [
      restrictedPod({ hostNetwork: true }),
      restrictedPod({}, { privileged: true }),
      restrictedPod({}, { capabilities: { drop: ['ALL'], add: ['SYS_ADMIN'] } }),
      restrictedPod({ volumes: [{ name: 'cache', hostPath: { path: '/var/cache' } }] }),
    ];
    for (const manifest of cases) {
      const { level, next, blockers } = podSecurityOf(yamlOf(manifest));
      expect([level, next]).toEqual(['privileged', 'baseline']);
      expect(blockers.every((b) => b.ruleId.startsWith('pss/'))).toBe(true);
    }
  });
});

describe('Pod Security Standards: the level the namespace enforces', () => {
  const hostNetwork = pod({ hostNetwork: true });

  it('makes its controls errors that the admission refuses', () => {
    const [problem] = check(hostNetwork, { podSecurityLevel: 'baseline' }).filter(
      (p) => p.ruleId === 'pss/host-namespaces',
    );
    expect(problem).toMatchObject({ severity: 'error', refusedBy: 'pod-security' });
  });

  it('leaves Baseline controls warnings where nothing is enforced', () => {
    const [problem] = check(hostNetwork).filter((p) => p.ruleId === 'pss/host-namespaces');
    expect(problem).toMatchObject({ severity: 'warning', refusedBy: null });
  });

  it('lists Restricted controls only where Restricted is enforced', () => {
    const ids = (level?: 'baseline' | 'restricted') =>
      check(pod(), level && { podSecurityLevel: level }).map((p) => p.ruleId);
    expect(ids('baseline')).toEqual([]);
    expect(ids('restricted').sort()).toEqual(['pss/drop-capabilities', 'pss/seccomp-required']);
    const escalation = check(pod({ containers: [container('app', { securityContext: {} })] }), {
      podSecurityLevel: 'restricted',
    }).find((p) => p.ruleId === 'lint/allow-privilege-escalation');
    expect(escalation).toMatchObject({ severity: 'error', refusedBy: 'pod-security' });
  });
});
