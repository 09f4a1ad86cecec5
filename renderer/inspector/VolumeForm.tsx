import type { PodView, VolumeSource, VolumeSourceSpec, VolumeView } from '../../shared';
import { edgeId, nodeId } from '../../shared';
import {
  asMap,
  asText,
  checkAbsolutePath,
  checkDnsLabel,
  checkDnsSubdomain,
  checkMemory,
  optional,
  optionalText,
  quantityEdit,
  type Check,
  type PlainMap,
} from '../../shared/inspect';
import { CheckboxField, SelectField } from './choice-fields';
import { Section, TextField } from './fields';
import { YamlField } from './YamlField';
import { useCommit, useSelect } from './use-commit';
import { useTextOf } from './form-document';
import { UserText } from '../ui/UserText';

type Kind = Exclude<VolumeSource, 'other'>;

const KINDS: { value: Kind; label: string }[] = [
  { value: 'emptyDir', label: 'emptyDir' },
  { value: 'configMap', label: 'configMap' },
  { value: 'secret', label: 'secret' },
  { value: 'persistentVolumeClaim', label: 'persistentVolumeClaim' },
  { value: 'hostPath', label: 'hostPath' },
  { value: 'projected', label: 'projected' },
  { value: 'downwardAPI', label: 'downwardAPI' },
];

/**
 * What a source is, under the select: a select shows its choice on one line, and a choice that
 * said it ("emptyDir (scratch space, lives with the Pod)") was cut off in a narrow pane.
 */
const KIND_HINTS: Partial<Record<VolumeSource, string>> = {
  emptyDir: 'Scratch space, shared by the containers that mount it; it lives as long as the Pod',
  hostPath: 'A directory of the node the Pod runs on',
};

const HOST_PATH_TYPES = [
  { value: '', label: 'Not checked' },
  { value: 'DirectoryOrCreate', label: 'DirectoryOrCreate' },
  { value: 'Directory', label: 'Directory' },
  { value: 'FileOrCreate', label: 'FileOrCreate' },
  { value: 'File', label: 'File' },
  { value: 'Socket', label: 'Socket' },
  { value: 'CharDevice', label: 'CharDevice' },
  { value: 'BlockDevice', label: 'BlockDevice' },
];

/** A new source of `kind`, named after the volume where it needs a name. */
function defaultSource(kind: Kind, volume: string): VolumeSourceSpec {
  switch (kind) {
    case 'emptyDir':
      return { kind };
    case 'configMap':
      return { kind, name: volume };
    case 'secret':
      return { kind, secretName: volume };
    case 'persistentVolumeClaim':
      return { kind, claimName: volume };
    case 'hostPath':
      return { kind, path: `/var/lib/${volume}`, type: 'DirectoryOrCreate' };
    case 'projected':
      return { kind, sources: [{ configMap: { name: volume } }] };
    case 'downwardAPI':
      return {
        kind,
        items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }],
      };
  }
}

