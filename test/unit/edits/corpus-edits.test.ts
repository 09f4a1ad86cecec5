import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/apply-edit';
import type { PodEdit } from '../../../shared/edits/types';
import { parseManifest } from '../../../shared/manifest/parse';

/**
 * Every edit family on every manifest of the corpus: each edit applies (or explains why not),
 * the result parses to the intended view, and other documents stay verbatim.
 */

const dir = new URL('../../fixtures/manifests/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

function editsFor(text: string, document: number): { edit: PodEdit; check: (t: string) => void }[] {
  const view = parseManifest(text, { document }).view!;
  const names = (t: string) => parseManifest(t, { document }).view!.containers.map((c) => c.name);
  const volumes = (t: string) => parseManifest(t, { document }).view!.volumes.map((v) => v.name);
  const out: { edit: PodEdit; check: (t: string) => void }[] = [];
  for (const role of ['app', 'sidecar', 'init', 'native-sidecar'] as const) {
    out.push({
      edit: { type: 'addContainer', role, name: `added-${role}` },
      check: (t) => expect(names(t)).toContain(`added-${role}`),
    });
  }
  out.push({
    edit: { type: 'addVolume', name: 'added' },
    check: (t) => expect(volumes(t)).toContain('added'),
  });
  // A few of each are enough to meet every layout; all of them make the run slow.
  for (const [i, c] of view.containers.slice(0, 2).entries()) {
    out.push({
      edit: { type: 'removeContainer', name: c.name },
      check: (t) => expect(names(t)).not.toContain(c.name),
    });
    out.push({
      edit: { type: 'duplicateContainer', name: c.name, newName: 'copy' },
      check: (t) => expect(names(t)).toContain('copy'),
    });
    out.push({
      edit: {
        type: 'setField',
        target: { container: c.name },
        path: ['resources', 'limits', 'memory'],
        value: '1Gi',
      },
      check: (t) => expect(parseManifest(t, { document }).status).toBe('ok'),
    });
    out.push({
      edit: { type: 'setEnv', container: c.name, name: 'ADDED', value: 'yes' },
      check: (t) => expect(t).toContain('ADDED'),
    });
    // Moves on the first container only: they are the slowest edits.
    for (const role of i === 0 ? (['sidecar', 'native-sidecar', 'init'] as const) : []) {
      out.push({
        edit: { type: 'moveContainer', name: c.name, role },
        check: (t) => {
          const moved = parseManifest(t, { document }).view!.containers.find(
            (x) => x.name === c.name,
          );
          expect(moved?.role).toBe(role === 'sidecar' && moved?.role === 'main' ? 'main' : role);
        },
      });
    }
    for (const v of view.volumes.slice(0, 1)) {
      out.push({
        edit: { type: 'addMount', container: c.name, volume: v.name },
        check: (t) => {
          const after = parseManifest(t, { document }).view!.containers.find(
            (x) => x.name === c.name,
          );
          expect(after?.mounts.length).toBe(c.mounts.length + 1);
        },
      });
    }
    c.mounts.forEach((_, index) => {
      out.push({
        edit: { type: 'removeMount', container: c.name, index },
        check: (t) => {
          const after = parseManifest(t, { document }).view!.containers.find(
            (x) => x.name === c.name,
          );
          expect(after?.mounts.length).toBe(c.mounts.length - 1);
        },
      });
    });
  }
  for (const v of view.volumes) {
    out.push({
      edit: { type: 'removeVolume', name: v.name },
      check: (t) => expect(volumes(t)).not.toContain(v.name),
    });
    // A claim template's source is the claim each Pod gets: it has none to replace.
    if (v.claimTemplate) continue;
    out.push({
      edit: {
        type: 'setVolumeSource',
        name: v.name,
        source: { kind: 'emptyDir', medium: 'Memory' },
      },
      check: (t) =>
        expect(
          parseManifest(t, { document }).view!.volumes.find((x) => x.name === v.name)?.detail,
        ).toBe('medium: Memory'),
    });
  }
  out.push({
    edit: {
      type: 'setField',
      target: { pod: true },
      path: ['metadata', 'labels', 'added'],
      value: 'yes',
    },
    // kubectl reads a plain `yes` as the boolean true: the string is written quoted.
    check: (t) => expect(t).toMatch(/["']?added["']?: (["'])yes\1/),
  });
  return out;
}

/** Refusals the model asks for: they must say why. */
const EXPECTED_REFUSAL =
  /only app container|already exists|already has this source|is already (the main container|a sidecar|an init container|a native sidecar)|init container; only|defines the anchor|alias before or without/;

describe.each(files)('%s', (file) => {
  const text = readFileSync(new URL(file, dir), 'utf8');
  const parsed = parseManifest(text);
  const editable = parsed.documents.filter((d) => d.editable).map((d) => d.index);

  it('takes every kind of edit', () => {
    for (const document of editable) {
      for (const { edit, check } of editsFor(text, document)) {
        const result = applyEdit(text, edit, { document });
        if (!result.ok) {
          if (EXPECTED_REFUSAL.test(result.error)) continue;
          throw new Error(`${JSON.stringify(edit)}: ${result.error}`);
        }
        expect(parseManifest(result.text, { document }).status).toBe('ok');
        check(result.text);
        const before = parsed.documents;
        const after = parseManifest(result.text).documents;
        before.forEach((doc, i) => {
          if (i !== document) {
            expect(result.text.slice(after[i]!.range.from, after[i]!.range.to)).toBe(
              text.slice(doc.range.from, doc.range.to),
            );
          }
        });
      }
    }
  }, 60_000);
});
