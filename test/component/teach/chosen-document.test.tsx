import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { DocumentPicker } from '../../../renderer/app/DocumentPicker';
import { SimulationPanel } from '../../../renderer/teach/SimulationPanel';
import { anatomy, renderTeach } from './helpers';
import crashLoop from '../../fixtures/cluster/crash-loop-pod.yaml?raw';

/** A file of several documents: two Pod documents and a Deployment among others. */
const FILE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
---
apiVersion: v1
kind: Secret
metadata:
  name: token
stringData:
  token: abc
---
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
    - name: log-shipper
      image: fluent/fluent-bit:3.0
---
apiVersion: v1
kind: Service
metadata:
  name: web-svc
spec:
  selector:
    app: web
  ports:
    - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-deploy
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: server
          image: nginx:1.27
---
apiVersion: v1
kind: Pod
metadata:
  name: worker
spec:
  containers:
    - name: job
      image: busybox:1.36
`;

const kubectlStatus = () =>
  screen.getByRole('status', { name: 'kubectl get pods' }).textContent ?? '';
const picker = () => screen.getByRole('combobox', { name: 'Document' });

function renderFile() {
  return renderTeach(
    <>
      <DocumentPicker />
      <SimulationPanel />
    </>,
    { text: FILE, mode: 'simulate' },
  );
}

describe('the simulation of a file of several documents', () => {
  it('simulates the document chosen in the picker, from its start', async () => {
    const { teach, user } = renderFile();
    expect(picker()).toHaveDisplayValue('3. Pod web');
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(kubectlStatus()).toMatch(/\nweb\s+2\/2\s+Running\s/);

    await user.selectOptions(picker(), '5. Deployment web-deploy');
    // The Deployment's Pod, from its creation: not web's, not at web's moment.
    expect(teach.getState().time).toBe(0);
    expect(kubectlStatus()).toMatch(/\nweb-deploy-7c9d8f5b6d-x7k2p\s+0\/1\s+Pending\s/);
    expect(kubectlStatus()).not.toMatch(/\nweb\s/);
    expect(screen.getByRole('region', { name: 'Rolling update' })).toBeInTheDocument();
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(kubectlStatus()).toMatch(/\nweb-deploy-7c9d8f5b6d-x7k2p\s+1\/1\s+Running\s/);

    await user.click(screen.getByRole('button', { name: 'Restart' }));
    expect(kubectlStatus()).toMatch(/\nweb-deploy-7c9d8f5b6d-x7k2p\s+0\/1\s+Pending\s/);

    // And back: web again, and then the last Pod.
    await user.selectOptions(picker(), '3. Pod web');
    expect(kubectlStatus()).toMatch(/\nweb\s+0\/2\s+Pending\s/);
    expect(screen.queryByRole('region', { name: 'Rolling update' })).toBeNull();
    await user.selectOptions(picker(), '6. Pod worker');
    expect(kubectlStatus()).toMatch(/\nworker\s+0\/1\s+Pending\s/);
  });

  it('starts the chosen document at the default scenario: the scenario was the other Pod’s', async () => {
    const { teach, user } = renderFile();
    teach.getState().setScenario('app-crash', 'log-shipper');
    teach.getState().setTime(20);
    expect(teach.getState().run?.podName).toBe('web');

    await user.selectOptions(picker(), '5. Deployment web-deploy');
    expect(teach.getState()).toMatchObject({ scenarioKind: 'healthy', target: null, time: 0 });
    expect(teach.getState().run?.podName).toBe('web-deploy-7c9d8f5b6d-x7k2p');
    expect(teach.getState().run?.pod.containers.map((c) => c.name)).toEqual(['server']);
  });

  it('keeps the scenario and the moment while the chosen document is edited', () => {
    const { pod, teach } = renderFile();
    teach.getState().setScenario('app-crash');
    teach.getState().setTime(5);
    // A document typed before the chosen one: the same Pod, now the fourth document.
    pod
      .getState()
      .setText(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\n${FILE}`, 'yaml');
    expect(teach.getState()).toMatchObject({ scenarioKind: 'app-crash', time: 5 });
    expect(teach.getState().run?.podName).toBe('web');
  });

  it('takes the choice made while not simulating', async () => {
    const { teach, user } = renderTeach(
      <>
        <DocumentPicker />
        <SimulationPanel />
      </>,
      { text: FILE, mode: 'simulate' },
    );
    act(() => teach.getState().setScenario('app-crash'));
    act(() => teach.getState().setMode('edit'));
    await user.selectOptions(picker(), '6. Pod worker');
    act(() => teach.getState().setMode('simulate'));
    expect(teach.getState().scenarioKind).toBe('healthy');
    expect(kubectlStatus()).toMatch(/\nworker\s+0\/1\s+Pending\s/);
  });

  it('offers a recorded status only for the document that records it', async () => {
    const worker = FILE.slice(
      FILE.lastIndexOf('apiVersion: v1\nkind: Pod\nmetadata:\n  name: worker'),
    );
    const { teach, user } = renderTeach(
      <>
        <DocumentPicker />
        <SimulationPanel />
      </>,
      { text: `${crashLoop}---\n${worker}`, mode: 'simulate' },
    );
    const fromStatus = () =>
      screen.queryByRole('checkbox', { name: 'Start from the recorded status' });
    await user.click(fromStatus()!);
    expect(teach.getState().run?.recorded?.ok).toBe(true);

    await user.selectOptions(picker(), '2. Pod worker');
    expect(teach.getState()).toMatchObject({ recorded: null, fromStatus: false });
    expect(fromStatus()).toBeNull();
    expect(kubectlStatus()).toMatch(/\nworker\s+0\/1\s+Pending\s/);

    await user.selectOptions(picker(), '1. Pod web');
    expect(fromStatus()).not.toBeChecked();
    expect(kubectlStatus()).toMatch(/\nweb\s+0\/2\s+Pending\s/);
  });

  it('starts another Deployment’s rolling update from its beginning', async () => {
    const deployment = FILE.slice(FILE.indexOf('apiVersion: apps/v1'), FILE.lastIndexOf('---'));
    const other = deployment.replace('web-deploy', 'api-deploy').replace('server', 'api');
    const { user } = renderTeach(
      <>
        <DocumentPicker />
        <SimulationPanel />
      </>,
      { text: `${deployment}---\n${other}`, mode: 'simulate' },
    );
    const rollout = () => screen.getByRole('slider', { name: 'Rollout time' });
    const ready = () =>
      screen.getByRole('checkbox', { name: 'New Pods pass their readiness probe' });
    await user.click(ready());
    fireEvent.change(rollout(), { target: { value: '20' } });
    expect(rollout()).toHaveValue('20');

    await user.selectOptions(picker(), '2. Deployment api-deploy');
    expect(screen.getByRole('heading', { name: /deployment\/api-deploy/ })).toBeInTheDocument();
    expect(rollout()).toHaveValue('0');
    expect(ready()).toBeChecked();
  });
});

