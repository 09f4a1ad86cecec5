import { asArray, asObject, asString } from '../context';
import type { ContainerInfo, Rule, RuleContext } from '../context';
import type { PathKey } from '../../manifest/nodes';
import { setAt } from '../fixes';
import { designed } from './shared';
import { suggestion } from '../../text/suggest';

interface MountRef {
  container: ContainerInfo;
  index: number;
  readOnly: boolean;
}

function mountsByVolume(containers: readonly ContainerInfo[]): Map<string, MountRef[]> {
  const byVolume = new Map<string, MountRef[]>();
  for (const c of containers) {
    asArray(c.data.volumeMounts).forEach((raw, index) => {
      const mount = asObject(raw);
      const name = asString(mount?.name);
      if (!name) return;
      const list = byVolume.get(name) ?? [];
      list.push({ container: c, index, readOnly: mount?.readOnly === true });
      byVolume.set(name, list);
    });
  }
  return byVolume;
}

/** The fields of a volume mount: none of them is a misspelt readOnly. */
const MOUNT_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'mountPath',
  'subPath',
  'subPathExpr',
  'mountPropagation',
  'readOnly',
  'recursiveReadOnly',
]);

const writableSharedMount: Rule = {
  id: 'lint/writable-shared-mount',
  severity: 'info',
  title: 'Sidecar mounts a shared volume writable',
  explanation:
    'In the log-shipper pattern the app writes to a shared emptyDir and the sidecar only reads it. Mounting it `readOnly: true` in the reader states that contract in the spec and stops a bug or a compromised sidecar from changing what the app wrote.',
  check(ctx, report) {
    const byVolume = mountsByVolume(designed(ctx));
    for (const mounts of byVolume.values()) {
      const main = mounts.find((m) => m.container.role === 'main' && !m.readOnly);
      if (!main) continue;
      for (const m of mounts) {
        if (m.readOnly || m.container.role !== 'sidecar') continue;
        const mount = asObject(asArray(m.container.data.volumeMounts)[m.index]) ?? {};
        const volume = asString(mount.name);
        const at = [...m.container.path, 'volumeMounts', m.index];
        // `readonly: true`, `read_only: true`: meant read-only, and schema/unknown-field's error.
        const misspelt =
          mount.readOnly === undefined
            ? Object.keys(mount).find((k) => !MOUNT_FIELDS.has(k) && suggestion(k, ['readOnly']))
            : undefined;
        report({
          path: at,
          message: `Sidecar "${m.container.name}" mounts "${volume ?? '?'}" writable, as does "${main.container.name}"; if the sidecar only reads it, mount it read-only.${misspelt ? ` Its \`${misspelt}\` is not a field: the API spells it readOnly.` : ''}`,
          // A misspelt key is renamed rather than left beside the right one.
          fix: misspelt
            ? {
                title:
                  mount[misspelt] === true
                    ? `Rename ${misspelt} to readOnly`
                    : `Mount it read-only (readOnly: true in place of ${misspelt})`,
                edits: [
                  ...setAt([...at, 'readOnly'], true, '').edits,
                  ...setAt([...at, misspelt], undefined, '').edits,
                ],
              }
            : setAt([...at, 'readOnly'], true, 'Mount it read-only'),
        });
      }
    }
  },
};

/** `volumeMounts`, `volumeDevices`, or a misspelling of them: `volumemounts`, `volume_mounts`. */
function isMountList(key: string): boolean {
  if (key === 'volumeMounts' || key === 'volumeDevices') return true;
  // Most keys have no "v" at all: no need to fold them to compare.
  if (!/v/i.test(key)) return false;
  return /^volume(mount|device)s?$/.test(key.toLowerCase().replace(/[^a-z]/g, ''));
}

const unusedVolume: Rule = {
  id: 'lint/unused-volume',
  severity: 'warning',
  title: 'Volume no container mounts',
  explanation:
    "A volume is declared at Pod level and only exists for the containers that mount it. One that nobody mounts is usually a forgotten `volumeMounts` entry (the data goes to the container's own filesystem instead) or a leftover.",
  check(ctx, report) {
    const used = new Set<string>();
    for (const c of ctx.containers) {
      // A misspelt list (`volumemounts:`) still says which volume was meant: the unknown field is
      // the problem to report, not the volume, and removing the volume would be the wrong fix.
      const lists = Object.keys(c.data).filter(isMountList);
      for (const list of lists) {
        for (const raw of asArray(c.data[list])) {
          const name = asString(asObject(raw)?.name);
          if (name) used.add(name);
        }
      }
    }
    const templates = claimTemplates(ctx);
    const templateNames = new Set(templates.map((t) => t.name));
    for (const v of ctx.volumes) {
      // Replaced by a claim template (pod/volume-replaced): what mounts the name mounts that.
      if (!v.name || used.has(v.name) || templateNames.has(v.name)) continue;
      report({
        path: [...v.path, 'name'],
        message: `No container mounts volume "${v.name}".`,
        fix: {
          title: `Remove volume "${v.name}"`,
          edits: [{ type: 'removeVolume', name: v.name }],
        },
      });
    }
    for (const t of templates) {
      if (used.has(t.name)) continue;
      report({
        path: [...t.path, 'metadata', 'name'],
        message: `No container mounts the claim template "${t.name}": each Pod still gets a claim made from it.`,
        fix: {
          title: `Remove claim template "${t.name}"`,
          edits: [{ type: 'removeVolume', name: t.name }],
        },
      });
    }
  },
};

/** A StatefulSet's named `volumeClaimTemplates`, each with its path in the document. */
function claimTemplates(ctx: RuleContext): { name: string; path: PathKey[] }[] {
  if (ctx.kind !== 'StatefulSet') return [];
  return asArray(asObject(ctx.root.spec)?.volumeClaimTemplates).flatMap((raw, i) => {
    const name = asString(asObject(asObject(raw)?.metadata)?.name);
    return name ? [{ name, path: ['spec', 'volumeClaimTemplates', i] }] : [];
  });
}

const replacedVolume: Rule = {
  id: 'pod/volume-replaced',
  severity: 'warning',
  title: 'Volume replaced by a claim template',
  explanation:
    'A StatefulSet\'s claim template gives every Pod a volume of its name, a claim made from the template. A volume of the Pod template with the same name is dropped from every Pod in its favour (the API reference: "A claim in this list takes precedence over any volumes in the template, with the same name"), so its source is never used, and the containers that mount the name mount the claim.',
  check(ctx, report) {
    const names = new Set(claimTemplates(ctx).map((t) => t.name));
    for (const v of ctx.volumes) {
      if (!v.name || !names.has(v.name)) continue;
      report({
        path: [...v.path, 'name'],
        message: `Volume "${v.name}" is replaced in every Pod by the claim template of the same name: its source is never used, and the mounts of "${v.name}" mount the claim.`,
        fix: setAt(v.path, undefined, `Remove the replaced volume "${v.name}"`),
      });
    }
  },
};

export const VOLUME_RULES: readonly Rule[] = [writableSharedMount, unusedVolume, replacedVolume];
