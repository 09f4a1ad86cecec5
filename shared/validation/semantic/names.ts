import { checkImage } from '../../manifest/image-reference';
import { dns1123LabelProblem, uniqueName } from '../../manifest/names';
import { setAt } from '../fixes';
import { nearestDnsName } from '../names';
import type { ContainerInfo, Rule } from '../context';

/** The nearest valid name that no sibling has, or null when nothing of `name` is usable. */
function validUnique(name: string, taken: readonly string[]): string | null {
  const near = nearestDnsName(name);
  if (!near) return null;
  return taken.includes(near) ? uniqueName(near, taken) : near;
}

const invalidName: Rule = {
  id: 'pod/invalid-name',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Invalid container or volume name',
  explanation:
    'Container and volume names are DNS-1123 labels: at most 63 lower-case letters, digits and "-", starting and ending with a letter or digit. They end up in DNS names, log paths and `kubectl logs -c <name>`.',
  check(ctx, report) {
    const groups = [
      { what: 'Container', items: ctx.containers, rename: 'renameContainer' as const },
      { what: 'Volume', items: ctx.volumes, rename: 'renameVolume' as const },
    ];
    for (const { what, items, rename } of groups) {
      const names = items.map((item) => item.name);
      for (const item of items) {
        const name = item.data.name;
        if (typeof name !== 'string') continue;
        const problem = dns1123LabelProblem(name);
        if (!problem) continue;
        const fixed = validUnique(name, names);
        const title = `Rename to "${fixed}"`;
        // A name that is its own follows into every reference; a shared one is renamed in place.
        const alone = names.filter((n) => n === name).length === 1;
        report({
          path: [...item.path, 'name'],
          message: `${what} name: ${problem}.`,
          fix: !fixed
            ? undefined
            : alone
              ? { title, edits: [{ type: rename, name, newName: fixed }] }
              : setAt([...item.path, 'name'], fixed, title),
        });
      }
    }
  },
};

const noContainers: Rule = {
  id: 'pod/no-containers',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Pod without containers',
  explanation:
    'A Pod exists to run containers: `spec.containers` must list at least one app container (init containers alone are not enough, they only run before the app containers). The API server rejects a Pod whose `containers` is empty.',
  check(ctx, report) {
    const containers = ctx.spec.containers;
    // A missing or mistyped list is the schema's to report (a required field, a list).
    if (!Array.isArray(containers) || containers.length > 0) return;
    report({
      path: [...ctx.specPath, 'containers'],
      at: 'key',
      message: 'The Pod has no containers: it needs at least one app container to run.',
      fix: {
        title: 'Add a container',
        edits: [{ type: 'addContainer', role: 'app' }],
      },
    });
  },
};

const missingImage: Rule = {
  id: 'pod/missing-image',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Container without an image',
  explanation:
    'A container is an image run with a command: without `image` there is nothing for the kubelet to pull and start, and the API server rejects the Pod.',
  check(ctx, report) {
    for (const c of ctx.containers) {
      const image = c.data.image;
      if (typeof image === 'string' && image.trim() !== '') continue;
      if (image !== undefined && image !== null && typeof image !== 'string') continue;
      report({
        path: image === undefined ? c.path : [...c.path, 'image'],
        message: `Container "${c.name}" has no image.`,
        // A workload's template may leave the image to tooling; the Pods it makes cannot start.
        refusedBy: ctx.kind === 'Pod' ? 'api-server' : null,
      });
    }
  },
};

const invalidImage: Rule = {
  id: 'pod/invalid-image',
  severity: 'error',
  title: 'Image reference the kubelet cannot pull',
  explanation:
    'An image is named `[registry[:port]/]repository[:tag][@digest]`: lower-case repository parts separated by `/`, a tag of letters, digits, `_`, `.` and `-`, a digest such as `sha256:` and 64 hex digits. The API server refuses only spaces at either end; any other text it accepts, but the kubelet cannot parse it as an image: the container waits with `InvalidImageName` and never starts.',
  check(ctx, report) {
    for (const c of ctx.containers) {
      const image = c.data.image;
      // No image at all is pod/missing-image.
      if (typeof image !== 'string' || image.trim() === '') continue;
      const problem = checkImage(image);
      if (!problem) continue;
      // Spaces at either end: the API server refuses the Pod (for a template, each Pod made).
      const ends = image.trim() !== image;
      const outcome = !ends
        ? 'so the kubelet cannot pull it (InvalidImageName)'
        : ctx.kind === 'Pod'
          ? 'so the API server refuses the Pod'
          : `so the API server refuses each Pod the ${ctx.kind} creates`;
      report({
        path: [...c.path, 'image'],
        message: `Container "${c.name}": ${problem}, ${outcome}.`,
        refusedBy: ends && ctx.kind === 'Pod' ? 'api-server' : null,
      });
    }
  },
};

const duplicateContainerName: Rule = {
  id: 'pod/duplicate-container-name',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Duplicate container name',
  explanation:
    'A container name identifies it in the Pod: in `kubectl logs -c`, `kubectl exec -c`, its status and its restarts. Names must be unique across `containers`, `initContainers` and `ephemeralContainers` together.',
  check(ctx, report) {
    // Each container that shares its name is marked, the first as well as the others.
    const byName = new Map<string, ContainerInfo[]>();
    for (const c of ctx.containers) {
      if (c.name) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
    }
    const taken = ctx.containers.map((c) => c.name);
    for (const same of byName.values()) {
      if (same.length < 2) continue;
      for (const [i, c] of same.entries()) {
        const other = same.find((o) => o !== c)!;
        // The first keeps its name (and whatever refers to it); the others get new ones.
        const fresh = i > 0 ? uniqueName(c.name, taken) : null;
        if (fresh) taken.push(fresh);
        report({
          path: [...c.path, 'name'],
          message: `Another container (in \`${other.list}\`) is also named "${c.name}": rename one of them.`,
          fix: fresh ? setAt([...c.path, 'name'], fresh, `Rename this one "${fresh}"`) : undefined,
        });
      }
    }
  },
};

const duplicateVolumeName: Rule = {
  id: 'pod/duplicate-volume-name',
  severity: 'error',
  refusedBy: 'api-server',
  title: 'Duplicate volume name',
  explanation:
    'Mounts refer to volumes by name, so each volume of a Pod needs its own name; the API server rejects a second volume with the same one.',
  check(ctx, report) {
    const seen = new Set<string>();
    const taken = ctx.volumes.map((v) => v.name);
    for (const v of ctx.volumes) {
      if (!v.name) continue;
      if (seen.has(v.name)) {
        const fresh = uniqueName(v.name, taken);
        taken.push(fresh);
        report({
          path: [...v.path, 'name'],
          message: `Another volume is already named "${v.name}".`,
          fix: setAt([...v.path, 'name'], fresh, `Rename this one "${fresh}"`),
        });
      }
      seen.add(v.name);
    }
  },
};

export const NAME_RULES: readonly Rule[] = [
  noContainers,
  invalidName,
  missingImage,
  invalidImage,
  duplicateContainerName,
  duplicateVolumeName,
];
