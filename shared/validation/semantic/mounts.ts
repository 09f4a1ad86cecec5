import { sameDirectoryAs } from '../../manifest/paths';
import type { PodEdit } from '../../edits/types';
import type { PathKey } from '../../manifest/nodes';
import { asArray, asObject, asString } from '../context';
import type { Rule, RuleContext } from '../context';
import { setAt } from '../fixes';
import { suggestion } from '../../text/suggest';
import { yaml11Numbers } from '../schema/yaml11';
import { volumeItems } from './volume-files';
import type { QuickFix } from '../types';
import { octalSlip, permissionText } from '../file-modes';

const unknownVolume: Rule = {
  id: 'pod/unknown-volume',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Mount of a missing volume',
  explanation:
    "A `volumeMounts` entry names one of the Pod's `volumes`: the volume is declared once at Pod level, and each container that needs it mounts it by name. A mount of an undeclared volume is rejected.",
  check(ctx, report) {
    const names = new Set(ctx.volumes.map((v) => v.name));
    // A StatefulSet's claim templates are volumes too: one claim per replica, mounted by name.
    const templates: string[] = [];
    if (ctx.kind === 'StatefulSet') {
      for (const raw of asArray(asObject(ctx.root.spec)?.volumeClaimTemplates)) {
        const name = asString(asObject(asObject(raw)?.metadata)?.name);
        if (name) templates.push(name);
      }
    }
    for (const name of templates) names.add(name);
    // The claim templates no container mounts nor uses as a device: a mount that names none of the
    // volumes most likely meant one of them, left behind when the template was renamed.
    const used = new Set(
      ctx.containers.flatMap((c) =>
        [...asArray(c.data.volumeMounts), ...asArray(c.data.volumeDevices)].map((m) =>
          asString(asObject(m)?.name),
        ),
      ),
    );
    const unmounted = templates.filter((t) => !used.has(t));
    const added = new Set<string>();
    for (const c of ctx.containers) {
      // The volumes this container does not mount yet: the likely meaning of a misnamed mount.
      const mounted = new Set(asArray(c.data.volumeMounts).map((m) => asString(asObject(m)?.name)));
      const free = [...names].filter((n) => n && !mounted.has(n));
      asArray(c.data.volumeMounts).forEach((raw, index) => {
        const mount = asObject(raw);
        const name = asString(mount?.name);
        if (!name || names.has(name)) return;
        const path = [...c.path, 'volumeMounts', index, 'name'];
        const fixes: QuickFix[] = [];
        const close =
          suggestion(name, free) ?? free.find((n) => n.includes(name) || name.includes(n)) ?? null;
        // The closest of the claim templates nobody mounts, however far its name.
        const template = close
          ? null
          : suggestion(
              name,
              unmounted.filter((t) => free.includes(t)),
              Infinity,
            );
        const existing = close ?? template ?? (free.length === 1 ? free[0]! : null);
        if (existing) {
          const what = existing === template ? 'claim template' : 'volume';
          fixes.push(setAt(path, existing, `Mount the ${what} "${existing}" instead`));
        }
        if (!added.has(name)) {
          fixes.push({
            title: `Add an emptyDir volume "${name}"`,
            edits: [{ type: 'addVolume', name } satisfies PodEdit],
          });
        }
        added.add(name);
        report({
          path,
          message: `Container "${c.name}" mounts "${name}", but the Pod has no volume of that name.${template ? ` No container mounts the claim template "${template}": was it renamed?` : ''}`,
          fix: fixes[0],
          moreFixes: fixes.slice(1),
        });
      });
      // A block device (`volumeDevices`) names a volume just as a mount does.
      asArray(c.data.volumeDevices).forEach((raw, index) => {
        const name = asString(asObject(raw)?.name);
        if (!name || names.has(name)) return;
        const existing = suggestion(name, [...names]);
        const path = [...c.path, 'volumeDevices', index, 'name'];
        report({
          path,
          message: `Container "${c.name}" uses "${name}" as a block device, but the Pod has no volume of that name.`,
          fix: existing ? setAt(path, existing, `Use the volume "${existing}" instead`) : undefined,
        });
      });
    }
  },
};

