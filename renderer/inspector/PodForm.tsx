import type { PodEdit, PodView } from '../../shared';
import {
  asMap,
  asText,
  checkDnsLabel,
  checkDnsSubdomain,
  checkInteger,
  checkLabelValue,
  checkQualifiedName,
  optional,
  optionalText,
  parseInteger,
  valueAt,
  type PlainMap,
} from '../../shared/inspect';
import { CheckboxField, SelectField } from './choice-fields';
import { Section, TextField } from './fields';
import { YamlField } from './YamlField';
import { KeyValueRows } from './lists';
import { useCommit } from './use-commit';
import { useTextOf } from './form-document';

type FieldPath = (string | number)[];

const NO_MAP: PlainMap = {};

const RESTART_POLICIES = [
  { value: '', label: 'Always (default)' },
  { value: 'Always', label: 'Always' },
  { value: 'OnFailure', label: 'OnFailure' },
  { value: 'Never', label: 'Never' },
];

const SECCOMP_TYPES = [
  { value: '', label: 'Not set' },
  { value: 'RuntimeDefault', label: 'RuntimeDefault' },
  { value: 'Localhost', label: 'Localhost' },
  { value: 'Unconfined', label: 'Unconfined' },
];

/** What the restart policy means here: controllers accept only some values. */
function restartHint(kind: PodView['kind']): string {
  if (kind === 'Job' || kind === 'CronJob') return 'A Job’s Pods must use OnFailure or Never';
  if (kind !== 'Pod') return `A ${kind}’s Pods must use Always`;
  return 'Applies to every container of the Pod';
}

