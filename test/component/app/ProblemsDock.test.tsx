import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProblemsDock } from '../../../renderer/app/ProblemsDock';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';
import { THREE_DOCUMENTS } from '../support/multi-document';
import '../support/dialog';

// The dock validates the Pod on first render: on a busy two-core machine that passes 5 s.
vi.setConfig({ testTimeout: 20_000 });

const rootPod = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsUser: 0
  containers:
    - name: app
      image: nginx:1.27
`;

function renderDock(text: string) {
  const store = createPodStore({ text, fileName: 'pod.yaml' });
  const view = render(
    <PodStoreProvider store={store}>
      <ProblemsDock />
    </PodStoreProvider>,
  );
  return { store, user: userEvent.setup(), unmount: view.unmount };
}

describe('Problems dock: the Pod Security level', () => {
  it('says the level the Pod meets and what keeps it from the next', async () => {
    const { user } = renderDock(rootPod);
    await user.click(screen.getByRole('button', { name: /^Problems/ }));
    const region = screen.getByRole('region', { name: 'Problems' });
    const summary = screen.getByText(/keep it from/, { selector: 'summary' });
    expect(summary).toHaveTextContent('Pod Security: Baseline — 5 things keep it from Restricted');
    await user.click(summary);
    expect(region).toHaveTextContent(/The Pod runs as user 0 \(root\)\./);
  });
});

describe('Problems dock: a text that holds no Pod any more', () => {
  it('says there is no Pod to check, and shows no level of the Pod that was', async () => {
    const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n';
    const { store, user } = renderDock(`${configMap}---\n${rootPod}`);
    await user.click(screen.getByRole('button', { name: /^Problems/ }));
    const region = screen.getByRole('region', { name: 'Problems' });
    expect(region).toHaveTextContent('Pod Security: Baseline');
    // The Pod's document deleted, its `---` left behind.
    act(() => store.getState().setText(`${configMap}---\n`, 'yaml'));
    await screen.findByText(/No Pod to check: this document holds none/);
    expect(region).not.toHaveTextContent('Pod Security');
    expect(region).not.toHaveTextContent('No problems: the manifest follows the rules');
  });
});

describe('Problems dock: a fix that changes how the Pod runs', () => {
  it('asks first, says why, and changes nothing on Cancel', async () => {
    const { store, user } = renderDock(rootPod);
    await user.click(screen.getByRole('button', { name: /^Problems/ }));
    const fix = screen.getByRole('button', {
      name: 'Fix: Set runAsNonRoot and runAsUser: 1000…',
    });
    await user.click(fix);
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent(/runs as root.*kubelet would refuse to start it/);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(store.getState().text).toBe(rootPod);
    expect(fix).toHaveFocus();
  });

  it('applies on Apply, and the Pod then runs as a user the kubelet starts', async () => {
    const { store, user } = renderDock(rootPod);
    await user.click(screen.getByRole('button', { name: /^Problems/ }));
    await user.click(screen.getByRole('button', { name: /Fix: Set runAsNonRoot/ }));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(store.getState().text).toContain('runAsUser: 1000');
    expect(store.getState().text).toContain('runAsNonRoot: true');
  });
});

describe('Problems dock: the errors of the documents not shown', () => {
  it('counts those of the Pod shown, and says how many the other documents hold', () => {
    const { store } = renderDock(THREE_DOCUMENTS);
    act(() => store.getState().chooseDocument(2));
    const bar = screen.getByRole('button', { name: /^Problems/ });
    // (jsdom joins the name's parts without the spaces a browser puts between them.)
    expect(bar).toHaveAccessibleName(/^Problems\s*0\s*errors.*\D2 errors in other documents$/);
    // Its tooltip says which documents.
    expect(
      screen.getByTitle(
        'Pod one (document 2): 2 errors. Choose one in the Document picker to see its errors.',
      ),
    ).toHaveTextContent(/^2 errors in other documents/);
    // Pod one shown, its errors are the ones counted, and Pod two has none.
    act(() => store.getState().chooseDocument(1));
    expect(bar).toHaveAccessibleName(/^Problems\s*2\s*errors\d/);
    expect(bar).not.toHaveTextContent('other documents');
  });

  it('says nothing of other documents in a file of one Pod', () => {
    renderDock(rootPod);
    expect(screen.getByRole('button', { name: /^Problems/ })).not.toHaveTextContent(
      'other documents',
    );
  });
});

describe('Problems dock: the height of the open panel', () => {
  const KEY = 'pod-builder.problems-height';
  afterEach(() => localStorage.removeItem(KEY));
  const divider = () => screen.queryByRole('separator', { name: 'Resize the Problems panel' });
  const dock = () => document.querySelector<HTMLElement>('.problems-dock')!;

  it('is set with its top edge (the arrow keys, Home and End too), within limits, and kept', async () => {
    // jsdom's window is 1024×768: the panel takes 45% of the 716 px under the toolbar, and can
    // grow until the canvas has 200 px left.
    const { user, unmount } = renderDock(rootPod);
    expect(divider()).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Problems/ }));
    const edge = divider()!;
    expect(edge).toHaveAttribute('aria-orientation', 'horizontal');
    expect(edge).toHaveAttribute('aria-valuenow', '322');
    expect(edge).toHaveAttribute('aria-valuemin', '140');
    expect(edge).toHaveAttribute('aria-valuemax', '510');
    expect(dock()).toHaveStyle({ '--problems-height': '322px' });

    // Tab reaches it; the arrows move it by 20 px, Home and End to its limits.
    edge.focus();
    expect(edge).toHaveAttribute('tabindex', '0');
    await user.keyboard('{ArrowUp}');
    expect(edge).toHaveAttribute('aria-valuenow', '342');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(edge).toHaveAttribute('aria-valuenow', '302');
    await user.keyboard('{Home}');
    expect(edge).toHaveAttribute('aria-valuenow', '510');
    await user.keyboard('{End}');
    expect(edge).toHaveAttribute('aria-valuenow', '140');
    await user.keyboard('{ArrowUp}');
    expect(dock()).toHaveStyle({ '--problems-height': '160px' });

    // The next start (a reload) opens the panel at the height it was left at.
    unmount();
    const again = renderDock(rootPod);
    await again.user.click(screen.getByRole('button', { name: /^Problems/ }));
    expect(divider()).toHaveAttribute('aria-valuenow', '160');
    expect(dock()).toHaveStyle({ '--problems-height': '160px' });
    // Folded, the bar has no edge to drag.
    await again.user.click(screen.getByRole('button', { name: /^Problems/ }));
    expect(divider()).toBeNull();
  });
});

describe('Problems dock: Ctrl+Shift+M', () => {
  it('opens the panel and takes the keyboard to its first problem, from a field too', async () => {
    const store = createPodStore({ text: rootPod, fileName: 'pod.yaml' });
    render(
      <PodStoreProvider store={store}>
        <input aria-label="Image" defaultValue="nginx:1.27" />
        <ProblemsDock />
      </PodStoreProvider>,
    );
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: /^Problems/ });
    expect(toggle).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+M');
    const field = screen.getByLabelText('Image');
    await user.click(field);
    await user.keyboard('{Control>}{Shift>}M{/Shift}{/Control}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const first = screen.getAllByRole('button', { name: /^(Error|Warning|Suggestion): / })[0]!;
    expect(first).toHaveFocus();
    // Nothing was typed in the field.
    expect(field).toHaveValue('nginx:1.27');

    // Open already, it takes the keyboard there again (Cmd on macOS).
    await user.click(field);
    await user.keyboard('{Meta>}{Shift>}M{/Shift}{/Meta}');
    expect(first).toHaveFocus();

    // Folded and opened with a click, the panel leaves the focus on the button.
    await user.click(toggle);
    await user.click(toggle);
    expect(toggle).toHaveFocus();
  });
});
