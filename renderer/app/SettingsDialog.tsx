import { useMemo } from 'react';
import { ruleInfo } from '../../shared';
import { KUBERNETES_VERSIONS, POD_SECURITY_LEVELS, useSettings } from '../settings/settings-store';
import { Dialog } from './Dialog';

/** The target Kubernetes version and the rules to check. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const {
    kubernetesVersion,
    disabledRules,
    podSecurityLevel,
    setKubernetesVersion,
    setRuleEnabled,
    setPodSecurityLevel,
  } = useSettings();
  const rules = useMemo(() => ruleInfo(), []);
  return (
    <Dialog
      title="Settings"
      onClose={onClose}
      actions={
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <label className="settings__field">
        Target Kubernetes version
        <select value={kubernetesVersion} onChange={(e) => setKubernetesVersion(e.target.value)}>
          {KUBERNETES_VERSIONS.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label className="settings__field">
        Pod Security level enforced
        <select
          value={podSecurityLevel}
          onChange={(e) =>
            setPodSecurityLevel(
              POD_SECURITY_LEVELS.find((l) => l.level === e.target.value)?.level ?? 'privileged',
            )
          }
        >
          {POD_SECURITY_LEVELS.map(({ level, label }) => (
            <option key={level} value={level}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <p className="settings__hint">
        What the namespace&apos;s <code>pod-security.kubernetes.io/enforce</code> label says: a
        control of that level is an error, as the admission refuses the Pod.
      </p>
      <fieldset className="settings__rules">
        <legend>Rules</legend>
        <p className="settings__hint">
          A file can turn rules off for itself with the annotation{' '}
          <code>pod-builder.dev/disable-rules</code>.
        </p>
        <ul>
          {rules.map((rule) => (
            <li key={rule.id}>
              <label title={rule.explanation}>
                <input
                  type="checkbox"
                  checked={!disabledRules.includes(rule.id)}
                  onChange={(e) => setRuleEnabled(rule.id, e.target.checked)}
                />
                <span>{rule.title}</span>
                <code>{rule.id}</code>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </Dialog>
  );
}