/** The Pod: metadata, spec-level settings, security and scheduling. */
export function PodForm({
  view,
  document,
  pod,
}: {
  view: PodView;
  document: PlainMap | null;
  pod: PlainMap;
}) {
  const commit = useCommit();
  const podText = useTextOf({ pod: true });
  const documentText = useTextOf({ document: true });
  const workload = view.kind !== 'Pod';
  const setPod = (path: FieldPath, value: unknown) =>
    commit({ type: 'setField', target: { pod: true }, path, value });
  const setDocument = (path: FieldPath, value: unknown) =>
    commit({ type: 'setField', target: { document: true }, path, value });
  const spec = (path: FieldPath) => valueAt(pod, ['spec', ...path]);
  const security = asMap(spec(['securityContext'])) ?? {};
  const seccomp = asMap(security.seccompProfile) ?? {};

  /** Map rows under the Pod: a key is renamed where it stands, its value and comments kept. */
  function mapRows(path: FieldPath) {
    const setKey = (key: string, value: unknown): PodEdit => ({
      type: 'setField',
      target: { pod: true },
      path: [...path, key],
      value,
    });
    return {
      map: asMap(valueAt(pod, path)) ?? NO_MAP,
      textOf: (key: string, value: unknown) => podText([...path, key], value),
      onSetValue: (key: string, value: string) => commit(setKey(key, value)),
      onAdd: (key: string, value: string) => commit(setKey(key, value)),
      onRemove: (key: string) => commit(setKey(key, undefined)),
      onRenameKey: (key: string, newKey: string) =>
        commit({ type: 'renameKey', target: { pod: true }, path: [...path, key], newKey }),
    };
  }

  const seccompType = asText(seccomp.type);

  return (
    <>
      <Section title="Metadata">
        <TextField
          label={workload ? `${view.kind} name` : 'Name'}
          {...documentText(['metadata', 'name'], valueAt(document, ['metadata', 'name']))}
          check={checkDnsSubdomain}
          mono
          onCommit={(value) => setDocument(['metadata', 'name'], value)}
        />
        <TextField
          label="Namespace"
          {...documentText(['metadata', 'namespace'], valueAt(document, ['metadata', 'namespace']))}
          check={optional(checkDnsLabel)}
          placeholder="default"
          mono
          onCommit={(value) => setDocument(['metadata', 'namespace'], optionalText(value))}
        />
        <KeyValueRows
          label={workload ? 'Pod template labels' : 'Labels'}
          checkKey={checkQualifiedName}
          checkValue={checkLabelValue}
          {...mapRows(['metadata', 'labels'])}
        />
        <KeyValueRows
          label={workload ? 'Pod template annotations' : 'Annotations'}
          checkKey={checkQualifiedName}
          {...mapRows(['metadata', 'annotations'])}
        />
      </Section>

      <Section title="Pod settings">
        <TextField
          label="Service account"
          {...podText(['spec', 'serviceAccountName'], spec(['serviceAccountName']))}
          check={optional(checkDnsSubdomain)}
          placeholder="default"
          mono
          onCommit={(value) => setPod(['spec', 'serviceAccountName'], optionalText(value))}
        />
        <SelectField
          label="Restart policy"
          value={asText(spec(['restartPolicy']))}
          options={RESTART_POLICIES}
          hint={restartHint(view.kind)}
          onCommit={(value) => setPod(['spec', 'restartPolicy'], optionalText(value))}
        />
        <TextField
          label="Termination grace period (s)"
          value={asText(spec(['terminationGracePeriodSeconds']))}
          check={optional(checkInteger(0))}
          placeholder="30"
          numeric
          onCommit={(value) =>
            setPod(['spec', 'terminationGracePeriodSeconds'], parseInteger(value) ?? undefined)
          }
        />
        <TextField
          label="Hostname"
          {...podText(['spec', 'hostname'], spec(['hostname']))}
          check={optional(checkDnsLabel)}
          placeholder="the Pod's name"
          mono
          onCommit={(value) => setPod(['spec', 'hostname'], optionalText(value))}
        />
      </Section>

      <Section title="Pod security context" open={spec(['securityContext']) !== undefined}>
        <CheckboxField
          label="Run as non-root"
          checked={security.runAsNonRoot === true}
          onCommit={(on) => setPod(['spec', 'securityContext', 'runAsNonRoot'], on || undefined)}
        />
        <TextField
          label="Run as user (UID)"
          value={asText(security.runAsUser)}
          check={optional(checkInteger(0, 2147483647))}
          numeric
          onCommit={(value) =>
            setPod(['spec', 'securityContext', 'runAsUser'], parseInteger(value) ?? undefined)
          }
        />
        <TextField
          label="fsGroup (GID)"
          value={asText(security.fsGroup)}
          check={optional(checkInteger(0, 2147483647))}
          hint="Volumes are made writable by this group"
          numeric
          onCommit={(value) =>
            setPod(['spec', 'securityContext', 'fsGroup'], parseInteger(value) ?? undefined)
          }
        />
        <SelectField
          label="Seccomp profile"
          value={seccompType}
          options={SECCOMP_TYPES}
          onCommit={(type) =>
            setPod(
              ['spec', 'securityContext', 'seccompProfile'],
              type === '' ? undefined : { type },
            )
          }
        />
        {seccompType === 'Localhost' && (
          <TextField
            label="Localhost profile"
            {...podText(
              ['spec', 'securityContext', 'seccompProfile', 'localhostProfile'],
              seccomp.localhostProfile,
            )}
            mono
            onCommit={(value) =>
              setPod(
                ['spec', 'securityContext', 'seccompProfile', 'localhostProfile'],
                optionalText(value),
              )
            }
          />
        )}
      </Section>

      <Section
        title="Scheduling"
        open={['nodeSelector', 'tolerations', 'affinity'].some((key) => spec([key]) !== undefined)}
      >
        <KeyValueRows
          label="Node selector"
          checkKey={checkQualifiedName}
          checkValue={checkLabelValue}
          {...mapRows(['spec', 'nodeSelector'])}
        />
        <YamlField
          label="Tolerations"
          target={{ pod: true }}
          path={['spec', 'tolerations']}
          value={spec(['tolerations'])}
          expect="list"
        />
        <YamlField
          label="Affinity"
          target={{ pod: true }}
          path={['spec', 'affinity']}
          value={spec(['affinity'])}
          expect="map"
        />
      </Section>
    </>
  );
}
