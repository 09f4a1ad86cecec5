import { describe, expect, it } from 'vitest';
import { within } from '@testing-library/react';
import { anatomy, replaced, renderInspector, screen } from './helpers';

const script = `apiVersion: v1
kind: Pod
metadata:
  name: script
  annotations:
    # Why this Pod exists.
    note: |
      first line
      second line
spec:
  containers:
    - name: app
      image: busybox:1.36
      args:
        - |
          echo start
          sleep 3600
      env:
        - name: GREETING
          value: |
            line1
            line2
`;

/** Where the cursor goes to type at the end of `line` in a field holding `value`. */
function after(value: string, line: string) {
  const at = value.indexOf(line) + line.length;
  return { initialSelectionStart: at, initialSelectionEnd: at };
}

describe('Inspector: values of several lines', () => {
  it('edits an args item in a text area: Enter starts a line, Ctrl+Enter writes them all', async () => {
    const { user, text } = renderInspector(['container:app'], script);
    const arg = screen.getByRole('textbox', { name: 'Arg 1' });
    expect(arg).toBeInstanceOf(HTMLTextAreaElement);
    expect(arg).toHaveValue('echo start\nsleep 3600\n');
    expect(arg).toHaveAccessibleDescription(
      /Enter starts a new line; Ctrl\+Enter, or leaving the field, applies it/,
    );
    // A value of one line keeps its single-line input.
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeInstanceOf(HTMLInputElement);

    await user.clear(arg);
    await user.type(arg, 'echo start{Enter}sleep 60{Enter}');
    expect(text()).toBe(script);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(text()).toBe(replaced(script, 'sleep 3600', 'sleep 60'));
    expect(screen.getByRole('textbox', { name: 'Arg 1' })).toHaveValue('echo start\nsleep 60\n');
  });

  it('writes an annotation value with its lines, and the comment above it stays', async () => {
    const { user, text } = renderInspector([], script);
    const annotations = screen.getByRole('group', { name: 'Annotations' });
    const note = within(annotations).getByRole('textbox', { name: 'Value of note' });
    expect(note).toHaveValue('first line\nsecond line\n');
    await user.type(note, '!', after('first line\nsecond line\n', 'second line'));
    await user.tab();
    expect(text()).toBe(replaced(script, 'second line\n', 'second line!\n'));
  });

  it('writes an env value with its lines', async () => {
    const { user, text } = renderInspector(['container:app'], script);
    const value = screen.getByRole('textbox', { name: 'Value of GREETING' });
    expect(value).toHaveValue('line1\nline2\n');
    await user.type(value, 'X', after('line1\nline2\n', 'line2'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(text()).toBe(replaced(script, 'line2\n', 'line2X\n'));
  });

  it('writes nothing when left untouched, and Escape takes the typing back', async () => {
    const { user, text } = renderInspector(['container:app'], script);
    const arg = screen.getByRole('textbox', { name: 'Arg 1' });
    await user.click(arg);
    await user.tab();
    expect(text()).toBe(script);
    await user.type(arg, '{Enter}exit 1');
    await user.keyboard('{Escape}');
    expect(arg).toHaveValue('echo start\nsleep 3600\n');
    await user.tab();
    expect(text()).toBe(script);
  });
});

describe('Inspector: numbers too large to hold exactly', () => {
  it('says an int64 field’s number is too large to write here, not that it is no number', async () => {
    const { user, text } = renderInspector();
    const grace = screen.getByLabelText('Termination grace period (s)');
    for (const number of ['9223372036854775807', '12345678901234567890']) {
      await user.clear(grace);
      await user.type(grace, `${number}{Enter}`);
      expect(grace).toHaveAccessibleDescription(
        `${number} is too large to be edited here exactly (past 9007199254740991): write it in the YAML`,
      );
    }
    expect(text()).toBe(anatomy);
  });

  it('gives the field’s own maximum: an int32’s, a port’s', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    const before = text();
    const uid = screen.getByLabelText('Run as user (UID)');
    await user.type(uid, '12345678901234567890{Enter}');
    expect(uid).toHaveAccessibleDescription(
      '12345678901234567890 is too large: the most is 2147483647',
    );
    const port = screen.getByLabelText('Port http');
    await user.clear(port);
    await user.type(port, '12345678901234567890{Enter}');
    expect(port).toHaveAccessibleDescription(
      '12345678901234567890 is out of range: a port is 1–65535',
    );
    await user.type(screen.getByLabelText('New port'), '99999999999999999999');
    expect(screen.getByLabelText('New port')).toHaveAccessibleDescription(
      '99999999999999999999 is out of range: a port is 1–65535',
    );
    expect(text()).toBe(before);
  });
});

describe('Inspector: lines pasted into a field of one line', () => {
  const pod = `apiVersion: v1
kind: Pod
metadata:
  name: paste
spec:
  containers:
    - name: app
      image: busybox:1.36
      env:
        - name: GREETING
          value: hello
`;

  it('keeps their line breaks: the field becomes a text area, and writes them all', async () => {
    const { user, text } = renderInspector(['container:app'], pod);
    const value = screen.getByRole('textbox', { name: 'Value of GREETING' });
    expect(value).toBeInstanceOf(HTMLInputElement);
    await user.clear(value);
    await user.paste('-----BEGIN-----\nabc\n-----END-----\n');
    const area = screen.getByRole('textbox', { name: 'Value of GREETING' });
    expect(area).toBeInstanceOf(HTMLTextAreaElement);
    expect(area).toHaveFocus();
    expect(area).toHaveValue('-----BEGIN-----\nabc\n-----END-----\n');
    // The caret is after the paste: typing goes on from there.
    await user.keyboard('more{Control>}{Enter}{/Control}');
    expect(text()).toBe(
      replaced(
        pod,
        'value: hello',
        'value: |-\n            -----BEGIN-----\n            abc\n            -----END-----\n            more',
      ),
    );
  });

  it('leaves a single line copied with its line break to the browser', async () => {
    const { user, text } = renderInspector(['container:app'], pod);
    const value = screen.getByRole('textbox', { name: 'Value of GREETING' });
    await user.clear(value);
    await user.paste('hi\n');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Value of GREETING' })).toBeInstanceOf(
      HTMLInputElement,
    );
    expect(text()).toBe(replaced(pod, 'value: hello', 'value: hi'));
  });

  it('keeps them in a new env row too, added with Ctrl+Enter', async () => {
    const { user, text } = renderInspector(['container:app'], pod);
    await user.type(screen.getByRole('textbox', { name: 'New variable name' }), 'SCRIPT');
    await user.click(screen.getByRole('textbox', { name: 'New variable value' }));
    await user.paste('echo a\necho b');
    const area = screen.getByRole('textbox', { name: 'New variable value' });
    expect(area).toBeInstanceOf(HTMLTextAreaElement);
    expect(area).toHaveAccessibleDescription('Enter starts a new line; Ctrl+Enter adds it.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(text()).toContain(
      '- name: SCRIPT\n          value: |-\n            echo a\n            echo b\n',
    );
    // The row added, the field is empty and keeps the focus (not the page, where Backspace
    // would be the canvas's).
    expect(screen.getByRole('textbox', { name: 'New variable value' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'New variable value' })).toHaveValue('');
  });
});
