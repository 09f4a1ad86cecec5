import { describe, expect, it } from 'vitest';
import { within } from '@testing-library/react';
import { anatomy, renderInspector, screen } from './helpers';

describe('Inspector: ports', () => {
  it('refuses port 70000 in a row and in the add row', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    const port = screen.getByLabelText('Port http');
    await user.clear(port);
    await user.type(port, '70000');
    await user.tab();
    expect(port).toHaveAccessibleDescription('70000 is out of range: a port is 1–65535');
    expect(text()).toBe(anatomy);

    await user.type(screen.getByLabelText('New port'), '70000');
    await user.click(screen.getByRole('button', { name: 'Add port' }));
    expect(screen.getByLabelText('New port')).toHaveAccessibleDescription(
      '70000 is out of range: a port is 1–65535',
    );
    expect(text()).toBe(anatomy);
  });

  it('changes a port number in place', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    const port = screen.getByLabelText('Port http');
    await user.clear(port);
    await user.type(port, '9090{Enter}');
    expect(text()).toBe(anatomy.replace('containerPort: 8080', 'containerPort: 9090'));
    // The row stays, and so does the focus.
    expect(screen.getByLabelText('Port http')).toHaveFocus();
  });

  it('adds a named UDP port, and removes a port', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    await user.type(screen.getByLabelText('New port'), '9100');
    await user.type(screen.getByLabelText('New port name'), 'metrics');
    await user.selectOptions(screen.getByLabelText('New port protocol'), 'UDP');
    await user.click(screen.getByRole('button', { name: 'Add port' }));
    expect(text()).toContain(
      '        - containerPort: 8080\n          name: http\n        - containerPort: 9100\n          name: metrics\n          protocol: UDP\n',
    );
    expect(screen.getByLabelText('New port')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Remove port http' }));
    expect(text()).not.toContain('8080');
  });

  it('refuses a port the main container already binds, in a sidecar', async () => {
    const { user, text } = renderInspector(['container:log-shipper']);
    await user.type(screen.getByLabelText('New port'), '8080{Enter}');
    expect(screen.getByLabelText('New port')).toHaveAccessibleDescription(
      'api-server already binds 8080: containers of a Pod share one network, so their ports must differ',
    );
    expect(text()).toBe(anatomy);
  });

  it('checks port names as IANA service names, unique in the container', async () => {
    const { user } = renderInspector(['container:api-server']);
    const name = screen.getByLabelText('New port name');
    await user.type(name, 'http');
    expect(name).toHaveAccessibleDescription('"http" already names a port here');
    await user.clear(name);
    await user.type(name, 'my--metrics');
    expect(name).toHaveAccessibleDescription(`"my--metrics" cannot hold '--'`);
  });
});

