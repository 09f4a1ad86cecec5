import { useState } from 'react';
import {
  asList,
  asMap,
  checkDnsSubdomain,
  optionalText,
  type PlainMap,
} from '../../shared/inspect';
import { DraftSelect, SelectField } from './choice-fields';
import { DraftInput, GroupMessage, RemoveButton, TextField } from './fields';
import { FieldRow } from './field-shell';
import { useContainerField } from './container-edit';
import { useTextOf } from './form-document';

const SOURCES = [
  { value: 'configMapRef', label: 'ConfigMap' },
  { value: 'secretRef', label: 'Secret' },
] as const;

type SourceKey = (typeof SOURCES)[number]['value'];

/** `envFrom`: every key of a ConfigMap or Secret, with an optional prefix. */
export function ContainerEnvFrom({ name, plain }: { name: string; plain: PlainMap }) {
  const { set } = useContainerField(name);
  const textOf = useTextOf({ container: name });
  const items = asList(plain.envFrom).map((item) => asMap(item) ?? {});
  const [kind, setKind] = useState<SourceKey>('configMapRef');
  const [source, setSource] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  function add() {
    if (source === '' || checkDnsSubdomain(source)) {
      setFailure(source === '' ? 'Type the name of the ConfigMap or Secret first' : null);
      return;
    }
    const error = set(['envFrom', items.length], { [kind]: { name: source } });
    setFailure(error);
    if (!error) setSource('');
  }

  return (
    <fieldset className="inspector-list">
      <legend className="inspector-list__legend">From ConfigMaps and Secrets (envFrom)</legend>
      {items.length > 0 && (
        <ul className="inspector-rows">
          {items.map((item, index) => {
            const key: SourceKey = item.secretRef !== undefined ? 'secretRef' : 'configMapRef';
            const ref = asMap(item[key]) ?? {};
            const n = index + 1;
            return (
              <FieldRow as="li" className="inspector-row--wrap" key={index}>
                <SelectField
                  className="inspector-row__kind"
                  label={`Source ${n} kind`}
                  shortLabel="Kind"
                  value={key}
                  options={SOURCES}
                  onCommit={(value) => {
                    const next: PlainMap = { [value]: ref };
                    if (item.prefix !== undefined) next.prefix = item.prefix;
                    return set(['envFrom', index], next);
                  }}
                />
                <TextField
                  className="inspector-row__grow"
                  label={`Source ${n} name`}
                  shortLabel="Name"
                  {...textOf(['envFrom', index, key, 'name'], ref.name)}
                  check={checkDnsSubdomain}
                  mono
                  onCommit={(value) => set(['envFrom', index, key, 'name'], value)}
                />
                <TextField
                  className="inspector-row__key"
                  label={`Source ${n} prefix`}
                  shortLabel="Prefix"
                  {...textOf(['envFrom', index, 'prefix'], item.prefix)}
                  mono
                  onCommit={(value) => set(['envFrom', index, 'prefix'], optionalText(value))}
                />
                <RemoveButton
                  label={`Remove source ${n}`}
                  onClick={() => setFailure(set(['envFrom', index], undefined))}
                />
              </FieldRow>
            );
          })}
        </ul>
      )}
      <FieldRow className="inspector-row--add">
        <DraftSelect
          className="inspector-row__kind"
          label="New source kind"
          shortLabel="Kind"
          value={kind}
          options={SOURCES}
          onChange={(value) => setKind(value as SourceKey)}
        />
        <DraftInput
          className="inspector-row__grow"
          label="New source name"
          shortLabel="Name"
          value={source}
          onChange={setSource}
          onEnter={add}
          check={checkDnsSubdomain}
          mono
        />
        <button type="button" className="inspector-button" onClick={add}>
          Add source
        </button>
      </FieldRow>
      <GroupMessage message={failure} />
    </fieldset>
  );
}
