import type { ContainerView } from '../../shared';
import {
  asList,
  asMap,
  asText,
  checkInteger,
  checkProbePort,
  optional,
  parseInteger,
  portRefValue,
  probeHandler,
  PROBE_TIMINGS,
  withProbeHandler,
  type PlainMap,
  type ProbeHandler,
  type ProbeKind,
} from '../../shared/inspect';
import { SelectField } from './choice-fields';
import { TextField } from './fields';
import { FieldRow } from './field-shell';
import { StringList } from './lists';
import { useContainerField, type SetField } from './container-edit';
import { useTextOf, type TextOf } from './form-document';

const PROBES: { kind: ProbeKind; title: string; hint: string }[] = [
  {
    kind: 'startupProbe',
    title: 'Startup probe',
    hint: 'Holds off liveness and readiness until it succeeds',
  },
  { kind: 'livenessProbe', title: 'Liveness probe', hint: 'Failing it restarts the container' },
  {
    kind: 'readinessProbe',
    title: 'Readiness probe',
    hint: 'Failing it takes the Pod out of Service endpoints',
  },
];

/** The Type of a probe whose handler the form does not edit. */
const OTHER = 'other';

const HANDLERS = [
  { value: '', label: 'None' },
  { value: 'httpGet', label: 'HTTP GET' },
  { value: 'tcpSocket', label: 'TCP socket' },
  { value: 'grpc', label: 'gRPC' },
  { value: 'exec', label: 'Exec command' },
];

/** The three probes, each with its handler and timings. */
export function ContainerProbes({
  container,
  plain,
}: {
  container: ContainerView;
  plain: PlainMap;
}) {
  const { set } = useContainerField(container.name);
  const textOf = useTextOf({ container: container.name });
  const firstPort = container.ports.find((p) => p.containerPort != null)?.containerPort ?? 8080;
  return (
    <>
      {PROBES.map((probe) => (
        <ProbeFields
          key={probe.kind}
          {...probe}
          value={plain[probe.kind]}
          set={set}
          textOf={textOf}
          fallbackPort={firstPort}
          container={container}
        />
      ))}
    </>
  );
}

function ProbeFields({
  kind: probeKey,
  title,
  hint,
  value,
  set,
  textOf,
  fallbackPort,
  container,
}: {
  container: ContainerView;
  kind: ProbeKind;
  title: string;
  hint: string;
  value: unknown;
  set: SetField;
  textOf: TextOf;
  fallbackPort: number;
}) {
  const probe = asMap(value);
  const handler = probeHandler(probe);
  const handlerValue = handler ? (asMap(probe?.[handler]) ?? {}) : {};
  const setProbe = (path: (string | number)[], v: unknown) => set([probeKey, ...path], v);
  const other = probe != null && handler == null;

  return (
    <fieldset className="inspector-list inspector-probe">
      <legend className="inspector-list__legend">{title}</legend>
      <SelectField
        label="Type"
        // A probe with no handler the form knows (none, or two) is "Other", not "None": None
        // takes the probe away.
        value={handler ?? (other ? OTHER : '')}
        options={other ? [...HANDLERS, { value: OTHER, label: 'Other (edit in YAML)' }] : HANDLERS}
        hint={hint}
        onCommit={(kind) =>
          kind === OTHER
            ? null
            : kind === ''
              ? setProbe([], undefined)
              : set([probeKey], withProbeHandler(probe, kind as ProbeHandler, fallbackPort))
        }
      />
      {(handler === 'httpGet' || handler === 'tcpSocket' || handler === 'grpc') && (
        // Fields with hints of their own, which differ in height: lined up by their labels.
        <FieldRow className="inspector-row--top">
          <TextField
            className="inspector-row__port"
            label="Port"
            // Its schema's words ("IntOrString is a type that can hold an int32 or a string")
            // tell a user nothing about what to write.
            hint={handler === 'grpc' ? 'A number' : 'A number or a name'}
            value={asText(handlerValue.port)}
            check={handler === 'grpc' ? checkInteger(1, 65535) : checkProbePort(container)}
            mono
            onCommit={(text) => setProbe([handler, 'port'], portRefValue(text))}
          />
          {handler === 'httpGet' && (
            <TextField
              className="inspector-row__grow"
              label="Path"
              {...textOf([probeKey, handler, 'path'], handlerValue.path)}
              placeholder="/"
              mono
              onCommit={(text) => setProbe([handler, 'path'], text === '' ? undefined : text)}
            />
          )}
        </FieldRow>
      )}
      {handler === 'exec' && (
        <StringList
          label="Command"
          itemLabel="Command item"
          items={asList(handlerValue.command).map((item, index) =>
            textOf([probeKey, 'exec', 'command', index], item),
          )}
          onSet={(index, text) => setProbe(['exec', 'command', index], text)}
          onRemove={(index) =>
            // Its last item gone, the probe would run nothing, which Kubernetes refuses.
            asList(handlerValue.command).length === 1
              ? 'An exec probe runs a command: change this item, or choose the type None to remove the probe.'
              : setProbe(['exec', 'command', index], undefined)
          }
          onAdd={(text) => setProbe(['exec', 'command', asList(handlerValue.command).length], text)}
        />
      )}
      {probe && (
        <div className="inspector-grid">
          {PROBE_TIMINGS.map((timing) => (
            <TextField
              key={timing.key}
              label={timing.label}
              value={asText(probe[timing.key])}
              check={optional(checkInteger(timing.min))}
              placeholder={timing.placeholder}
              numeric
              onCommit={(text) => setProbe([timing.key], parseInteger(text) ?? undefined)}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}
