import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { podDocument, validateManifest } from '../../../shared';
import type { NeededKind } from '../../../shared';
import { podLinks } from '../../../shared/links/links';
import { edit, editError } from './helpers';

const text = readFileSync(
  new URL('../../fixtures/manifests/multi-pod-with-needs.yaml', import.meta.url),
  'utf8',
);
const POD = { document: 2 };
const [configMap, secret] = text.split('---\n');
const data = (source: string, index: number) => parseAllDocuments(source)[index]!.toJS() as unknown;

describe('adding what the Pod needs as a document of its own', () => {
  it('adds a missing ConfigMap with the keys the Pod reads, after the others, which stay byte for byte', () => {
    const result = edit(
      text,
      { type: 'addNeededObject', kind: 'ConfigMap', name: 'web-pages' },
      POD,
    );
    expect(result).toBe(
      `${text}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-pages\ndata:\n  index.html: ""\n`,
    );
    expect(podLinks(result, 2).needs.find((n) => n.name === 'web-pages')?.object?.index).toBe(3);
  });

  it('adds a Secret with the key a secretKeyRef reads, and a claim', () => {
    const withSecret = edit(
      text,
      { type: 'addNeededObject', kind: 'Secret', name: 'db-credentials' },
      POD,
    );
    expect(data(withSecret, 3)).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db-credentials' },
      type: 'Opaque',
      stringData: { password: '' },
    });
    const withClaim = edit(
      text,
      { type: 'addNeededObject', kind: 'PersistentVolumeClaim', name: 'web-data' },
      POD,
    );
    expect(data(withClaim, 3)).toMatchObject({
      kind: 'PersistentVolumeClaim',
      spec: { accessModes: ['ReadWriteOnce'] },
    });
    expect(validateManifest(withClaim, POD).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses one the file already holds, or one the Pod does not use', () => {
    expect(
      editError(text, { type: 'addNeededObject', kind: 'ConfigMap', name: 'web-config' }, POD),
    ).toBe('The ConfigMap "web-config" is already in this file.');
    expect(editError(text, { type: 'addNeededObject', kind: 'Secret', name: 'nope' }, POD)).toBe(
      'The Pod does not use a Secret named "nope".',
    );
  });
});

/** The text with each `[from, to]` replaced once: exactly the characters a rename changes. */
const replaced = (pairs: [string, string][]) =>
  pairs.reduce((out, [from, to]) => out.replace(from, to), text);

const rename = (kind: NeededKind, name: string, newName: string, source = text) =>
  edit(source, { type: 'renameNeededObject', kind, name, newName }, POD);

describe('renaming an object the Pod needs', () => {
  it('renames the ConfigMap and every reference to it, and nothing else', () => {
    const result = rename('ConfigMap', 'web-config', 'site-config');
    expect(result).toBe(
      replaced([
        ['  name: web-config\n', '  name: site-config\n'],
        ['        name: web-config\n', '        name: site-config\n'],
      ]),
    );
    expect(result.startsWith(configMap!.replace('web-config', 'site-config'))).toBe(true);
    expect(result).toContain(`---\n${secret}---\n`);
  });

  it('renames a Secret whose metadata is written in flow style', () => {
    expect(rename('Secret', 'web-tls', 'web-cert')).toBe(
      replaced([
        ['metadata: {name: web-tls}', 'metadata: {name: web-cert}'],
        ['secretName: web-tls', 'secretName: web-cert'],
      ]),
    );
  });

  it('follows a rename made on one side only: the other side takes the new name', () => {
    const typed = text.replace('  name: web-config\n', '  name: site-config\n');
    expect(podLinks(typed, 2).needs[0]?.object).toBeNull();
    const result = edit(
      typed,
      { type: 'renameNeededObject', kind: 'ConfigMap', name: 'web-config', newName: 'site-config' },
      POD,
    );
    expect(podLinks(result, 2).needs[0]?.object?.index).toBe(0);
  });

  it('refuses a name another object of the file has, and a name that is not a DNS subdomain', () => {
    const two = `${text}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: taken\n`;
    expect(
      editError(
        two,
        { type: 'renameNeededObject', kind: 'ConfigMap', name: 'web-config', newName: 'taken' },
        POD,
      ),
    ).toBe('The ConfigMap "taken" is already in this file.');
    expect(
      editError(
        text,
        { type: 'renameNeededObject', kind: 'ConfigMap', name: 'web-config', newName: 'Web' },
        POD,
      ),
    ).toMatch(/^"Web" cannot name a ConfigMap/);
  });

  it('goes through the Pod document as one change, with its splices', () => {
    const result = podDocument(text, 2).apply([
      {
        type: 'renameNeededObject',
        kind: 'PersistentVolumeClaim',
        name: 'web-data',
        newName: 'web-store',
      },
    ]);
    if (!result.ok) throw new Error(result.error);
    let replayed = text;
    for (const s of result.splices)
      replayed = replayed.slice(0, s.from) + s.insert + replayed.slice(s.to);
    expect(replayed).toBe(result.text);
    expect(result.text).toBe(text.replace('claimName: web-data', 'claimName: web-store'));
  });
});

describe('a Service for the Pod', () => {
  it('selects the Pod by its labels and forwards its named ports', () => {
    const result = edit(text, { type: 'addService' }, POD);
    expect(result.startsWith(text)).toBe(true);
    expect(data(result, 3)).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web' },
      spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 8080, targetPort: 'http' }] },
    });
    expect(validateManifest(result, POD).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('says what is missing for one', () => {
    const bare =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: solo\nspec:\n  containers:\n    - name: a\n      image: a:1\n';
    expect(editError(bare, { type: 'addService' })).toBe(
      'The Pod has no labels for a Service to select it by: add a label first.',
    );
  });
});
