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
