import { readdirSync, readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/apply-edit';
import { POD_SPEC_PATHS } from '../../../shared/manifest/locate';
import { parseManifest } from '../../../shared/manifest/parse';
import type { ParsedManifest, WorkloadKind } from '../../../shared/manifest/types';

/**
 * Real-world-style manifests: every kind, multi-document files, comments everywhere, anchors,
 * every volume type, native sidecars. Each is read into the view a plain reading of its data
 * predicts, round-trips byte for byte, and survives renaming each container and volume.
 */

const dir = new URL('../../fixtures/manifests/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

type Json = Record<string, unknown>;
const DEFAULT = 'kubectl.kubernetes.io/default-container';
const NAMING = [DEFAULT, 'kubectl.kubernetes.io/default-logs-container'];
const SOURCES = [
  'emptyDir',
  'configMap',
  'secret',
  'persistentVolumeClaim',
  'hostPath',
  'projected',
  'downwardAPI',
];

function get(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Json | undefined)?.[key as string], value);
}

function documentsOf(text: string): unknown[] {
  return parseAllDocuments(text, { merge: true }).map((d) => d.toJS({ maxAliasCount: 1000 }));
}

/** The view a plain reading of the data predicts. */
function expectedView(doc: Json) {
  const kind = doc.kind as WorkloadKind;
  const specPath = POD_SPEC_PATHS[kind];
  const spec = get(doc, specPath) as Json;
  const annotations = get(doc, [...specPath.slice(0, -1), 'metadata', 'annotations']) as
    Json | undefined;
  const inits = (spec.initContainers ?? []) as Json[];
  const apps = (spec.containers ?? []) as Json[];
  const annotated = annotations?.[DEFAULT];
  const main = apps.some((c) => c.name === annotated) ? annotated : apps[0]?.name;
  const mounts = (c: Json) =>
    ((c.volumeMounts ?? []) as Json[]).map((m) => [m.name, m.mountPath, m.readOnly === true]);
  return {
    containers: [
      ...inits.map((c) => [
        c.name,
        c.restartPolicy === 'Always' ? 'native-sidecar' : 'init',
        mounts(c),
      ]),
      ...apps.map((c) => [c.name, c.name === main ? 'main' : 'sidecar', mounts(c)]),
    ],
    volumes: [
      ...((spec.volumes ?? []) as Json[]).map((v) => {
        const key = Object.keys(v).find((k) => k !== 'name');
        return [v.name, SOURCES.includes(key ?? '') ? key : 'other'];
      }),
      // A StatefulSet's claim templates: each gives every Pod a claim of its own, mounted by name.
      ...claimTemplatesOf(doc).map((t) => [get(t, ['metadata', 'name']), 'persistentVolumeClaim']),
    ],
  };
}

function claimTemplatesOf(doc: Json): Json[] {
  return doc.kind === 'StatefulSet'
    ? ((get(doc, ['spec', 'volumeClaimTemplates']) ?? []) as Json[])
    : [];
}

function actualView(parsed: ParsedManifest) {
  return {
    containers: parsed.view!.containers.map((c) => [
      c.name,
      c.role,
      c.mounts.map((m) => [m.volume, m.mountPath, m.readOnly]),
    ]),
    volumes: parsed.view!.volumes.map((v) => [v.name, v.source]),
  };
}

/** Every comment of the text (a `#` starting a line or after a space, to the line's end). */
function comments(text: string): string[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const at = line.search(/(^|\s)#/);
    return at < 0 ? [] : [line.slice(at).trim()];
  });
}

function expectOthersVerbatim(before: string, after: string, edited: number): void {
  const a = parseManifest(before).documents;
  const b = parseManifest(after).documents;
  expect(b.length).toBe(a.length);
  a.forEach((doc, i) => {
    if (i === edited) return;
    const other = b[i]!;
    expect(after.slice(other.range.from, other.range.to)).toBe(
      before.slice(doc.range.from, doc.range.to),
    );
  });
}

