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

/**
 * `target` (`1.28`) when it is older than native sidecars on by default (1.29: alpha behind a
 * feature gate in 1.28, refused before), so that a gesture does not make one; `null` from 1.29.
 */
export function beforeNativeSidecars(target: string): string | null {
  const version = parseKubeVersion(target);
  return isBefore(version, 1, 29) ? `${version.major}.${version.minor}` : null;
}