const duplicateMountPath: Rule = {
  id: 'pod/duplicate-mount-path',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Two mounts at the same path',
  explanation:
    'Within one container each `mountPath` can hold only one volume: a second mount at the same path is rejected ("must be unique").',
  check(ctx, report) {
    for (const c of ctx.containers) {
      const seen = new Set<string>();
      asArray(c.data.volumeMounts).forEach((raw, index) => {
        const path = asString(asObject(raw)?.mountPath);
        if (!path) return;
        if (seen.has(path)) {
          report({
            path: [...c.path, 'volumeMounts', index, 'mountPath'],
            message: `Container "${c.name}" already mounts a volume at ${path}.`,
          });
        }
        seen.add(path);
      });
    }
  },
};

const sameMountDirectory: Rule = {
  id: 'pod/same-mount-directory',
  severity: 'warning',
  title: 'Two mounts on one directory, written two ways',
  explanation:
    'The API server compares mount paths as written, so `/data` and `/data/` (or `//data`, `/x/../data`) are both accepted; the container runtime resolves them to one directory and mounts both volumes there, where the later one hides the earlier. Write one path for each directory.',
  check(ctx, report) {
    for (const c of ctx.containers) {
      const earlier: string[] = [];
      asArray(c.data.volumeMounts).forEach((raw, index) => {
        const path = asString(asObject(raw)?.mountPath);
        if (!path) return;
        const same = sameDirectoryAs(path, earlier);
        if (same !== null) {
          report({
            path: [...c.path, 'volumeMounts', index, 'mountPath'],
            message: `Container "${c.name}" mounts a volume at ${same} already: ${path} is the same directory, where this volume hides that one.`,
          });
        }
        earlier.push(path);
      });
    }
  },
};

const bidirectionalPropagation: Rule = {
  id: 'pod/bidirectional-propagation',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Bidirectional mount propagation in a container that is not privileged',
  explanation:
    'A mount\'s `mountPropagation` says whether mounts made on either side of it show on the other: `None` (the default), `HostToContainer` (the container sees what the host mounts later), `Bidirectional` (the host, and every Pod that uses the volume, also sees what the container mounts). Only a privileged container can mount into the host like that, so the API server refuses Bidirectional in any other ("Bidirectional mount propagation is available only to privileged containers"). Use HostToContainer unless the container really mounts filesystems for the host, as a storage driver does.',
  check(ctx, report) {
    for (const c of ctx.containers) {
      const security = asObject(c.data.securityContext);
      if (security?.privileged === true) continue;
      asArray(c.data.volumeMounts).forEach((raw, index) => {
        const mount = asObject(raw);
        if (mount?.mountPropagation !== 'Bidirectional') return;
        const path = [...c.path, 'volumeMounts', index, 'mountPropagation'];
        const fixes: QuickFix[] = [
          setAt(
            path,
            'HostToContainer',
            "Use HostToContainer: see the host's mounts, share none back",
          ),
        ];
        // The API server refuses privileged with allowPrivilegeEscalation: false, and Pod Security
        // admission above privileged refuses it: offered only where it can stand.
        if (ctx.podSecurity === 'privileged' && security?.allowPrivilegeEscalation !== false) {
          fixes.push({
            ...setAt(
              [...c.path, 'securityContext', 'privileged'],
              true,
              `Make "${c.name}" privileged`,
            ),
            confirm: `A privileged container has every capability and the host's devices: it can take over the Node. Make "${c.name}" privileged?`,
          });
        }
        report({
          path,
          message: `Container "${c.name}" mounts "${asString(mount.name) ?? '?'}" with Bidirectional propagation, which only a privileged container may use.`,
          fix: fixes[0],
          moreFixes: fixes.slice(1),
        });
      });
    }
  },
};

