import { useState } from 'react';
import {
  asList,
  asMap,
  asText,
  checkDnsSubdomain,
  checkEnvName,
  envValueFrom,
  POD_FIELDS,
  type EnvSourceKind,
  type PlainMap,
} from '../../shared/inspect';
import { DraftSelect } from './choice-fields';
import { DraftInput, GroupMessage, RemoveButton, TextField } from './fields';
import { FieldRow } from './field-shell';
import { YamlField } from './YamlField';
import { useContainerField } from './container-edit';
import { useTextOf } from './form-document';

const ENV_SOURCES = [
  { value: 'value', label: 'Literal value' },
  { value: 'configMapKeyRef', label: 'ConfigMap key' },
  { value: 'secretKeyRef', label: 'Secret key' },
  { value: 'fieldRef', label: 'Pod field (downward API)' },
];

/** `env`: literal values as text, references (`valueFrom`) as a small YAML field. */
export function ContainerEnv({ name, plain }: { name: string; plain: PlainMap }) {
  const { set, commit } = useContainerField(name);
  const textOf = useTextOf({ container: name });
  const env = asList(plain.env).map((item) => asMap(item) ?? {});
  const names = env.map((item) => asText(item.name));
  const [newName, setNewName] = useState('');
  const [newValue, setNewValue] = useState('');
  const [from, setFrom] = useState<EnvSourceKind>('value');
  const [refName, setRefName] = useState('');
  const [refKey, setRefKey] = useState('');
  const [fieldPath, setFieldPath] = useState<string>(POD_FIELDS[0]);
  const [failure, setFailure] = useState<string | null>(null);
  const fromObject = from === 'configMapKeyRef' || from === 'secretKeyRef';
  const checkNewName = (text: string) =>
    checkEnvName(text) ?? (names.includes(text) ? `${text} is already set` : null);

  function add() {
    if (newName === '' || checkNewName(newName)) {
      setFailure(newName === '' ? 'Type a variable name first' : null);
      return;
    }
    if (fromObject && (checkDnsSubdomain(refName) || refKey === '')) {
      setFailure(refName === '' || refKey === '' ? 'Name the object and the key to read' : null);
      return;
    }
    const error = commit(
      from === 'value'
        ? { type: 'setEnv', container: name, name: newName, value: newValue }
        : {
            type: 'setEnv',
            container: name,
            name: newName,
            valueFrom: envValueFrom(from, from === 'fieldRef' ? fieldPath : refName, refKey),
          },
    );
    setFailure(error);
    if (!error) {
      setNewName('');
      setNewValue('');
      setRefName('');
      setRefKey('');
    }
  }

  return (
    <fieldset className="inspector-list">
      <legend className="inspector-list__legend">Variables (env)</legend>
      {env.length > 0 && (
        <ul className="inspector-rows">
          {env.map((item, index) => {
            const varName = asText(item.name);
            return (
              <FieldRow as="li" className="inspector-row--wrap" key={index}>
                <TextField
                  className="inspector-row__key"
                  label={`Name of variable ${index + 1}`}
                  shortLabel="Name"
                  {...textOf(['env', index, 'name'], item.name)}
                  mono
                  check={(text) =>
                    checkEnvName(text) ??
                    (text !== varName && names.includes(text) ? `${text} is already set` : null)
                  }
                  onCommit={(text) => set(['env', index, 'name'], text)}
                />
                {item.valueFrom !== undefined ? (
                  <YamlField
                    label={`${varName} comes from`}
                    shortLabel="Comes from"
                    target={{ container: name }}
                    path={['env', index, 'valueFrom']}
                    value={item.valueFrom}
                    expect="map"
                    rows={2}
                  />
                ) : (
                  <TextField
                    className="inspector-row__grow"
                    label={`Value of ${varName || `variable ${index + 1}`}`}
                    shortLabel="Value"
                    {...textOf(['env', index, 'value'], item.value)}
                    mono
                    onCommit={(text) => set(['env', index, 'value'], text)}
                  />
                )}
                <RemoveButton
                  label={`Remove variable ${varName || index + 1}`}
                  onClick={() =>
                    setFailure(
                      varName
                        ? commit({ type: 'removeEnv', container: name, name: varName, index })
                        : set(['env', index], undefined),
                    )
                  }
                />
              </FieldRow>
            );
          })}
        </ul>
      )}
      <FieldRow className="inspector-row--add">
        <DraftInput
          className="inspector-row__key"
          label="New variable name"
          shortLabel="Name"
          value={newName}
          onChange={setNewName}
          onEnter={add}
          check={checkNewName}
          placeholder="LOG_LEVEL"
          mono
        />
        <DraftSelect
          className="inspector-row__grow"
          label="New variable takes its value from"
          shortLabel="Value from"
          value={from}
          options={ENV_SOURCES}
          onChange={(value) => setFrom(value as EnvSourceKind)}
        />
      </FieldRow>
      <FieldRow>
        {from === 'value' && (
          <DraftInput
            className="inspector-row__grow"
            label="New variable value"
            shortLabel="Value"
            value={newValue}
            onChange={setNewValue}
            onEnter={add}
            mono
          />
        )}
        {fromObject && (
          <>
            <DraftInput
              className="inspector-row__grow"
              label={`New variable ${from === 'secretKeyRef' ? 'Secret' : 'ConfigMap'}`}
              shortLabel={from === 'secretKeyRef' ? 'Secret' : 'ConfigMap'}
              value={refName}
              onChange={setRefName}
              onEnter={add}
              check={checkDnsSubdomain}
              mono
            />
            <DraftInput
              className="inspector-row__key"
              label="New variable key"
              shortLabel="Key"
              value={refKey}
              onChange={setRefKey}
              onEnter={add}
              mono
            />
          </>
        )}
        {from === 'fieldRef' && (
          <DraftSelect
            className="inspector-row__grow"
            label="New variable Pod field"
            shortLabel="Pod field"
            value={fieldPath}
            options={POD_FIELDS.map((f) => ({ value: f, label: f }))}
            onChange={setFieldPath}
          />
        )}
        <button type="button" className="inspector-button" onClick={add}>
          Add variable
        </button>
      </FieldRow>
      <GroupMessage message={failure} />
    </fieldset>
  );
}
