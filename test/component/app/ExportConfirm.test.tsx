import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { podDocument, validateManifest, type Host } from '../../../shared';
import {
  ExportConfirm,
  exportBlockers,
  useManifestExport,
} from '../../../renderer/app/ExportConfirm';
import {
  createPodStore,
  PodStoreProvider,
  usePodStoreApi,
} from '../../../renderer/store/pod-store';
import { THREE_DOCUMENTS } from '../support/multi-document';
import '../support/dialog';

const pod = (name: string, secondPort: number) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: nginx:1.27
      ports: [{containerPort: 8080}]
    - name: proxy
      image: envoyproxy/envoy:v1.31.0
      ports: [{containerPort: ${secondPort}}]
`;

function showErrors(text: string) {
  const errors = validateManifest(text).filter((p) => p.severity === 'error');
  render(<ExportConfirm errors={errors} onExport={vi.fn()} onCancel={vi.fn()} />);
  return errors;
}

describe('Export with errors', () => {
  it('does not say kubectl apply will refuse what the API server accepts', () => {
    // Two containers on one port: accepted, and then the second one cannot start.
    const errors = showErrors(pod('web', 8080));
    expect(errors.map((e) => e.ruleId)).toEqual(['pod/port-conflict']);
    const dialog = screen.getByRole('alertdialog', { name: 'Export with 1 error?' });
    expect(within(dialog).queryByText(/kubectl apply will refuse/)).toBeNull();
    expect(within(dialog).getByText(/The API server accepts these/)).toBeVisible();
    expect(within(dialog).getByText(/both bind port 8080/)).toBeVisible();
  });

  it('says kubectl apply will refuse, of the findings the API server refuses only', () => {
    showErrors(pod('My_Web.Pod', 8080));
    const dialog = screen.getByRole('alertdialog', { name: 'Export with 2 errors?' });
    const refused = within(dialog).getByText('kubectl apply will refuse this manifest:');
    const refusedList = refused.nextElementSibling as HTMLElement;
    expect(within(refusedList).getByText(/Pod name: "My_Web.Pod"/)).toBeVisible();
    expect(within(refusedList).queryByText(/both bind port 8080/)).toBeNull();
  });
});

describe('what an export asks about', () => {
  const settings = { kubernetesVersion: '1.33', disabledRules: [] };
  const job = `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Always
      containers:
        - name: app
          image: nginx:1.27
