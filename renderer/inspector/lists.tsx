import { useDeferredValue, useMemo, useState } from 'react';
import { firstEntries, type Check, type PlainMap, type StoredText } from '../../shared/inspect';
import { DraftInput, GroupMessage, RemoveButton, TextField } from './fields';
import { FieldRow } from './field-shell';

/**
 * A list of strings (command, args): one field per item, a remove button each, and a field
 * that appends what is typed in it.
 */
export function StringList({
  label,
  itemLabel,
  items,
  onSet,
  onRemove,
  onAdd,
}: {
  /** Names the list: "Command". */
  label: string;
  /** Names one item: "Command item". */
  itemLabel: string;
  /** The items as the manifest writes them (see storedText). */
  items: readonly StoredText[];
  onSet(index: number, value: string): string | null;
  onRemove(index: number): string | null;
  onAdd(value: string): string | null;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <fieldset className="inspector-list">
      <legend className="inspector-list__legend">{label}</legend>
      {items.length > 0 && (
        <ol className="inspector-rows">
          {items.map((item, index) => (
            <FieldRow as="li" key={index}>
              <TextField
                className="inspector-row__grow field--inline"
                label={`${itemLabel} ${index + 1}`}
                shortLabel={`${index + 1}`}
                {...item}
                mono
                onCommit={(value) => onSet(index, value)}
              />
              <RemoveButton
                label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`}
                onClick={() => setFailure(onRemove(index))}
              />
            </FieldRow>
          ))}
        </ol>
      )}
      <TextField
        label={`Add to ${label.toLowerCase()}`}
        value=""
        mono
        placeholder="Type, then Enter"
        onCommit={(value) => (value === '' ? null : onAdd(value))}
      />
      <GroupMessage message={failure} />
    </fieldset>
  );
}

/**
 * Rows a form shows of a map: a Pod may carry thousands of annotations (a generated file), and
 * two fields per row would keep the page busy for seconds; the rest are edited in the YAML.
 */
const MAX_ROWS = 200;

/**
 * Rows drawn in the task that shows the map; the rest of the first MAX_ROWS follow in a render
 * React may split and interrupt, so that a map of many keys never holds the page for long.
 */
const FIRST_ROWS = 20;

/**
 * A count with its thousands separated, as "48,000". (Not `toLocaleString`: its first call loads
 * the number formats, some 60 ms on the task that shows a map of many keys.)
 */
function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * Key/value rows (labels, annotations, nodeSelector): keys and values are checked as typed; a
 * new row is added with its own fields and an Add button (or Enter).
 */
export function KeyValueRows({
  label,
  map,
  checkKey,
  checkValue,
  textOf,
  onSetValue,
  onRenameKey,
  onRemove,
  onAdd,
}: {
  label: string;
  /** The map as it is in the manifest (an empty one where it has none). */
  map: PlainMap;
  checkKey: Check;
  checkValue?: Check;
  /** A value as the manifest writes it (see storedText). */
  textOf(key: string, value: unknown): StoredText;
  onSetValue(key: string, value: string): string | null;
  onRenameKey(key: string, newKey: string): string | null;
  onRemove(key: string): string | null;
  onAdd(key: string, value: string): string | null;
}) {
  const [newKey, setNewKey] = useState('');
  const [newValue, setNewValue] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const { entries: shown, count } = useMemo(() => firstEntries(map, MAX_ROWS), [map]);
  const first = useMemo(() => shown.slice(0, FIRST_ROWS), [shown]);
  const entries = useDeferredValue(shown, first);
  const has = (key: string) => Object.prototype.hasOwnProperty.call(map, key);
  const checkNewKey: Check = (key) =>
    checkKey(key) ?? (has(key) ? `"${key}" is already set` : null);
  const hidden = count - MAX_ROWS;
  const singular = label.replace(/s$/, '').toLowerCase();

  function add() {
    if (newKey === '' || checkNewKey(newKey) || (checkValue && checkValue(newValue))) {
      setFailure(newKey === '' ? `Type a key for the new ${singular} first` : null);
      return;
    }
    const error = onAdd(newKey, newValue);
    setFailure(error);
    if (!error) {
      setNewKey('');
      setNewValue('');
    }
  }

  return (
    <fieldset className="inspector-list">
      <legend className="inspector-list__legend">{label}</legend>
      {entries.length > 0 && (
        <ul className="inspector-rows">
          {entries.slice(0, MAX_ROWS).map(([key, value]) => (
            <FieldRow as="li" key={key}>
              <TextField
                className="inspector-row__key"
                label={`Key of ${key}`}
                shortLabel="Key"
                value={key}
                mono
                check={(text) =>
                  checkKey(text) ?? (text !== key && has(text) ? `"${text}" is already set` : null)
                }
                onCommit={(text) => onRenameKey(key, text)}
              />
              <TextField
                className="inspector-row__grow"
                label={`Value of ${key}`}
                shortLabel="Value"
                {...textOf(key, value)}
                mono
                check={checkValue}
                onCommit={(text) => onSetValue(key, text)}
              />
              <RemoveButton
                label={`Remove ${singular} ${key}`}
                onClick={() => setFailure(onRemove(key))}
              />
            </FieldRow>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <p className="inspector-note">
          {`And ${thousands(hidden)} more ${label.toLowerCase()}: edit them in the YAML.`}
        </p>
      )}
      <FieldRow className="inspector-row--add">
        <DraftInput
          className="inspector-row__key"
          label={`New ${singular} key`}
          shortLabel="Key"
          value={newKey}
          onChange={setNewKey}
          onEnter={add}
          check={checkNewKey}
          mono
        />
        <DraftInput
          className="inspector-row__grow"
          label={`New ${singular} value`}
          shortLabel="Value"
          value={newValue}
          onChange={setNewValue}
          onEnter={add}
          check={checkValue}
          mono
        />
        <button type="button" className="inspector-button" onClick={add}>
          Add
        </button>
      </FieldRow>
      <GroupMessage message={failure} />
    </fieldset>
  );
}
