import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { DocumentPicker } from '../../../renderer/app/DocumentPicker';
import { exportBlockers } from '../../../renderer/app/ExportConfirm';
import { ProblemsDock } from '../../../renderer/app/ProblemsDock';
import { PodCanvas } from '../../../renderer/canvas/PodCanvas';
import { Inspector } from '../../../renderer/inspector/Inspector';
import { renderTeach } from '../teach/helpers';
import { TWO_PODS } from '../../support/two-pods';

// The canvas, the inspector and the dock together are a few thousand elements in jsdom.
vi.setConfig({ testTimeout: 20_000 });

/** The new user's file: Pod alpha, then Pod beta with a volume. */
const FILE = TWO_PODS;

/** The workspace on FILE with "2. Pod beta" chosen, then `: x` typed after `    - name: a1`. */
async function breakTheOtherDocument() {
  const rendered = renderTeach(
    <ReactFlowProvider>
      <DocumentPicker />
      <PodCanvas />
      <Inspector />
      <ProblemsDock />
    </ReactFlowProvider>,
    { text: FILE },
  );
  const { pod, user } = rendered;
  const picker = screen.getByRole('combobox', { name: 'Document' });
  await user.selectOptions(picker, '2. Pod beta');
  await screen.findByText('b1');
  act(() => {
    const { text } = pod.getState();
    const at = text.indexOf('    - name: a1\n') + '    - name: a1'.length;
    pod.getState().setText(`${text.slice(0, at)}: x${text.slice(at)}`, 'yaml');
  });
  const listed = () =>
    within(picker)
      .getAllByRole('option')
      .map((option) => option.textContent);
  return { ...rendered, picker, listed };
}

describe('a document whose YAML breaks beside the one chosen', () => {
  it('is marked in the Document picker, and its error counted as that document’s', async () => {
    const { picker, listed } = await breakTheOtherDocument();
    expect(picker).toHaveDisplayValue('2. Pod beta');
    expect(listed()).toEqual(['1. Pod alpha — does not parse', '2. Pod beta']);
    // The Problems bar: none of beta's, one in another document.
    const bar = screen.getByRole('button', { name: /^Problems/ });
    await waitFor(() => expect(bar).toHaveTextContent('1 error in other documents'));
    expect(within(bar).getByTitle('0 errors')).toBeInTheDocument();
    // Its tooltip says what to do: the picker cannot show it; the editor can fix it.
    expect(bar.querySelector('.problems-dock__elsewhere')).toHaveAttribute(
      'title',
      'Pod alpha (document 1): does not parse. Fix its YAML in the editor, where it is marked.',
    );
    // The inspector still inspects beta.
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    expect(inspector).not.toHaveTextContent('The YAML does not parse');
  });

  it('leaves the canvas live: Ctrl+D on b1 duplicates it, document 1 byte for byte', async () => {
    const { pod, user } = await breakTheOtherDocument();
    const before = pod.getState().text;
    const second = before.indexOf('---\n');
    act(() => pod.getState().select(['container:b1']));
    const node = document.querySelector<HTMLElement>('.react-flow__node[data-id="container:b1"]');
    act(() => node!.focus());
    await user.keyboard('{Control>}d{/Control}');
    expect(pod.getState().notice?.kind).not.toBe('error');
    await screen.findByText('b1-1');
    const after = pod.getState().text;
    expect(after.slice(0, second)).toBe(before.slice(0, second));
    expect(after.slice(second)).toContain('    - name: b1-1\n');
  });

  it('still stops the export and says which document does not parse', async () => {
    const { pod } = await breakTheOtherDocument();
    const { text, document } = pod.getState();
    const blockers = exportBlockers(text, document, {
      kubernetesVersion: '1.33',
      disabledRules: [],
    });
    expect(blockers.map((b) => [b.document, b.line, b.refusedBy])).toEqual([
      ['Pod alpha (document 1)', 7, 'api-server'],
    ]);
  });
});