function renamedContainer(doc: Json, specPath: readonly string[], from: string, to: string): Json {
  const copy = structuredClone(doc);
  const spec = get(copy, specPath) as Json;
  for (const list of ['initContainers', 'containers']) {
    for (const c of (spec[list] ?? []) as Json[]) if (c.name === from) c.name = to;
  }
  const annotations = get(copy, [...specPath.slice(0, -1), 'metadata', 'annotations']) as
    Json | undefined;
  for (const key of NAMING) if (annotations?.[key] === from) annotations[key] = to;
  // An ephemeral container's target is the container it debugs.
  for (const c of (spec.ephemeralContainers ?? []) as Json[]) {
    if (c.targetContainerName === from) c.targetContainerName = to;
  }
  // Every `containerName` of the document names a container of its Pod: resourceFieldRefs in
  // env and downwardAPI items, a Job's podFailurePolicy rules.
  const follow = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(follow);
    else if (node && typeof node === 'object') {
      const map = node as Json;
      if (map.containerName === from) map.containerName = to;
      Object.values(map).forEach(follow);
    }
  };
  follow(copy);
  return copy;
}

function renamedVolume(doc: Json, specPath: readonly string[], from: string, to: string): Json {
  const copy = structuredClone(doc);
  const spec = get(copy, specPath) as Json;
  for (const v of (spec.volumes ?? []) as Json[]) if (v.name === from) v.name = to;
  for (const t of claimTemplatesOf(copy)) {
    const metadata = t.metadata as Json;
    if (metadata.name === from) metadata.name = to;
  }
  for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
    for (const c of (spec[list] ?? []) as Json[]) {
      for (const m of [
        ...((c.volumeMounts ?? []) as Json[]),
        ...((c.volumeDevices ?? []) as Json[]),
      ]) {
        if (m.name === from) m.name = to;
      }
    }
  }
  return copy;
}

it('holds at least 40 manifests', () => {
  expect(files.length).toBeGreaterThanOrEqual(40);
});

describe.each(files)('%s', (file) => {
  const text = readFileSync(new URL(file, dir), 'utf8');
  const parsed = parseManifest(text);
  const editable = parsed.documents.filter((d) => d.editable).map((d) => d.index);
  const data = documentsOf(text);

  it('parses without errors and holds a Pod', () => {
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsed.status).toBe('ok');
    expect(editable.length).toBeGreaterThan(0);
  });

  it('derives the containers and volumes its data describe', () => {
    for (const index of editable) {
      const view = parseManifest(text, { document: index });
      expect(actualView(view)).toEqual(expectedView(data[index] as Json));
    }
  });

  it('round-trips byte for byte', () => {
    for (const index of editable) {
      const view = parseManifest(text, { document: index }).view!;
      for (const c of view.containers.filter((c) => c.image != null)) {
        const result = applyEdit(
          text,
          { type: 'setField', target: { container: c.name }, path: ['image'], value: c.image },
          { document: index },
        );
        // The same value again changes no byte, and says so instead of returning ok.
        expect(result).toEqual({ ok: false, error: 'image already has this value.' });
      }
    }
  });

  it('survives renaming each container and each volume', () => {
    for (const index of editable) {
      const view = parseManifest(text, { document: index }).view!;
      const doc = data[index] as Json;
      view.containers.forEach((c, i) => {
        const newName = `renamed-${i}`;
        const result = applyEdit(
          text,
          { type: 'renameContainer', name: c.name, newName },
          { document: index },
        );
        if (!result.ok) throw new Error(`renaming ${c.name}: ${result.error}`);
        expect(documentsOf(result.text)[index]).toEqual(
          renamedContainer(doc, view.specPath, c.name, newName),
        );
        expect(comments(result.text)).toEqual(comments(text));
        expectOthersVerbatim(text, result.text, index);
      });
      view.volumes.forEach((v, i) => {
        const newName = `renamed-volume-${i}`;
        const result = applyEdit(
          text,
          { type: 'renameVolume', name: v.name, newName },
          { document: index },
        );
        if (!result.ok) throw new Error(`renaming ${v.name}: ${result.error}`);
        const after = parseManifest(result.text, { document: index }).view!;
        expect(after.volumes[i]?.name).toBe(newName);
        expect(documentsOf(result.text)[index]).toEqual(
          renamedVolume(doc, view.specPath, v.name, newName),
        );
        expect(comments(result.text)).toEqual(comments(text));
        expectOthersVerbatim(text, result.text, index);
      });
    }
  });
});
