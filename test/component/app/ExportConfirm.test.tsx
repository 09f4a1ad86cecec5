import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { validateManifest } from '../../../shared';
import { ExportConfirm, exportBlockers } from '../../../renderer/app/ExportConfirm';
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
