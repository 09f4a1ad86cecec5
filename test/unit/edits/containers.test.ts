import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../shared/manifest/parse';
import { anatomy, changedSpan, edit, editError } from './helpers';

const roles = (text: string) => parseManifest(text).view?.containers.map((c) => [c.name, c.role]);

describe('addContainer', () => {
  it('appends a sidecar with a unique name and the placeholder image, like its siblings', () => {
    const text = edit(anatomy, { type: 'addContainer', role: 'sidecar' });
    expect(changedSpan(anatomy, text)).toEqual({
      removed: '',
      inserted: '    - name: sidecar-1\n      image: busybox:1.36\n',
    });
    expect(roles(text)).toContainEqual(['sidecar-1', 'sidecar']);
  });

  it('names app containers container-N and init containers init-N', () => {
    const one = edit(anatomy, { type: 'addContainer', role: 'app' });
    const two = edit(one, { type: 'addContainer', role: 'app' });
    expect(roles(two)?.slice(-2)).toEqual([
      ['container-1', 'sidecar'],
      ['container-2', 'sidecar'],
    ]);
    const init = edit(anatomy, {
      type: 'addContainer',
      role: 'init',
      name: 'init-db',
      image: 'postgres:16',
    });
    expect(roles(init)?.slice(0, 2)).toEqual([
      ['init-migrate', 'init'],
      ['init-db', 'init'],
    ]);
  });

  it('adds a container at the place asked for in its list, or refuses one past its end', () => {
    const before = roles(anatomy)!;
    const text = edit(anatomy, { type: 'addContainer', role: 'init', index: 0 });
    expect(roles(text)).toEqual([['init-1', 'init'], ...before]);
    const apps = before.filter(([, role]) => role !== 'init' && role !== 'native-sidecar');
    const sidecar = edit(anatomy, { type: 'addContainer', role: 'sidecar', index: 1 });
    expect(
      roles(sidecar)?.filter(([, role]) => role !== 'init' && role !== 'native-sidecar'),
    ).toEqual([apps[0], ['sidecar-1', 'sidecar'], ...apps.slice(1)]);
    expect(editError(anatomy, { type: 'addContainer', role: 'sidecar', index: 9 })).toMatch(
      /There is no place 10 among the \d containers/,
    );
  });

  it('adds a native sidecar to initContainers with restartPolicy Always', () => {
    const text = edit(anatomy, { type: 'addContainer', role: 'native-sidecar' });
    expect(changedSpan(anatomy, text).inserted).toBe(
      '    - name: sidecar-1\n      image: busybox:1.36\n      restartPolicy: Always\n',
    );
    expect(roles(text)?.[1]).toEqual(['sidecar-1', 'native-sidecar']);
  });

  it('creates initContainers above containers when there is none', () => {
    const pod = `kind: Pod
metadata:
  name: p
spec:
  # app containers
  containers:
  - name: app
    image: nginx
`;
    const text = edit(pod, { type: 'addContainer', role: 'init' });
    expect(text).toBe(`kind: Pod
metadata:
  name: p
spec:
  initContainers:
  - name: init-1
    image: busybox:1.36
  # app containers
  containers:
  - name: app
    image: nginx
`);
  });

  it('copies a sequence written at the key column', () => {
    const pod = 'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: x\n';
    const text = edit(pod, { type: 'addContainer', role: 'sidecar', name: 'b' });
    expect(text).toBe(pod + '  - name: b\n    image: busybox:1.36\n');
  });

  it('makes the first app container of an empty Pod the main one', () => {
    const pod = 'kind: Pod\nmetadata:\n  name: p\nspec: {}\n';
    const text = edit(pod, { type: 'addContainer', role: 'app' });
    expect(parseManifest(text).view?.mainContainer).toBe('container-1');
  });

  it('refuses a taken or invalid name', () => {
    expect(editError(anatomy, { type: 'addContainer', role: 'app', name: 'api-server' })).toMatch(
      /already exists/,
    );
    expect(editError(anatomy, { type: 'addContainer', role: 'app', name: 'Api_Server' })).toMatch(
      /lower-case/,
    );
  });
});

describe('removeContainer', () => {
  it('removes an app container and nothing else', () => {
    const text = edit(anatomy, { type: 'removeContainer', name: 'log-shipper' });
    const { removed, inserted } = changedSpan(anatomy, text);
    expect(inserted).toBe('');
    expect(removed).toContain('log-shipper');
    expect(removed).not.toContain('volumes:');
    expect(roles(text)).toEqual([
      ['init-migrate', 'init'],
      ['api-server', 'main'],
    ]);
  });

  it('removes initContainers with its last item', () => {
    const text = edit(anatomy, { type: 'removeContainer', name: 'init-migrate' });
    expect(text).not.toContain('initContainers');
    expect(text).toBe(anatomy.replace(/ {2}initContainers:\n(?: {4}.*\n)+/, ''));
  });

  it('drops the default-container annotation of a removed main container', () => {
    const text = edit(anatomy, { type: 'removeContainer', name: 'api-server' });
    expect(text).not.toContain('annotations');
    expect(parseManifest(text).view?.mainContainer).toBe('log-shipper');
  });

  it('reports an unknown container', () => {
    expect(editError(anatomy, { type: 'removeContainer', name: 'nope' })).toBe(
      'There is no container named "nope".',
    );
  });
});
