import { asArray, asObject, asString } from '../context';
import type { ContainerInfo, Rule, RuleContext } from '../context';
import type { PathKey } from '../../manifest/nodes';
import { setAt } from '../fixes';
import type { QuickFix } from '../types';
import { designed, rootUserPaths } from './shared';

const secretEnv: Rule = {
  id: 'lint/secret-in-env',
  severity: 'info',
  title: 'Secret passed as environment variables',
  explanation:
    'Environment variables leak: through /proc/<pid>/environ, crash dumps, child processes and debug output. Mounting the Secret as a volume and reading the file (as a Vault Agent sidecar does with a shared tmpfs) keeps it out of the process environment, and lets it be rotated without a restart.',
  check(ctx, report) {
    for (const c of designed(ctx)) {
      asArray(c.data.env).forEach((raw, index) => {
        const env = asObject(raw);
        const ref = asObject(asObject(env?.valueFrom)?.secretKeyRef);
        if (!ref) return;
        report({
          path: [...c.path, 'env', index, 'valueFrom', 'secretKeyRef'],
          at: 'key',
          message: `Container "${c.name}" reads secret "${asString(ref.name) ?? '?'}" into $${asString(env?.name) ?? '?'}; a mounted file would keep it out of the environment.`,
        });
      });
      asArray(c.data.envFrom).forEach((raw, index) => {
        const ref = asObject(asObject(raw)?.secretRef);
        if (!ref) return;
        report({
          path: [...c.path, 'envFrom', index, 'secretRef'],
          at: 'key',
          message: `Container "${c.name}" loads all of secret "${asString(ref.name) ?? '?'}" as environment variables; a mounted file would keep it out of the environment.`,
        });
      });
    }
  },
};

/** A user that is not root, for a Pod that ran as root and must not. */
const NON_ROOT_USER = 1000;

/**
 * Sets runAsNonRoot at `at` (a securityContext path). When one of `containers` runs as user 0,
 * runAsNonRoot alone would make the kubelet refuse to start it, so the fix also gives each such
 * place a non-root user, and asks first: the image must work as that user.
 */
function nonRootFix(
  ctx: RuleContext,
  containers: readonly ContainerInfo[],
  at: PathKey[],
  title: string,
): QuickFix {
  const fix = setAt([...at, 'runAsNonRoot'], true, title);
  const roots = rootUserPaths(ctx, containers);
  if (roots.length === 0) return fix;
  return {
    title: `Set runAsNonRoot and runAsUser: ${NON_ROOT_USER}`,
    edits: [...fix.edits, ...roots.flatMap((path) => setAt(path, NON_ROOT_USER, '').edits)],
    confirm: `This Pod runs as root (runAsUser: 0). With runAsNonRoot alone the kubelet would refuse to start it, so this also sets runAsUser: ${NON_ROOT_USER}. The image must work as that user (files it writes, ports below 1024). Apply?`,
  };
}

const runAsNonRoot: Rule = {
  id: 'lint/run-as-non-root',
  severity: 'warning',
  title: 'runAsNonRoot not set',
  explanation:
    'Many images run as root by default. `securityContext.runAsNonRoot: true` makes the kubelet refuse to start a container whose user is root, so an escape from the process does not start with root rights. Set it once at Pod level; a container can also set it.',
  check(ctx, report) {
    const pod = asObject(ctx.spec.securityContext);
    const podValue = pod?.runAsNonRoot;
    // A container's own setting wins over the Pod's.
    const own = (c: ContainerInfo) => asObject(c.data.securityContext)?.runAsNonRoot;
    for (const c of designed(ctx)) {
      if (own(c) !== false) continue;
      report({
        path: [...c.path, 'securityContext', 'runAsNonRoot'],
        message: `Container "${c.name}" turns runAsNonRoot off: it may run as root.`,
        fix: nonRootFix(ctx, [c], [...c.path, 'securityContext'], 'Set runAsNonRoot: true'),
      });
    }
    if (podValue === true) return;
    // A container that turns it off is reported above: the Pod's setting would not change it.
    const lacking = designed(ctx).filter((c) => own(c) === undefined);
    if (lacking.length === 0) return;
    report({
      path: pod ? [...ctx.specPath, 'securityContext'] : [...ctx.specPath],
      at: 'key',
      message:
        lacking.length === 1
          ? `runAsNonRoot is not set for container "${lacking[0]!.name}": it may run as root.`
          : `runAsNonRoot is not set for ${lacking.length} containers: they may run as root.`,
      fix: nonRootFix(
        ctx,
        lacking,
        [...ctx.specPath, 'securityContext'],
        'Set runAsNonRoot: true for the Pod',
      ),
    });
  },
};

const allowPrivilegeEscalation: Rule = {
  id: 'lint/allow-privilege-escalation',
  severity: 'warning',
  title: 'Privilege escalation not disabled',
  explanation:
    'Unless `allowPrivilegeEscalation: false`, a process can gain more rights than its parent (through setuid binaries such as sudo). Few applications need it; turning it off closes a common path from a compromised process to root.',
  check(ctx, report) {
    for (const c of designed(ctx)) {
      const security = asObject(c.data.securityContext);
      if (security?.allowPrivilegeEscalation === false) continue;
      report({
        path: security ? [...c.path, 'securityContext'] : [...c.path, 'name'],
        at: 'key',
        message: `Container "${c.name}" does not set allowPrivilegeEscalation: false.`,
        fix: {
          title: 'Set allowPrivilegeEscalation: false',
          edits: [
            {
              type: 'setField',
              target: { container: c.name },
              path: ['securityContext', 'allowPrivilegeEscalation'],
              value: false,
            },
          ],
        },
      });
    }
  },
};

const readOnlyRootFilesystem: Rule = {
  id: 'lint/read-only-root-filesystem',
  severity: 'info',
  title: 'Root filesystem writable',
  explanation:
    'With `readOnlyRootFilesystem: true` an attacker cannot drop tools or change binaries inside the container. Whatever the app must write (logs, caches, temp files) goes to an emptyDir volume mounted where it writes, which also makes that data visible in the Pod spec.',
  check(ctx, report) {
    for (const c of designed(ctx)) {
      const security = asObject(c.data.securityContext);
      if (security?.readOnlyRootFilesystem === true) continue;
      report({
        path: security ? [...c.path, 'securityContext'] : [...c.path, 'name'],
        at: 'key',
        message: `Container "${c.name}" has a writable root filesystem.`,
        fix: {
          title: 'Set readOnlyRootFilesystem: true',
          edits: [
            {
              type: 'setField',
              target: { container: c.name },
              path: ['securityContext', 'readOnlyRootFilesystem'],
              value: true,
            },
          ],
        },
      });
    }
  },
};

export const SECURITY_RULES: readonly Rule[] = [
  secretEnv,
  runAsNonRoot,
  allowPrivilegeEscalation,
  readOnlyRootFilesystem,
];
