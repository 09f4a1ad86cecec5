import type { PathKey } from '../../manifest/nodes';
import { asObject } from '../context';
import type { ContainerInfo, JsonObject, Report, RuleContext } from '../context';

/** A control of the Pod Security Standards, as the Kubernetes documentation lists them. */
export interface Control {
  /** `pss/host-namespaces`… */
  id: string;
  level: 'baseline' | 'restricted';
  title: string;
  explanation: string;
  /** Each place the Pod breaks the control. */
  check(ctx: RuleContext, report: (r: Report) => void): void;
}

/** Every container the admission looks at: init, app and ephemeral alike. */
export const all = (ctx: RuleContext) => ctx.containers;
export const securityOf = (c: ContainerInfo) => asObject(c.data.securityContext);
export const podSecurity = (ctx: RuleContext) => asObject(ctx.spec.securityContext);
export const podSecurityPath = (ctx: RuleContext) => [...ctx.specPath, 'securityContext'];

/** The Pod's security context and each container's, with paths. */
export function contexts(
  ctx: RuleContext,
): { path: PathKey[]; data: JsonObject; c: ContainerInfo | null }[] {
  const out: { path: PathKey[]; data: JsonObject; c: ContainerInfo | null }[] = [];
  const pod = podSecurity(ctx);
  if (pod) out.push({ path: podSecurityPath(ctx), data: pod, c: null });
  for (const c of all(ctx)) {
    const own = securityOf(c);
    if (own) out.push({ path: [...c.path, 'securityContext'], data: own, c });
  }
  return out;
}

export const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

export const capabilityName = (value: unknown) => String(value).replace(/^CAP_/i, '').toUpperCase();
