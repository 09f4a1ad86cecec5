import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_KUBERNETES_VERSION } from '../../shared';
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

export const KUBERNETES_VERSIONS = ['1.34', '1.33', '1.32', '1.31', '1.30', '1.29', '1.28', '1.27'];

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
    { name: 'pod-builder.settings', version: 1 },
  ),
);
