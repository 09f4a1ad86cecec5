import { describe, expect, it } from 'vitest';
import { fireEvent, within } from '@testing-library/react';
import { anatomy, renderInspector, replaced, screen } from './helpers';

describe('Inspector: the Pod', () => {
  it('shows the Pod when nothing, or several things, are selected', () => {
    renderInspector([]);
    expect(screen.getByRole('heading', { name: 'Pod api-server' })).toBeInTheDocument();
  });

  it('shows the Pod for several selected things', () => {
    renderInspector(['container:api-server', 'volume:app-logs']);
    expect(screen.getByRole('heading', { name: 'Pod api-server' })).toBeInTheDocument();
  });

  it('renames the Pod and sets a namespace', async () => {
    const { user, text } = renderInspector();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'api_server');
    expect(name).toHaveAccessibleDescription(/must be lower-case letters, digits, '-' and '.'/);
    await user.clear(name);
    await user.type(name, 'api-v2{Enter}');
    await user.type(screen.getByLabelText('Namespace'), 'shop{Enter}');
    expect(text()).toContain('metadata:\n  name: api-v2\n  namespace: shop\n  labels:');
  });

  it('says when a label changed leaves a Service of the file without the Pod', async () => {
    const service =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: front\nspec:\n  selector:\n    app: api\n' +
      '  ports:\n    - port: 80\n---\n';
    const { store, user } = renderInspector([], service + anatomy, 1);
    const labels = screen.getByRole('group', { name: 'Labels' });
    const value = within(labels).getByLabelText('Value of app');
    await user.clear(value);
    await user.type(value, 'shop{Enter}');
    expect(store.getState().text).toContain('  labels:\n    app: shop\n');
    expect(store.getState().notice).toEqual({
      kind: 'info',
      message:
        "Service front no longer selects this Pod: its selector (app: api) does not match the Pod's labels.",
    });
    // Back as it was: the Service selects it again, and nothing more is said.
    await user.clear(value);
    await user.type(value, 'api{Enter}');
    expect(store.getState().notice).toBeNull();
  });

  it('edits labels: value, key and new rows', async () => {
    const { user, text } = renderInspector();
    const labels = screen.getByRole('group', { name: 'Labels' });
    const value = within(labels).getByLabelText('Value of app');
    await user.clear(value);
    await user.type(value, 'shop{Enter}');
    expect(text()).toBe(replaced(anatomy, 'app: api', 'app: shop'));

    await user.type(within(labels).getByLabelText('New label key'), 'tier');
    await user.type(within(labels).getByLabelText('New label value'), 'backend{Enter}');
    expect(text()).toContain('  labels:\n    app: shop\n    tier: backend\n');

    const key = within(labels).getByLabelText('Key of tier');
    await user.clear(key);
    await user.type(key, 'app');
    expect(key).toHaveAccessibleDescription('"app" is already set');
    await user.clear(key);
    await user.type(key, 'layer{Enter}');
    expect(text()).toContain('  labels:\n    app: shop\n    layer: backend\n');

    await user.click(within(labels).getByRole('button', { name: 'Remove label layer' }));
    expect(text()).toBe(replaced(anatomy, 'app: api', 'app: shop'));
  });

  it('renames a label key where it stands, with its comment and its value as written', async () => {
    const before = replaced(
      anatomy,
      '  labels:\n    app: api\n',
      '  labels:\n    app: api   # the Service selects on it\n    version: "1.10"\n',
    );
    const { user, text } = renderInspector([], before);
    const key = within(screen.getByRole('group', { name: 'Labels' })).getByLabelText('Key of app');
    await user.clear(key);
    await user.type(key, 'app.kubernetes.io/name{Enter}');
    expect(text()).toBe(replaced(before, '    app: api ', '    app.kubernetes.io/name: api '));
  });

  it('refuses a label value with a space', async () => {
    const { user, text } = renderInspector();
    const labels = screen.getByRole('group', { name: 'Labels' });
    await user.type(within(labels).getByLabelText('New label key'), 'team');
    await user.type(within(labels).getByLabelText('New label value'), 'my team{Enter}');
    expect(within(labels).getByLabelText('New label value')).toBeInvalid();
    expect(text()).toBe(anatomy);
  });

  it('sets restart policy, grace period and the security context', async () => {
    const { user, text } = renderInspector();
    await user.selectOptions(screen.getByLabelText('Restart policy'), 'OnFailure');
    expect(text()).toContain('  restartPolicy: OnFailure\n');
    await user.type(screen.getByLabelText('Termination grace period (s)'), '-1');
    expect(screen.getByLabelText('Termination grace period (s)')).toBeInvalid();
    await user.clear(screen.getByLabelText('Termination grace period (s)'));
    await user.type(screen.getByLabelText('Termination grace period (s)'), '60{Enter}');
    expect(text()).toContain('terminationGracePeriodSeconds: 60');
    await user.type(screen.getByLabelText('fsGroup (GID)'), '2000{Enter}');
    await user.selectOptions(screen.getByLabelText('Seccomp profile'), 'RuntimeDefault');
    expect(text()).toContain(
      '  securityContext:\n    fsGroup: 2000\n    seccompProfile:\n      type: RuntimeDefault\n',
    );
  });

  it('adds a node selector row', async () => {
    const { user, text } = renderInspector();
    const selector = screen.getByRole('group', { name: 'Node selector' });
    await user.type(within(selector).getByLabelText('New node selector key'), 'disktype');
    await user.type(within(selector).getByLabelText('New node selector value'), 'ssd');
    await user.click(within(selector).getByRole('button', { name: 'Add' }));
    expect(text()).toContain('  nodeSelector:\n    disktype: ssd\n');
  });

  it('takes tolerations as YAML, and says when it does not parse', async () => {
    const { user, text } = renderInspector();
    const tolerations = screen.getByLabelText('Tolerations');
    fireEvent.change(tolerations, { target: { value: '- key: gpu\n  operator: [Exists' } });
    expect(tolerations).toHaveAccessibleDescription(/^Not valid YAML/);
    await user.click(tolerations);
    await user.tab();
    expect(text()).toBe(anatomy);

    fireEvent.change(tolerations, { target: { value: 'key: gpu' } });
    expect(tolerations).toHaveAccessibleDescription('Expected a list (lines starting with "- ").');

    fireEvent.change(tolerations, {
      target: { value: '- key: gpu\n  operator: Exists\n  effect: NoSchedule' },
    });
    fireEvent.blur(tolerations);
    expect(text()).toContain(
      '  tolerations:\n    - key: gpu\n      operator: Exists\n      effect: NoSchedule\n',
    );
  });

  it('labels a workload template for what it is', () => {
    const deployment = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: web',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: nginx',
      '',
    ].join('\n');
    renderInspector([], deployment);
    expect(screen.getByRole('heading', { name: 'Deployment web' })).toBeInTheDocument();
    expect(screen.getByLabelText('Deployment name')).toHaveValue('web');
    const labels = screen.getByRole('group', { name: 'Pod template labels' });
    expect(within(labels).getByLabelText('Value of app')).toHaveValue('web');
    expect(screen.getByLabelText('Restart policy')).toHaveAccessibleDescription(
      'A Deployment’s Pods must use Always',
    );
  });

  it('says so when the YAML does not parse', () => {
    renderInspector([], 'kind: Pod\nspec: [');
    expect(screen.getByRole('region', { name: 'Inspector' })).toHaveTextContent(
      'The YAML does not parse',
    );
  });
});
