import { visibleText } from '../../shared';
import { UserText } from '../ui/UserText';
import { useState } from 'react';
import type { ContainerView, MountView, PodView } from '../../shared';
import { nodeId } from '../../shared';
import { sameDirectoryAs } from '../../shared/manifest/paths';
import { checkMountPath, checkSubPath, optionalText } from '../../shared/inspect';
import { CheckboxField, DraftSelect } from './choice-fields';
import { GroupMessage, TextField } from './fields';
import { FieldRow } from './field-shell';
import { useContainerField } from './container-edit';
import { useSelect } from './use-commit';

/** Checks a mount path, and that no other mount of the container uses its directory. */
function checkPathIn(container: ContainerView, index: number) {
  return (text: string) => {
    const others = container.mounts.filter((m) => m.index !== index).map((m) => m.mountPath);
    const same = others.includes(text) ? text : sameDirectoryAs(text, others);
    return (
      checkMountPath(text) ??
      (same === null
        ? null
        : `${visibleText(text)} is already a mount path of ${visibleText(container.name)}${same === text ? '' : ` (as ${visibleText(same)})`}`)
    );
  };
}

/** One mount of a container: where, read-only, sub-path, and a way to remove it. */
export function MountFields({
  container,
  mount,
  onRemoved,
}: {
  container: ContainerView;
  mount: MountView;
  onRemoved?(): void;
}) {
  const { set, commit } = useContainerField(container.name);
  const [failure, setFailure] = useState<string | null>(null);
  const path = (key: string) => ['volumeMounts', mount.index, key];
  return (
    <div className="inspector-mount">
      <TextField
        label="Mount path"
        value={mount.mountPath}
        check={checkPathIn(container, mount.index)}
        mono
        onCommit={(value) => set(path('mountPath'), value)}
      />
      <CheckboxField
        label="Read-only"
        checked={mount.readOnly}
        onCommit={(on) => set(path('readOnly'), on || undefined)}
      />
      <TextField
        label="Sub-path"
        value={mount.subPath ?? ''}
        check={checkSubPath}
        hint="Mount one file or folder of the volume instead of all of it"
        mono
        onCommit={(value) => set(path('subPath'), optionalText(value))}
      />
      <button
        type="button"
        className="inspector-button inspector-button--danger"
        onClick={() => {
          const error = commit({
            type: 'removeMount',
            container: container.name,
            index: mount.index,
          });
          setFailure(error);
          if (!error) onRemoved?.();
        }}
      >
        Unmount <UserText text={mount.volume} /> from <UserText text={container.name} />
      </button>
      <GroupMessage message={failure} />
    </div>
  );
}

/** Every mount of a container, and a row to mount another volume. */
export function ContainerMounts({ container, view }: { container: ContainerView; view: PodView }) {
  const { commit } = useContainerField(container.name);
  const select = useSelect();
  const volumes = view.volumes.map((v) => v.name);
  const [volume, setVolume] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const chosen = volume || volumes[0] || '';

  return (
    <>
      {container.mounts.length === 0 && <p className="inspector-empty">Mounts no volume.</p>}
      {container.mounts.map((mount) => (
        <fieldset className="inspector-list" key={`${mount.index}:${mount.volume}`}>
          <legend className="inspector-list__legend">
            <button
              type="button"
              className="inspector-link"
              onClick={() => select([nodeId.volume(mount.volume)])}
            >
              {mount.volume}
            </button>
          </legend>
          <MountFields container={container} mount={mount} />
        </fieldset>
      ))}
      {volumes.length > 0 ? (
        <FieldRow className="inspector-row--add">
          <DraftSelect
            className="inspector-row__grow"
            label="Volume to mount"
            value={chosen}
            options={volumes.map((name) => ({ value: name, label: name }))}
            onChange={setVolume}
          />
          <button
            type="button"
            className="inspector-button"
            onClick={() =>
              setFailure(commit({ type: 'addMount', container: container.name, volume: chosen }))
            }
          >
            Mount
          </button>
        </FieldRow>
      ) : (
        <p className="inspector-empty">The Pod has no volume to mount yet.</p>
      )}
      <GroupMessage message={failure} />
    </>
  );
}
