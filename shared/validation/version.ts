import { SCHEMA_VERSIONS } from './schema/known-fields';

/**
 * The newest stable Kubernetes minor version whose API schema the app ships: the default target.
 */
export const DEFAULT_KUBERNETES_VERSION: string = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!;

export interface KubeVersion {
  major: number;
  minor: number;
}

/** Reads `1.29`, `v1.29.3`, `1.29.0-rc.1`; falls back to the default for anything else. */
export function parseKubeVersion(text: string | undefined): KubeVersion {
  const match = /^v?(\d+)\.(\d+)/.exec((text ?? '').trim());
  const fallback = /^(\d+)\.(\d+)/.exec(DEFAULT_KUBERNETES_VERSION)!;
  const [, major, minor] = match ?? fallback;
  return { major: Number(major), minor: Number(minor) };
}

export function isBefore(version: KubeVersion, major: number, minor: number): boolean {
  return version.major < major || (version.major === major && version.minor < minor);
}
