import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { DocumentPicker } from '../../../renderer/app/DocumentPicker';
import { YamlEditor } from '../../../renderer/editor/YamlEditor';
import { createPodStore, goodModelOf, PodStoreProvider } from '../../../renderer/store/pod-store';
import { press, type } from './helpers';

/** A Deployment, the Service in front of it, a Pod of its own and a ConfigMap. */
const FILE = `apiVersion: apps/v1
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
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-cfg
data:
  key: value
`;

/** The editor and the Document picker on FILE, the editor focused, as the user clicked into it. */
function renderFile() {
  const store = createPodStore({ text: FILE, fileName: 'app.yaml' });
  const { container } = render(
    <PodStoreProvider store={store}>
      <DocumentPicker />
      <YamlEditor />
    </PodStoreProvider>,
  );
  const view = EditorView.findFromDOM(container.querySelector<HTMLElement>('.cm-editor')!)!;
  act(() => view.focus());
  /** Clicks in the editor at the end of the first line that reads `line` from `after` on. */
  const clickAt = (line: string, after = '') => {
    const text = view.state.doc.toString();
    const at = text.indexOf(`${line}\n`, text.indexOf(after)) + line.length;
    act(() => view.dispatch({ selection: { anchor: at }, userEvent: 'select.pointer' }));
  };
  const picker = () => screen.getByRole('combobox', { name: 'Document' });
  /** The name of the Pod (or workload) the canvas shows. */
  const onCanvas = () => goodModelOf(store.getState())?.view.name;
  const highlighted = () =>
    [...container.querySelectorAll('.cm-node-highlight')].map((line) => line.textContent?.trim());
  return { store, view, clickAt, picker, onCanvas, highlighted };
}

describe('the cursor in another document of the file', () => {
  it('shows that document on the canvas, as choosing it in the picker does', () => {
    const { store, clickAt, picker, onCanvas } = renderFile();
    expect(picker()).toHaveDisplayValue('1. Deployment front');
    expect(onCanvas()).toBe('front');

    clickAt('      image: busybox:1.36');
    expect(picker()).toHaveDisplayValue('3. Pod solo');
    expect(onCanvas()).toBe('solo');
    // The container under the cursor is selected on the canvas, as in the document shown.
    expect(store.getState().selection).toEqual(['container:app']);

    clickAt('          image: nginx:1.27');
    expect(picker()).toHaveDisplayValue('1. Deployment front');
    expect(onCanvas()).toBe('front');
    expect(store.getState().selection).toEqual(['container:web']);
  });

  it('keeps the document shown when the cursor goes into a Service or a ConfigMap', () => {
    const { clickAt, picker, onCanvas } = renderFile();
    clickAt('  name: solo');
    expect(onCanvas()).toBe('solo');

    clickAt('  name: front-svc');
    expect(picker()).toHaveDisplayValue('3. Pod solo');
    expect(onCanvas()).toBe('solo');
    clickAt('  key: value');
    expect(picker()).toHaveDisplayValue('3. Pod solo');
    expect(onCanvas()).toBe('solo');
  });

  it('follows the cursor moved by the keyboard into the next document', () => {
    const { view, clickAt, picker, onCanvas } = renderFile();
    clickAt('      image: busybox:1.36');
    expect(onCanvas()).toBe('solo');
    // Ctrl+Home: to the top of the file, in the Deployment.
    press(view, 'Home', { ctrlKey: true });
    expect(view.state.selection.main.head).toBe(0);
    expect(picker()).toHaveDisplayValue('1. Deployment front');
    expect(onCanvas()).toBe('front');
  });

  it('does not switch for a selection across documents (Select All, to copy)', () => {
    const { view, picker, onCanvas } = renderFile();
    const text = view.state.doc.toString();
    const solo = text.indexOf('      image: busybox:1.36');
    // Dragged from the Deployment into the Pod: the selection spans both.
    act(() => view.dispatch({ selection: { anchor: 5, head: solo }, userEvent: 'select.pointer' }));
    expect(picker()).toHaveDisplayValue('1. Deployment front');
    expect(onCanvas()).toBe('front');
    press(view, 'a', { ctrlKey: true });
    expect(view.state.selection.main.from).toBe(0);
    expect(view.state.selection.main.to).toBe(text.length);
    expect(picker()).toHaveDisplayValue('1. Deployment front');
    expect(onCanvas()).toBe('front');
  });

  it('does not switch while the user types or moves within a document', () => {
    const { store, view, clickAt, picker, onCanvas } = renderFile();
    clickAt('  name: solo');
    // Another document chosen without the cursor going there (the canvas's own choice).
    act(() => store.getState().chooseDocument(0));
    expect(onCanvas()).toBe('front');

    type(view, 'x');
    act(() => store.getState().settle());
    clickAt('      image: busybox:1.36');
    press(view, 'ArrowLeft');
    expect(picker()).toHaveDisplayValue('1. Deployment front');
    expect(onCanvas()).toBe('front');
    expect(store.getState().text).toContain('  name: solox\n');
  });

  it('still reveals a node chosen on the canvas in the editor, cursor and document kept', async () => {
    const { store, view, clickAt, picker, onCanvas, highlighted } = renderFile();
    clickAt('  name: solo');
    const cursor = view.state.selection.main.head;
    act(() => store.getState().select(['container:app'], 'canvas'));
    await waitFor(() => expect(highlighted()).toEqual(['- name: app', 'image: busybox:1.36']));
    expect(view.state.selection.main.head).toBe(cursor);
    expect(picker()).toHaveDisplayValue('3. Pod solo');
    expect(onCanvas()).toBe('solo');
    expect(store.getState().selection).toEqual(['container:app']);
  });

  it('moves the cursor to the document chosen in the picker, which then stays shown', async () => {
    const { store, view, clickAt, picker, onCanvas } = renderFile();
    clickAt('  name: front');
    await userEvent.setup().selectOptions(picker(), '3. Pod solo');
    expect(onCanvas()).toBe('solo');
    const { text, jump } = store.getState();
    expect(view.state.selection.main.head).toBe(jump!.offset);
    expect(text.slice(jump!.offset)).toMatch(/^---\napiVersion: v1\nkind: Pod\n/);
    // Back in the editor, a click in the document shown keeps it.
    act(() => view.focus());
    clickAt('    - name: app');
    expect(picker()).toHaveDisplayValue('3. Pod solo');
    expect(onCanvas()).toBe('solo');
  });
});
