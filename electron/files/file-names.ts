import path from 'node:path';

export const MANIFEST_EXTENSIONS = ['yaml', 'yml'] as const;

export const MANIFEST_FILTERS = [
  { name: 'YAML manifests', extensions: [...MANIFEST_EXTENSIONS] },
  { name: 'All files', extensions: ['*'] },
];

export const DEFAULT_FILE_NAME = 'pod.yaml';

/** True for `.yaml` and `.yml` files, the only kinds the desktop opens by path. */
export function hasManifestExtension(filePath: string): boolean {
  const extension = path.extname(filePath).slice(1).toLowerCase();
  return (MANIFEST_EXTENSIONS as readonly string[]).includes(extension);
}

/**
 * A file name for a save dialog from a name the renderer suggests: no directories, no characters
 * that some file system rejects, and a YAML extension.
 */
export function safeFileName(suggested: string): string {
  const base = suggested.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 200);
  if (cleaned === '') return DEFAULT_FILE_NAME;
  return hasManifestExtension(cleaned) ? cleaned : `${cleaned}.yaml`;
}
