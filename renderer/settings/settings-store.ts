import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_KUBERNETES_VERSION } from '../../shared';
import { SCHEMA_VERSIONS } from '../../shared/validation/schema/known-fields';
import { schemaVersionFor } from '../../shared/validation/schema/versions';
import { parseKubeVersion } from '../../shared/validation/version';
import type { PodSecurityLevel } from '../../shared';

/** Preferences of this installation (not of a file): kept in localStorage. */
export interface Settings {
  /** The cluster the manifests are meant for: rules that depend on it follow it. */
  kubernetesVersion: string;
  /** Rule ids turned off here (a file can turn off more with its annotation). */
  disabledRules: string[];
  /** The Pod Security Standards level the team's namespaces enforce: below it is an error. */
  podSecurityLevel: PodSecurityLevel;
}

interface SettingsActions {
  setKubernetesVersion(version: string): void;
  setRuleEnabled(ruleId: string, enabled: boolean): void;
  setPodSecurityLevel(level: PodSecurityLevel): void;
}

export const POD_SECURITY_LEVELS: { level: PodSecurityLevel; label: string }[] = [
  { level: 'privileged', label: 'Privileged (nothing enforced)' },
  { level: 'baseline', label: 'Baseline' },
  { level: 'restricted', label: 'Restricted' },
];

/** The versions whose own API schema the app ships, newest first. */
export const KUBERNETES_VERSIONS: readonly string[] = [...SCHEMA_VERSIONS].reverse();

/**
 * A version kept from before its list changed (1.31, 1.35 have no schema of their own): the
 * next newer one offered, whose schema it is checked against anyway.
 */
function offeredVersion(version: unknown): string {
  if (typeof version !== 'string') return DEFAULT_KUBERNETES_VERSION;
  if (KUBERNETES_VERSIONS.includes(version)) return version;
  return schemaVersionFor(parseKubeVersion(version));
}

export const useSettings = create<Settings & SettingsActions>()(
  persist(
    (set, get) => ({
      kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
      disabledRules: [],
      podSecurityLevel: 'privileged',
      setPodSecurityLevel: (podSecurityLevel) => set({ podSecurityLevel }),
      setKubernetesVersion: (kubernetesVersion) => set({ kubernetesVersion }),
      setRuleEnabled: (ruleId, enabled) => {
        const others = get().disabledRules.filter((id) => id !== ruleId);
        set({ disabledRules: enabled ? others : [...others, ruleId] });
      },
    }),
    {
      name: 'pod-builder.settings',
      version: 2,
      migrate: (stored) => {
        const settings = stored as Partial<Settings>;
        return { ...settings, kubernetesVersion: offeredVersion(settings.kubernetesVersion) };
      },
    },
  ),
);
