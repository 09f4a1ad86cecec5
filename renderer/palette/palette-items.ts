import type { PodEdit, PodView, VolumeSourceSpec } from '../../shared';
import { uniqueName } from '../../shared/manifest/names';

export type PaletteGroup = 'Containers' | 'Volumes' | 'Sidecar patterns';

export interface PaletteItem {
  id: string;
  label: string;
  hint: string;
  group: PaletteGroup;
  /** The edits that add the item to `view`, applied as one change (one undo step). */
  edits: (view: PodView | null) => PodEdit[];
}

/** Names already used by containers, or by volumes, in the Pod. */
function taken(view: PodView | null, kind: 'containers' | 'volumes'): string[] {
  return (view?.[kind] ?? []).map((item) => item.name);
}

function free(view: PodView | null, kind: 'containers' | 'volumes', base: string): string {
  const used = taken(view, kind);
  return used.includes(base) ? uniqueName(base, used) : base;
}

/** Adds a volume named `base` (numbered `base-1`, `base-2`… when `numbered` or taken). */
function volume(
  view: PodView | null,
  base: string,
  source: VolumeSourceSpec,
  numbered = false,
): [string, PodEdit[]] {
  const name = numbered ? uniqueName(base, taken(view, 'volumes')) : free(view, 'volumes', base);
  return [
    name,
    [
      { type: 'addVolume', name },
      { type: 'setVolumeSource', name, source },
    ],
  ];
}

/** Mounts `volume` in the main container too, when there is one, so the pattern is wired up. */
function mountInMain(
  view: PodView | null,
  volumeName: string,
  mountPath: string,
  readOnly: boolean,
): PodEdit[] {
  const main = view?.containers.find((c) => c.name === view.mainContainer);
  if (!main) return [];
  const used = main.mounts.map((m) => m.mountPath);
  const path = used.includes(mountPath) ? uniqueName(mountPath, used) : mountPath;
  return [
    { type: 'addMount', container: main.name, volume: volumeName, mountPath: path, readOnly },
  ];
}

function volumeItem(
  id: string,
  label: string,
  hint: string,
  base: string,
  source: VolumeSourceSpec,
): PaletteItem {
  return {
    id,
    label,
    hint,
    group: 'Volumes',
    edits: (view) => volume(view, base, source, true)[1],
  };
}

/** A pattern's sidecar: added with its image, arguments and modest resources. */
function sidecar(name: string, image: string, args: string[]): PodEdit[] {
  return [
    { type: 'addContainer', role: 'sidecar', name, image },
    { type: 'setField', target: { container: name }, path: ['args'], value: args },
    {
      type: 'setField',
      target: { container: name },
      path: ['resources'],
      value: SIDECAR_RESOURCES,
    },
  ];
}

const SIDECAR_RESOURCES = {
  requests: { cpu: '50m', memory: '64Mi' },
  limits: { memory: '128Mi' },
};

