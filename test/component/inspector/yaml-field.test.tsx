import { describe, expect, it } from 'vitest';
import { act, fireEvent } from '@testing-library/react';
import { renderInspector, replaced, screen } from './helpers';

const POD = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  'spec:',
  '  containers:',
  '    - name: app',
  '      image: nginx:1.27',
  '      lifecycle:',
  '        # drain first',
  '        preStop:',
  '          exec:',
  '            command: ["sh","-c","sleep 5"] # wait for LB',
  '        postStart:',
  '          exec:',
  '            command:',
  '              - "1.10" # version',
  "              - 'yes'",
  '  tolerations:',
  '    - key: spot',
  '      operator: Exists',
  '',
].join('\n');

const lifecycle = () => screen.getByLabelText('Lifecycle (postStart, preStop)');

describe('a YAML field edits the manifest’s own text', () => {
  it('shows the hooks as written and changes one character, comments and quoting kept', async () => {
    const { store, user, text } = renderInspector(['container:app'], POD);
    const field = lifecycle();
    const shown = (field as HTMLTextAreaElement).value;
    expect(shown).toBe(
      '# drain first\npreStop:\n  exec:\n    command: ["sh","-c","sleep 5"] # wait for LB\npostStart:\n  exec:\n    command:\n      - "1.10" # version\n      - \'yes\'',
    );
    const at = shown.indexOf('5"]');
    await user.type(field, '{Backspace}6{Control>}{Enter}{/Control}', {
      initialSelectionStart: at + 1,
      initialSelectionEnd: at + 1,
    });
    expect(text()).toBe(replaced(POD, 'sleep 5', 'sleep 6'));
    expect(field).toHaveAttribute('data-committed');

    // One change, one undo step.
    act(() => store.getState().undo());
    expect(text()).toBe(POD);
  });

  it('writes a hook typed in flow style as typed, every value kept', async () => {
    const { user, text } = renderInspector(['container:app'], POD);
    const typed =
      "preStop: {exec: {command: [sh, -c, echo 1.10 done, 1.10, 010, 0x1F, 1e3, 12345678901234567890, ~, '']}}";
    await user.clear(lifecycle());
    await user.paste(typed);
    await user.tab();
    expect(text()).toBe(
      POD.slice(0, POD.indexOf('        # drain first')) +
        `        ${typed}\n` +
        POD.slice(POD.indexOf('  tolerations:')),
    );
    expect(lifecycle()).toHaveValue(typed);
  });

  it('appends a toleration with the numbers as typed', () => {
    const { text } = renderInspector([], POD);
    const tolerations = screen.getByLabelText('Tolerations');
    expect(tolerations).toHaveValue('- key: spot\n  operator: Exists');
    fireEvent.change(tolerations, {
      target: {
        value:
          '- key: spot\n  operator: Exists\n- key: gpu\n  value: 1.10\n  tolerationSeconds: 010',
      },
    });
    fireEvent.blur(tolerations);
    expect(text()).toBe(`${POD}    - key: gpu\n      value: 1.10\n      tolerationSeconds: 010\n`);
  });
});

describe('text typed in a field and not applied', () => {
  it('is announced when the field goes, and the manifest keeps what it had', async () => {
    const { store, user, text } = renderInspector(['container:app'], POD);
    await user.clear(lifecycle());
    await user.paste('preStop: [sleep');
    await user.tab();
    expect(screen.getByLabelText('Lifecycle (postStart, preStop)')).toHaveAccessibleDescription(
      /not valid YAML|YAML/i,
    );
    // Another node selected: the field goes, its text was not written.
    act(() => store.getState().select([]));
    expect(text()).toBe(POD);
    expect(store.getState().notice?.kind).toBe('error');
    expect(store.getState().notice?.message).toMatch(
      /^Lifecycle \(postStart, preStop\) was left as it was: what you typed there was not applied \(/,
    );
  });

  it('says nothing when what was typed was applied', async () => {
    const { store, user, text } = renderInspector(['container:app'], POD);
    const image = screen.getByLabelText('Image', { exact: true });
    await user.type(image, '-rc1');
    await user.tab();
    expect(text()).toContain('image: nginx:1.27-rc1');
    act(() => store.getState().select([]));
    expect(store.getState().notice).toBeNull();
  });
});

describe('a YAML field in a long manifest', () => {
  // Over 6,000 characters: a text the editor's keys have this thread leave to the worker.
  const long = `${'# a note on the Pod\n'.repeat(320)}${POD}`;

  it('shows the manifest’s own text once focused, and writes a change as typed', async () => {
    const { user, text } = renderInspector(['container:app'], long);
    const field = lifecycle() as HTMLTextAreaElement;
    await user.click(field);
    expect(field.value).toContain('command: ["sh","-c","sleep 5"] # wait for LB');
    const at = field.value.indexOf('5"]');
    await user.type(field, '{Backspace}6{Control>}{Enter}{/Control}', {
      initialSelectionStart: at + 1,
      initialSelectionEnd: at + 1,
    });
    expect(text()).toBe(replaced(long, 'sleep 5', 'sleep 6'));
  });
});
