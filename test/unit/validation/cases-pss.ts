import type { RuleCase } from './cases';
import { container, pod } from './helpers';

type Json = Record<string, unknown>;
const restricted = { podSecurityLevel: 'restricted' } as const;
const withSecurity = (security: Json) =>
  pod({
    containers: [
      container('app', {
        securityContext: {
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          ...security,
        },
      }),
    ],
  });

/** The Pod Security Standards controls (Baseline listed by default, Restricted where enforced). */
export const PSS_RULE_CASES: Record<string, RuleCase> = {
  'pss/host-process': {
    triggers: withSecurity({ windowsOptions: { hostProcess: true } }),
    at: 'true',
    clean: withSecurity({ windowsOptions: { hostProcess: false } }),
  },
  'pss/host-namespaces': {
    triggers: pod({ hostNetwork: true, hostPID: true }),
    count: 2,
    at: 'true',
    clean: pod({ hostNetwork: false }),
  },
  'pss/privileged': {
    triggers: withSecurity({ privileged: true }),
    at: 'true',
    clean: withSecurity({ privileged: false }),
  },
  'pss/capabilities': {
    triggers: withSecurity({ capabilities: { add: ['SYS_ADMIN', 'CHOWN'] } }),
    at: 'SYS_ADMIN',
    clean: withSecurity({ capabilities: { add: ['CHOWN'] } }),
  },
  'pss/host-ports': {
    triggers: pod({
      containers: [
        container('app', { ports: [{ containerPort: 8080, hostPort: 80, name: 'http' }] }),
      ],
    }),
    at: '80',
    clean: pod(),
  },
  'pss/apparmor': {
    triggers: withSecurity({ appArmorProfile: { type: 'Unconfined' } }),
    at: 'Unconfined',
    clean: withSecurity({ appArmorProfile: { type: 'RuntimeDefault' } }),
  },
  'pss/selinux': {
    triggers: withSecurity({ seLinuxOptions: { type: 'spc_t' } }),
    at: 'spc_t',
    clean: withSecurity({ seLinuxOptions: { type: 'container_t', level: 's0:c123,c456' } }),
  },
  'pss/proc-mount': {
    triggers: withSecurity({ procMount: 'Unmasked' }),
    at: 'Unmasked',
    clean: withSecurity({ procMount: 'Default' }),
  },
  'pss/seccomp': {
    triggers: pod({
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'Unconfined' } },
    }),
    at: 'Unconfined',
    clean: pod({
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    }),
  },
  'pss/sysctls': {
    triggers: pod({
      securityContext: { runAsNonRoot: true, sysctls: [{ name: 'kernel.msgmax', value: '65536' }] },
    }),
    at: 'kernel.msgmax',
    clean: pod({
      securityContext: {
        runAsNonRoot: true,
        sysctls: [{ name: 'net.ipv4.ip_local_port_range', value: '1024 65535' }],
      },
    }),
  },
  'pss/volume-types': {
    triggers: pod({ volumes: [{ name: 'cache', nfs: { server: 'nfs.example', path: '/data' } }] }),
    options: restricted,
    at: 'nfs',
    clean: pod({ volumes: [{ name: 'cache', persistentVolumeClaim: { claimName: 'data' } }] }),
  },
  'pss/run-as-user': {
    triggers: pod({ securityContext: { runAsNonRoot: true, runAsUser: 0 } }),
    options: restricted,
    at: '0',
    clean: pod({ securityContext: { runAsNonRoot: true, runAsUser: 1000 } }),
  },
  'pss/seccomp-required': {
    triggers: pod(),
    options: restricted,
    at: 'securityContext',
    clean: pod({
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    }),
  },
  'pss/drop-capabilities': {
    triggers: withSecurity({ capabilities: { add: ['NET_BIND_SERVICE'] } }),
    options: restricted,
    at: 'capabilities',
    clean: withSecurity({ capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } }),
  },
};
