import { asArray, asObject } from '../context';
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

const RESTRICTED_VOLUMES = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);

/**
 * The Restricted profile beyond Baseline. Its "Privilege Escalation" and "Running as Non-root"
 * controls are the lesson's rules lint/allow-privilege-escalation and lint/run-as-non-root.
 */
export const RESTRICTED_CONTROLS: readonly Control[] = [
  {
    id: 'pss/volume-types',
    level: 'restricted',
    title: 'Volume type outside the Restricted list',
    explanation:
      'Restricted allows only volumes that carry no Node or network storage of their own: configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret. Other storage goes through a PersistentVolumeClaim.',
    check(ctx, report) {
      for (const v of ctx.volumes) {
        // hostPath is Baseline's already.
        const source = Object.keys(v.data).find((k) => k !== 'name');
        if (!source || RESTRICTED_VOLUMES.has(source) || source === 'hostPath') continue;
        report({
          path: [...v.path, source],
          at: 'key',
          message: `Volume "${v.name}" is a ${source} volume: use a PersistentVolumeClaim.`,
        });
      }
    },
  },
  {
    id: 'pss/run-as-user',
    level: 'restricted',
    title: 'Runs as user 0',
    explanation:
      '`runAsUser: 0` is root. Restricted forbids it for the Pod and every container, whatever `runAsNonRoot` says.',
    check(ctx, report) {
      for (const { path, data, c } of contexts(ctx)) {
        if (data.runAsUser !== 0) continue;
        report({
          path: [...path, 'runAsUser'],
          nodeId: c?.nodeId,
          message: c
            ? `Container "${c.name}" runs as user 0 (root).`
            : 'The Pod runs as user 0 (root).',
        });
      }
    },
  },
  {
    id: 'pss/seccomp-required',
    level: 'restricted',
    title: 'No seccomp profile',
    explanation:
      "Restricted requires a seccomp profile, RuntimeDefault (the runtime's filter of dangerous system calls) or Localhost: set it once on the Pod, or on every container.",
    check(ctx, report) {
      const podType = asObject(podSecurity(ctx)?.seccompProfile)?.type;
      if (podType === 'RuntimeDefault' || podType === 'Localhost') return;
      const lacking = all(ctx).filter((c) => {
        const type = asObject(securityOf(c)?.seccompProfile)?.type;
        return type !== 'RuntimeDefault' && type !== 'Localhost';
      });
      if (lacking.length === 0 || podType === 'Unconfined') return;
      const path = podSecurity(ctx) ? podSecurityPath(ctx) : [...ctx.specPath];
      report({
        path,
        at: 'key',
        message: `No seccomp profile for ${lacking.length === 1 ? `container "${lacking[0]!.name}"` : `${lacking.length} containers`}.`,
        fix: setAt(
          [...podSecurityPath(ctx), 'seccompProfile'],
          { type: 'RuntimeDefault' },
          'Set seccompProfile RuntimeDefault for the Pod',
        ),
      });
    },
  },
  {
    id: 'pss/drop-capabilities',
    level: 'restricted',
    title: 'Capabilities not dropped',
    explanation:
      'Restricted requires each container to drop ALL capabilities, and to add back at most NET_BIND_SERVICE (to listen on a port below 1024 as a non-root user).',
    check(ctx, report) {
      for (const c of all(ctx)) {
        const caps = asObject(securityOf(c)?.capabilities);
        const drops = asArray(caps?.drop).map(capabilityName);
        if (!drops.includes('ALL')) {
          const at = [...c.path, 'securityContext', 'capabilities', 'drop'];
          report({
            path: caps ? [...c.path, 'securityContext', 'capabilities'] : [...c.path, 'name'],
            at: 'key',
            message: `Container "${c.name}" does not drop ALL capabilities.`,
            fix: setAt(at, [...asArray(caps?.drop), 'ALL'], 'Drop ALL capabilities'),
          });
        }
        asArray(caps?.add).forEach((cap, i) => {
          if (
            capabilityName(cap) === 'NET_BIND_SERVICE' ||
            !BASELINE_CAPABILITIES.has(capabilityName(cap))
          )
            return;
          report({
            path: [...c.path, 'securityContext', 'capabilities', 'add', i],
            message: `Container "${c.name}" adds ${String(cap)}: Restricted allows only NET_BIND_SERVICE.`,
          });
        });
      }
    },
  },
];
