import { describe, expect, it } from 'vitest';
import { podDocument, validateManifest } from '../../../shared';
import type { PodEdit } from '../../../shared';
import { edit, editError } from './helpers';

/** A Pod `solo` whose container `app` serves 8080 as `http`, and a Service forwarding to it. */
const POD = [
  '# The Pod the Service fronts.',
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: solo',
  '  labels:',
  '    app: solo',
  'spec:',
  '  containers:',
  '    - name: app',
  '      image: nginx:1.27',
  '      ports:',
  '        - containerPort: 8080',
  '          name: http # the only port',
  '      readinessProbe:',
  '        httpGet: {path: /ready, port: http}',
  '',
].join('\n');

const SERVICE = [
  '---',
  '# The front door.',
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: solo',
  'spec:',
  '  selector:',
  '    app: solo',
  '  ports:',
  '    - name: web',
  '      port: 80',
  "      targetPort: http   # the container's port, by name",
  '',
].join('\n');

const renameHttp = (container = 'app', index = 0, value = 'web'): PodEdit => ({
  type: 'setField',
  target: { container },
  path: ['ports', index, 'name'],
  value,
});

const problems = (text: string, document?: number) =>
  validateManifest(text, document === undefined ? {} : { document }).filter(
    (p) => p.ruleId === 'pod/unknown-target-port',
  );