/** What each palette item adds. Names are made unique in the Pod they are added to. */
export const PALETTE_ITEMS: readonly PaletteItem[] = [
  {
    id: 'container',
    label: 'Container',
    hint: 'An app container; the first is the main one',
    group: 'Containers',
    edits: () => [{ type: 'addContainer', role: 'app' }],
  },
  {
    id: 'init',
    label: 'Init container',
    hint: 'Runs to completion before the app starts',
    group: 'Containers',
    edits: () => [{ type: 'addContainer', role: 'init' }],
  },
  {
    id: 'sidecar',
    label: 'Sidecar',
    hint: 'A helper beside the main container',
    group: 'Containers',
    edits: () => [{ type: 'addContainer', role: 'sidecar' }],
  },
  {
    id: 'native-sidecar',
    label: 'Native sidecar',
    hint: 'An init container with restartPolicy: Always (Kubernetes 1.29+)',
    group: 'Containers',
    edits: () => [{ type: 'addContainer', role: 'native-sidecar' }],
  },
  volumeItem(
    'volume',
    'Volume',
    'An emptyDir volume, shared by the containers that mount it',
    'volume',
    {
      kind: 'emptyDir',
    },
  ),
  volumeItem('memory-volume', 'Memory volume', 'An emptyDir in RAM (tmpfs), for secrets', 'tmpfs', {
    kind: 'emptyDir',
    medium: 'Memory',
  }),
  volumeItem(
    'configmap-volume',
    'ConfigMap volume',
    'Configuration files from a ConfigMap',
    'config',
    {
      kind: 'configMap',
      name: 'app-config',
    },
  ),
  volumeItem('secret-volume', 'Secret volume', 'Files from a Secret', 'secret', {
    kind: 'secret',
    secretName: 'app-secret',
  }),
  volumeItem('pvc-volume', 'PersistentVolumeClaim', 'Storage that outlives the Pod', 'data', {
    kind: 'persistentVolumeClaim',
    claimName: 'app-data',
  }),
  volumeItem(
    'hostpath-volume',
    'hostPath volume',
    "A path on the Node's disk: use with care",
    'host',
    {
      kind: 'hostPath',
      path: '/var/lib/app',
      type: 'DirectoryOrCreate',
    },
  ),
  volumeItem(
    'projected-volume',
    'Projected volume',
    'Several sources in one directory',
    'projected',
    {
      kind: 'projected',
      sources: [
        { serviceAccountToken: { path: 'token', expirationSeconds: 3600 } },
        { configMap: { name: 'app-config' } },
      ],
    },
  ),
  {
    id: 'log-shipper',
    label: 'Log shipper',
    hint: 'Promtail tails the app’s logs from a shared volume, read-only',
    group: 'Sidecar patterns',
    edits: (view) => {
      const existing = view?.volumes.find((v) => v.name === 'app-logs' && v.source === 'emptyDir');
      const [logs, volumeEdits] = existing
        ? [existing.name, []]
        : volume(view, 'app-logs', { kind: 'emptyDir' });
      // The configuration its command names comes from a ConfigMap, as in the lesson's Pod:
      // the Pod's own promtail-config volume when it has one.
      const hasConfig = view?.volumes.find(
        (v) => v.name === 'promtail-config' && v.source === 'configMap',
      );
      const [config, configEdits] = hasConfig
        ? [hasConfig.name, []]
        : volume(view, 'promtail-config', { kind: 'configMap', name: 'promtail-config' });
      const name = free(view, 'containers', 'log-shipper');
      const mainMounts = view?.containers
        .find((c) => c.name === view.mainContainer)
        ?.mounts.some((m) => m.volume === logs);
      return [
        ...volumeEdits,
        ...configEdits,
        ...(mainMounts ? [] : mountInMain(view, logs, '/var/log/app', false)),
        ...sidecar(name, 'grafana/promtail:2.9.0', ['-config.file=/etc/promtail/config.yaml']),
        {
          type: 'addMount',
          container: name,
          volume: logs,
          mountPath: '/var/log/app',
          readOnly: true,
        },
        {
          type: 'addMount',
          container: name,
          volume: config,
          mountPath: '/etc/promtail',
          readOnly: true,
        },
      ];
    },
  },
  {
    id: 'proxy',
    label: 'Proxy',
    hint: 'Envoy in front of the app: inbound on 8000, admin on 9901',
    group: 'Sidecar patterns',
    edits: (view) => {
      const name = free(view, 'containers', 'envoy');
      const [config, volumeEdits] = volume(view, 'envoy-config', {
        kind: 'configMap',
        name: 'envoy-config',
      });
      return [
        ...volumeEdits,
        ...sidecar(name, 'envoyproxy/envoy:v1.31.2', ['-c', '/etc/envoy/envoy.yaml']),
        { type: 'addPort', container: name, containerPort: 8000, name: 'proxy' },
        { type: 'addPort', container: name, containerPort: 9901, name: 'envoy-admin' },
        {
          type: 'addMount',
          container: name,
          volume: config,
          mountPath: '/etc/envoy',
          readOnly: true,
        },
      ];
    },
  },
  {
    id: 'secret-sync',
    label: 'Secret sync',
    hint: 'Vault Agent writes secrets to a tmpfs volume the app reads',
    group: 'Sidecar patterns',
    edits: (view) => {
      const name = free(view, 'containers', 'vault-agent');
      const [secrets, volumeEdits] = volume(view, 'vault-secrets', {
        kind: 'emptyDir',
        medium: 'Memory',
      });
      return [
        ...volumeEdits,
        ...sidecar(name, 'hashicorp/vault:1.17', ['agent', '-config=/vault/config/agent.hcl']),
        { type: 'addMount', container: name, volume: secrets, mountPath: '/vault/secrets' },
        ...mountInMain(view, secrets, '/vault/secrets', true),
      ];
    },
  },
];

/** The drag-and-drop payload type for palette items. */
export const PALETTE_MIME = 'application/x-pod-builder-item';

export function paletteItem(id: string): PaletteItem | undefined {
  return PALETTE_ITEMS.find((item) => item.id === id);
}
