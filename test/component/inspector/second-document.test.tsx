import { describe, expect, it } from 'vitest';
import { within } from '@testing-library/react';
import { anatomy, renderInspector, screen } from './helpers';

/**
 * Two Pods of the same shape in one file, the second chosen in the document picker: every form
 * of the inspector edits the second, and the first stays byte for byte. (Both have containers
 * and a volume of the same names, so an edit that went to the first would still apply there.)
 */
const second = anatomy.replace('  name: api-server\n  labels:', '  name: second\n  labels:');
const file = `${anatomy}---\n${second}`;
const firstPart = `${anatomy}---\n`;

function inSecond(selection: string[]) {
  const rendered = renderInspector(selection, file, 1);
  const secondText = () => {
    const text = rendered.text();
    // The first document, and the separator after it, are as they were.
    expect(text.startsWith(firstPart)).toBe(true);
    return text.slice(firstPart.length);
  };
  return { ...rendered, secondText };
}

describe('Inspector: the second document of a file', () => {
  it('shows the chosen Pod', () => {
    inSecond([]);
    expect(screen.getByRole('heading', { name: 'Pod second' })).toBeInTheDocument();
  });

  it('Pod form: renames a label key and the Pod', async () => {
    const { user, secondText } = inSecond([]);
    const labels = screen.getByRole('group', { name: 'Labels' });
    const key = within(labels).getByLabelText('Key of app');
    await user.clear(key);
    await user.type(key, 'layer{Enter}');
    expect(secondText()).toContain('  labels:\n    layer: api\n');
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'second-v2{Enter}');
    expect(secondText()).toContain('  name: second-v2\n');
  });

  it('container form: sets the image', async () => {
    const { user, secondText } = inSecond(['container:api-server']);
    const image = screen.getByLabelText('Image');
    await user.clear(image);
    await user.type(image, 'my-api:v3{Enter}');
    expect(secondText()).toBe(
      second.replace('image: my-api:v2\n      ports', 'image: my-api:v3\n      ports'),
    );
  });

  it('ports: changes a port number', async () => {
    const { user, secondText } = inSecond(['container:api-server']);
    const port = screen.getByLabelText('Port http');
    await user.clear(port);
    await user.type(port, '9090{Enter}');
    expect(secondText()).toBe(second.replace('containerPort: 8080', 'containerPort: 9090'));
  });

  it('environment: adds a variable and an envFrom source', async () => {
    const { user, secondText } = inSecond(['container:api-server']);
    await user.type(screen.getByLabelText('New variable name'), 'LOG_LEVEL');
    await user.type(screen.getByLabelText('New variable value'), 'debug{Enter}');
    expect(secondText()).toContain(
      '      env:\n        - name: LOG_LEVEL\n          value: debug\n',
    );
    await user.selectOptions(screen.getByLabelText('New source kind'), 'configMapRef');
    await user.type(screen.getByLabelText('New source name'), 'api-config');
    await user.click(screen.getByRole('button', { name: 'Add source' }));
    expect(secondText()).toMatch(/envFrom:\n\s+- configMapRef:\n\s+name: api-config\n/);
  });

  it('probes: adds a liveness probe', async () => {
    const { user, secondText } = inSecond(['container:api-server']);
    const liveness = screen.getByRole('group', { name: 'Liveness probe' });
    await user.selectOptions(within(liveness).getByLabelText('Type'), 'httpGet');
    expect(secondText()).toContain('      livenessProbe:\n        httpGet:\n');
  });

  it('volume form: renames a volume, and its mounts follow in this Pod only', async () => {
    const { user, secondText } = inSecond(['volume:app-logs']);
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'logs{Enter}');
    expect(secondText()).toBe(second.replaceAll('name: app-logs', 'name: logs'));
  });

  it('mount form: sets the mount path', async () => {
    const { user, secondText } = inSecond(['mount:log-shipper:0']);
    const path = screen.getByLabelText('Mount path');
    await user.clear(path);
    await user.type(path, '/logs{Enter}');
    expect(secondText()).toBe(
      second.replace(
        'mountPath: /var/log/app\n          readOnly: true',
        'mountPath: /logs\n          readOnly: true',
      ),
    );
  });
});
