import { describe, expect, it } from 'vitest';
import { render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TextField } from '../../../renderer/inspector/fields';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';
import { validateManifest } from '../../../shared';
import { anatomy, renderInspector, replaced, screen } from './helpers';

/** The anatomy Pod with values written unquoted that kubectl reads as numbers or booleans. */
const unquoted = replaced(
  replaced(
    replaced(anatomy, '  labels:\n    app: api\n', '  labels:\n    app: api\n    version: 1.10\n'),
    '    - name: api-server\n      image: my-api:v2\n',
    '    - name: api-server\n      image: my-api:v2\n      args: [--retries, 010]\n' +
      '      env:\n        - name: VERSION\n          value: 1.10 # the release\n' +
      '        - name: DEBUG\n          value: yes\n        - name: QUOTED\n          value: "1.10"\n',
  ),
  '  annotations:\n',
  '  annotations:\n    build: 2024\n',
);

describe('Inspector: values kubectl reads as numbers or booleans', () => {
  it('shows an env value as it is written, says how kubectl reads it, as the Problems panel does', () => {
    renderInspector(['container:api-server'], unquoted);
    const value = screen.getByRole('textbox', { name: 'Value of VERSION' });
    expect(value).toHaveValue('1.10');
    expect(value).toBeInvalid();
    expect(value).toHaveAccessibleDescription(
      'kubectl reads the unquoted 1.10 as the number 1.1, not as text: Enter quotes it',
    );
    const problem = validateManifest(unquoted).find((p) =>
      p.message.includes('`spec.containers[0].env[0].value`'),
    );
    expect(problem?.message).toBe('`spec.containers[0].env[0].value` must be a string, not 1.10.');

    const debug = screen.getByRole('textbox', { name: 'Value of DEBUG' });
    expect(debug).toHaveValue('yes');
    expect(debug).toHaveAccessibleDescription(
      'kubectl reads the unquoted yes as the boolean true, not as text: Enter quotes it',
    );
    // Quoted, it is the text it shows.
    const quoted = screen.getByRole('textbox', { name: 'Value of QUOTED' });
    expect(quoted).toHaveValue('1.10');
    expect(quoted).toBeValid();
  });

  it('writes the value quoted on Enter, its comment kept, and then says nothing of it', async () => {
    const { user, text } = renderInspector(['container:api-server'], unquoted);
    const value = () => screen.getByRole('textbox', { name: 'Value of VERSION' });
    // Only passing through writes nothing.
    await user.click(value());
    await user.tab();
    expect(text()).toBe(unquoted);

    await user.click(value());
    await user.keyboard('{Enter}');
    const quoted = replaced(unquoted, 'value: 1.10 # the release', 'value: "1.10" # the release');
    expect(text()).toBe(quoted);
    expect(value()).toHaveValue('1.10');
    expect(value()).toBeValid();
    expect(validateManifest(text()).filter((p) => p.message.includes('env[0].value'))).toEqual([]);

    // Text typed over it is written as text too.
    await user.clear(value());
    await user.type(value(), '1.20');
    await user.tab();
    expect(text()).toBe(replaced(quoted, '"1.10" # the release', '"1.20" # the release'));
  });

  it('shows args items and label and annotation values as written, quoted on Enter', async () => {
    const { user, text } = renderInspector([], unquoted);
    const labels = screen.getByRole('group', { name: 'Labels' });
    const version = within(labels).getByLabelText('Value of version');
    expect(version).toHaveValue('1.10');
    expect(version).toHaveAccessibleDescription(
      'kubectl reads the unquoted 1.10 as the number 1.1, not as text: Enter quotes it',
    );
    const build = within(screen.getByRole('group', { name: 'Annotations' })).getByLabelText(
      'Value of build',
    );
    expect(build).toHaveValue('2024');
    expect(build).toBeInvalid();
    await user.click(version);
    await user.keyboard('{Enter}');
    expect(text()).toBe(replaced(unquoted, 'version: 1.10', 'version: "1.10"'));
  });

  it('shows an args item as written, with the number kubectl reads', () => {
    renderInspector(['container:api-server'], unquoted);
    const arg = within(screen.getByRole('group', { name: 'Args' })).getByRole('textbox', {
      name: 'Arg 2',
    });
    expect(arg).toHaveValue('010');
    expect(arg).toHaveAccessibleDescription(
      'kubectl reads the unquoted 010 as the number 8, not as text: Enter quotes it',
    );
  });
});

describe('A text field whose value is printed, not read from the manifest', () => {
  it('says how kubectl reads it, and Enter does not write the printed value back', async () => {
    const commits: string[] = [];
    render(
      <PodStoreProvider store={createPodStore({ text: anatomy, fileName: 'pod.yaml' })}>
        <TextField
          label="Value of VERSION"
          value="1.1"
          notText="kubectl reads this value as the number 1.1, not as text"
          asWritten={false}
          onCommit={(value) => (commits.push(value), null)}
        />
      </PodStoreProvider>,
    );
    const field = screen.getByRole('textbox', { name: 'Value of VERSION' });
    expect(field).toBeInvalid();
    // The manifest may write 1.10: quoting the 1.1 shown would change the value.
    expect(field).toHaveAccessibleDescription(
      'kubectl reads this value as the number 1.1, not as text',
    );
    await userEvent.click(field);
    await userEvent.keyboard('{Enter}');
    expect(commits).toEqual([]);
  });
});
