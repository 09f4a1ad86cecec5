import type { PathKey } from '../nodes';
import { asList, asMap } from '../references';

export { asList, asMap };

/**
 * What the API server fills in when a field is left out, and what admission plugins add: the
 * values `kubectl get -o yaml` shows that nobody wrote. Each is removed only where it holds
 * exactly this value; any other value was chosen by someone and stays.
 */

type Plain = Record<string, unknown>;

/** Reports a field to remove: its path, the value it holds, and how far up an emptied parent goes. */
export type Add = (path: PathKey[], value: unknown, keep: number) => void;

export function isEmptyMap(value: unknown): boolean {
  const map = asMap(value);
  return map !== null && Object.keys(map).length === 0;
}

/**
 * The pull policy the API server gives a container that names none: `Always` for an image
 * without a tag or tagged `latest`, else `IfNotPresent` (a digest counts as pinned).
 */
export function derivedPullPolicy(image: unknown): string | null {
  if (typeof image !== 'string' || image === '') return null;
  if (image.includes('@')) return 'IfNotPresent';
  const last = image.slice(image.lastIndexOf('/') + 1);
  const colon = last.lastIndexOf(':');
  const tag = colon < 0 ? '' : last.slice(colon + 1);
  return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

const POD_SPEC_DEFAULTS: Record<string, unknown> = {
  dnsPolicy: 'ClusterFirst',
  enableServiceLinks: true,
  schedulerName: 'default-scheduler',
  preemptionPolicy: 'PreemptLowerPriority',
  terminationGracePeriodSeconds: 30,
  serviceAccountName: 'default',
};

const PROBE_DEFAULTS: Record<string, unknown> = {
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
};

const CONTAINER_LISTS = ['initContainers', 'containers'] as const;

/** The service-account token volume the ServiceAccount admission plugin adds to every Pod. */
export const TOKEN_VOLUME = /^kube-api-access-[a-z0-9]+$/;

/** The tolerations the DefaultTolerationSeconds admission plugin adds. */
function isAddedToleration(value: unknown): boolean {
  const t = asMap(value);
  return (
    t !== null &&
    Object.keys(t).length === 4 &&
    t.effect === 'NoExecute' &&
    t.operator === 'Exists' &&
    t.tolerationSeconds === 300 &&
    (t.key === 'node.kubernetes.io/not-ready' || t.key === 'node.kubernetes.io/unreachable')
  );
}

function equalsAt(map: Plain | null, key: string, value: unknown): boolean {
  return map !== null && Object.hasOwn(map, key) && map[key] === value;
}

/** `scheme: HTTP` of an httpGet handler, and the probe timing defaults. */
function handlerDefaults(handler: unknown, path: PathKey[], add: Add, keep: number): void {
  const get = asMap(asMap(handler)?.httpGet);
  if (equalsAt(get, 'scheme', 'HTTP')) add([...path, 'httpGet', 'scheme'], 'HTTP', keep);
}

function containerDefaults(container: Plain, path: PathKey[], add: Add, token: Set<string>): void {
  const keep = path.length;
  if (equalsAt(container, 'terminationMessagePath', '/dev/termination-log')) {
    add([...path, 'terminationMessagePath'], container.terminationMessagePath, keep);
  }
  if (equalsAt(container, 'terminationMessagePolicy', 'File')) {
    add([...path, 'terminationMessagePolicy'], 'File', keep);
  }
  const derived = derivedPullPolicy(container.image);
  if (derived !== null && equalsAt(container, 'imagePullPolicy', derived)) {
    add([...path, 'imagePullPolicy'], derived, keep);
  }
  if (isEmptyMap(container.resources)) add([...path, 'resources'], {}, keep);
  // Requests left out default to the limits: the copy changes nothing the scheduler sees.
  const limits = asMap(asMap(container.resources)?.limits);
  const requests = asMap(asMap(container.resources)?.requests);
  for (const [name, value] of Object.entries(requests ?? {})) {
    if (typeof value === 'string' && limits?.[name] === value) {
      add([...path, 'resources', 'requests', name], value, keep + 1);
    }
  }
  asList(container.ports).forEach((port, i) => {
    if (equalsAt(asMap(port), 'protocol', 'TCP')) {
      add([...path, 'ports', i, 'protocol'], 'TCP', keep + 3);
    }
  });
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    const body = asMap(container[probe]);
    if (!body) continue;
    for (const [key, value] of Object.entries(PROBE_DEFAULTS)) {
      if (equalsAt(body, key, value)) add([...path, probe, key], value, keep + 1);
    }
    handlerDefaults(body, [...path, probe], add, keep + 1);
  }
  for (const hook of ['postStart', 'preStop']) {
    const body = asMap(asMap(container.lifecycle)?.[hook]);
    if (body) handlerDefaults(body, [...path, 'lifecycle', hook], add, keep + 2);
  }
  asList(container.env).forEach((env, i) => {
    const ref = asMap(asMap(asMap(env)?.valueFrom)?.fieldRef);
    if (equalsAt(ref, 'apiVersion', 'v1')) {
      add([...path, 'env', i, 'valueFrom', 'fieldRef', 'apiVersion'], 'v1', keep + 4);
    }
  });
  asList(container.volumeMounts).forEach((mount, i) => {
    const name = asMap(mount)?.name;
    if (typeof name === 'string' && token.has(name)) add([...path, 'volumeMounts', i], mount, keep);
  });
}

