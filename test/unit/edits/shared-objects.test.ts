import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { podDocument } from '../../../shared';
import type { NeededKind } from '../../../shared';
import { podLinks } from '../../../shared/links/links';
import { edit, editError } from './helpers';

/** A ConfigMap and a Secret that two Pods and a Deployment use, and a Pod that uses neither. */
const configMap = `# Settings every workload reads.
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  LOG_LEVEL: info
`;
const secret = `apiVersion: v1
kind: Secret
metadata:
  name: app-secret
stringData:
  token: ""
`;
const web = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      envFrom: [{configMapRef: {name: app-config}}]
      env:
        - name: TOKEN
          valueFrom:
            secretKeyRef: {name: app-secret, key: token}
      volumeMounts:
        - name: config
          mountPath: /etc/app
  volumes:
    - name: config
      configMap:
        name: app-config # the app's settings
`;
const worker = `# The worker reads the same settings.
apiVersion: v1
kind: Pod
metadata:
  name: worker
spec:
  containers:
    - name: worker
      image: busybox:1.36
      env:
        - name: LOG_LEVEL
          valueFrom:
            configMapKeyRef:
              name: app-config # shared with web
              key: LOG_LEVEL
      envFrom:
        - secretRef:
            name: app-secret
  volumes:
    - name: all
      projected:
        sources:
          - configMap:
              name: app-config
          - secret:
              name: app-secret
`;
const api = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: api:1
          envFrom:
            - configMapRef: {name: app-config}
`;
const other = `apiVersion: v1
kind: Pod
metadata:
  name: other
spec:
  containers:
    - name: other
      image: busybox:1.36
      envFrom:
        - configMapRef:
            name: other-config
`;
const text = [configMap, secret, web, worker, api, other].join('---\n');
const WEB = 2;
const WORKER = 3;

const rename = (kind: NeededKind, name: string, newName: string, document: number, source = text) =>
  edit(source, { type: 'renameNeededObject', kind, name, newName }, { document });

/** The names of the objects each workload document uses, in the order it names them. */
const uses = (source: string, document: number) =>
  podLinks(source, document).needs.map((n) => [n.kind, n.name, n.object?.index ?? null]);

