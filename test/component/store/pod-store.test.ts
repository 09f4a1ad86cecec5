import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPodStore,
  goodModelOf,
  parsedOf,
  type PodStore,
} from '../../../renderer/store/pod-store';
import { template } from '../../support/templates';

const anatomy = template('pod-anatomy.yaml');
/** Comments that make the lesson's Pod a long text (over 6,000 characters). */
const notes = '# a note on the Pod, kept as written\n'.repeat(200);

/** Types `text` in the editor, as the editor tells the store. */
function type(store: PodStore, text: string) {
  store.getState().typed(() => text, text.length);
}

describe('the pod store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('derives the Pod from the text, and keeps the last good one while the text is broken', () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    expect(goodModelOf(store.getState())?.view.name).toBe('api-server');
    store.getState().setText(anatomy.replace('name: api-server', 'name: web'), 'yaml');
    expect(goodModelOf(store.getState())?.view.name).toBe('web');
    const broken = `${anatomy}\n  volumes: [`;
    store.getState().setText(broken, 'yaml');
    expect(store.getState().text).toBe(broken);
    expect(parsedOf(store.getState()).status).toBe('invalid-yaml');
    expect(goodModelOf(store.getState())?.view.name).toBe('web');
  });

  it('shows, after an undo to a broken text, the Pod of the step before it, not the one undone', () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    const broken = `${anatomy}\n  volumes: [`;
    store.getState().setText(broken, 'yaml');
    // A pause: the next key starts an undo step of its own.
    vi.advanceTimersByTime(5_000);
    const web = anatomy.replace('name: api-server', 'name: web');
    store.getState().setText(web, 'yaml');
    expect(goodModelOf(store.getState())?.view.name).toBe('web');

    store.getState().undo();
    expect(store.getState().text).toBe(broken);
    // The canvas and its problems are of the Pod the user had before the broken text.
    expect(goodModelOf(store.getState())?.view.name).toBe('api-server');
    expect(store.getState().checkedText).toBe(anatomy);
    // Redo brings the later Pod back with its text.
    store.getState().redo();
    expect(store.getState().text).toBe(web);
    expect(goodModelOf(store.getState())?.view.name).toBe('web');
    // An undo to a text that holds a Pod shows that one, as always.
    store.getState().undo();
    store.getState().undo();
    expect(goodModelOf(store.getState())?.view.name).toBe('api-server');
  });

  it('reads a key typed in a long text once its echo is painted', () => {
    const store = createPodStore({ text: `${notes}${anatomy}`, fileName: 'long.yaml' });
    const web = `${notes}${anatomy.replace('name: api-server', 'name: web')}`;
    store.getState().setText(web, 'yaml');
    // The key is the editor's at once, and the views still show the text before it.
    expect(store.getState().text).toBe(web);
    expect(goodModelOf(store.getState())?.view.name).toBe('api-server');
    vi.advanceTimersByTime(100);
    expect(goodModelOf(store.getState())?.view.name).toBe('web');
  });

  it("takes a key typed in a long text once the page is idle: the key's task is the editor's", () => {
    const long = `${notes}${anatomy}`;
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    const typed = `${long}# a note\n`;
    type(store, typed);
    expect(store.getState().text).toBe(long);
    vi.advanceTimersByTime(100);
    expect(store.getState().text).toBe(typed);
    // Typed again before it was taken: the store takes the editor's text as it is then.
    let editor = `${typed}# and another\n`;
    store.getState().typed(() => editor, editor.length);
    editor = `${editor}# and a third\n`;
    vi.advanceTimersByTime(100);
    expect(store.getState().text).toBe(editor);
  });

  it("reads a key typed in a short text at the end of the key's task, before its frame", async () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    type(store, anatomy.replace('name: api-server', 'name: web'));
    // Not while the editor is still handling the key…
    expect(goodModelOf(store.getState())?.view.name).toBe('api-server');
    // …but once it has, with no frame or timer in between: the echo and the canvas share a frame.
    await Promise.resolve();
    expect(goodModelOf(store.getState())?.view.name).toBe('web');
    // Keys typed in one task are read once, as the editor holds them then.
    let editor = anatomy.replace('name: api-server', 'name: w');
    store.getState().typed(() => editor, editor.length);
    editor = anatomy.replace('name: api-server', 'name: wx');
    store.getState().typed(() => editor, editor.length);
    await Promise.resolve();
    expect(goodModelOf(store.getState())?.view.name).toBe('wx');
  });

  it('takes a key typed in a short text with its reading, in one change of the state', async () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    const states: { text: string; shown: string }[] = [];
    const stop = store.subscribe((s) => states.push({ text: s.text, shown: s.shownText }));
    const typed = anatomy.replace(/(name: api-server\n\s+image: my-api:)v2/, '$1v3');
    type(store, typed);
    await Promise.resolve();
    stop();
    // Each change runs every view's selector: the canvas shows the key after one.
    expect(states).toEqual([{ text: typed, shown: typed }]);
    const api = goodModelOf(store.getState())?.view.containers.find((c) => c.name === 'api-server');
    expect(api?.image).toBe('my-api:v3');
  });

  it('a gesture right after a key acts on the text with the key in it', () => {
    const store = createPodStore({ text: `${notes}${anatomy}`, fileName: 'long.yaml' });
    const typed = `# a note\n${notes}${anatomy}`;
    type(store, typed);
    expect(store.getState().edit({ type: 'addVolume', name: 'cache' })).toBe(true);
    expect(store.getState().text.startsWith('# a note\n')).toBe(true);
    expect(goodModelOf(store.getState())?.view.volumes.map((v) => v.name)).toContain('cache');
    // Undo takes the edit back and keeps the key; the next undo takes the key.
    store.getState().undo();
    expect(store.getState().text).toBe(typed);
    type(store, `${typed}# more\n`);
    store.getState().undo();
    expect(store.getState().text).toBe(typed);
    // Nothing left waiting to overwrite what undo restored.
    vi.advanceTimersByTime(1000);
    expect(store.getState().text).toBe(typed);
  });

  it('a file opened right after a key replaces the text, and the key does not come back', () => {
    const store = createPodStore({ text: `${notes}${anatomy}`, fileName: 'long.yaml' });
    type(store, `# a note\n${notes}${anatomy}`);
    store.getState().loadFile({ name: 'other.yaml', path: null, text: 'kind: Pod\n' });
    vi.advanceTimersByTime(1000);
    expect(store.getState().text).toBe('kind: Pod\n');
  });

  it('opening a file derives its Pod, even when its text is the one already open', () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    store.getState().loadFile({ name: 'same.yaml', path: '/tmp/same.yaml', text: anatomy });
    expect(parsedOf(store.getState()).status).toBe('ok');
    expect(goodModelOf(store.getState())?.view.name).toBe('api-server');
    store.getState().loadFile({ name: 'broken.yaml', path: null, text: 'kind: Pod\nspec: [' });
    // Another file's last good Pod is none of this file's.
    expect(goodModelOf(store.getState())).toBeNull();
  });

  it('says who changed the text last, for the inspector to follow its own edits at once', () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    expect(store.getState().textOrigin).toBe('file');
    store.getState().setText(anatomy.replace('name: api-server', 'name: web'), 'yaml');
    expect(store.getState().textOrigin).toBe('yaml');
    store.getState().edit({ type: 'addVolume', name: 'cache' }, 'inspector');
    expect(store.getState().textOrigin).toBe('inspector');
    store.getState().loadFile({ name: 'x.yaml', path: null, text: anatomy });
    expect(store.getState().textOrigin).toBe('file');
  });

  it('joins keystrokes typed without a pause into one undo step', () => {
    const store = createPodStore({ text: 'a', fileName: 'x.yaml' });
    for (const text of ['ab', 'abc', 'abcd']) {
      vi.advanceTimersByTime(100);
      store.getState().setText(text, 'yaml');
    }
    vi.advanceTimersByTime(2000);
    store.getState().setText('abcd!', 'yaml');
    store.getState().undo();
    expect(store.getState().text).toBe('abcd');
    store.getState().undo();
    expect(store.getState().text).toBe('a');
    store.getState().redo();
    expect(store.getState().text).toBe('abcd');
  });

  it('makes a volume added and then mounted one undo step, unless the text changed between', () => {
    const mount = {
      type: 'addMount',
      container: 'log-shipper',
      volume: 'cache',
      mountPath: '/cache',
    } as const;
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    store.getState().edit({ type: 'addVolume', name: 'cache' });
    expect(store.getState().editJoined(mount, store.getState().text)).toBe(true);
    expect(store.getState().text).toContain('mountPath: /cache');
    store.getState().undo();
    expect(store.getState().text).toBe(anatomy);

    // A change in between (a key typed while the path was asked for) keeps the steps apart.
    const other = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    other.getState().edit({ type: 'addVolume', name: 'cache' });
    const added = other.getState().text;
    other.getState().setText(`${added}# note\n`, 'yaml');
    other.getState().editJoined(mount, added);
    other.getState().undo();
    expect(other.getState().text).toBe(`${added}# note\n`);
  });

  it('reads a canvas edit at once, and checks its problems once the canvas is painted', () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    expect(store.getState().edit({ type: 'addVolume', name: 'cache' })).toBe(true);
    expect(goodModelOf(store.getState())?.view.volumes.map((v) => v.name)).toContain('cache');
    expect(store.getState().checkedText).toBe(anatomy);
    vi.advanceTimersByTime(100);
    expect(store.getState().checkedText).toBe(store.getState().text);
  });

  it('keeps undo steps as the changes they made, not as copies of the text', () => {
    // A long file: a copy of its text per step would be kilobytes. Its notes lie between the
    // mounts of a volume and the volume, so that a rename changes places far apart.
    const notes = '  # a note on the Pod, kept as written\n'.repeat(500);
    const text = anatomy.replace('\n  volumes:', `\n${notes}  volumes:`);
    const store = createPodStore({ text, fileName: 'long.yaml' });
    const texts = [text];
    let logs = 'app-logs';
    for (let i = 0; i < 5; i++) {
      const edit =
        i % 2 === 0
          ? ({ type: 'addVolume', name: `extra-${i}` } as const)
          : ({ type: 'renameVolume', name: logs, newName: `logs-${i}` } as const);
      expect(store.getState().edit(edit)).toBe(true);
      if (edit.type === 'renameVolume') logs = edit.newName;
      texts.push(store.getState().text);
    }
    const kept = JSON.stringify(store.temporal.getState().pastStates).length;
    expect(kept).toBeLessThan(text.length / 10);
    expect(texts[2]).toContain('logs-1');
    for (let i = 4; i >= 0; i--) {
      store.getState().undo();
      expect(store.getState().text).toBe(texts[i]);
    }
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().text).toBe(texts[2]);
  });

  it('keeps a canvas edit as its own step, even right after typing', () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    store.getState().setText(`${anatomy}# note\n`, 'yaml');
    vi.advanceTimersByTime(50);
    expect(store.getState().edit({ type: 'addVolume' })).toBe(true);
    store.getState().undo();
    expect(store.getState().text).toBe(`${anatomy}# note\n`);
    expect(goodModelOf(store.getState())?.view.volumes.map((v) => v.name)).toEqual(['app-logs']);
  });

  it('applies several edits as one step, or none when one fails', () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    expect(
      store.getState().editAll([
        { type: 'addVolume', name: 'cache' },
        { type: 'addMount', container: 'api-server', volume: 'cache' },
      ]),
    ).toBe(true);
    store.getState().undo();
    expect(store.getState().text).toBe(anatomy);
    expect(
      store.getState().editAll([
        { type: 'addVolume', name: 'cache' },
        { type: 'addMount', container: 'nope', volume: 'cache' },
      ]),
    ).toBe(false);
    expect(store.getState().text).toBe(anatomy);
    expect(store.getState().notice?.kind).toBe('error');
  });

  it("drops an edit's refusal once the text it was about changes", () => {
    const store = createPodStore({ text: `${anatomy}\n  volumes: [`, fileName: 'pod.yaml' });
    expect(store.getState().edit({ type: 'addVolume', name: 'cache' })).toBe(false);
    expect(store.getState().notice?.message).toMatch(/does not parse/);
    // Another notice (an export that failed, say) is not about the text: it stays.
    store.getState().setText(anatomy, 'yaml');
    expect(store.getState().notice).toBeNull();
    store.getState().notify({ kind: 'error', message: 'The picture could not be saved.' });
    store.getState().setText(`${anatomy}# more\n`, 'yaml');
    expect(store.getState().notice?.message).toBe('The picture could not be saved.');
  });

  it('selects what an undo brings back, and what a redo adds again', () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    store.getState().edit({ type: 'duplicateContainer', name: 'api-server' });
    store.getState().select(['container:api-server-1']);
    store.getState().edit({ type: 'removeContainer', name: 'api-server-1' });
    store.getState().select(['container:log-shipper']);
    store.getState().undo();
    expect(store.getState().selection).toEqual(['container:api-server-1']);
    // Undoing the copy takes it away: nothing of it stays selected.
    store.getState().undo();
    expect(store.getState().selection).toEqual([]);
    store.getState().redo();
    expect(store.getState().selection).toEqual(['container:api-server-1']);
    // A rename undone keeps the node selected under its name, and selects nothing else.
    store.getState().edit({ type: 'renameContainer', name: 'log-shipper', newName: 'shipper' });
    store.getState().select(['container:shipper']);
    store.getState().undo();
    expect(store.getState().selection).toEqual(['container:log-shipper']);
  });

  it('takes away a notice of the step an undo or a redo moves over: it would be untrue', () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    store.getState().edit({ type: 'duplicateContainer', name: 'api-server' });
    store.getState().notify({ kind: 'info', message: 'api-server-1 is the main container now' });
    store.getState().undo();
    expect(store.getState().notice).toBeNull();
    store.getState().notify({ kind: 'info', message: 'Copied api-server' });
    store.getState().redo();
    expect(store.getState().notice).toBeNull();
    // With no step to take, the notice stays; and an error is no step's (a failed save).
    store.getState().notify({ kind: 'info', message: 'Copied api-server' });
    store.getState().redo();
    expect(store.getState().notice?.message).toBe('Copied api-server');
    store.getState().notify({ kind: 'error', message: 'Save failed: the disk is full' });
    store.getState().undo();
    expect(store.getState().notice?.message).toBe('Save failed: the disk is full');
  });

  it('selection changes are not undo steps', () => {
    const store = createPodStore({ text: anatomy, fileName: 'pod.yaml' });
    store.getState().select(['container:api-server']);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('edits the document the user chose in a multi-document file, and keeps the others', () => {
    const first = `apiVersion: v1
kind: Pod
metadata: { name: first }
spec:
  containers: [{ name: a, image: a:1 }]
`;
    const service = `apiVersion: v1
kind: Service
metadata: { name: svc }
spec: { ports: [{ port: 80 }] }
`;
    const second = `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  template:
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;
    const text = [first, service, second].join('---\n');
    const store = createPodStore({ text, fileName: 'all.yaml' });
    expect(goodModelOf(store.getState())?.view.name).toBe('first');
    expect(parsedOf(store.getState()).documents.map((d) => d.editable)).toEqual([
      true,
      false,
      true,
    ]);
    store.getState().chooseDocument(2);
    expect(goodModelOf(store.getState())?.view.kind).toBe('Deployment');
    expect(store.getState().edit({ type: 'addVolume', name: 'cache' })).toBe(true);
    const after = store.getState().text;
    expect(after.startsWith([first, service].join('---\n'))).toBe(true);
    expect(goodModelOf(store.getState())?.view.volumes.map((v) => v.name)).toEqual(['cache']);
  });
});

describe('the chosen document of a file of several', () => {
  const pod = (name: string) =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: app\n      image: app:1\n`;
  const config = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata: {}\n';
  const file = (...docs: string[]) => docs.join('---\n');
  const shown = (store: ReturnType<typeof createPodStore>) =>
    goodModelOf(store.getState())?.view.name;
  const chosen = (docs: string[], index: number) => {
    const store = createPodStore({ text: file(...docs), fileName: 'x.yaml' });
    store.getState().chooseDocument(index);
    return store;
  };

  it('shows the document an undo or a redo changed, and says so, when another one was shown', () => {
    const store = chosen([pod('alpha'), config, pod('beta')], 2);
    expect(store.getState().edit({ type: 'addVolume', name: 'cache' })).toBe(true);
    const edited = store.getState().text;
    store.getState().chooseDocument(0);
    expect(shown(store)).toBe('alpha');

    store.getState().undo();
    expect(store.getState().text).toBe(file(pod('alpha'), config, pod('beta')));
    // The change is in beta: beta is shown, the editor goes there, and a notice says so.
    expect(shown(store)).toBe('beta');
    expect(store.getState().notice).toEqual({
      kind: 'info',
      message: 'Undone in document 3 (Pod beta), shown now.',
    });
    // Where the volume was, at the end of beta.
    expect(store.getState().jump).toEqual({ offset: store.getState().text.length, focus: false });

    store.getState().chooseDocument(0);
    store.getState().redo();
    expect(store.getState().text).toBe(edited);
    expect(shown(store)).toBe('beta');
    expect(store.getState().notice?.message).toBe('Redone in document 3 (Pod beta), shown now.');
    // A step in the document shown changes what is on screen: no notice, no jump.
    store.getState().notify(null);
    store.getState().undo();
    expect(store.getState().notice).toBeNull();
    expect(shown(store)).toBe('beta');
  });

  it('stays the one chosen when a document is typed right above it, and takes the canvas edits', () => {
    const store = chosen([pod('alpha'), pod('beta')], 1);
    expect(shown(store)).toBe('beta');
    store.getState().setText(file(pod('alpha'), config, pod('beta')), 'yaml');
    expect(store.getState().document).toBe(2);
    expect(shown(store)).toBe('beta');
    expect(parsedOf(store.getState()).selected).toBe(2);
    expect(store.getState().edit({ type: 'addVolume', name: 'cache' })).toBe(true);
    const docs = store.getState().text.split('---\n');
    expect(docs.slice(0, 2)).toEqual([pod('alpha'), config]);
    expect(docs[2]).toContain('name: cache');
  });

  it('stays the one chosen when the document right above it is deleted, and after an undo', () => {
    const store = chosen([pod('web'), config, pod('worker')], 2);
    store.getState().setText(file(pod('web'), pod('worker')), 'yaml');
    expect(store.getState().document).toBe(1);
    expect(shown(store)).toBe('worker');
    store.getState().undo();
    expect(store.getState().document).toBe(2);
    expect(shown(store)).toBe('worker');
  });

  it('stays the one chosen while a document is typed above it line by line', () => {
    const store = chosen([pod('alpha'), pod('beta')], 1);
    // A line typed above it joins it (it is still a Pod, with one more key)…
    store.getState().setText(file(pod('alpha'), `data: {}\n${pod('beta')}`), 'yaml');
    expect(store.getState().document).toBe(1);
    // …until the `---` typed after it splits it off.
    store.getState().setText(file(pod('alpha'), 'data: {}\n', pod('beta')), 'yaml');
    expect(store.getState().document).toBe(2);
    expect(shown(store)).toBe('beta');
  });

  it('follows the one chosen by where the keys typed went: above it, in it, or at its start', () => {
    const store = chosen([pod('alpha'), pod('beta')], 1);
    const press = (at: number, insert: string) => {
      const before = store.getState().text;
      const after = before.slice(0, at) + insert + before.slice(at);
      store.getState().typed(() => after, after.length, [{ from: at, to: at, insert }], before);
      store.getState().settle();
    };
    const betaStart = () => store.getState().text.lastIndexOf('apiVersion');
    // A document typed at its start, `---` and all, in one paste: it moves down one place.
    press(betaStart(), config + '---\n');
    expect(store.getState().document).toBe(2);
    expect(shown(store)).toBe('beta');
    // A key in its own name, and a key in the first Pod, above it: it stays where it is.
    press(store.getState().text.indexOf('name: beta') + 'name: beta'.length, 'x');
    press(store.getState().text.indexOf('name: alpha') + 'name: alpha'.length, 'x');
    expect(store.getState().document).toBe(2);
    expect(shown(store)).toBe('betax');
    // A document typed above the first one: it moves down again.
    press(0, config + '---\n');
    expect(store.getState().document).toBe(3);
    expect(shown(store)).toBe('betax');
    // A copy of it pasted below it: the one shown stays, though the file now ends as it did.
    press(store.getState().text.length, '---\n' + pod('betax'));
    expect(store.getState().document).toBe(3);
    expect(betaStart()).toBeGreaterThan(store.getState().text.indexOf('name: betax'));
  });

  it('stays the one chosen when a copy of it is pasted above it', () => {
    const store = chosen([config, pod('web')], 1);
    store.getState().setText(file(config, pod('web'), pod('web')), 'yaml');
    expect(store.getState().document).toBe(2);
  });

  it('keeps its place when a document is added after it, or its own name is typed over', () => {
    const store = chosen([pod('web'), pod('worker')], 0);
    store.getState().setText(file(pod('web'), pod('worker'), config), 'yaml');
    expect(store.getState().document).toBe(0);
    store.getState().setText(file(pod('api'), pod('worker'), config), 'yaml');
    expect(store.getState().document).toBe(0);
    expect(shown(store)).toBe('api');
  });

  it('moves to the last Pod left when the one chosen is deleted, and back after an undo', () => {
    const store = chosen([pod('web'), config, pod('worker')], 2);
    store.getState().setText(file(pod('web'), config), 'yaml');
    expect(store.getState().document).toBe(0);
    expect(shown(store)).toBe('web');
    expect(parsedOf(store.getState()).status).toBe('ok');
    // A canvas gesture edits the Pod shown.
    expect(store.getState().edit({ type: 'addVolume', name: 'cache' })).toBe(true);
    expect(store.getState().text.split('---\n')[0]).toContain('name: cache');
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().document).toBe(2);
    expect(shown(store)).toBe('worker');
  });

  it('moves to the nearest Pod when the one chosen is deleted from the middle of the file', () => {
    const store = chosen([pod('web'), pod('mid'), config, pod('worker')], 1);
    store.getState().setText(file(pod('web'), config, pod('worker')), 'yaml');
    expect(shown(store)).toBe('web');
    expect(parsedOf(store.getState()).status).toBe('ok');
    store.getState().undo();
    expect(shown(store)).toBe('mid');

    // None before it: the next one.
    const other = chosen([config, pod('mid'), pod('worker')], 1);
    other.getState().setText(file(config, pod('worker')), 'yaml');
    expect(shown(other)).toBe('worker');
    expect(other.getState().document).toBe(1);
  });

  it('stays the one chosen when a document after it is deleted', () => {
    const store = chosen([pod('web'), pod('mid'), config, pod('worker')], 1);
    store.getState().setText(file(pod('web'), pod('mid'), pod('worker')), 'yaml');
    expect(shown(store)).toBe('mid');
    expect(store.getState().document).toBe(1);
  });

  it('shows the one Pod of a text pasted over the file, and says why when no Pod is left', () => {
    const store = chosen([config, pod('web'), pod('worker')], 2);
    store.getState().setText(pod('solo'), 'yaml');
    expect(shown(store)).toBe('solo');
    const other = chosen([config, pod('web'), pod('worker')], 2);
    other.getState().setText(file(config, config), 'yaml');
    expect(parsedOf(other.getState()).diagnostics.map((d) => d.message)).toEqual([
      'None of the documents in this file holds a Pod template.',
    ]);
  });

  it('keeps the Pod shown when none was chosen and a Pod is typed above it', () => {
    const store = createPodStore({ text: file(config, pod('web')), fileName: 'x.yaml' });
    expect(shown(store)).toBe('web');
    store.getState().setText(file(pod('scratch'), config, pod('web')), 'yaml');
    expect(shown(store)).toBe('web');
    expect(store.getState().document).toBe(2);
  });
});
