/** Roles a new container can be given; `app` becomes the main container when it is the first. */
export type NewContainerRole = 'app' | 'sidecar' | 'init' | 'native-sidecar';

/**
 * One variant per user intent. `applyEdit` turns each into the smallest change to the text.
 * Containers and volumes are named, not indexed: names are unique in a Pod.
 */
export type PodEdit =
  | {
      type: 'addContainer';
      role: NewContainerRole;
      /** Defaults to a unique name derived from the role (`container-1`, `sidecar-1`, `init-1`). */
      name?: string;
      /** Defaults to a placeholder image. */
      image?: string;
      /** Its place in its list (`containers` or `initContainers`); defaults to the last. */
      index?: number;
      /**
       * Its other fields, written in their order after `name` and `image` (a pasted copy keeps
       * its layout); `name`, `image` and `restartPolicy` in it are ignored, as the role says.
       */
      fields?: Readonly<Record<string, unknown>>;
    }
  | { type: 'removeContainer'; name: string }
  | {
      type: 'addVolume';
      /** Defaults to `volume-N`. */
      name?: string;
    }
  /**
   * Removes a volume (or a StatefulSet's claim template) and every mount of it. With `replaced`,
   * the Pod template's volume that a claim template of the same name replaces: only its entry
   * goes, as the mounts of the name mount the claim template's volume.
   */
  | { type: 'removeVolume'; name: string; replaced?: boolean }
  | {
      type: 'addMount';
      container: string;
      volume: string;
      /** Defaults to `/mnt/<volume>` (made unique within the container). */
      mountPath?: string;
      readOnly?: boolean;
    }
  | { type: 'removeMount'; container: string; index: number }
  | FieldEdit;

/** What a `setField` path starts from. */
export type EditTarget =
  /** A container (init, native sidecar or app) by name: `['resources', 'limits', 'cpu']`. */
  | { container: string }
  /** The Pod object (for a workload, its template): `['spec', 'nodeSelector']`, `['metadata', 'labels']`. */
  | { pod: true }
  /** A volume by name: `['emptyDir', 'sizeLimit']`. */
  | { volume: string }
  /** The document root, for workload fields outside the Pod template: `['spec', 'replicas']`. */
  | { document: true };

/** Keys and list indices from the target down to the field. */
export type FieldPath = readonly (string | number)[];

export interface KeyToPath {
  key: string;
  path: string;
  mode?: number;
}

/** A volume's source, as the inspector chooses it; the fields are the source's own YAML keys. */
export type VolumeSourceSpec =
  | { kind: 'emptyDir'; medium?: 'Memory' | ''; sizeLimit?: string }
  | {
      kind: 'configMap';
      name: string;
      items?: KeyToPath[];
      defaultMode?: number;
      optional?: boolean;
    }
  | {
      kind: 'secret';
      secretName: string;
      items?: KeyToPath[];
      defaultMode?: number;
      optional?: boolean;
    }
  | { kind: 'persistentVolumeClaim'; claimName: string; readOnly?: boolean }
  | { kind: 'hostPath'; path: string; type?: string }
  | { kind: 'projected'; sources: Record<string, unknown>[]; defaultMode?: number }
  | { kind: 'downwardAPI'; items: Record<string, unknown>[]; defaultMode?: number };

/** Where an environment variable takes its value from, when not a literal `value`. */
export type EnvValueFrom =
  | { configMapKeyRef: { name: string; key: string; optional?: boolean } }
  | { secretKeyRef: { name: string; key: string; optional?: boolean } }
  | { fieldRef: { fieldPath: string; apiVersion?: string } }
  | { resourceFieldRef: { resource: string; containerName?: string; divisor?: string } };

/** Edits added with the inspector: fields, renames and moves that carry their cascades. */
export type FieldEdit =
  | {
      /**
       * Sets any field as a YAML subtree, creating the keys on the way; `value: undefined`
       * removes it (and the mappings and lists it leaves empty, up to the target). A scalar
       * replaced by a scalar changes only the scalar's characters.
       */
      type: 'setField';
      target: EditTarget;
      path: FieldPath;
      value: unknown;
    }
  /**
   * Sets a field to YAML text as typed in a YAML field: the text takes the place of the field's
   * own text, indented to where it stands, so its comments, quoting, number forms and flow or
   * block style are written as typed, and nothing around it changes. Empty text removes it.
   */
  | { type: 'setFieldText'; target: EditTarget; path: FieldPath; text: string }
  /**
   * Renames the key at `path` (a label's, an annotation's, a mistyped field's) where it stands:
   * its value, comments and place among the keys stay as written.
   */
  | { type: 'renameKey'; target: EditTarget; path: FieldPath; newKey: string }
  /** Renames a container and the default-container annotation that names it. */
  | { type: 'renameContainer'; name: string; newName: string }
  /**
   * Renames a volume (or a StatefulSet's claim template, its `metadata.name`) and every mount
   * (and device) that refers to it.
   */
  | { type: 'renameVolume'; name: string; newName: string }
  /** Copies a container, right after it, under a new name (default `<name>-1`, …). */
  | { type: 'duplicateContainer'; name: string; newName?: string }
  /**
   * Gives a container another role: `app` (made the main container), `sidecar`, `init` or
   * `native-sidecar`. `index` is its position in the target list (default: the end).
   */
  | { type: 'moveContainer'; name: string; role: NewContainerRole; index?: number }
  /** Moves an init container (or native sidecar) to `index` in `initContainers`: order is semantics. */
  | { type: 'reorderInitContainer'; name: string; index: number }
  /** Makes an app container the main one (the `kubectl.kubernetes.io/default-container` annotation). */
  | { type: 'setMainContainer'; name: string }
  /** Replaces a volume's source (the key beside `name`) with another. */
  | { type: 'setVolumeSource'; name: string; source: VolumeSourceSpec }
  /** Sets an environment variable by name (adding it if missing) to a value or a reference. */
  | {
      type: 'setEnv';
      container: string;
      name: string;
      value?: string;
      valueFrom?: EnvValueFrom;
    }
  /** Removes the variable `name`: the one at `index` in `env` when given, else the first. */
  | { type: 'removeEnv'; container: string; name: string; index?: number }
  | {
      type: 'addPort';
      container: string;
      containerPort: number;
      name?: string;
      protocol?: 'TCP' | 'UDP' | 'SCTP';
    }
  | { type: 'removePort'; container: string; index: number }
  | DocumentEdit;

/** The kinds of object a Pod names beside it, which the file may hold as documents of their own. */
export type NeededKind = 'ConfigMap' | 'Secret' | 'PersistentVolumeClaim';

/** Edits that reach the file's other documents: the objects the Pod needs, a Service for it. */
export type DocumentEdit =
  /** Adds the ConfigMap, Secret or claim the Pod names as a new document, with the keys it reads. */
  | { type: 'addNeededObject'; kind: NeededKind; name: string }
  /**
   * Renames a ConfigMap, Secret or claim: every reference of the Pod to it, and its own document
   * when the file holds it. Either side alone is renamed when the other already has the new name.
   */
  | { type: 'renameNeededObject'; kind: NeededKind; name: string; newName: string }
  /** Adds a Service selecting the Pod by its labels, with a port per named container port. */
  | { type: 'addService'; name?: string }
  /** Points a Service's port (`spec.ports[port]`) of the file at a container port, by name or number. */
  | { type: 'setServiceTargetPort'; service: string; port: number; value: string | number };

export type EditResult = { ok: true; text: string } | { ok: false; error: string };
