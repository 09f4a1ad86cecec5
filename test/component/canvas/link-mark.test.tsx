import { describe, expect, it } from 'vitest';
import { Profiler } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { LinkMark } from '../../../renderer/canvas/nodes/LinkMark';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - name: settings
          mountPath: /etc/app
        - name: keys
          mountPath: /etc/keys
  volumes:
    - name: settings
      configMap:
        name: app-config
    - name: keys
      secret:
        secretName: app-keys
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  level: info
`;

function renderMarks() {
  const store = createPodStore({ text: pod, fileName: 'web.yaml' });
  const renders = { settings: 0, keys: 0 };
  const count = (id: string) => () => void renders[id as keyof typeof renders]++;
  render(
    <PodStoreProvider store={store}>
      <Profiler id="settings" onRender={count('settings')}>
        <LinkMark volume="settings" nodeId="volume:settings" />
      </Profiler>
      <Profiler id="keys" onRender={count('keys')}>
        <LinkMark volume="keys" nodeId="volume:keys" />
      </Profiler>
    </PodStoreProvider>,
  );
  return { store, renders };
}

describe("a volume's link mark", () => {
  it('shows the object in the file, wherever keys typed above have moved it', () => {
    const { store } = renderMarks();
    const mark = screen.getByRole('button', { name: 'ConfigMap app-config in file: show it' });
    fireEvent.click(mark);
    const at = (text: string) => text.indexOf('app-config', text.indexOf('kind: ConfigMap'));
    expect(store.getState().jump?.offset).toBe(at(pod));
    // A line typed at the top moves the ConfigMap: a click finds where it is now.
    act(() => store.getState().setText(`# web's Pod\n${pod}`, 'yaml'));
    fireEvent.click(mark);
    expect(store.getState().jump?.offset).toBe(at(store.getState().text));
  });

  it('says when the object is not in the file, and selects its volume on a click', () => {
    const { store } = renderMarks();
    fireEvent.click(screen.getByRole('button', { name: 'Secret app-keys not in file' }));
    expect(store.getState().selection).toEqual(['volume:keys']);
  });

  it('is not drawn again by a key typed elsewhere', () => {
    const { store, renders } = renderMarks();
    const before = { ...renders };
    act(() => store.getState().setText(pod.replace('nginx:1.27', 'nginx:1.28'), 'yaml'));
    act(() => store.getState().setText(`# web's Pod\n${store.getState().text}`, 'yaml'));
    expect(renders).toEqual(before);
    // Renaming the ConfigMap the volume names does draw it again.
    act(() =>
      store
        .getState()
        .setText(store.getState().text.replace(/app-config/g, 'app-settings'), 'yaml'),
    );
    expect(screen.getByRole('button', { name: 'ConfigMap app-settings in file: show it' }));
    expect(renders.settings).toBeGreaterThan(before.settings);
  });
});
