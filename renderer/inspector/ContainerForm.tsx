import type { ContainerRole, ContainerView, NewContainerRole, PodView } from '../../shared';
import { nodeId } from '../../shared';
import {
  asList,
  asMap,
  asText,
  checkDnsLabel,
  checkImage,
  checkInteger,
  checkMemory,
  checkQuantity,
  optional,
  PROBE_KINDS,
  parseInteger,
  quantityEdit,
  type Check,
  type PlainMap,
} from '../../shared/inspect';
import { CheckboxField, SelectField, type Option } from './choice-fields';
import { derivedPullPolicy } from '../../shared/manifest/cluster/defaults';
import { GroupMessage, Section, TextField } from './fields';
import { YamlField } from './YamlField';
import { StringList } from './lists';
import { ContainerPorts } from './ContainerPorts';
import { ContainerEnv } from './ContainerEnv';
import { ContainerEnvFrom } from './ContainerEnvFrom';
import { ContainerProbes } from './ContainerProbes';
import { ContainerMounts } from './MountFields';
import { useContainerField } from './container-edit';
import { useTextOf } from './form-document';
import { useSelect } from './use-commit';
import { useState } from 'react';

export const ROLE_NAMES: Record<ContainerRole, string> = {
  init: 'Init container',
  'native-sidecar': 'Native sidecar',
  main: 'Main container',
  sidecar: 'Sidecar',
};

const ROLE_OPTIONS = [
  { value: 'app', label: 'Main container' },
  { value: 'sidecar', label: 'Sidecar' },
  { value: 'init', label: 'Init container' },
  { value: 'native-sidecar', label: 'Native sidecar' },
];

const ROLE_HINTS: Record<ContainerRole, string> = {
  main: 'The container kubectl logs and exec pick by default',
  sidecar: 'Starts with the main container and runs beside it',
  init: 'Runs to completion, in order, before the app containers start',
  'native-sidecar': 'An init container with restartPolicy: Always: starts first, keeps running',
};

const PULL_POLICIES = [
  { value: 'Always', label: 'Always' },
  { value: 'IfNotPresent', label: 'IfNotPresent' },
  { value: 'Never', label: 'Never' },
];

/**
 * The pull policies, the default named by what the API server sets for `image` (Always for
 * `:latest` or no tag, else IfNotPresent). A select shows its choice on one line: the rule itself,
 * "Default (Always for :latest, else IfNotPresent)", was cut off in a pane narrower than 400 px.
 */
function pullPolicies(image: unknown): Option[] {
  const derived = derivedPullPolicy(image);
  return [{ value: '', label: derived ? `Default (${derived})` : 'Default' }, ...PULL_POLICIES];
}

const RESOURCES: {
  path: ['requests' | 'limits', 'cpu' | 'memory'];
  label: string;
  check: Check;
  placeholder: string;
}[] = [
  { path: ['requests', 'cpu'], label: 'CPU request', check: checkQuantity, placeholder: '250m' },
  {
    path: ['requests', 'memory'],
    label: 'Memory request',
    check: checkMemory,
    placeholder: '128Mi',
  },
  { path: ['limits', 'cpu'], label: 'CPU limit', check: checkQuantity, placeholder: '500m' },
  { path: ['limits', 'memory'], label: 'Memory limit', check: checkMemory, placeholder: '256Mi' },
];

