import fc from 'fast-check';
import { Document, isMap, isSeq, parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/apply-edit';
import type { PodEdit } from '../../../shared/edits/types';
import { parseManifest } from '../../../shared/manifest/parse';
import { validateManifest } from '../../../shared/validation/validate';
import { podDocument } from '../../../shared/document/pod-document';

/**
 * Random Pods in random layouts, random edit sequences: every result parses, means exactly what
 * a plain-data reference of the edits says, and keeps the comments planted in the original.
 */

interface Mount {
  name: string;
  mountPath: string;
  readOnly?: boolean;
}
interface Container {
  name: string;
  image: string;
  restartPolicy?: string;
  command?: string[];
  ports?: { containerPort: number }[];
  volumeMounts?: Mount[];
  resources?: { limits: { cpu: string } };
  env?: {
    name: string;
    valueFrom: { resourceFieldRef: { containerName: string; resource: string } };
  }[];
}
interface Pod {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels: Record<string, string> };
  spec: {
    initContainers?: Container[];
    containers?: Container[];
    volumes?: { name: string; emptyDir: Record<string, never> }[];
    restartPolicy?: string;
  };
}

const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'web', 'db', 'cache', 'log');
const image = fc.constantFrom('nginx:1.27', 'busybox:1.36', 'redis', '"quoted:1"', 'ghcr.io/x/y:2');

const containerArb = (volumes: string[]) =>
  fc.record(
    {
      image,
      command: fc.array(word, { minLength: 1, maxLength: 3 }),
      ports: fc.array(fc.integer({ min: 1, max: 65535 }), { minLength: 1, maxLength: 2 }),
      mounts: fc.subarray(volumes),
      readOnly: fc.boolean(),
    },
    { requiredKeys: ['image'] },
  );

const podArb = fc
  .record({
    volumes: fc.uniqueArray(word, { maxLength: 3 }),
    apps: fc.integer({ min: 1, max: 3 }),
    inits: fc.integer({ min: 0, max: 2 }),
    restartPolicy: fc.option(fc.constantFrom('Always', 'Never'), { nil: undefined }),
  })
  .chain(({ volumes, apps, inits, restartPolicy }) =>
    fc
      .record({
        apps: fc.array(containerArb(volumes), { minLength: apps, maxLength: apps }),
        inits: fc.array(containerArb(volumes), { minLength: inits, maxLength: inits }),
        natives: fc.array(fc.boolean(), { minLength: inits, maxLength: inits }),
      })
      .map(({ apps: a, inits: b, natives }): Pod => {
        const build =
          (prefix: string) =>
          (c: (typeof a)[number], i: number): Container => {
            const out: Container = { name: `${prefix}-${i}`, image: c.image.replaceAll('"', '') };
            if (c.command) out.command = c.command;
            if (c.ports) out.ports = c.ports.map((containerPort) => ({ containerPort }));
            if (c.mounts?.length) {
              out.volumeMounts = c.mounts.map((v) => ({
                name: v,
                mountPath: `/data/${v}`,
                ...(c.readOnly ? { readOnly: true } : {}),
              }));
            }
            return out;
          };
        const pod: Pod = {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: 'random', labels: { app: 'random' } },
          spec: {},
        };
        if (b.length) {
          pod.spec.initContainers = b
            .map(build('init'))
            .map((c, i) => (natives[i] ? { ...c, restartPolicy: 'Always' } : c));
        }
        pod.spec.containers = a.map(build('app'));
        // The first app container reads the last container's CPU limit: a by-name reference.
        const last = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].at(-1)!;
        pod.spec.containers[0]!.env = [
          {
            name: 'PEER_CPU',
            valueFrom: { resourceFieldRef: { containerName: last.name, resource: 'limits.cpu' } },
          },
        ];
        if (volumes.length) pod.spec.volumes = volumes.map((name) => ({ name, emptyDir: {} }));
        if (restartPolicy) pod.spec.restartPolicy = restartPolicy;
        return pod;
      }),
  );

const styleArb = fc.record({
  step: fc.constantFrom(2, 4),
  indentSeq: fc.boolean(),
  flowCommands: fc.boolean(),
  flowLabels: fc.boolean(),
  finalNewline: fc.boolean(),
  kind: fc.constantFrom('Pod', 'Deployment', 'CronJob'),
});