/** `fieldRef.apiVersion: v1` in downwardAPI items. */
function downwardDefaults(source: unknown, path: PathKey[], add: Add, keep: number): void {
  asList(asMap(source)?.items).forEach((item, i) => {
    if (equalsAt(asMap(asMap(item)?.fieldRef), 'apiVersion', 'v1')) {
      add([...path, 'items', i, 'fieldRef', 'apiVersion'], 'v1', keep);
    }
  });
}

function volumeDefaults(volume: Plain, path: PathKey[], add: Add): void {
  const keep = path.length + 1;
  for (const kind of ['configMap', 'secret', 'downwardAPI', 'projected']) {
    const source = asMap(volume[kind]);
    if (equalsAt(source, 'defaultMode', 420)) add([...path, kind, 'defaultMode'], 420, keep);
  }
  downwardDefaults(volume.downwardAPI, [...path, 'downwardAPI'], add, keep);
  asList(asMap(volume.projected)?.sources).forEach((source, s) => {
    const at = [...path, 'projected', 'sources', s, 'downwardAPI'];
    downwardDefaults(asMap(source)?.downwardAPI, at, add, keep + 3);
  });
  if (equalsAt(asMap(volume.hostPath), 'type', '')) add([...path, 'hostPath', 'type'], '', keep);
}

/** The Pod spec's defaults and admission additions: `restartDefault` is false for Jobs. */
export function podSpecDefaults(
  spec: Plain,
  specPath: readonly PathKey[],
  restartDefault: boolean,
  add: Add,
  admission: Add,
): void {
  const base = [...specPath];
  const keep = base.length;
  for (const [key, value] of Object.entries(POD_SPEC_DEFAULTS)) {
    if (equalsAt(spec, key, value)) add([...base, key], value, keep);
  }
  if (restartDefault && equalsAt(spec, 'restartPolicy', 'Always')) {
    add([...base, 'restartPolicy'], 'Always', keep);
  }
  if (isEmptyMap(spec.securityContext)) add([...base, 'securityContext'], {}, keep);
  // The deprecated mirror of serviceAccountName, which the API server keeps in step.
  const account = spec.serviceAccountName ?? 'default';
  if (equalsAt(spec, 'serviceAccount', account)) add([...base, 'serviceAccount'], account, keep);
  // Resolved from the priority class (0 without one) by the Priority admission plugin.
  if (typeof spec.priority === 'number') admission([...base, 'priority'], spec.priority, keep);
  asList(spec.tolerations).forEach((toleration, i) => {
    if (isAddedToleration(toleration)) admission([...base, 'tolerations', i], toleration, keep);
  });
  const token = new Set<string>();
  asList(spec.volumes).forEach((raw, v) => {
    const volume = asMap(raw);
    if (!volume) return;
    const path = [...base, 'volumes', v];
    if (typeof volume.name === 'string' && TOKEN_VOLUME.test(volume.name) && volume.projected) {
      token.add(volume.name);
      admission(path, volume, keep);
      return;
    }
    volumeDefaults(volume, path, add);
  });
  for (const list of CONTAINER_LISTS) {
    asList(spec[list]).forEach((raw, c) => {
      const container = asMap(raw);
      if (!container) return;
      const path = [...base, list, c];
      containerDefaults(
        container,
        path,
        (p, value, k) => {
          // A token mount goes with its volume: it is the admission plugin's, not a default.
          if (p.at(-2) === 'volumeMounts') admission(p, value, k);
          else add(p, value, k);
        },
        token,
      );
    });
  }
}

/** A Deployment's own defaults: its rollout settings as the API server writes them. */
export function deploymentDefaults(spec: Plain, add: Add): void {
  if (equalsAt(spec, 'progressDeadlineSeconds', 600)) {
    add(['spec', 'progressDeadlineSeconds'], 600, 1);
  }
  if (equalsAt(spec, 'revisionHistoryLimit', 10)) add(['spec', 'revisionHistoryLimit'], 10, 1);
  const strategy = asMap(spec.strategy);
  const rolling = asMap(strategy?.rollingUpdate);
  const isDefault =
    strategy !== null &&
    Object.keys(strategy).length === 2 &&
    strategy.type === 'RollingUpdate' &&
    rolling !== null &&
    Object.keys(rolling).length === 2 &&
    rolling.maxSurge === '25%' &&
    rolling.maxUnavailable === '25%';
  if (isDefault) add(['spec', 'strategy'], strategy, 1);
}
