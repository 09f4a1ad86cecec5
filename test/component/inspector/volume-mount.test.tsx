import { describe, expect, it } from 'vitest';
import { anatomy, renderInspector, replaced, screen } from './helpers';

describe('Inspector: a volume', () => {
  it('renames a volume, and the mounts follow', async () => {
    const { user, text, store } = renderInspector(['volume:app-logs']);
    expect(screen.getByRole('heading', { name: 'Volume app-logs' })).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'logs{Enter}');
    expect(text()).toBe(anatomy.replaceAll('name: app-logs', 'name: logs'));
    expect(store.getState().selection).toEqual(['volume:logs']);
  });

  it('names its source in a word, and says what an emptyDir or a hostPath is under it', async () => {
    const { user } = renderInspector(['volume:app-logs']);
    const source = screen.getByLabelText('Source');
    expect((source as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('emptyDir');
    expect(source).toHaveAccessibleDescription(
      'Scratch space, shared by the containers that mount it; it lives as long as the Pod',
    );
    await user.selectOptions(source, 'hostPath');
    expect(screen.getByLabelText('Source')).toHaveAccessibleDescription(
      'A directory of the node the Pod runs on',
    );
  });

  it('switches a volume to a configMap and edits its name', async () => {
    const { user, text } = renderInspector(['volume:app-logs']);
    await user.selectOptions(screen.getByLabelText('Source'), 'configMap');
    expect(text()).toContain('    - name: app-logs\n      configMap:\n        name: app-logs\n');
    const configMap = screen.getByLabelText('ConfigMap name');
    await user.clear(configMap);
    await user.type(configMap, 'promtail-config{Enter}');
    expect(text()).toContain('      configMap:\n        name: promtail-config\n');
    await user.click(screen.getByLabelText(/^Optional/));
    expect(text()).toContain('        optional: true\n');
  });

  it('sets emptyDir medium and size limit', async () => {
    const { user, text } = renderInspector(['volume:app-logs']);
    await user.selectOptions(screen.getByLabelText('Medium'), 'Memory');
    await user.type(screen.getByLabelText('Size limit'), '64 megs');
    expect(screen.getByLabelText('Size limit')).toHaveAccessibleDescription(
      '64 megs is not a quantity: use 250m, 1, 0.5, 512Mi, 1Gi…',
    );
    await user.clear(screen.getByLabelText('Size limit'));
    await user.type(screen.getByLabelText('Size limit'), '64Mi{Enter}');
    expect(text()).toMatch(/emptyDir:\s*\n\s+medium: Memory\n\s+sizeLimit: 64Mi\n/);
  });

  it('shows a size limit as the manifest writes it', async () => {
    const { user, text } = renderInspector(
      ['volume:app-logs'],
      anatomy.replace('emptyDir: {}', 'emptyDir:\n        sizeLimit: 1e3'),
    );
    // Not 1000, the number YAML reads.
    expect(screen.getByLabelText('Size limit')).toHaveValue('1e3');
    // The same number written another way is written as typed, not refused as no change.
    await user.clear(screen.getByLabelText('Size limit'));
    await user.type(screen.getByLabelText('Size limit'), '1000{Enter}');
    expect(text()).toContain('emptyDir:\n        sizeLimit: 1000\n');
  });

  it('lists the containers that mount it, and opens a mount', async () => {
    const { user, store } = renderInspector(['volume:app-logs']);
    expect(screen.getByRole('button', { name: 'api-server' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'log-shipper' }));
    expect(store.getState().selection).toEqual(['mount:log-shipper:0']);
    expect(
      screen.getByRole('heading', { name: 'Mount of app-logs in log-shipper' }),
    ).toBeInTheDocument();
  });
});

describe('Inspector: a mount link', () => {
  it('edits the mount path, read-only and sub-path', async () => {
    const { user, text } = renderInspector(['mount:api-server:0']);
    const path = screen.getByLabelText('Mount path');
    expect(path).toHaveValue('/var/log/app');
    await user.clear(path);
    await user.type(path, 'logs');
    expect(path).toHaveAccessibleDescription('"logs" is not absolute: start it with /');
    await user.clear(path);
    await user.type(path, '/logs{Enter}');
    expect(text()).toBe(replaced(anatomy, 'mountPath: /var/log/app', 'mountPath: /logs'));

    await user.click(screen.getByLabelText('Read-only'));
    expect(text()).toContain('          mountPath: /logs\n          readOnly: true\n');

    await user.type(screen.getByLabelText('Sub-path'), '../x');
    expect(screen.getByLabelText('Sub-path')).toBeInvalid();
    await user.clear(screen.getByLabelText('Sub-path'));
    await user.type(screen.getByLabelText('Sub-path'), 'api{Enter}');
    expect(text()).toContain('          subPath: api\n');
  });

  it('refuses a path naming a directory the container mounts already, however written', async () => {
    const twice = anatomy.replace(
      '          mountPath: /var/log/app\n',
      '          mountPath: /var/log/app\n        - name: app-logs\n          mountPath: /cache\n',
    );
    const { user, text } = renderInspector(['mount:api-server:1'], twice);
    const path = screen.getByLabelText('Mount path');
    await user.clear(path);
    await user.type(path, '/var/log/app/{Enter}');
    expect(path).toHaveAccessibleDescription(
      '/var/log/app/ is already a mount path of api-server (as /var/log/app)',
    );
    expect(text()).toBe(twice);
  });

  it('links to its container and its volume', async () => {
    const { user, store } = renderInspector(['mount:log-shipper:0']);
    await user.click(screen.getByRole('button', { name: 'Volume app-logs' }));
    expect(store.getState().selection).toEqual(['volume:app-logs']);
  });

  it('un-checks read-only by removing it', async () => {
    const { user, text } = renderInspector(['mount:log-shipper:0']);
    await user.click(screen.getByLabelText('Read-only'));
    expect(text()).toBe(replaced(anatomy, '\n          readOnly: true', ''));
  });

  it('removes the mount and shows its container', async () => {
    const { user, text, store } = renderInspector(['mount:log-shipper:0']);
    await user.click(screen.getByRole('button', { name: 'Unmount app-logs from log-shipper' }));
    expect(text()).not.toContain('readOnly: true');
    expect(store.getState().selection).toEqual(['container:log-shipper']);
  });

  it('mounts a volume from the container form', async () => {
    const { user, text } = renderInspector(['container:init-migrate']);
    expect(screen.getByText('Mounts no volume.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mount' }));
    expect(text()).toMatch(/init-migrate[\s\S]*volumeMounts:\n\s+- name: app-logs\n\s+mountPath: /);
  });
});
