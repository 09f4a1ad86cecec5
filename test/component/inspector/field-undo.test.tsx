import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DraftInput, TextField } from '../../../renderer/inspector/fields';
import { YamlField } from '../../../renderer/inspector/YamlField';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';
import { anatomy } from './helpers';

/**
 * A field whose text is all in the manifest is marked so: Ctrl+Z there undoes the Pod's last
 * change (use-shortcuts.ts); a field holding typing of its own keeps Ctrl+Z for that typing.
 */
describe('which inspector fields hand Ctrl+Z to the Pod’s history', () => {
  it('a text field, until something is typed in it, and again once typed back', async () => {
    const user = userEvent.setup();
    render(
      <PodStoreProvider store={createPodStore({ text: anatomy, fileName: 'pod.yaml' })}>
        <TextField label="Image" value="nginx:1.27" onCommit={() => null} />
      </PodStoreProvider>,
    );
    const field = screen.getByLabelText('Image');
    expect(field).toHaveAttribute('data-committed');
    await user.type(field, 'x');
    expect(field).not.toHaveAttribute('data-committed');
    await user.type(field, '{Backspace}');
    expect(field).toHaveAttribute('data-committed');
  });

  it('a YAML field, the same way', async () => {
    const user = userEvent.setup();
    render(
      <PodStoreProvider store={createPodStore({ text: anatomy, fileName: 'pod.yaml' })}>
        <YamlField
          label="Tolerations"
          target={{ pod: true }}
          path={['spec', 'tolerations']}
          value={undefined}
          expect="list"
        />
      </PodStoreProvider>,
    );
    const field = screen.getByLabelText('Tolerations');
    expect(field).toHaveAttribute('data-committed');
    await user.type(field, '- x');
    expect(field).not.toHaveAttribute('data-committed');
  });

  it('an "add" row’s field while it is empty', () => {
    const { rerender } = render(
      <DraftInput label="Variable name" value="" onChange={() => {}} onEnter={() => {}} />,
    );
    expect(screen.getByLabelText('Variable name')).toHaveAttribute('data-committed');
    rerender(
      <DraftInput label="Variable name" value="LOG" onChange={() => {}} onEnter={() => {}} />,
    );
    expect(screen.getByLabelText('Variable name')).not.toHaveAttribute('data-committed');
  });
});