/** More runs on demand: `PROPERTY_RUNS=2000 npx vitest run …`. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const TIMEOUT = 30_000 + RUNS * 100;

type Style = typeof styleArb extends fc.Arbitrary<infer T> ? T : never;

const PLANTED = ['# planted-top', '# planted-spec', '# planted-kind', '# planted-containers'];

/** The Pod as a document of `kind`: itself, or the template of a workload. */
function wrap(pod: Pod, kind: string): unknown {
  if (kind === 'Pod') return pod;
  const template = { metadata: { labels: pod.metadata.labels }, spec: pod.spec };
  if (kind === 'Deployment') {
    return {
      apiVersion: 'apps/v1',
      kind,
      metadata: { name: pod.metadata.name },
      spec: { selector: { matchLabels: pod.metadata.labels }, template },
    };
  }
  return {
    apiVersion: 'batch/v1',
    kind,
    metadata: { name: pod.metadata.name },
    spec: { schedule: '*/5 * * * *', jobTemplate: { spec: { template } } },
  };
}

function render(pod: Pod, style: Style): string {
  const doc = new Document(wrap(pod, style.kind));
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown }).value);
      if (key === 'command' && isSeq(pair.value)) pair.value.flow = style.flowCommands;
      if (key === 'labels' && isMap(pair.value)) pair.value.flow = style.flowLabels;
    },
  });
  let text = doc.toString({ indent: style.step, indentSeq: style.indentSeq, lineWidth: 0 });
  text = `${PLANTED[0]}\n${text}`
    .replace(`kind: ${style.kind}\n`, `kind: ${style.kind} ${PLANTED[2]}\n`)
    .replace('\nspec:\n', `\n${PLANTED[1]}\nspec:\n`)
    .replace(/\n( +)containers:\n/, `\n$1${PLANTED[3]}\n$1containers:\n`);
  return style.finalNewline ? text : text.replace(/\n$/, '');
}

