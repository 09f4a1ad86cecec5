import { asArray, asObject, asString } from '../context';
import { setAt } from '../fixes';
import {
  all,
  BASELINE_CAPABILITIES,
  capabilityName,
  contexts,
  podSecurity,
  podSecurityPath,
  securityOf,
} from './controls';
import type { Control } from './controls';

const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);

const SELINUX_TYPES = new Set([
  '',
  'container_t',
  'container_init_t',
  'container_kvm_t',
  'container_engine_t',
]);

/** The Baseline profile: what stops known privilege escalations. */
export const BASELINE_CONTROLS: readonly Control[] = [
  {
    id: 'pss/host-process',
    level: 'baseline',
    title: 'Windows HostProcess container',
    explanation:
      'A Windows HostProcess container runs as a process of the Node itself, with the access of the Node: Baseline forbids `windowsOptions.hostProcess: true`.',
    check(ctx, report) {
      for (const { path, data } of contexts(ctx)) {
        if (asObject(data.windowsOptions)?.hostProcess !== true) continue;
        const at = [...path, 'windowsOptions', 'hostProcess'];
        report({
          path: at,
          message: "A HostProcess container runs with the Node's access.",
          fix: setAt(at, undefined, 'Remove hostProcess'),
        });
      }
    },
  },
  {
    id: 'pss/host-namespaces',
    level: 'baseline',
    title: "The Node's network, process or IPC namespace",
    explanation:
      "A Pod normally has its own network, process and IPC namespaces. `hostNetwork`, `hostPID` and `hostIPC` share the Node's instead: the Pod sees every process, socket and shared-memory segment of the Node, which is a way out of the container. Baseline forbids them.",
    check(ctx, report) {
      for (const field of ['hostNetwork', 'hostPID', 'hostIPC']) {
        if (ctx.spec[field] !== true) continue;
        const path = [...ctx.specPath, field];
        report({
          path,
          message: `${field}: true shares the Node's namespace with the Pod.`,
          fix: setAt(path, undefined, `Remove ${field}`),
        });
      }
    },
  },
  {
    id: 'pss/privileged',
    level: 'baseline',
    title: 'Privileged container',
    explanation:
      'A privileged container has every capability and every device of the Node, with no seccomp or AppArmor confinement: root in it is root on the Node. Baseline forbids `privileged: true`.',
    check(ctx, report) {
      for (const c of all(ctx)) {
        if (securityOf(c)?.privileged !== true) continue;
        const path = [...c.path, 'securityContext', 'privileged'];
        report({
          path,
          message: `Container "${c.name}" is privileged: it has the Node's full access.`,
          fix: setAt(path, undefined, 'Remove privileged'),
        });
      }
    },
  },
  {
    id: 'pss/capabilities',
    level: 'baseline',
    title: 'Added capability beyond the default set',
    explanation:
      'Capabilities split root into parts. Baseline lets a container add back only the ones runtimes grant by default (CHOWN, NET_BIND_SERVICE, SETUID, KILL…); SYS_ADMIN, NET_ADMIN, NET_RAW, SYS_PTRACE and the others each open a known escape or attack.',
    check(ctx, report) {
      for (const c of all(ctx)) {
        asArray(asObject(securityOf(c)?.capabilities)?.add).forEach((cap, i) => {
          if (BASELINE_CAPABILITIES.has(capabilityName(cap))) return;
          report({
            path: [...c.path, 'securityContext', 'capabilities', 'add', i],
            message: `Container "${c.name}" adds the capability ${String(cap)}, beyond the Baseline set.`,
          });
        });
      }
    },
  },
  {
    id: 'pss/host-path',
    level: 'baseline',
    title: 'hostPath volume',
    explanation:
      "Volumes are scoped to the Pod's lifetime, except hostPath: it mounts a directory of the Node itself. The data depends on which Node the Pod lands on, and write access to the host filesystem is a classic way out of a container. Baseline forbids it; prefer emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim.",
    check(ctx, report) {
      for (const v of ctx.volumes) {
        if (v.data.hostPath === undefined) continue;
        const path = asString(asObject(v.data.hostPath)?.path);
        report({
          path: [...v.path, 'hostPath'],
          at: 'key',
          message: `Volume "${v.name}" mounts the Node's ${path ?? 'filesystem'} (hostPath).`,
        });
      }
    },
  },
  {
    id: 'pss/host-ports',
    level: 'baseline',
    title: 'hostPort',
    explanation:
      "A `hostPort` binds a port of the Node to the container: it limits where the Pod can be scheduled (one per Node and port) and exposes the container outside the cluster's network policies. Baseline forbids it; a Service reaches the Pod instead.",
    check(ctx, report) {
      for (const c of all(ctx)) {
        asArray(c.data.ports).forEach((raw, i) => {
          const host = asObject(raw)?.hostPort;
          if (host === undefined || host === 0) return;
          const path = [...c.path, 'ports', i, 'hostPort'];
          report({
            path,
            message: `Container "${c.name}" binds the Node's port ${String(host)}.`,
            fix: setAt(path, undefined, 'Remove the hostPort'),
          });
        });
      }
    },
  },
  {
    id: 'pss/apparmor',
    level: 'baseline',
    title: 'AppArmor turned off',
    explanation:
      'AppArmor confines what a container may do; Baseline lets a Pod keep the runtime default or a profile loaded on the Node (Localhost), never Unconfined.',
    check(ctx, report) {
      for (const { path, data } of contexts(ctx)) {
        const type = asObject(data.appArmorProfile)?.type;
        if (type === undefined || type === 'RuntimeDefault' || type === 'Localhost') continue;
        report({
          path: [...path, 'appArmorProfile', 'type'],
          message: `AppArmor profile ${String(type)} turns the confinement off.`,
        });
      }
      let meta: unknown = ctx.root;
      for (const key of [...ctx.podPath, 'metadata', 'annotations']) meta = asObject(meta)?.[key];
      for (const [key, value] of Object.entries(asObject(meta) ?? {})) {
        if (!key.startsWith('container.apparmor.security.beta.kubernetes.io/')) continue;
        if (value === 'runtime/default' || String(value).startsWith('localhost/')) continue;
        report({
          path: [...ctx.podPath, 'metadata', 'annotations', key],
          message: `AppArmor annotation ${String(value)} turns the confinement off.`,
        });
      }
    },
  },
  {
    id: 'pss/selinux',
    level: 'baseline',
    title: 'Custom SELinux user, role or type',
    explanation:
      'SELinux labels keep containers apart. Baseline allows only the container types (`container_t`, `container_init_t`, `container_kvm_t`, `container_engine_t`) and no custom user or role.',
    check(ctx, report) {
      for (const { path, data } of contexts(ctx)) {
        const options = asObject(data.seLinuxOptions);
        if (!options) continue;
        const at = [...path, 'seLinuxOptions'];
        if (options.type !== undefined && !SELINUX_TYPES.has(String(options.type))) {
          report({
            path: [...at, 'type'],
            message: `SELinux type ${String(options.type)} is not a container type.`,
          });
        }
        for (const field of ['user', 'role']) {
          if (options[field] === undefined || options[field] === '') continue;
          report({
            path: [...at, field],
            message: `A custom SELinux ${field} (${String(options[field])}) is not allowed.`,
          });
        }
      }
    },
  },
  {
    id: 'pss/proc-mount',
    level: 'baseline',
    title: 'Unmasked /proc',
    explanation:
      'The runtime masks parts of /proc that reveal or change the Node. `procMount: Unmasked` removes the mask; Baseline requires the Default.',
    check(ctx, report) {
      for (const c of all(ctx)) {
        const mount = securityOf(c)?.procMount;
        if (mount === undefined || mount === 'Default') continue;
        const path = [...c.path, 'securityContext', 'procMount'];
        report({
          path,
          message: `Container "${c.name}" mounts /proc ${String(mount)}.`,
          fix: setAt(path, undefined, 'Remove procMount'),
        });
      }
    },
  },
  {
    id: 'pss/seccomp',
    level: 'baseline',
    title: 'Seccomp turned off',
    explanation:
      'Seccomp filters the system calls a container may make. Baseline forbids turning it off explicitly (`type: Unconfined`); Restricted also requires setting it (RuntimeDefault or Localhost).',
    check(ctx, report) {
      for (const { path, data } of contexts(ctx)) {
        if (asObject(data.seccompProfile)?.type !== 'Unconfined') continue;
        const at = [...path, 'seccompProfile', 'type'];
        report({
          path: at,
          message: 'The seccomp profile is Unconfined: every system call is allowed.',
          fix: setAt(at, 'RuntimeDefault', 'Use RuntimeDefault'),
        });
      }
    },
  },
  {
    id: 'pss/sysctls',
    level: 'baseline',
    title: 'Unsafe sysctl',
    explanation:
      'A sysctl set in a Pod must be one that the kernel isolates per Pod (`net.ipv4.ip_local_port_range`, `kernel.shm_rmid_forced`…); the others change the whole Node. Baseline allows only the safe set.',
    check(ctx, report) {
      asArray(podSecurity(ctx)?.sysctls).forEach((raw, i) => {
        const name = asString(asObject(raw)?.name);
        if (!name || SAFE_SYSCTLS.has(name)) return;
        report({
          path: [...podSecurityPath(ctx), 'sysctls', i, 'name'],
          message: `The sysctl ${name} is not in the safe set: it can affect the whole Node.`,
        });
      });
    },
  },
];
