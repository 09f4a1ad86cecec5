import { locatePod, podMetadataPath } from '../manifest/locate';
import type { PathKey } from '../manifest/nodes';
import { containerReferences, type Reference } from '../manifest/references';
import {
  annotatedMain,
  CLAIM_TEMPLATES_PATH,
  claimTemplateEntries,
  containerEntries,
  DEFAULT_CONTAINER_ANNOTATION,
  volumeEntries,
} from '../manifest/view';
import type { ClaimTemplateEntry, ContainerEntry, VolumeEntry } from '../manifest/view';
import type { WorkloadKind } from '../manifest/types';
import type { TextEditor } from './text-editor';
import {
  CONTAINER_KEYS,
  METADATA_KEYS,
  MOUNT_KEYS,
  POD_KEYS,
  POD_SPEC_KEYS,
  VOLUME_KEYS,
} from './order';
import { EditError } from './text-editor';

/** Where the things an edit names live in the document being edited. */
export class PodContext {
  readonly kind: WorkloadKind;
  /** Path of the Pod spec: `['spec']`, `['spec','template','spec']`, … */
  readonly specPath: readonly string[];
  /** Path of the Pod's metadata (the template's, for a workload). */
  readonly metadataPath: readonly string[];
  /** Path of the Pod object itself: `[]` for a Pod, `['spec','template']` for a Deployment. */
  readonly podPath: readonly string[];

  constructor(readonly editor: TextEditor) {
    const location = locatePod(editor.doc);
    if (!location) throw new EditError('This document holds no Pod spec to edit.');
    this.kind = location.kind;
    this.specPath = location.specPath;
    this.metadataPath = podMetadataPath(location.specPath);
    this.podPath = location.specPath.slice(0, -1);
    editor.orderFor = (mapPath) => this.keyOrder(mapPath);
  }

  /** The usual key order of the mapping at `mapPath`, when it is one the editor knows. */
  keyOrder(mapPath: readonly PathKey[]): readonly string[] | undefined {
    const spec = this.specPath;
    const at = (base: readonly PathKey[]) =>
      mapPath.length === base.length && base.every((k, i) => mapPath[i] === k);
    const under = (base: readonly PathKey[], extra: number) =>
      mapPath.length === base.length + extra && base.every((k, i) => mapPath[i] === k);
    if (at(spec)) return POD_SPEC_KEYS;
    if (at(this.metadataPath) || at(['metadata'])) return METADATA_KEYS;
    if (at(this.podPath) || mapPath.length === 0) return POD_KEYS;
    if (under(spec, 2)) {
      const list = mapPath[spec.length];
      if (list === 'volumes') return VOLUME_KEYS;
      if (list === 'containers' || list === 'initContainers' || list === 'ephemeralContainers') {
        return CONTAINER_KEYS;
      }
    }
    if (under(spec, 4) && mapPath[spec.length + 2] === 'volumeMounts') return MOUNT_KEYS;
    return undefined;
  }

  containers(): ContainerEntry[] {
    return containerEntries(this.editor.doc, this.specPath);
  }

  /** Every container name of the Pod, ephemeral containers included (they share the namespace). */
  containerNames(): string[] {
    const names = this.containers().map((c) => c.name ?? '');
    const ephemeral = this.editor.valueAt([...this.specPath, 'ephemeralContainers']);
    if (Array.isArray(ephemeral)) {
      for (const item of ephemeral) {
        const name = (item as { name?: unknown } | null)?.name;
        if (typeof name === 'string') names.push(name);
      }
    }
    return names;
  }

  /**
   * The container named `name`. While two containers share the name, an edit by it could mean
   * either: it waits until the names differ.
   */
  container(name: string): ContainerEntry & { path: PathKey[] } {
    const entries = this.containers().filter((c) => c.name === name);
    const entry = entries[0];
    if (!entry) throw new EditError(`There is no container named "${name}".`);
    if (entries.length > 1) {
      throw new EditError(
        `${entries.length} containers are named "${name}": rename one of them in the YAML first, so that the change goes to the one you mean.`,
      );
    }
    return { ...entry, path: [...this.specPath, entry.list, entry.index] };
  }

  volumes(): VolumeEntry[] {
    return volumeEntries(this.editor.doc, this.specPath);
  }

  /** The volume named `name`; refused while two volumes share the name. */
  volume(name: string): VolumeEntry & { path: PathKey[] } {
    const entries = this.volumes().filter((v) => v.name === name);
    const entry = entries[0];
    if (this.claimTemplates().some((t) => t.name === name)) {
      throw new EditError(
        entry
          ? `"${name}" names a volume of the Pod template and a claim template, which replaces that volume in every Pod: rename or remove one of them in the YAML first.`
          : `"${name}" is a claim template of the StatefulSet (\`volumeClaimTemplates\`), not a volume of its Pod template: edit it in the YAML.`,
      );
    }
    if (!entry) throw new EditError(`There is no volume named "${name}".`);
    if (entries.length > 1) {
      throw new EditError(
        `${entries.length} volumes are named "${name}": rename one of them in the YAML first, so that the change goes to the one you mean.`,
      );
    }
    return { ...entry, path: [...this.specPath, 'volumes', entry.index] };
  }

  /** A StatefulSet's claim templates: each gives every Pod a volume of its name. */
  claimTemplates(): ClaimTemplateEntry[] {
    return claimTemplateEntries(this.editor.doc, this.kind);
  }

  /**
   * The claim template named `name`, or null when there is none; refused while two share the
   * name.
   */
  claimTemplate(name: string): (ClaimTemplateEntry & { path: PathKey[] }) | null {
    const entries = this.claimTemplates().filter((t) => t.name === name);
    const entry = entries[0];
    if (!entry) return null;
    if (entries.length > 1) {
      throw new EditError(
        `${entries.length} claim templates are named "${name}": rename one of them in the YAML first, so that the change goes to the one you mean.`,
      );
    }
    return { ...entry, path: [...CLAIM_TEMPLATES_PATH, entry.index] };
  }

  /**
   * What gives every Pod its volume `name`: a volume of the Pod, or a StatefulSet's claim
   * template. Refused while both, or two of either, have the name. `namePath` is where its name
   * is written; `keep`, how much of `path` a removal of the last one leaves.
   */
  podVolume(name: string): { path: PathKey[]; namePath: PathKey[]; keep: number } {
    const template = this.volumes().some((v) => v.name === name) ? null : this.claimTemplate(name);
    if (template) {
      return {
        path: template.path,
        namePath: [...template.path, 'metadata', 'name'],
        keep: CLAIM_TEMPLATES_PATH.length - 1,
      };
    }
    const { path } = this.volume(name);
    return { path, namePath: [...path, 'name'], keep: this.specPath.length };
  }

  /** Every field that names a container of the Pod, as the edits so far leave them. */
  containerReferences(): Reference[] {
    return containerReferences(this.editor.valueAt([]), this.specPath, this.metadataPath);
  }

  listPath(list: string): PathKey[] {
    return [...this.specPath, list];
  }

  annotatedMain(): string | null {
    return annotatedMain(this.editor.doc, this.specPath);
  }

  mainAnnotationPath(): PathKey[] {
    return [...this.metadataPath, 'annotations', DEFAULT_CONTAINER_ANNOTATION];
  }
}