/** Edit seeds: indices are taken modulo what exists when the edit runs. */
const seedArb = fc.oneof(
  fc.record({
    t: fc.constant('addContainer'),
    role: fc.constantFrom('app', 'sidecar', 'init', 'native-sidecar'),
  }),
  fc.record({ t: fc.constant('removeContainer'), pick: fc.nat() }),
  fc.record({ t: fc.constant('renameContainer'), pick: fc.nat() }),
  fc.record({ t: fc.constant('addVolume') }),
  fc.record({ t: fc.constant('removeVolume'), pick: fc.nat() }),
  fc.record({ t: fc.constant('renameVolume'), pick: fc.nat() }),
  fc.record({
    t: fc.constant('addMount'),
    pick: fc.nat(),
    volume: fc.nat(),
    readOnly: fc.boolean(),
  }),
  fc.record({ t: fc.constant('removeMount'), pick: fc.nat(), mount: fc.nat() }),
  fc.record({
    t: fc.constant('setImage'),
    pick: fc.nat(),
    // Strings that YAML 1.1, as kubectl reads it, takes for booleans and numbers.
    image: fc.constantFrom('nginx:2', 'yes', 'No', 'on', 'OFF', 'y', '1_000', '0b101', '017'),
  }),
  fc.record({ t: fc.constant('setCpu'), pick: fc.nat(), cpu: fc.constantFrom('100m', '1', '2.5') }),
  fc.record({ t: fc.constant('unsetCommand'), pick: fc.nat() }),
  fc.record({ t: fc.constant('unsetCpu'), pick: fc.nat() }),
  fc.record({
    t: fc.constant('setSubtree'),
    pick: fc.nat(),
    key: fc.constantFrom(
      'x-extra',
      'env',
      'args',
      'securityContext',
      'workingDir',
      'lifecycle',
      'ports',
    ),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  fc.record({
    t: fc.constant('move'),
    pick: fc.nat(),
    role: fc.constantFrom('init', 'native-sidecar', 'sidecar'),
  }),
  fc.record({ t: fc.constant('reorder'), pick: fc.nat(), index: fc.nat() }),
);
type Seed = { t: string } & Record<string, unknown>;

type ListName = 'initContainers' | 'containers';
const LISTS: ListName[] = ['initContainers', 'containers'];

function allContainers(pod: Pod): { c: Container; list: ListName; i: number }[] {
  return LISTS.flatMap((list) => (pod.spec[list] ?? []).map((c, i) => ({ c, list, i })));
}

function prune(pod: Pod): void {
  for (const c of allContainers(pod).map((e) => e.c)) {
    if (c.volumeMounts?.length === 0) delete c.volumeMounts;
    if (c.resources && Object.keys(c.resources).length === 0) delete c.resources;
  }
  for (const key of ['initContainers', 'containers', 'volumes'] as const) {
    if (pod.spec[key]?.length === 0) delete pod.spec[key];
  }
}

let counter = 0;

/** Turns a seed into an edit and applies it to the reference; null when it does not apply here. */
function step(pod: Pod, seed: Seed): PodEdit | null {
  const containers = allContainers(pod);
  const volumes = pod.spec.volumes ?? [];
  const apps = pod.spec.containers ?? [];
  const pick = <T>(items: T[], n: unknown): T | undefined =>
    items[Number(n) % Math.max(items.length, 1)];
  const target = pick(containers, seed.pick);
  switch (seed.t) {
    case 'addContainer': {
      const role = seed.role as 'app' | 'sidecar' | 'init' | 'native-sidecar';
      const name = `new-${++counter}`;
      const list: ListName =
        role === 'init' || role === 'native-sidecar' ? 'initContainers' : 'containers';
      const c: Container = { name, image: 'busybox:1.36' };
      if (role === 'native-sidecar') c.restartPolicy = 'Always';
      (pod.spec[list] ??= []).push(c);
      return { type: 'addContainer', role, name };
    }
    case 'removeContainer': {
      if (!target) return null;
      pod.spec[target.list]!.splice(target.i, 1);
      prune(pod);
      return { type: 'removeContainer', name: target.c.name };
    }
    case 'renameContainer': {
      if (!target) return null;
      const old = target.c.name;
      target.c.name = `renamed-${++counter}`;
      for (const { c } of containers) {
        for (const e of Array.isArray(c.env) ? c.env : []) {
          const ref = (e as Partial<NonNullable<Container['env']>[number]> | null)?.valueFrom
            ?.resourceFieldRef;
          if (ref?.containerName === old) ref.containerName = target.c.name;
        }
      }
      return { type: 'renameContainer', name: old, newName: target.c.name };
    }
    case 'addVolume': {
      const name = `vol-${++counter}`;
      (pod.spec.volumes ??= []).push({ name, emptyDir: {} });
      return { type: 'addVolume', name };
    }
    case 'removeVolume': {
      const v = pick(volumes, seed.pick);
      if (!v) return null;
      pod.spec.volumes!.splice(volumes.indexOf(v), 1);
      for (const { c } of containers)
        c.volumeMounts = c.volumeMounts?.filter((m) => m.name !== v.name);
      prune(pod);
      return { type: 'removeVolume', name: v.name };
    }
    case 'renameVolume': {
      const v = pick(volumes, seed.pick);
      if (!v) return null;
      const old = v.name;
      v.name = `vol-${++counter}`;
      for (const { c } of containers)
        for (const m of c.volumeMounts ?? []) if (m.name === old) m.name = v.name;
      return { type: 'renameVolume', name: old, newName: v.name };
    }
    case 'addMount': {
      const v = pick(volumes, seed.volume);
      if (!target || !v) return null;
      const taken = (target.c.volumeMounts ?? []).map((m) => m.mountPath);
      let mountPath = `/mnt/${v.name}`;
      for (let n = 2; taken.includes(mountPath); n++) mountPath = `/mnt/${v.name}-${n}`;
      const mount: Mount = { name: v.name, mountPath };
      if (seed.readOnly) mount.readOnly = true;
      (target.c.volumeMounts ??= []).push(mount);
      return {
        type: 'addMount',
        container: target.c.name,
        volume: v.name,
        readOnly: Boolean(seed.readOnly),
      };
    }
    case 'removeMount': {
      const mounts = target?.c.volumeMounts ?? [];
      if (!target || mounts.length === 0) return null;
      const index = Number(seed.mount) % mounts.length;
      mounts.splice(index, 1);
      prune(pod);
      return { type: 'removeMount', container: target.c.name, index };
    }
    case 'setImage': {
      if (!target) return null;
      target.c.image = String(seed.image);
      return {
        type: 'setField',
        target: { container: target.c.name },
        path: ['image'],
        value: target.c.image,
      };
    }
    case 'setCpu': {
      if (!target) return null;
      target.c.resources = { limits: { cpu: String(seed.cpu) } };
      return {
        type: 'setField',
        target: { container: target.c.name },
        path: ['resources', 'limits', 'cpu'],
        value: seed.cpu,
      };
    }
    case 'setSubtree': {
      if (!target) return null;
      const key = String(seed.key);
      // JSON has no -0; YAML reads it back as 0.
      const value = JSON.parse(JSON.stringify(seed.value)) as unknown;
      (target.c as unknown as Record<string, unknown>)[key] = value;
      return { type: 'setField', target: { container: target.c.name }, path: [key], value };
    }
    case 'unsetCpu': {
      if (!target?.c.resources) return null;
      // The limit goes, and with it the mappings it leaves empty.
      delete target.c.resources;
      return {
        type: 'setField',
        target: { container: target.c.name },
        path: ['resources', 'limits', 'cpu'],
        value: undefined,
      };
    }
    case 'unsetCommand': {
      if (!target) return null;
      delete target.c.command;
      return {
        type: 'setField',
        target: { container: target.c.name },
        path: ['command'],
        value: undefined,
      };
    }
    case 'move': {
      const role = seed.role as 'init' | 'native-sidecar' | 'sidecar';
      if (!target) return null;
      const toList: ListName = role === 'sidecar' ? 'containers' : 'initContainers';
      if (target.list === 'containers' && toList === 'initContainers' && apps.length === 1)
        return null;
      if (target.list === 'containers' && role === 'sidecar') return null;
      if (target.list !== toList) {
        pod.spec[target.list]!.splice(target.i, 1);
        (pod.spec[toList] ??= []).push(target.c);
        prune(pod);
      }
      if (role === 'native-sidecar') target.c.restartPolicy = 'Always';
      else delete target.c.restartPolicy;
      return { type: 'moveContainer', name: target.c.name, role };
    }
    case 'reorder': {
      const inits = pod.spec.initContainers ?? [];
      const c = pick(inits, seed.pick);
      if (!c) return null;
      const index = Number(seed.index) % inits.length;
      inits.splice(inits.indexOf(c), 1);
      inits.splice(index, 0, c);
      return { type: 'reorderInitContainer', name: c.name, index };
    }
    default:
      return null;
  }
}

/** A Pod and a sequence that makes every kind of edit, so that each is tried whatever the draw. */
const EVERY_EDIT: [Pod, Style, Seed[]] = [
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'random', labels: { app: 'random' } },
    spec: {
      initContainers: [
        { name: 'init-0', image: 'busybox:1' },
        { name: 'init-1', image: 'busybox:1' },
      ],
      containers: [
        {
          name: 'app-0',
          image: 'nginx:1',
          volumeMounts: [{ name: 'data', mountPath: '/data/data' }],
        },
        { name: 'app-1', image: 'nginx:1' },
      ],
      volumes: [
        { name: 'data', emptyDir: {} },
        { name: 'spare', emptyDir: {} },
      ],
    },
  },
  {
    step: 2,
    indentSeq: true,
    flowCommands: false,
    flowLabels: false,
    finalNewline: true,
    kind: 'Pod',
  },
  [
    { t: 'removeMount', pick: 2, mount: 0 },
    { t: 'addMount', pick: 3, volume: 1, readOnly: true },
    { t: 'reorder', pick: 1, index: 0 },
    { t: 'renameContainer', pick: 0 },
    { t: 'renameVolume', pick: 0 },
    { t: 'setImage', pick: 2, image: 'nginx:2' },
    { t: 'move', pick: 2, role: 'sidecar' },
    { t: 'move', pick: 3, role: 'init' },
    { t: 'addContainer', role: 'sidecar' },
    { t: 'addVolume' },
    { t: 'removeVolume', pick: 0 },
    { t: 'removeContainer', pick: 0 },
  ],
];