/** The file modes of a volume's source, with where each is: `defaultMode` and `items[].mode`. */
function fileModes(volume: Record<string, unknown>, at: PathKey[]): [PathKey[], unknown][] {
  const found: [PathKey[], unknown][] = [];
  for (const kind of ['configMap', 'secret', 'downwardAPI', 'projected']) {
    const mode = asObject(volume[kind])?.defaultMode;
    if (mode !== undefined) found.push([[...at, kind, 'defaultMode'], mode]);
  }
  for (const item of volumeItems(volume, at)) {
    if (item.data.mode !== undefined) found.push([[...item.path, 'mode'], item.data.mode]);
  }
  return found;
}

/**
 * Whether kubectl reads the number at a path otherwise than this app: `0644`, octal for kubectl
 * and 644 for YAML 1.2, is schema/yaml11-number's to explain.
 */
function readsOtherwise(ctx: RuleContext): (path: PathKey[]) => boolean {
  let found: Set<string> | undefined;
  return (path) =>
    (found ??= new Set(yaml11Numbers(ctx).map((n) => n.path.join('/')))).has(path.join('/'));
}

const fileModeRange: Rule = {
  id: 'pod/file-mode-range',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'File mode out of range',
  explanation:
    "A volume's `defaultMode` and an item's `mode` are permission bits: 0 to 0777 in octal, 0 to 511 in decimal. A number written as octal digits without the leading 0 (`644`) is read as decimal, more than 511, and the API server refuses it. Write `0644`, or its decimal value 420.",
  check(ctx, report) {
    const kubectlReadsOtherwise = readsOtherwise(ctx);
    for (const v of ctx.volumes) {
      for (const [path, mode] of fileModes(v.data, v.path)) {
        if (typeof mode !== 'number' || (Number.isInteger(mode) && mode >= 0 && mode <= 0o777))
          continue;
        if (kubectlReadsOtherwise(path)) continue;
        const digits = String(mode);
        // Octal digits meant as octal: the value they stand for.
        const meant = /^[0-7]{1,4}$/.test(digits) ? parseInt(digits, 8) : null;
        report({
          path,
          message: `Volume "${v.name}": ${mode} is not a file mode (0 to 0777 in octal, 511 in decimal).${meant !== null && meant <= 0o777 ? ` As octal, 0${digits} is ${meant}.` : ''}`,
          fix:
            meant !== null && meant <= 0o777
              ? setAt(path, meant, `Write ${meant} (0${digits})`)
              : undefined,
        });
      }
    }
  },
};

const fileModeOctalDigits: Rule = {
  id: 'pod/file-mode-octal-digits',
  severity: 'warning',
  title: 'File mode written in octal digits but read as decimal',
  explanation:
    "A volume's `defaultMode` and an item's `mode` are numbers, read as decimal unless written with a leading 0. Octal digits without the 0 still fit when they are small: `defaultMode: 400` is accepted, but it is 0620 (`rw--w----`, group-writable), not the owner-read-only 0400 that was meant. Write the decimal value of the octal mode (256 for 0400, 420 for 0644), which every YAML reader takes alike.",
  check(ctx, report) {
    const kubectlReadsOtherwise = readsOtherwise(ctx);
    for (const v of ctx.volumes) {
      for (const [path, mode] of fileModes(v.data, v.path)) {
        if (typeof mode !== 'number') continue;
        const meant = octalSlip(mode);
        if (meant === null || kubectlReadsOtherwise(path)) continue;
        const octal = `0${meant.toString(8)}`;
        const key = String(path[path.length - 1]);
        report({
          path,
          message: `Volume "${v.name}": ${key} ${mode} is decimal, which is 0${mode.toString(8)} in octal (${permissionText(mode)}). If you meant ${octal} (${permissionText(meant)}), write ${meant}.`,
          fix: setAt(path, meant, `Write ${meant} (octal ${octal})`),
        });
      }
    }
  },
};

export const MOUNT_RULES: readonly Rule[] = [
  unknownVolume,
  bidirectionalPropagation,
  duplicateMountPath,
  sameMountDirectory,
  fileModeRange,
  fileModeOctalDigits,
];
