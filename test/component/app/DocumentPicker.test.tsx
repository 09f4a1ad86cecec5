import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DocumentPicker } from '../../../renderer/app/DocumentPicker';
import {
  createPodStore,
  goodModelOf,
  parsedOf,
  PodStoreProvider,
} from '../../../renderer/store/pod-store';
import { READ_AT_ONCE_CHARS } from '../../../renderer/store/reading';
import { THREE_DOCUMENTS } from '../support/multi-document';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
`;

function options(text: string): string[] {
  const store = createPodStore({ text, fileName: 'pod.yaml' });
  render(
    <PodStoreProvider store={store}>
      <DocumentPicker />
    </PodStoreProvider>,
  );
  const picker = screen.getByRole('combobox', { name: 'Document' });
  return within(picker)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}

describe('the Document picker', () => {
  it('names each document by its kind and name', () => {
    expect(options(`${pod}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n`)).toEqual([
      '1. Pod web',
      '2. Service web (not editable here)',
    ]);
  });

  it('calls a document left empty "empty", and one without a kind "no kind"', () => {
    expect(options(`${pod}---\n# nothing yet\n---\nmetadata:\n  name: stray\n`)).toEqual([
      '1. Pod web',
      '2. empty (not editable here)',
      '3. no kind stray (not editable here)',
    ]);
  });
});

/** The user test's file: a ConfigMap, a Deployment, a Service, and a Pod that reads the ConfigMap. */
const configMap = `apiVersion: v1
kind: ConfigMap
metadata:
  name: app-cfg
data:
  key: value
`;
const FILE = `${configMap}---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: front
spec:
  selector:
    matchLabels:
      app: front
  template:
    metadata:
      labels:
        app: front
    spec:
      containers:
        - name: web
          image: nginx:1.27
---
apiVersion: v1
kind: Service
metadata:
  name: front-svc
spec:
  selector:
    app: front
  ports:
    - port: 80
---
apiVersion: v1
kind: Pod
metadata:
  name: solo
spec:
  containers:
    - name: app
      image: busybox:1.36
      envFrom:
        - configMapRef:
            name: app-cfg
`;
const LISTED = [
  '1. ConfigMap app-cfg (not editable here)',
  '2. Deployment front',
  '3. Service front-svc (not editable here)',
  '4. Pod solo',
];

/** The picker on the store's text: the options' labels, the one shown, the Pod drawn. */
function pickerOn(store: ReturnType<typeof createPodStore>) {
  const user = userEvent.setup();
  render(
    <PodStoreProvider store={store}>
      <DocumentPicker />
    </PodStoreProvider>,
  );
  const picker = () => screen.getByRole('combobox', { name: 'Document' });
  const listed = () =>
    within(picker())
      .getAllByRole('option')
      .map((option) => option.textContent ?? '');
  /** The name of the Pod the canvas shows. */
  const onCanvas = () => goodModelOf(store.getState())?.view.name;
  return { user, picker, listed, onCanvas };
}

/** The picker on FILE with `label` chosen in it, and a way to type at the end of a line. */
async function chooseIn(label: string) {
  const store = createPodStore({ text: FILE, fileName: 'app.yaml' });
  const shown = pickerOn(store);
  await shown.user.selectOptions(shown.picker(), label);
  /** Types `typed` at the end of the line `line`, as the editor does. */
  const typeAfter = (line: string, typed: string) =>
    act(() => {
      const { text } = store.getState();
      const at = text.indexOf(`\n${line}\n`) + 1 + line.length;
      store.getState().setText(text.slice(0, at) + typed + text.slice(at), 'yaml');
    });
  return { store, typeAfter, ...shown };
}

describe('the Document picker while the text does not parse', () => {
  it('keeps showing the Pod the canvas shows when a document before it breaks', async () => {
    const { store, picker, typeAfter, listed, onCanvas } = await chooseIn('4. Pod solo');
    typeAfter('  key: value', '\n  bad: [1, 2');
    // The error is the ConfigMap's own: the Pod chosen reads as it is.
    expect(parsedOf(store.getState()).status).toBe('ok');
    expect(onCanvas()).toBe('solo');
    expect(picker()).toHaveDisplayValue('4. Pod solo');
    expect(listed()).toEqual(['1. ConfigMap app-cfg — does not parse', ...LISTED.slice(1)]);

    typeAfter('  bad: [1, 2', ']');
    expect(parsedOf(store.getState()).status).toBe('ok');
    expect(picker()).toHaveDisplayValue('4. Pod solo');
    expect(onCanvas()).toBe('solo');
  });

  it('keeps the whole list when a quote left open swallows the documents after it', async () => {
    const { picker, typeAfter, listed, onCanvas } = await chooseIn('4. Pod solo');
    typeAfter('  key: value', '\n  bad: "open');
    expect(onCanvas()).toBe('solo');
    expect(picker()).toHaveDisplayValue('4. Pod solo');
    expect(listed()).toEqual(LISTED);
  });

  it('keeps showing the Pod the canvas shows when its own document breaks', async () => {
    const { picker, typeAfter, listed, onCanvas } = await chooseIn('4. Pod solo');
    typeAfter('  name: solo', '\n  labels: [1, 2');
    expect(onCanvas()).toBe('solo');
    expect(picker()).toHaveDisplayValue('4. Pod solo');
    expect(listed()).toEqual(LISTED);
  });

  it('keeps showing the Pod the canvas shows when a document after it breaks', async () => {
    const { picker, typeAfter, listed, onCanvas } = await chooseIn('2. Deployment front');
    typeAfter('  name: front-svc', '\n  labels: {app: "front');
    expect(onCanvas()).toBe('front');
    expect(picker()).toHaveDisplayValue('2. Deployment front');
    expect(listed()).toEqual(LISTED);
  });

  it('shows the chosen document’s first line in the text as typed', async () => {
    const { store, user, picker, typeAfter } = await chooseIn('4. Pod solo');
    typeAfter('  key: value', '\n  bad: [1, 2');
    await user.selectOptions(picker(), '2. Deployment front');
    const { text, jump } = store.getState();
    expect(text.slice(jump!.offset)).toMatch(/^---\napiVersion: apps\/v1\nkind: Deployment\n/);
  });
});

