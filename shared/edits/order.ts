/**
 * The order in which Kubernetes' own examples write keys. A key the editor adds goes before the
 * first existing key that comes later in this order, so `initContainers` lands above
 * `containers` and `volumeMounts` below `ports`; keys not listed here are appended.
 */
export const CONTAINER_KEYS = [
  'name',
  'image',
  'imagePullPolicy',
  'restartPolicy',
  'command',
  'args',
  'workingDir',
  'ports',
  'envFrom',
  'env',
  'resources',
  'volumeMounts',
  'volumeDevices',
  'startupProbe',
  'livenessProbe',
  'readinessProbe',
  'lifecycle',
  'securityContext',
  'stdin',
  'stdinOnce',
  'tty',
  'terminationMessagePath',
  'terminationMessagePolicy',
] as const;

export const POD_SPEC_KEYS = [
  'hostname',
  'subdomain',
  'serviceAccountName',
  'automountServiceAccountToken',
  'priorityClassName',
  'nodeName',
  'shareProcessNamespace',
  'hostNetwork',
  'dnsPolicy',
  'securityContext',
  'initContainers',
  'containers',
  'ephemeralContainers',
  'volumes',
  'restartPolicy',
  'terminationGracePeriodSeconds',
  'nodeSelector',
  'affinity',
  'tolerations',
  'topologySpreadConstraints',
] as const;

export const METADATA_KEYS = [
  'name',
  'generateName',
  'namespace',
  'labels',
  'annotations',
] as const;

export const POD_KEYS = ['apiVersion', 'kind', 'metadata', 'spec'] as const;

export const MOUNT_KEYS = [
  'name',
  'mountPath',
  'subPath',
  'subPathExpr',
  'readOnly',
  'mountPropagation',
] as const;

export const VOLUME_KEYS = ['name'] as const;
