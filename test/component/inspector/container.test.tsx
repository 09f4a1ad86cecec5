import { describe, expect, it, vi } from 'vitest';
import { act, waitFor, within } from '@testing-library/react';
import { anatomy, framesByHand, renderInspector, replaced, screen } from './helpers';

describe('Inspector: a container', () => {
  it('names the container and shows its role', () => {
    renderInspector(['container:log-shipper']);
    const region = screen.getByRole('region', { name: 'Inspector' });
    expect(within(region).getByRole('heading', { name: 'Container log-shipper' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Make main container' })).toBeInTheDocument();
  });

  it('commits a new image on blur, changing only the image', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    const image = screen.getByLabelText('Image');
    expect(image).toHaveValue('my-api:v2');
    await user.clear(image);
    await user.type(image, 'my-api:v3');
    expect(text()).toBe(anatomy);
    await user.tab();
    expect(text()).toBe(
      replaced(
        anatomy,
        '- name: api-server\n      image: my-api:v2',
        '- name: api-server\n      image: my-api:v3',
      ),
    );
  });

  it('reverts on Escape and commits on Enter', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    const image = screen.getByLabelText('Image');
    await user.clear(image);
    await user.type(image, 'other{Escape}');
    expect(image).toHaveValue('my-api:v2');
    await user.tab();
    expect(text()).toBe(anatomy);
    await user.clear(image);
    await user.type(image, 'nginx:1.27{Enter}');
    expect(text()).toContain('image: nginx:1.27');
  });

  it('refuses an image reference a runtime would not pull', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    const image = screen.getByLabelText('Image');
    await user.clear(image);
    await user.type(image, 'My Api');
    await user.tab();
    expect(image).toBeInvalid();
    expect(image).toHaveAccessibleDescription(
      '"My Api" holds a space: an image reference has none',
    );
    expect(text()).toBe(anatomy);
  });

  it('shows a message for a memory limit that is not a quantity and writes nothing', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    const memory = screen.getByLabelText('Memory limit');
    await user.type(memory, '12 apples');
    expect(memory).toHaveAccessibleDescription(
      '12 apples is not a quantity: use 250m, 1, 0.5, 512Mi, 1Gi…',
    );
    await user.tab();
    expect(text()).toBe(anatomy);
    expect(memory).toHaveValue('12 apples');
  });

  it('writes requests and limits, and removes a cleared one', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    await user.type(screen.getByLabelText('CPU request'), '250m');
    await user.type(screen.getByLabelText('Memory limit'), '512Mi{Enter}');
    expect(text()).toContain(
      '      resources:\n        requests:\n          cpu: 250m\n        limits:\n          memory: 512Mi\n',
    );
    await user.clear(screen.getByLabelText('CPU request'));
    await user.tab();
    expect(text()).not.toContain('requests');
    expect(text()).toContain('limits:\n          memory: 512Mi');
  });

  it('shows a quantity as the manifest writes it, and leaves it so when left unchanged', async () => {
    const written = anatomy.replace(
      '- name: api-server\n      image: my-api:v2\n',
      '- name: api-server\n      image: my-api:v2\n      resources:\n        limits:\n          cpu: 1.10\n',
    );
    const { user, text } = renderInspector(['container:api-server'], written);
    const cpu = screen.getByLabelText('CPU limit');
    // Not 1.1, the number YAML reads: the same quantity, but not what the YAML editor shows.
    expect(cpu).toHaveValue('1.10');
    expect(cpu).not.toHaveAccessibleDescription(/kubectl reads/);
    await user.click(cpu);
    await user.tab();
    expect(text()).toBe(written);
    // The same number written another way is written as typed, not refused as no change.
    await user.clear(cpu);
    await user.type(cpu, '1.1{Enter}');
    expect(text()).toBe(written.replace('cpu: 1.10', 'cpu: 1.1'));
    expect(cpu).toBeValid();
  });

  it('renames a container and keeps it selected', async () => {
    const { user, text, store } = renderInspector(['container:api-server']);
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Api');
    expect(name).toHaveAccessibleDescription(/must consist of lower-case letters/);
    await user.clear(name);
    await user.type(name, 'log-shipper');
    expect(name).toHaveAccessibleDescription('"log-shipper" already names a container');
    await user.clear(name);
    await user.type(name, 'api{Enter}');
    expect(text()).toContain('kubectl.kubernetes.io/default-container: api\n');
    expect(text()).toContain('    - name: api\n      image: my-api:v2');
    expect(store.getState().selection).toEqual(['container:api']);
    expect(screen.getByRole('heading', { name: 'Container api' })).toBeInTheDocument();
    // The form stays, with the focus where it was.
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
  });

  it('makes a sidecar the main container', async () => {
    const { user, text } = renderInspector(['container:log-shipper']);
    await user.click(screen.getByRole('button', { name: 'Make main container' }));
    expect(text()).toContain('kubectl.kubernetes.io/default-container: log-shipper');
    expect(screen.getByLabelText('Role')).toHaveValue('app');
    expect(screen.queryByRole('button', { name: 'Make main container' })).toBeNull();
  });

  it('edits the pull policy with a select', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    await user.selectOptions(screen.getByLabelText('Image pull policy'), 'IfNotPresent');
    expect(text()).toContain('image: my-api:v2\n      imagePullPolicy: IfNotPresent\n');
  });

  it('names the pull policy the default gives the image, in a few words', async () => {
    const { user } = renderInspector(['container:api-server']);
    const policy = screen.getByLabelText('Image pull policy');
    const shown = () => (policy as HTMLSelectElement).selectedOptions[0]?.textContent;
    expect(shown()).toBe('Default (IfNotPresent)');
    const image = screen.getByLabelText('Image');
    await user.clear(image);
    await user.type(image, 'my-api:latest{Enter}');
    expect(shown()).toBe('Default (Always)');
  });

  it('shows a pull policy that is none of the choices as it is, and replaces it', async () => {
    const typo = replaced(
      anatomy,
      'image: my-api:v2\n',
      'image: my-api:v2\n      imagePullPolicy: always\n',
    );
    const { user, text } = renderInspector(['container:init-migrate'], typo);
    const policy = screen.getByLabelText('Image pull policy');
    expect(policy).toHaveValue('always');
    expect(policy).toHaveAccessibleDescription(/"always" is not one of the choices/);
    await user.selectOptions(policy, 'Always');
    expect(text()).toContain('image: my-api:v2\n      imagePullPolicy: Always\n');
    expect(policy).not.toHaveAccessibleDescription(/not one of the choices/);
  });

  it('edits command items, adds and removes them', async () => {
    const { user, text } = renderInspector(['container:init-migrate']);
    const command = screen.getByRole('group', { name: 'Command' });
    expect(within(command).getByLabelText('Command item 2')).toHaveValue('manage.py');
    await user.type(within(command).getByLabelText('Add to command'), '--verbosity=2{Enter}');
    expect(text()).toContain(
      'command: ["python", "manage.py", "migrate", "--noinput", "--verbosity=2"]',
    );
    expect(within(command).getByLabelText('Add to command')).toHaveValue('');
    await user.click(within(command).getByRole('button', { name: 'Remove command item 4' }));
    expect(text()).toContain('command: ["python", "manage.py", "migrate", "--verbosity=2"]');
    await user.type(screen.getByLabelText('Add to args'), '--fake');
    await user.tab();
    expect(text()).toContain('      args:\n        - --fake\n');
  });

  it('sets security context flags', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    await user.click(screen.getByLabelText('Run as non-root'));
    await user.click(screen.getByLabelText('Allow privilege escalation'));
    await user.click(screen.getByLabelText('Drop all capabilities'));
    expect(text()).toContain(
      [
        '      securityContext:',
        '        runAsNonRoot: true',
        '        allowPrivilegeEscalation: false',
        '        capabilities:',
        '          drop:',
        '            - ALL',
      ].join('\n'),
    );
    expect(screen.getByLabelText('Allow privilege escalation')).not.toBeChecked();
    await user.click(screen.getByLabelText('Drop all capabilities'));
    expect(text()).not.toContain('capabilities');
    await user.type(screen.getByLabelText('Run as user (UID)'), '-5');
    expect(screen.getByLabelText('Run as user (UID)')).toHaveAccessibleDescription(
      '-5 is too small: the least is 0',
    );
  });

  it('follows the text when it changes underneath', async () => {
    const { store } = renderInspector(['container:api-server']);
    act(() =>
      store
        .getState()
        .setText(anatomy.replace('my-api:v2\n      ports', 'my-api:v9\n      ports'), 'yaml'),
    );
    await waitFor(() => expect(screen.getByLabelText('Image')).toHaveValue('my-api:v9'));
  });

  it('follows a key typed in the editor once the frame showing it elsewhere is painted', async () => {
    // The page's frames, run by hand: the canvas shows the key in the first one.
    const frames = framesByHand();
    try {
      const { store } = renderInspector(['container:api-server']);
      const typed = anatomy.replace('my-api:v2\n      ports', 'my-api:v7\n      ports');
      act(() => store.getState().setText(typed, 'yaml'));
      // Not in the frame that paints the key on the canvas: the form waits for it to be painted.
      expect(screen.getByLabelText('Image')).toHaveValue('my-api:v2');
      frames.paint();
      await waitFor(() => expect(screen.getByLabelText('Image')).toHaveValue('my-api:v7'));
      // A click on another node of the same text is shown at once.
      act(() => store.getState().select(['container:log-shipper']));
      expect(screen.getByLabelText('Image')).toHaveValue('grafana/promtail:2.9.0');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('changes the role: a sidecar becomes a native sidecar', async () => {
    const { user, text } = renderInspector(['container:log-shipper']);
    await user.selectOptions(screen.getByLabelText('Role'), 'native-sidecar');
    expect(text()).toMatch(
      /initContainers:\n[\s\S]*- name: log-shipper\n\s+image: grafana\/promtail:2.9.0\n[\s\S]*restartPolicy: Always/,
    );
    expect(screen.getByRole('heading', { name: 'Container log-shipper' })).toBeInTheDocument();
    expect(screen.getByLabelText('Role')).toHaveValue('native-sidecar');
  });

  it('takes lifecycle hooks as YAML, written as typed', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    const hooks = screen.getByLabelText('Lifecycle (postStart, preStop)');
    await user.click(hooks);
    await user.paste('preStop:\n  exec:\n    command: [sleep, "5"]');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(text()).toContain(
      '      lifecycle:\n        preStop:\n          exec:\n            command: [sleep, "5"]\n',
    );
  });
});
