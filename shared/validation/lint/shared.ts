import type { PathKey } from '../../manifest/nodes';
import { asObject } from '../context';
import type { ContainerInfo, RuleContext } from '../context';

/** App containers and native sidecars keep running; plain init and ephemeral ones do not. */
export function isLongRunning(ctx: RuleContext, c: ContainerInfo): boolean {
  if (c.role === 'native-sidecar') return true;
  if (c.role !== 'main' && c.role !== 'sidecar') return false;
  if (ctx.kind === 'Job' || ctx.kind === 'CronJob') return false;
  const policy = ctx.spec.restartPolicy;
  return policy === undefined || policy === 'Always';
}

/**
 * Containers the Pod's author designs (ephemeral ones are added at debug time), found once per
 * check.
 */
export function designed(ctx: RuleContext): readonly ContainerInfo[] {
  return ctx.memo('designed', () => ctx.containers.filter((c) => c.role !== 'ephemeral' && c.name));
}

/**
 * Where `containers` are made to run as root: each container's own `runAsUser: 0`, and the Pod's
 * when a container has no user of its own. (An image's default user the file cannot tell.)
 */
export function rootUserPaths(ctx: RuleContext, containers: readonly ContainerInfo[]): PathKey[][] {
  const podUser = asObject(ctx.spec.securityContext)?.runAsUser;
  const paths: PathKey[][] = [];
  let viaPod = false;
  for (const c of containers) {
    const own = asObject(c.data.securityContext)?.runAsUser;
    if (own === 0) paths.push([...c.path, 'securityContext', 'runAsUser']);
    else if (own === undefined && podUser === 0) viaPod = true;
  }
  if (viaPod) paths.push([...ctx.specPath, 'securityContext', 'runAsUser']);
  return paths;
}