describe('Inspector: environment', () => {
  it('adds, edits and removes a variable', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    await user.type(screen.getByLabelText('New variable name'), 'LOG_LEVEL');
    await user.type(screen.getByLabelText('New variable value'), 'debug{Enter}');
    expect(text()).toContain('      env:\n        - name: LOG_LEVEL\n          value: debug\n');
    const value = screen.getByLabelText('Value of LOG_LEVEL');
    await user.clear(value);
    await user.type(value, 'info');
    await user.tab();
    expect(text()).toContain('          value: info\n');
    await user.click(screen.getByRole('button', { name: 'Remove variable LOG_LEVEL' }));
    expect(text()).toBe(anatomy);
  });

  it('removes the row whose × was clicked when a name is set twice, with its comment', async () => {
    const pod = `apiVersion: v1
kind: Pod
metadata:
  name: twice
spec:
  containers:
    - name: app
      image: busybox:1.36
      env:
        # first FOO
        - name: FOO
          value: a
        - name: BAR
          value: b
        # second FOO
        - name: FOO
          value: c
`;
    const { user, text } = renderInspector(['container:app'], pod);
    const remove = screen.getAllByRole('button', { name: 'Remove variable FOO' });
    expect(remove).toHaveLength(2);
    await user.click(remove[1]!);
    expect(text()).toBe(
      pod.replace('        # second FOO\n        - name: FOO\n          value: c\n', ''),
    );
  });

  it('adds a variable read from a Secret key, and one from a Pod field', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    await user.type(screen.getByLabelText('New variable name'), 'DB_PASSWORD');
    await user.selectOptions(
      screen.getByLabelText('New variable takes its value from'),
      'secretKeyRef',
    );
    await user.type(screen.getByLabelText('New variable Secret'), 'db');
    await user.type(screen.getByLabelText('New variable key'), 'password{Enter}');
    expect(text()).toMatch(
      /env:\n\s+- name: DB_PASSWORD\n\s+valueFrom:\n\s+secretKeyRef:\n\s+name: db\n\s+key: password\n/,
    );
    expect(screen.getByLabelText('DB_PASSWORD comes from')).toHaveValue(
      'secretKeyRef:\n  name: db\n  key: password',
    );

    await user.type(screen.getByLabelText('New variable name'), 'POD_IP');
    await user.selectOptions(
      screen.getByLabelText('New variable takes its value from'),
      'fieldRef',
    );
    await user.selectOptions(screen.getByLabelText('New variable Pod field'), 'status.podIP');
    await user.click(screen.getByRole('button', { name: 'Add variable' }));
    expect(text()).toMatch(
      /- name: POD_IP\n\s+valueFrom:\n\s+fieldRef:\n\s+fieldPath: status.podIP\n/,
    );
  });

  it('adds a ConfigMap to envFrom', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    await user.selectOptions(screen.getByLabelText('New source kind'), 'configMapRef');
    await user.type(screen.getByLabelText('New source name'), 'api-config');
    await user.click(screen.getByRole('button', { name: 'Add source' }));
    expect(text()).toMatch(/envFrom:\n\s+- configMapRef:\n\s+name: api-config\n/);
    expect(screen.getByLabelText('Source 1 name')).toHaveValue('api-config');
  });
});

describe('Inspector: probes', () => {
  const probed = `apiVersion: v1
kind: Pod
metadata:
  name: probed
spec:
  containers:
    - name: app
      image: busybox:1.36
      startupProbe:
        exec:
          command: ["true"]
        failureThreshold: 30
      livenessProbe:
        failureThreshold: 3
`;

  it('keeps the only command of an exec probe, saying why, and shows a probe it cannot edit as Other', async () => {
    const { user, text } = renderInspector(['container:app'], probed);
    const startup = screen.getByRole('group', { name: 'Startup probe' });
    await user.click(within(startup).getByRole('button', { name: 'Remove command item 1' }));
    expect(text()).toBe(probed);
    expect(
      within(startup).getByText(
        'An exec probe runs a command: change this item, or choose the type None to remove the probe.',
      ),
    ).toBeVisible();

    // No handler the form knows: "Other", and None then removes the probe.
    const liveness = screen.getByRole('group', { name: 'Liveness probe' });
    const type = within(liveness).getByLabelText('Type');
    expect(type).toHaveDisplayValue('Other (edit in YAML)');
    await user.selectOptions(type, 'None');
    expect(text()).toBe(probed.replace('      livenessProbe:\n        failureThreshold: 3\n', ''));
  });

  it('adds a liveness probe and sets its path and period', async () => {
    const { user, text } = renderInspector(['container:api-server']);
    const liveness = screen.getByRole('group', { name: 'Liveness probe' });
    await user.selectOptions(within(liveness).getByLabelText('Type'), 'httpGet');
    expect(text()).toContain(
      '      livenessProbe:\n        httpGet:\n          path: /\n          port: 8080\n',
    );
    const path = within(liveness).getByLabelText('Path');
    await user.clear(path);
    await user.type(path, '/healthz{Enter}');
    await user.type(within(liveness).getByLabelText('Period (s)'), '5{Enter}');
    expect(text()).toContain(
      '          path: /healthz\n          port: 8080\n        periodSeconds: 5\n',
    );

    const port = within(liveness).getByLabelText('Port');
    expect(port).toHaveAccessibleDescription('A number or a name');
    await user.clear(port);
    await user.type(port, 'Http');
    expect(port).toBeInvalid();
    await user.clear(port);
    await user.type(port, 'http{Enter}');
    expect(text()).toContain('          port: http\n');

    await user.selectOptions(within(liveness).getByLabelText('Type'), '');
    expect(text()).toBe(anatomy);
  });

  it('gives init containers no probes', () => {
    renderInspector(['container:init-migrate']);
    expect(screen.queryByRole('heading', { name: 'Probes' })).toBeNull();
  });
});