/** Where the edited Pod sits in its file: after `before` and before `after` other documents. */
const placementArb = fc.record({
  before: fc.integer({ min: 0, max: 2 }),
  after: fc.integer({ min: 0, max: 1 }),
});
type Placement = typeof placementArb extends fc.Arbitrary<infer T> ? T : never;

/** Documents joined by `---`, each ending its last line. */
function joinDocuments(parts: string[]): string {
  return parts
    .map((p, i) => (i < parts.length - 1 && !p.endsWith('\n') ? `${p}\n` : p))
    .join('---\n');
}

/** The text of each document of a file. */
function documentTexts(text: string): string[] {
  return parseManifest(text).documents.map((d) => text.slice(d.range.from, d.range.to));
}

/** Every `resourceFieldRef.containerName` of the reference Pod that names no container. */
function danglingReferences(pod: Pod): string[] {
  const names = new Set(allContainers(pod).map((e) => e.c.name));
  return allContainers(pod).flatMap(({ c }) =>
    (Array.isArray(c.env) ? c.env : [])
      .map((e) => e?.valueFrom?.resourceFieldRef?.containerName)
      .filter((n): n is string => typeof n === 'string' && !names.has(n)),
  );
}

describe('random edit sequences', () => {
  it(
    'always parse, mean what the reference says, and keep planted comments',
    () => {
      const applied = new Set<string>();
      fc.assert(
        fc.property(
          podArb,
          styleArb,
          fc.array(seedArb, { maxLength: 8 }),
          placementArb,
          (pod, style, seeds, placement: Placement) => {
            // The other documents are Pods of the same shape, with the same container names: an
            // edit that landed in the wrong one would still apply, and be caught here.
            const other = (n: number) =>
              render(
                { ...structuredClone(pod), metadata: { ...pod.metadata, name: `other-${n}` } },
                style,
              );
            const before = Array.from({ length: placement.before }, (_, i) => other(i));
            const after = Array.from({ length: placement.after }, (_, i) => other(9 + i));
            const document = before.length;
            let text = joinDocuments([...before, render(pod, style), ...after]);
            const kindLine = `kind: ${style.kind} ${PLANTED[2]}\n`;
            const othersOf = (t: string) => documentTexts(t).filter((_, i) => i !== document);
            const others = othersOf(text);
            let containersGone = false;
            for (const seed of seeds) {
              const expected = JSON.stringify(pod);
              const podEdit = step(pod, seed as Seed);
              if (!podEdit) continue;
              const result = podDocument(text, document).apply([podEdit]);
              if (JSON.stringify(pod) === expected) {
                // An edit that changes nothing says why instead of returning ok.
                expect(result.ok, JSON.stringify(podEdit)).toBe(false);
                if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
                continue;
              }
              applied.add(podEdit.type);
              if (!result.ok)
                throw new Error(`${JSON.stringify(podEdit)} failed: ${result.error}\n${text}`);
              expect(result.text).not.toBe(text);
              // The splices it reports, applied in order, make the new text.
              const spliced = result.splices.reduce(
                (t, { from, to, insert }) => t.slice(0, from) + insert + t.slice(to),
                text,
              );
              expect(spliced).toBe(result.text);
              text = result.text;
              // Only the chosen document changed.
              expect(othersOf(text)).toEqual(others);
              const mine = documentTexts(text)[document]!;
              expect(parseManifest(text, { document }).status).toBe('ok');
              // Read as this app reads it (YAML 1.2) and as kubectl does (YAML 1.1): what the
              // edits meant, every string still a string.
              expect(parseDocument(mine).toJS()).toEqual(wrap(pod, style.kind));
              expect(parseDocument(mine, { version: '1.1' }).toJS()).toEqual(wrap(pod, style.kind));
              // Every document keeps its planted comments (the top one sits before a range),
              // but the comment above `containers:` goes with the key once the list is gone.
              containersGone ||= pod.spec.containers === undefined;
              const count = placement.before + placement.after + 1;
              for (const comment of PLANTED) {
                const mineGone = comment === PLANTED[3] && containersGone;
                expect(text.split(comment).length - 1).toBe(mineGone ? count - 1 : count);
              }
              expect(mine).toContain(kindLine);
              // A reference left naming a removed container is reported where it stands.
              const dangling = danglingReferences(pod);
              const reported = validateManifest(text, { document }).filter(
                (p) => p.ruleId === 'pod/unknown-container',
              );
              expect(reported.length).toBe(dangling.length);
            }
          },
        ),
        { numRuns: RUNS, examples: [[...EVERY_EDIT, { before: 1, after: 1 }]] },
      );
      // Every kind of edit was exercised.
      expect([...applied].sort()).toEqual([
        'addContainer',
        'addMount',
        'addVolume',
        'moveContainer',
        'removeContainer',
        'removeMount',
        'removeVolume',
        'renameContainer',
        'renameVolume',
        'reorderInitContainer',
        'setField',
      ]);
    },
    TIMEOUT,
  );

  it(
    'the no-op round trip is the identity',
    () => {
      fc.assert(
        fc.property(podArb, styleArb, (pod, style) => {
          const text = render(pod, style);
          const first = pod.spec.containers![0]!;
          const result = applyEdit(text, {
            type: 'setField',
            target: { container: first.name },
            path: ['image'],
            value: first.image,
          });
          // That message comes only when the edited text is the original, byte for byte.
          expect(result).toEqual({ ok: false, error: 'image already has this value.' });
        }),
        { numRuns: Math.ceil(RUNS / 2) },
      );
    },
    TIMEOUT,
  );
});