/** A volume: its name, its source and the source's options, and who mounts it. */
export function VolumeForm({
  volume,
  plain,
  view,
}: {
  volume: VolumeView;
  plain: PlainMap;
  view: PodView;
}) {
  const commit = useCommit();
  const select = useSelect();
  const textOf = useTextOf({ volume: volume.name });
  const set = (path: (string | number)[], value: unknown) =>
    commit({ type: 'setField', target: { volume: volume.name }, path, value });
  const taken = view.volumes.map((v) => v.name);
  const checkName: Check = (text) =>
    checkDnsLabel(text) ??
    (text !== volume.name && taken.includes(text) ? `"${text}" already names a volume` : null);
  const source = volume.source;
  const options = asMap(source === 'other' ? null : plain[source]) ?? {};
  const text = (key: string) => asText(options[key]);
  /** A field of the source that takes text, as the manifest writes it. */
  const sourceText = (key: string) => textOf([source, key], options[key]);
  const mounts = view.containers.flatMap((c) =>
    c.mounts.filter((m) => m.volume === volume.name).map((m) => ({ container: c.name, mount: m })),
  );
  const nameField = (
    <TextField
      label="Name"
      value={volume.name}
      check={checkName}
      hint="Mounts that use it are renamed too"
      mono
      onCommit={(newName) => {
        const error = commit({ type: 'renameVolume', name: volume.name, newName });
        if (!error) select([nodeId.volume(newName)]);
        return error;
      }}
    />
  );
  const mountedBy = (
    <Section title="Mounted by">
      {mounts.length === 0 ? (
        <p className="inspector-empty">No container mounts this volume.</p>
      ) : (
        <ul className="inspector-mounted">
          {mounts.map(({ container, mount }) => (
            <li key={`${container}:${mount.index}`}>
              <button
                type="button"
                className="inspector-link"
                onClick={() => select([edgeId.mount(nodeId.container(container), mount.index)])}
              >
                {container}
              </button>{' '}
              <span className="inspector-mono">{mount.mountPath}</span>
              {mount.readOnly && <span className="inspector-tag">read-only</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );

  // A StatefulSet's claim template: its name is the template's; the claim it asks for each Pod
  // is the template's spec, edited in the YAML.
  const template = volume.claimTemplate;
  if (template) {
    const claims = template.claims.length
      ? [...template.claims, ...(template.moreClaims ? ['…'] : [])].join(', ')
      : null;
    return (
      <>
        <Section title="Volume">{nameField}</Section>
        <Section title="Claim template">
          <p className="inspector-note">
            Each Pod gets a PersistentVolumeClaim of its own made from this template
            {claims && (
              <>
                {' '}
                (<span className="inspector-mono">{claims}</span>)
              </>
            )}
            , mounted as its volume “<UserText text={volume.name} />
            ”. Edit the template in the YAML.
          </p>
          <ul className="inspector-mounted">
            <li>
              Storage request{' '}
              <span className="inspector-mono">{template.storage ?? 'not set'}</span>
            </li>
            <li>
              Access modes{' '}
              <span className="inspector-mono">
                {template.accessModes.length ? template.accessModes.join(', ') : 'not set'}
              </span>
            </li>
            <li>
              Storage class{' '}
              <span className="inspector-mono">
                {template.storageClassName ?? 'the cluster’s default'}
              </span>
            </li>
          </ul>
        </Section>
        {mountedBy}
      </>
    );
  }

  return (
    <>
      <Section title="Volume">
        {nameField}
        <SelectField
          label="Source"
          value={source}
          hint={KIND_HINTS[source]}
          options={
            source === 'other'
              ? [...KINDS, { value: 'other', label: 'Another source (edit in YAML)' }]
              : KINDS
          }
          onCommit={(kind) =>
            kind === source
              ? null
              : commit({
                  type: 'setVolumeSource',
                  name: volume.name,
                  source: defaultSource(kind as Kind, volume.name),
                })
          }
        />
      </Section>

      <Section title="Source options">
        {source === 'emptyDir' && (
          <>
            <SelectField
              label="Medium"
              value={text('medium')}
              options={[
                { value: '', label: 'Node disk (default)' },
                { value: 'Memory', label: 'Memory (tmpfs)' },
              ]}
              onCommit={(value) => set(['emptyDir', 'medium'], optionalText(value))}
            />
            <TextField
              label="Size limit"
              // As written (`1e3`, not the 1000 it is read as; see useTextOf): a number is a
              // quantity too.
              value={sourceText('sizeLimit').value}
              check={optional(checkMemory)}
              placeholder="1Gi"
              mono
              onCommit={(typed) =>
                commit(
                  quantityEdit(
                    { volume: volume.name },
                    ['emptyDir', 'sizeLimit'],
                    typed,
                    options.sizeLimit,
                  ),
                )
              }
            />
          </>
        )}
        {(source === 'configMap' || source === 'secret') && (
          <>
            <TextField
              label={source === 'configMap' ? 'ConfigMap name' : 'Secret name'}
              {...sourceText(source === 'configMap' ? 'name' : 'secretName')}
              check={checkDnsSubdomain}
              mono
              onCommit={(value) =>
                set([source, source === 'configMap' ? 'name' : 'secretName'], value)
              }
            />
            <CheckboxField
              label={`Optional (the Pod starts without the ${source === 'configMap' ? 'ConfigMap' : 'Secret'})`}
              checked={options.optional === true}
              onCommit={(on) => set([source, 'optional'], on || undefined)}
            />
            <YamlField
              label="Items (keys to project; all keys when empty)"
              target={{ volume: volume.name }}
              path={[source, 'items']}
              value={options.items}
              expect="list"
              rows={2}
            />
          </>
        )}
        {source === 'persistentVolumeClaim' && (
          <>
            <TextField
              label="Claim name"
              {...sourceText('claimName')}
              check={checkDnsSubdomain}
              mono
              onCommit={(value) => set(['persistentVolumeClaim', 'claimName'], value)}
            />
            <CheckboxField
              label="Read-only"
              checked={options.readOnly === true}
              onCommit={(on) => set(['persistentVolumeClaim', 'readOnly'], on || undefined)}
            />
          </>
        )}
        {source === 'hostPath' && (
          <>
            <TextField
              label="Path on the node"
              {...sourceText('path')}
              check={checkAbsolutePath}
              mono
              onCommit={(value) => set(['hostPath', 'path'], value)}
            />
            <SelectField
              label="Type"
              value={text('type')}
              options={HOST_PATH_TYPES}
              onCommit={(value) => set(['hostPath', 'type'], optionalText(value))}
            />
          </>
        )}
        {source === 'projected' && (
          <YamlField
            label="Sources"
            target={{ volume: volume.name }}
            path={['projected', 'sources']}
            value={options.sources}
            expect="list"
            empty="[]"
          />
        )}
        {source === 'downwardAPI' && (
          <YamlField
            label="Items"
            target={{ volume: volume.name }}
            path={['downwardAPI', 'items']}
            value={options.items}
            expect="list"
            empty="[]"
          />
        )}
        {source === 'other' && (
          <p className="inspector-empty">
            {volume.detail || 'This source'} has no form here: edit it in the YAML.
          </p>
        )}
      </Section>

      {mountedBy}
    </>
  );
}