describe('a file whose first Pod does not parse, and a second that does', () => {
  const slipped = pod.replace('name: web', 'name: first').replace('nginx:1.27', '[nginx:1.27');
  const second = pod.replace('name: web', 'name: second');
  const broken = `${slipped}---\n${second}`;

  it('opened, shows the broken one chosen, and the second one a choice away', async () => {
    const store = createPodStore({ text: broken, fileName: 'two.yaml' });
    const { user, picker, listed, onCanvas } = pickerOn(store);
    expect(listed()).toEqual(['1. Pod first — does not parse', '2. Pod second']);
    expect(picker()).toHaveDisplayValue('1. Pod first — does not parse');
    expect(onCanvas()).toBeUndefined();
    await user.selectOptions(picker(), '2. Pod second');
    expect(onCanvas()).toBe('second');
    expect(picker()).toHaveDisplayValue('2. Pod second');
  });

  it('pasted over a file of as many documents, counts no errors of that file’s in its own', async () => {
    const imageless = second
      .replace('name: second', 'name: b')
      .replace('      image: nginx:1.27\n', '');
    const store = createPodStore({ text: `${pod}---\n${imageless}`, fileName: 'two.yaml' });
    const { listed } = pickerOn(store);
    await waitFor(() => expect(listed()).toEqual(['1. Pod web', '2. Pod b — 1 error']));
    act(() => store.getState().setText(broken, 'yaml'));
    expect(listed()).toEqual(['1. Pod first — does not parse', '2. Pod second']);
  });

  it('pasted over another Pod, lists its own documents, not the last good text’s', async () => {
    const store = createPodStore({ text: pod, fileName: 'pod.yaml' });
    const { user, picker, listed, onCanvas } = pickerOn(store);
    expect(screen.queryByRole('combobox', { name: 'Document' })).toBeNull();
    act(() => store.getState().setText(broken, 'yaml'));
    // The canvas keeps the last good Pod meanwhile; the picker offers the file's.
    expect(onCanvas()).toBe('web');
    expect(listed()).toEqual(['1. Pod first — does not parse', '2. Pod second']);
    await user.selectOptions(picker(), '2. Pod second');
    expect(onCanvas()).toBe('second');
  });
});

describe('the Document picker and the errors of the documents not shown', () => {
  it('says how many errors each Pod holds, the one shown or not', async () => {
    const store = createPodStore({ text: THREE_DOCUMENTS, fileName: 'multi.yaml' });
    const user = userEvent.setup();
    render(
      <PodStoreProvider store={store}>
        <DocumentPicker />
      </PodStoreProvider>,
    );
    const picker = screen.getByRole('combobox', { name: 'Document' });
    const listed = () =>
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent);
    await user.selectOptions(picker, '3. Pod two');
    expect(picker).toHaveDisplayValue('3. Pod two');
    expect(listed()).toEqual([
      '1. ConfigMap settings (not editable here)',
      '2. Pod one — 2 errors',
      '3. Pod two',
    ]);

    // Pod one's missing image given in the editor: its count follows once the text is checked.
    act(() => {
      const { text } = store.getState();
      const at = text.indexOf('    - name: helper\n') + '    - name: helper\n'.length;
      store
        .getState()
        .setText(`${text.slice(0, at)}      image: busybox:1.36\n${text.slice(at)}`, 'yaml');
    });
    await waitFor(() => expect(listed()[1]).toBe('2. Pod one — 1 error'));
    expect(picker).toHaveDisplayValue('3. Pod two');
  });

  it('does not check every Pod of a long file on the editor’s thread', () => {
    // The worker counts a long file's errors (jsdom has none): the list waits for its count.
    const padding = Array.from({ length: 300 }, (_, i) => `  key-${i}: some value`).join('\n');
    const text = THREE_DOCUMENTS.replace('  mode: fast', `  mode: fast\n${padding}`);
    expect(text.length).toBeGreaterThan(READ_AT_ONCE_CHARS);
    expect(options(text)).toEqual([
      '1. ConfigMap settings (not editable here)',
      '2. Pod one',
      '3. Pod two',
    ]);
  });
});