describe("a port rename follows a Service's targetPort", () => {
  it('rewrites the targetPort of the Service that selects the Pod, and nothing else', () => {
    const text = POD + SERVICE;
    const result = edit(text, renameHttp());
    expect(result).toBe(
      text
        .replace('name: http # the only port', 'name: web # the only port')
        .replace('port: http}', 'port: web}')
        .replace('targetPort: http   #', 'targetPort: web   #'),
    );
    expect(problems(result)).toEqual([]);
  });

  it('is one change of the Pod document: its splices rewrite the text the edit returns', () => {
    const text = POD + SERVICE;
    const result = podDocument(text, 0).apply([renameHttp()]);
    if (!result.ok) throw new Error(result.error);
    let replayed = text;
    for (const { from, to, insert } of result.splices) {
      replayed = replayed.slice(0, from) + insert + replayed.slice(to);
    }
    expect(replayed).toBe(result.text);
    expect(result.text).toContain('targetPort: web   #');
  });

  it("follows a Service that selects a Deployment's template labels", () => {
    const deployment = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: solo',
      'spec:',
      '  selector:',
      '    matchLabels: {app: solo}',
      '  template:',
      '    metadata:',
      '      labels: {app: solo, tier: web}',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: nginx:1.27',
      '          ports: [{name: http, containerPort: 8080}]',
      '',
    ].join('\n');
    const flow = SERVICE.replace(
      / {2}ports:\n[\s\S]*$/,
      '  ports: [{port: 80, targetPort: http}, {port: 81, targetPort: 8080}]\n',
    );
    const text = deployment + flow;
    const result = edit(text, renameHttp());
    expect(result).toBe(
      text
        .replace('{name: http, containerPort', '{name: web, containerPort')
        .replace('targetPort: http}', 'targetPort: web}'),
    );
    expect(problems(result)).toEqual([]);
  });

  it('leaves alone the Services that do not forward to the renamed port', () => {
    const other = SERVICE.replace('app: solo', 'app: other');
    const elsewhere = SERVICE.replace('  name: solo\n', '  name: solo\n  namespace: elsewhere\n');
    const numbered = SERVICE.replace('targetPort: http ', 'targetPort: 8080 ');
    const udp = SERVICE.replace('      port: 80\n', '      port: 80\n      protocol: UDP\n');
    const podIn = POD.replace('  name: solo\n', '  name: solo\n  namespace: shop\n');
    for (const [pod, service] of [
      [POD, other],
      [podIn, elsewhere],
      [POD, numbered],
      [POD, udp],
    ] as const) {
      const result = edit(pod + service, renameHttp());
      expect(result.slice(result.indexOf('---'))).toBe(service);
    }
  });

  it('leaves the targetPort while a Pod the Service selects still has a port of the old name', () => {
    // A sidecar of the same Pod serves `http` too: the Service reaches it there.
    const sidecar = POD.replace(
      '      readinessProbe:',
      [
        '    - name: proxy',
        '      image: envoyproxy/envoy:v1.31.0',
        '      ports: [{name: http, containerPort: 9901}]',
        '      readinessProbe:',
      ].join('\n'),
    );
    // The probe now belongs to the sidecar; only the port of "app" is renamed.
    const one = edit(sidecar + SERVICE, renameHttp());
    expect(one).toContain('targetPort: http   #');
    // Another Pod of the file with the same labels keeps `http`: the rename would break it.
    const twin = POD.replace('name: solo\n  labels', 'name: twin\n  labels');
    const two = edit(POD + '---\n' + twin + SERVICE, renameHttp());
    expect(two).toContain('targetPort: http   #');
    expect(problems(two).map((p) => p.message)).toEqual([
      'The Service "solo" forwards its port "web" to the port "http", but no container of the Pod has a port of that name: the Pod gets none of its traffic.',
    ]);
  });

  it('refuses a name another port of the Pod has, which a Service would reach in one place only', () => {
    const sidecar = POD.replace(
      '      readinessProbe:',
      [
        '    - name: proxy',
        '      image: envoyproxy/envoy:v1.31.0',
        '      ports: [{name: admin, containerPort: 9901}]',
        '      readinessProbe:',
      ].join('\n'),
    );
    expect(editError(sidecar + SERVICE, renameHttp('app', 0, 'admin'))).toBe(
      'Container "proxy" already names its port 9901 "admin": a Service\'s targetPort "admin" would reach only the first of the two. Choose another name.',
    );
    const twoPorts = POD.replace(
      '          name: http # the only port',
      '          name: http # the only port\n        - containerPort: 9090\n          name: metrics',
    );
    expect(editError(twoPorts, renameHttp('app', 1, 'http'))).toBe(
      'This container already has a port named "http": the names of a container\'s ports must differ.',
    );
    // A plain init container has finished before the app starts: no Service reaches its port.
    const init = POD.replace(
      '  containers:\n',
      '  initContainers:\n    - name: setup\n      image: busybox:1.36\n      ports: [{name: admin, containerPort: 7000}]\n  containers:\n',
    );
    expect(edit(init, renameHttp('app', 0, 'admin'))).toContain('name: admin # the only port');
  });

  it("does not follow a plain init container's port, which no Service reaches", () => {
    const init = POD.replace(
      '  containers:\n',
      '  initContainers:\n    - name: setup\n      image: busybox:1.36\n      ports: [{name: http, containerPort: 7000}]\n  containers:\n',
    ).replace('name: http # the only port', 'name: api # the only port');
    const text = init + SERVICE;
    const result = edit(text, renameHttp('setup', 0, 'setup'));
    expect(result.slice(result.indexOf('---'))).toBe(SERVICE);
  });

  it('writes out a Service port shared through an anchor, so that both follow', () => {
    const shared = [
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: solo}',
      'spec:',
      '  selector: {app: solo}',
      '  ports:',
      '    - &http {port: 80, targetPort: http}',
      '    - *http',
      '',
    ].join('\n');
    const result = edit(POD + shared, renameHttp());
    expect(result.slice(result.indexOf('---'))).toBe(
      shared
        .replace('targetPort: http}', 'targetPort: web}')
        .replace('    - *http\n', '    - port: 80\n      targetPort: web\n'),
    );
    expect(problems(result)).toEqual([]);
  });
});

describe("a Service's port pointed at a container port", () => {
  const point = (service: string, port: number, value: string | number): PodEdit => ({
    type: 'setServiceTargetPort',
    service,
    port,
    value,
  });

  it("changes only the targetPort's characters, its comment kept", () => {
    const text = POD + SERVICE;
    expect(edit(text, point('solo', 0, 8080))).toBe(
      text.replace('targetPort: http   #', 'targetPort: 8080   #'),
    );
  });

  it('says why when the file has no such Service or port', () => {
    const text = POD + SERVICE;
    expect(editError(text, point('front', 0, 'http'))).toBe(
      'This file has no Service named "front".',
    );
    expect(editError(text, point('solo', 3, 'http'))).toBe('The Service "solo" has no port 4.');
  });
});
