/** A position in the manifest text: 1-based line and column, 0-based offsets. */
export interface TextRange {
  from: number;
  to: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  message: string;
  /** 1-based line and column of `range.from`. */
  line: number;
  col: number;
  range: TextRange;
  /** A stable code such as `yaml-syntax`, `duplicate-key`, `no-containers`. */
  code: string;
}

/**
 * Where a container sits in the Pod, as the lesson names it.
 * - `init`: a plain init container (runs to completion, in order, before the app containers);
 * - `native-sidecar`: an init container with `restartPolicy: Always` (keeps running);
 * - `main`: the app container named by `kubectl.kubernetes.io/default-container`, else the first;
 * - `sidecar`: every other app container.
 */
export type ContainerRole = 'init' | 'native-sidecar' | 'main' | 'sidecar';

/** Which list of the Pod spec a container lives in. */
export type ContainerList = 'initContainers' | 'containers';

export interface PortView {
  containerPort: number | null;
  name?: string;
  protocol: string;
}

export interface MountView {
  /** The volume's name, as written in `volumeMounts[].name`. */
  volume: string;
  mountPath: string;
  readOnly: boolean;
  subPath?: string;
  /** Index in the container's `volumeMounts`. */
  index: number;
}

export interface ContainerView {
  /** Its canvas node id: unique, also while another container has the same name. */
  id: string;
  name: string;
  image: string | null;
  role: ContainerRole;
  list: ContainerList;
  /** Index in its list (`containers` or `initContainers`). */
  index: number;
  ports: PortView[];
  mounts: MountView[];
  /** The container's mapping in the text (for selection and problem locations). */
  range: TextRange | null;
}

export type VolumeSource =
  | 'emptyDir'
  | 'configMap'
  | 'secret'
  | 'persistentVolumeClaim'
  | 'hostPath'
  | 'projected'
  | 'downwardAPI'
  | 'other';

/**
 * A StatefulSet's `volumeClaimTemplates` entry. The StatefulSet controller makes one
 * PersistentVolumeClaim per Pod from it, named `<template>-<statefulset>-<ordinal>`, and gives
 * each Pod a `persistentVolumeClaim` volume of the template's name that uses it.
 */
export interface ClaimTemplateView {
  /** `spec.resources.requests.storage`, as written. */
  storage: string | null;
  /** `spec.accessModes`, in order. */
  accessModes: string[];
  storageClassName: string | null;
  /**
   * The claims of the first Pods, in order: `www-web-0`, `www-web-1` (one per replica, at most
   * two; none while `replicas` is 0).
   */
  claims: string[];
  /** True when there are more replicas, so more claims, than `claims` names. */
  moreClaims: boolean;
}

export interface VolumeView {
  /**
   * Its canvas node id: unique, also while another volume has the same name. A claim template
   * has the first id of its name: a Pod volume of the same name is replaced by it.
   */
  id: string;
  name: string;
  source: VolumeSource;
  /** A short human summary of the source: `medium: Memory`, `configMap promtail-config`, … */
  detail: string;
  /** Index in the Pod's `volumes`, or, for a claim template, in `volumeClaimTemplates`. */
  index: number;
  range: TextRange | null;
  /**
   * Set when the volume comes from the StatefulSet's `volumeClaimTemplates`, not from the Pod's
   * `volumes`: in the Pod it is a `persistentVolumeClaim` volume (`source`), one claim per Pod.
   */
  claimTemplate?: ClaimTemplateView;
  /** A Pod volume that a claim template of the same name replaces in every Pod. */
  replacedByClaimTemplate?: true;
}

/** The workload kinds whose Pod template the app edits. */
export type WorkloadKind =
  | 'Pod'
  | 'Deployment'
  | 'ReplicaSet'
  | 'StatefulSet'
  | 'DaemonSet'
  | 'Job'
  | 'CronJob'
  | 'ReplicationController';

/** What the canvas and the inspector read: the Pod spec, in the lesson's terms. */
export interface PodView {
  kind: WorkloadKind;
  /** The object's `metadata.name` (for a workload, the workload's name). */
  name: string | null;
  namespace: string | null;
  /** Path of the Pod spec in the document: `['spec']`, `['spec','template','spec']`, … */
  specPath: readonly string[];
  /** Init containers first, in execution order, then app containers in order. */
  containers: ContainerView[];
  /** The Pod's `volumes`, then a StatefulSet's claim templates (each a volume of every Pod). */
  volumes: VolumeView[];
  restartPolicy: string | null;
  /** Name of the main container, or null when the Pod has no app container. */
  mainContainer: string | null;
}

export interface DocumentSummary {
  index: number;
  kind: string | null;
  name: string | null;
  /** True when the document holds a Pod spec the app can edit (never while it does not parse). */
  editable: boolean;
  /** True when the document holds nothing (`---` left behind, or only comments). */
  empty: boolean;
  range: TextRange;
  /**
   * Errors of a document that no workload's checks find: a kind mistyped (`pod`, `service`), a
   * ConfigMap's value kubectl sends as a number, its syntax errors when it does not parse.
   * kubectl apply refuses the document.
   */
  errors?: readonly Diagnostic[];
  /**
   * Set when the document does not parse while the documents around it do: `errors` says
   * where. Its kind and name are what could be read of it. (When the text does not parse as a
   * whole, the status says so instead.)
   */
  broken?: true;
}

/**
 * - `ok`: the selected document holds a Pod spec, `view` describes it;
 * - `invalid-yaml`: the selected document does not parse, or the text as a whole does not (an
 *   error yaml does not confine to one document); see `diagnostics`. Keep showing the last good
 *   view. Another document that does not parse leaves the selected one as it reads: it is
 *   marked `broken` in `documents`, its errors there and not in `diagnostics`;
 * - `no-pod`: the selected document parses but holds no Pod spec the app can edit
 *   (a Service, a ConfigMap, an empty file, a list…).
 */
export type ParseStatus = 'ok' | 'invalid-yaml' | 'no-pod';

export interface ParsedManifest {
  status: ParseStatus;
  documents: DocumentSummary[];
  /** Index of the document whose Pod is shown (the first editable one unless one is chosen). */
  selected: number | null;
  /**
   * With the status `invalid-yaml`, when what does not parse is the document to show and the
   * errors are its own (the other documents read as they are): that document's index.
   */
  unparsed?: number;
  view: PodView | null;
  /**
   * Syntax errors and structural warnings, each located in the text (not the errors of another
   * document that does not parse: those are in its `documents` entry).
   */
  diagnostics: Diagnostic[];
}

export interface ManifestOptions {
  /** Which document of a multi-document file to read or edit. */
  document?: number;
}