describe('the target of a scenario', () => {
  const target = () => screen.getByRole('combobox', { name: /Target/ });

  it('follows its container renamed in the YAML, key by key, and keeps the moment', () => {
    const { pod, teach } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    act(() => {
      teach.getState().setScenario('app-crash', 'log-shipper');
      teach.getState().setTime(60);
    });
    const before = teach.getState().run!.end;
    for (const name of ['log-shippe', 'log-shipp', 'shipper']) {
      act(() => pod.getState().setText(anatomy.replace(/log-shipper\b/g, name), 'yaml'));
    }
    expect(teach.getState()).toMatchObject({ target: 'shipper', time: 60 });
    expect(target()).toHaveDisplayValue('shipper');
    // Still the crash loop, not a healthy run of a Pod whose target is gone.
    expect(teach.getState().run!.end).toBe(before);
  });

  it('is not taken by a container added or removed meanwhile', () => {
    const { pod, teach } = renderTeach(<SimulationPanel />, { mode: 'simulate' });
    act(() => teach.getState().setScenario('app-crash', 'log-shipper'));
    act(() => {
      expect(pod.getState().edit({ type: 'removeContainer', name: 'log-shipper' })).toBe(true);
      expect(pod.getState().edit({ type: 'addContainer', role: 'sidecar' })).toBe(true);
    });
    expect(teach.getState().target).toBe('log-shipper');
  });
});
