import path from 'node:path';
import type { ImageFormat } from '../../shared/host';

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

export const IMAGE_FILTERS: Readonly<
  Record<ImageFormat, { name: string; extensions: string[] }[]>
> = {
  png: [{ name: 'PNG image', extensions: ['png'] }],
  svg: [{ name: 'SVG image', extensions: ['svg'] }],
};

/** The last part of a suggested name, without characters that some file system rejects. */
function cleanName(suggested: string): string {
  const base = suggested.split(/[/\\]/).pop() ?? '';
  return (
    base
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 200)
  );
}

/**
 * A file name for a save dialog from a name the renderer suggests: no directories, no characters
 * that some file system rejects, and a YAML extension.
 */
export function safeFileName(suggested: string): string {
  const cleaned = cleanName(suggested);
  if (cleaned === '') return DEFAULT_FILE_NAME;
  return hasManifestExtension(cleaned) ? cleaned : `${cleaned}.yaml`;
}

/** The same for an image: its extension is the format's. */
export function safeImageName(suggested: string, format: ImageFormat): string {
  const cleaned = cleanName(suggested).replace(/\.(png|svg)$/i, '');
  return `${cleaned === '' ? 'pod' : cleaned}.${format}`;
}
