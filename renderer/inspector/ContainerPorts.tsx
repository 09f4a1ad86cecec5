import { useState } from 'react';
import type { ContainerView, PodView } from '../../shared';
import {
  checkPort,
  checkPortName,
  optional,
  optionalText,
  parseInteger,
  portClash,
  type Check,
} from '../../shared/inspect';
import { DraftSelect, SelectField } from './choice-fields';
import { DraftInput, GroupMessage, RemoveButton, TextField } from './fields';
import { FieldRow } from './field-shell';
import { useContainerField } from './container-edit';

const PROTOCOLS = [
  { value: 'TCP', label: 'TCP' },
  { value: 'UDP', label: 'UDP' },
  { value: 'SCTP', label: 'SCTP' },
] as const;

type Protocol = (typeof PROTOCOLS)[number]['value'];

/** The container's ports: number, name and protocol per row, and a row to add one. */
export function ContainerPorts({ container, view }: { container: ContainerView; view: PodView }) {
  const { set, commit } = useContainerField(container.name);
  const [port, setPort] = useState('');
  const [name, setName] = useState('');
  const [protocol, setProtocol] = useState<Protocol>('TCP');
  const [failure, setFailure] = useState<string | null>(null);
  const names = container.ports.map((p) => p.name).filter((n): n is string => !!n);
  const uniqueName =
    (except?: string): Check =>
    (text) =>
      text !== except && names.includes(text) ? `"${text}" already names a port here` : null;
  /** The port number is in range and free, in this container and beside it. */
  const checkNumber =
    (protocolOf: Protocol | string, except?: number): Check =>
    (text) =>
      checkPort(text) ??
      portClash(view.containers, container.name, parseInteger(text)!, protocolOf, except);
  const checkNewName = optional((text) => checkPortName(text) ?? uniqueName()(text));

  function add() {
    if (checkNumber(protocol)(port) || checkNewName(name)) {
      setFailure(port === '' ? 'Type a port number first' : null);
      return;
    }
    const error = commit({
      type: 'addPort',
      container: container.name,
      containerPort: parseInteger(port)!,
      name: optionalText(name),
      protocol: protocol === 'TCP' ? undefined : protocol,
    });
    setFailure(error);
    if (!error) {
      setPort('');
      setName('');
      setProtocol('TCP');
    }
  }

  return (
    <>
      {container.ports.length > 0 && (
        <ul className="inspector-rows" aria-label="Ports">
          {container.ports.map((p, index) => {
            const label = p.name ? `${p.name}` : `${index + 1}`;
            return (
              <FieldRow as="li" key={index}>
                <TextField
                  className="inspector-row__port"
                  label={`Port ${label}`}
                  shortLabel="Port"
                  value={p.containerPort == null ? '' : String(p.containerPort)}
                  check={checkNumber(p.protocol, index)}
                  numeric
                  onCommit={(value) =>
                    set(['ports', index, 'containerPort'], parseInteger(value) ?? undefined)
                  }
                />
                <TextField
                  className="inspector-row__grow"
                  label={`Name of port ${label}`}
                  shortLabel="Name"
                  value={p.name ?? ''}
                  check={optional((text) => checkPortName(text) ?? uniqueName(p.name)(text))}
                  mono
                  onCommit={(value) => set(['ports', index, 'name'], optionalText(value))}
                />
                <SelectField
                  className="inspector-row__protocol"
                  label={`Protocol of port ${label}`}
                  shortLabel="Protocol"
                  value={p.protocol}
                  options={PROTOCOLS}
                  onCommit={(value) => set(['ports', index, 'protocol'], value)}
                />
                <RemoveButton
                  label={`Remove port ${label}`}
                  onClick={() =>
                    setFailure(commit({ type: 'removePort', container: container.name, index }))
                  }
                />
              </FieldRow>
            );
          })}
        </ul>
      )}
      <FieldRow className="inspector-row--add">
        <DraftInput
          className="inspector-row__port"
          label="New port"
          shortLabel="Port"
          value={port}
          onChange={setPort}
          onEnter={add}
          check={checkNumber(protocol)}
          placeholder="8080"
          numeric
        />
        <DraftInput
          className="inspector-row__grow"
          label="New port name"
          shortLabel="Name"
          value={name}
          onChange={setName}
          onEnter={add}
          check={checkNewName}
          placeholder="http"
          mono
        />
        <DraftSelect
          className="inspector-row__protocol"
          label="New port protocol"
          shortLabel="Protocol"
          value={protocol}
          options={PROTOCOLS}
          onChange={(value) => setProtocol(value as Protocol)}
        />
        <button type="button" className="inspector-button" onClick={add}>
          Add port
        </button>
      </FieldRow>
      <GroupMessage message={failure} />
    </>
  );
}