/** A container: identity, command, ports, environment, resources, probes, security, mounts. */
export function ContainerForm({
  container,
  plain,
  view,
}: {
  container: ContainerView;
  plain: PlainMap;
  view: PodView;
}) {
  const { set, commit } = useContainerField(container.name);
  const textOf = useTextOf({ container: container.name });
  const select = useSelect();
  const [roleFailure, setRoleFailure] = useState<string | null>(null);
  const taken = view.containers.map((c) => c.name);
  const checkName: Check = (text) =>
    checkDnsLabel(text) ??
    (text !== container.name && taken.includes(text)
      ? `"${text}" already names a container`
      : null);
  const list = (key: 'command' | 'args') =>
    asList(plain[key]).map((item, index) => textOf([key, index], item));
  const security = asMap(plain.securityContext) ?? {};
  const drop = asList(asMap(security.capabilities)?.drop).map(asText);

  return (
    <>
      <Section title="Identity">
        <TextField
          label="Name"
          value={container.name}
          check={checkName}
          mono
          onCommit={(newName) => {
            const error = commit({ type: 'renameContainer', name: container.name, newName });
            if (!error) select([nodeId.container(newName)]);
            return error;
          }}
        />
        <TextField
          label="Image"
          {...textOf(['image'], plain.image)}
          check={checkImage}
          placeholder="nginx:1.27"
          mono
          onCommit={(value) => set(['image'], value)}
        />
        <SelectField
          label="Image pull policy"
          value={asText(plain.imagePullPolicy)}
          options={pullPolicies(plain.image)}
          onCommit={(value) => set(['imagePullPolicy'], value === '' ? undefined : value)}
        />
        <SelectField
          label="Role"
          value={container.role === 'main' ? 'app' : container.role}
          options={ROLE_OPTIONS}
          hint={ROLE_HINTS[container.role]}
          onCommit={(role) =>
            commit({ type: 'moveContainer', name: container.name, role: role as NewContainerRole })
          }
        />
        {container.role === 'sidecar' && (
          <button
            type="button"
            className="inspector-button"
            onClick={() =>
              setRoleFailure(commit({ type: 'setMainContainer', name: container.name }))
            }
          >
            Make main container
          </button>
        )}
        <GroupMessage message={roleFailure} />
      </Section>

      <Section title="Command & args">
        {(['command', 'args'] as const).map((key) => (
          <StringList
            key={key}
            label={key === 'command' ? 'Command' : 'Args'}
            itemLabel={key === 'command' ? 'Command item' : 'Arg'}
            items={list(key)}
            onSet={(index, value) => set([key, index], value)}
            onRemove={(index) => set([key, index], undefined)}
            onAdd={(value) => set([key, asList(plain[key]).length], value)}
          />
        ))}
      </Section>

      <Section title="Ports">
        <ContainerPorts container={container} view={view} />
      </Section>

      <Section title="Environment">
        <ContainerEnv name={container.name} plain={plain} />
        <ContainerEnvFrom name={container.name} plain={plain} />
      </Section>

      <Section title="Resources">
        <p className="inspector-note">
          Requests are what the scheduler reserves; limits are the most the container may use. A
          limit without a request makes the request equal to the limit.
        </p>
        <div className="inspector-grid">
          {RESOURCES.map(({ path, label, check, placeholder }) => {
            const at = ['resources', ...path];
            const value = asMap(asMap(plain.resources)?.[path[0]])?.[path[1]];
            return (
              <TextField
                key={label}
                label={label}
                // As written (`1.10`, not the 1.1 it is read as; see useTextOf): a number is a
                // quantity too.
                value={textOf(at, value).value}
                check={optional(check)}
                placeholder={placeholder}
                mono
                onCommit={(typed) =>
                  commit(quantityEdit({ container: container.name }, at, typed, value))
                }
              />
            );
          })}
        </div>
      </Section>

      {container.role !== 'init' && (
        <Section title="Probes" open={PROBE_KINDS.some((key) => plain[key] !== undefined)}>
          <ContainerProbes container={container} plain={plain} />
        </Section>
      )}

      <Section title="Security context" open={plain.securityContext !== undefined}>
        <CheckboxField
          label="Run as non-root"
          checked={security.runAsNonRoot === true}
          onCommit={(on) => set(['securityContext', 'runAsNonRoot'], on || undefined)}
        />
        <TextField
          label="Run as user (UID)"
          value={asText(security.runAsUser)}
          check={optional(checkInteger(0, 2147483647))}
          numeric
          onCommit={(value) =>
            set(['securityContext', 'runAsUser'], parseInteger(value) ?? undefined)
          }
        />
        <CheckboxField
          label="Read-only root filesystem"
          checked={security.readOnlyRootFilesystem === true}
          onCommit={(on) => set(['securityContext', 'readOnlyRootFilesystem'], on || undefined)}
        />
        <CheckboxField
          label="Allow privilege escalation"
          checked={security.allowPrivilegeEscalation !== false}
          hint="Allowed unless set to false"
          onCommit={(on) =>
            set(['securityContext', 'allowPrivilegeEscalation'], on ? undefined : false)
          }
        />
        <CheckboxField
          label="Privileged"
          checked={security.privileged === true}
          onCommit={(on) => set(['securityContext', 'privileged'], on || undefined)}
        />
        <CheckboxField
          label="Drop all capabilities"
          checked={drop.includes('ALL')}
          onCommit={(on) => {
            const path = ['securityContext', 'capabilities', 'drop'];
            if (on) return set([...path, drop.length], 'ALL');
            // Removing the last item removes the emptied list and mappings too.
            return set([...path, drop.indexOf('ALL')], undefined);
          }}
        />
      </Section>

      {container.role !== 'init' && (
        <Section title="Lifecycle hooks" open={plain.lifecycle !== undefined}>
          <YamlField
            label="Lifecycle (postStart, preStop)"
            target={{ container: container.name }}
            path={['lifecycle']}
            value={plain.lifecycle}
            expect="map"
            hint="YAML such as preStop: { exec: { command: [sleep, '5'] } }; applied when you leave the field or press Ctrl+Enter"
          />
        </Section>
      )}

      <Section title="Volume mounts">
        <ContainerMounts container={container} view={view} />
      </Section>
    </>
  );
}