describe('renaming an object other workloads of the file use too', () => {
  it("renames the ConfigMap, the chosen Pod's references and every other workload's, and only those", () => {
    const result = rename('ConfigMap', 'app-config', 'settings', WEB);
    expect(result).toBe(
      [
        configMap.replace('name: app-config', 'name: settings'),
        secret,
        web
          .replace('{name: app-config}', '{name: settings}')
          .replace('name: app-config # the', 'name: settings # the'),
        worker
          .replace('name: app-config # shared', 'name: settings # shared')
          .replace('name: app-config\n', 'name: settings\n'),
        api.replace('{name: app-config}', '{name: settings}'),
        other,
      ].join('---\n'),
    );
    for (const document of [WEB, WORKER, 4]) {
      expect(uses(result, document)).not.toContainEqual(['ConfigMap', 'app-config', null]);
      expect(uses(result, document)).toContainEqual(['ConfigMap', 'settings', 0]);
    }
  });

  it('does the same from the other Pod, and for a Secret', () => {
    expect(rename('ConfigMap', 'app-config', 'settings', WORKER)).toBe(
      rename('ConfigMap', 'app-config', 'settings', WEB),
    );
    const result = rename('Secret', 'app-secret', 'credentials', WORKER);
    expect(result).toBe(
      [
        configMap,
        secret.replace('name: app-secret', 'name: credentials'),
        web.replace('{name: app-secret,', '{name: credentials,'),
        worker
          .replace('name: app-secret\n', 'name: credentials\n')
          .replace('name: app-secret\n', 'name: credentials\n'),
        api,
        other,
      ].join('---\n'),
    );
    expect(uses(result, WEB)).toContainEqual(['Secret', 'credentials', 1]);
  });

  it('renames the others even when the chosen Pod does not use the object', () => {
    const result = rename('ConfigMap', 'app-config', 'settings', 5);
    const docs = parseAllDocuments(result).map((d) => d.toJS() as unknown);
    expect(docs[0]).toMatchObject({ metadata: { name: 'settings' } });
    expect(uses(result, WORKER)).toContainEqual(['ConfigMap', 'settings', 0]);
    expect(result.endsWith(`---\n${other}`)).toBe(true);
  });

  it('leaves a workload of another namespace, which names another object, as it was', () => {
    const inProd = (doc: string) =>
      doc.replace(/metadata:\n {2}name: (\S+)\n/, '$&  namespace: prod\n');
    const staging = worker.replace('  name: worker\n', '  name: worker\n  namespace: staging\n');
    const source = [inProd(configMap), secret, inProd(web), staging].join('---\n');
    const result = rename('ConfigMap', 'app-config', 'settings', WEB, source);
    expect(result.endsWith(`---\n${staging}`)).toBe(true);
    expect(uses(result, WEB)).toContainEqual(['ConfigMap', 'settings', 0]);
  });

  it('goes through the Pod document as one change, with its splices', () => {
    const result = podDocument(text, WEB).apply([
      { type: 'renameNeededObject', kind: 'ConfigMap', name: 'app-config', newName: 'settings' },
    ]);
    if (!result.ok) throw new Error(result.error);
    let replayed = text;
    for (const s of result.splices)
      replayed = replayed.slice(0, s.from) + s.insert + replayed.slice(s.to);
    expect(replayed).toBe(result.text);
    expect(result.text).toBe(rename('ConfigMap', 'app-config', 'settings', WEB));
  });

  it('refuses, naming it, when another workload that may use the object cannot be read', () => {
    const broken = worker
      .replace('  name: worker\n', '  name: worker\n  labels: &scalar x\n')
      .replace('      image: busybox:1.36\n', '      image: busybox:1.36\n      <<: *scalar\n');
    const source = [configMap, secret, web, broken].join('---\n');
    expect(
      editError(
        source,
        { type: 'renameNeededObject', kind: 'ConfigMap', name: 'app-config', newName: 'settings' },
        { document: WEB },
      ),
    ).toBe(
      'The Pod in document 4 cannot be read to check whether it uses the ConfigMap "app-config" (Merge sources must be maps or map aliases); fix it first.',
    );
  });

  it("renames the references of a Pod's ephemeral containers too", () => {
    const debugged = web.replace(
      '  containers:\n',
      [
        '  ephemeralContainers:',
        '    - name: debugger',
        '      image: busybox:1.36',
        '      envFrom:',
        '        - configMapRef: {name: app-config}',
        '  containers:',
        '',
      ].join('\n'),
    );
    expect(debugged).not.toBe(web);
    const source = [configMap, secret, debugged].join('---\n');
    const result = rename('ConfigMap', 'app-config', 'settings', WEB, source);
    expect(result).not.toContain('app-config');
    expect(result).toContain('- configMapRef: {name: settings}');
  });

  it('keeps the checks: a name taken, a name that is not one, nothing named so', () => {
    const taken = `${text}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n`;
    expect(
      editError(
        taken,
        { type: 'renameNeededObject', kind: 'ConfigMap', name: 'app-config', newName: 'settings' },
        { document: WORKER },
      ),
    ).toBe('The ConfigMap "settings" is already in this file.');
    expect(
      editError(
        text,
        { type: 'renameNeededObject', kind: 'Secret', name: 'app-secret', newName: 'A' },
        { document: WEB },
      ),
    ).toMatch(/^"A" cannot name a Secret/);
    expect(
      editError(
        text,
        { type: 'renameNeededObject', kind: 'Secret', name: 'nope', newName: 'yes' },
        { document: WEB },
      ),
    ).toBe('Neither the Pod nor this file has a Secret named "nope".');
  });
});
