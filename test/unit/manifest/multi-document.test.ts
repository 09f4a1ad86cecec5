import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/apply-edit';
import { parseManifest } from '../../../shared/manifest/parse';

const file = `# The app and its Service.
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports: [{port: 80, targetPort: http}]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: web
          image: nginx
---
apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: shell
      image: busybox
...
`;

describe('multi-document files', () => {
  it('lists every document and shows the first editable one', () => {
    const parsed = parseManifest(file);
    expect(parsed.documents.map((d) => [d.kind, d.name, d.editable])).toEqual([
      ['Service', 'web', false],
      ['Deployment', 'web', true],
      ['Pod', 'debug', true],
    ]);
    expect(parsed.selected).toBe(1);
    expect(parsed.view?.kind).toBe('Deployment');
  });

  it('shows the chosen document', () => {
    const parsed = parseManifest(file, { document: 2 });
    expect(parsed.view?.name).toBe('debug');
    expect(parseManifest(file, { document: 0 })).toMatchObject({ status: 'no-pod', selected: 0 });
    expect(parseManifest(file, { document: 5 }).status).toBe('no-pod');
  });

  it('edits the chosen document and leaves the others verbatim', () => {
    const result = applyEdit(file, { type: 'addVolume', name: 'tmp' }, { document: 2 });
    expect(result.ok).toBe(true);
    const text = result.ok ? result.text : '';
    const [head] = file.split('kind: Pod');
    expect(text.startsWith(head!)).toBe(true);
    expect(text.endsWith('  volumes:\n    - name: tmp\n      emptyDir: {}\n...\n')).toBe(true);
  });

  it('edits the first editable document by default', () => {
    const result = applyEdit(file, { type: 'addVolume', name: 'tmp' });
    expect(result.ok && parseManifest(result.text).view?.volumes.map((v) => v.name)).toEqual([
      'tmp',
    ]);
  });

  it('reports documents of another kind as not editable', () => {
    const result = applyEdit(file, { type: 'addVolume' }, { document: 0 });
    expect(result).toEqual({
      ok: false,
      error:
        'This document is a Service, which has no Pod template to edit. It cannot be edited on the canvas.',
    });
  });

  it('reports a syntax error in any document, as that document’s', () => {
    const broken = file.replace('image: busybox', 'image: [busybox');
    expect(parseManifest(broken, { document: 2 }).status).toBe('invalid-yaml');
    // The Deployment before it is shown as it is; the Pod says it does not parse.
    const parsed = parseManifest(broken);
    expect(parsed).toMatchObject({ status: 'ok', selected: 1 });
    expect(parsed.documents[2]).toMatchObject({ broken: true, editable: false });
    expect(parsed.documents[2]?.errors?.map((e) => e.line)).toEqual([27]);
  });
});
