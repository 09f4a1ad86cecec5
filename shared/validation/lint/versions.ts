import type { Rule } from '../context';
import { isBefore } from '../version';

const nativeSidecarVersion: Rule = {
  id: 'lint/native-sidecar-version',
  severity: 'warning',
  title: 'Native sidecar before Kubernetes 1.29',
  explanation:
    'Native sidecars (init containers with `restartPolicy: Always`) arrived as alpha in Kubernetes 1.28, behind the SidecarContainers feature gate that is off by default; they are on by default from 1.29 and GA in 1.33. Before 1.28 the API server rejects the field. For older clusters, run the sidecar as an app container.',
  check(ctx, report) {
    if (!isBefore(ctx.version, 1, 29)) return;
    const rejected = isBefore(ctx.version, 1, 28);
    const target = `${ctx.version.major}.${ctx.version.minor}`;
    for (const c of ctx.containers) {
      if (c.role !== 'native-sidecar') continue;
      report({
        path: [...c.path, 'restartPolicy'],
        severity: rejected ? 'error' : 'warning',
        // Before 1.28 the API has no restartPolicy for a container: the API server refuses it.
        refusedBy: rejected ? 'api-server' : null,
        message: rejected
          ? `Native sidecar "${c.name}" needs Kubernetes 1.28 or later; ${target} rejects restartPolicy on an init container.`
          : `Native sidecar "${c.name}" needs the SidecarContainers feature gate on Kubernetes ${target} (on by default from 1.29).`,
        fix: {
          title: 'Make it an app sidecar',
          edits: [{ type: 'moveContainer', name: c.name, role: 'sidecar' }],
        },
      });
    }
  },
};

export const VERSION_RULES: readonly Rule[] = [nativeSidecarVersion];