`;

  it('is every workload of the file, whichever document the picker shows', () => {
    const text = `${pod('web', 9090)}---\n${job}---\n${pod('clash', 8080)}`;
    const messages = (document: number) =>
      exportBlockers(text, document, settings).map((b) => `${b.line}: ${b.message}`);
    // The first Pod has none; the Job and the second Pod do, and each is listed once.
    expect(messages(0)).toEqual(messages(2));
    expect(messages(0).length).toBeGreaterThanOrEqual(2);
    const lines = exportBlockers(text, 0, settings).map((b) => b.line);
    expect(lines.some((line) => line > 18 && line < 31)).toBe(true);
    expect(lines.some((line) => line > 31)).toBe(true);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('names a document whose kind is mistyped, which kubectl would refuse', () => {
    const text = `${pod('web', 80)}---\napiVersion: v1\nkind: Pods\nmetadata:\n  name: two\n`;
    const blockers = exportBlockers(text, 0, settings);
    expect(blockers).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining('Did you mean `Pod`?'),
        refusedBy: 'api-server',
        document: expect.stringContaining('2'),
      }),
    );
    expect(podDocument(text, 0).documentErrors(settings)).toEqual([expect.any(Number), 1]);
  });

  it('is the syntax errors of a text that does not parse', () => {
    const blockers = exportBlockers('kind: Pod\nmetadata: [\n', null, settings);
    expect(blockers.length).toBeGreaterThan(0);
    expect(blockers.every((b) => b.refusedBy === 'api-server')).toBe(true);
  });
});

describe('the Export dialog and the Tab key', () => {
  it('keeps the focus among its controls, round and round, both ways', async () => {
    const user = userEvent.setup();
    showErrors(pod('web', 80));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    const anyway = screen.getByRole('button', { name: /Export anyway/ });
    cancel.focus();
    await user.tab();
    expect(anyway).toHaveFocus();
    await user.tab();
    expect(cancel).toHaveFocus();
    await user.tab({ shift: true });
    expect(anyway).toHaveFocus();
  });

  it('stops on its list of errors too when the list scrolls, so that the keys can scroll it', async () => {
    // jsdom lays nothing out: the dialog's body says it holds more than it shows.
    const sizes = (element: HTMLElement, size: number) =>
      element.classList.contains('dialog__body') ? size : 0;
    Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return sizes(this, 900);
      },
    });
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return sizes(this, 300);
      },
    });
    try {
      const user = userEvent.setup();
      showErrors(pod('web', 80));
      const list = document.querySelector<HTMLElement>('.dialog__body')!;
      const anyway = screen.getByRole('button', { name: /Export anyway/ });
      anyway.focus();
      await user.tab();
      expect(list).toHaveFocus();
      await user.tab({ shift: true });
      expect(anyway).toHaveFocus();
    } finally {
      // jsdom has them on Element: HTMLElement's own go, and Element's are seen again.
      delete (HTMLElement.prototype as { scrollHeight?: number }).scrollHeight;
      delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
    }
  });
});

/** The toolbar's Export manifest button, as the app wires it to the host. */
function ExportButton({ host }: { host: Host }) {
  const { start, dialog } = useManifestExport(host, usePodStoreApi());
  return (
    <>
      <button type="button" onClick={start}>
        Export manifest
      </button>
      {dialog}
    </>
  );
}

function renderExport(text: string, fileName: string) {
  const store = createPodStore({ text, fileName });
  const exportManifest = vi.fn(async () => ({ ok: true as const, value: null }));
  const host = { file: { exportManifest } } as unknown as Host;
  render(
    <PodStoreProvider store={store}>
      <ExportButton host={host} />
    </PodStoreProvider>,
  );
  const button = screen.getByRole('button', { name: 'Export manifest' });
  return { store, exportManifest, button, user: userEvent.setup() };
}

describe('exporting a file of several documents', () => {
  it('says which document holds each error, whichever the canvas shows', async () => {
    const { store, button, user } = renderExport(THREE_DOCUMENTS, 'multi.yaml');
    act(() => store.getState().chooseDocument(2));
    await user.click(button);
    const dialog = screen.getByRole('alertdialog', { name: 'Export with 2 errors?' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Pod one (document 2), line 18, column 7 Container "helper" has no image.',
      'Pod one (document 2), line 20, column 26 `containerPort` 70000 of container "helper" is not between 1 and 65535.',
    ]);
    // Cancel gives the focus back to the button that opened it.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('is named after the file, not after the Pod shown: it holds them all', async () => {
    const { store, exportManifest, button, user } = renderExport(THREE_DOCUMENTS, 'multi.yaml');
    act(() => store.getState().chooseDocument(2));
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Export anyway' }));
    expect(exportManifest).toHaveBeenCalledWith({
      suggestedName: 'multi.yaml',
      text: THREE_DOCUMENTS,
    });
  });

  it('is named after the file with no error to ask about too, a Pod and its ConfigMap', async () => {
    const clean = THREE_DOCUMENTS.slice(
      THREE_DOCUMENTS.indexOf('apiVersion: v1\nkind: Pod\nmetadata:\n  name: two'),
    );
    const text = `${THREE_DOCUMENTS.slice(0, THREE_DOCUMENTS.indexOf('---'))}---\n${clean}`;
    const { exportManifest, button, user } = renderExport(text, 'app.yml');
    await user.click(button);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(exportManifest).toHaveBeenCalledWith({ suggestedName: 'app.yml', text });
  });
});

describe('exporting a file of one Pod', () => {
  it('is named after the Pod, as ever, and its errors name no document', async () => {
    // A \`---\` left at the end holds no other object.
    const text = `${pod('web', 70000)}---\n`;
    const { exportManifest, button, user } = renderExport(text, 'draft.yaml');
    await user.click(button);
    const dialog = screen.getByRole('alertdialog', { name: 'Export with 1 error?' });
    expect(within(dialog).getByRole('listitem')).toHaveTextContent(
      /^line 12, column 31 `containerPort` 70000/,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Export anyway' }));
    expect(exportManifest).toHaveBeenCalledWith({ suggestedName: 'web.yaml', text });
  });
});
