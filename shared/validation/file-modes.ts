/**
 * File modes (a volume's `defaultMode`, an item's `mode`) as people write them and as the API
 * reads them. The API takes a number, 0 to 0777; people think of permissions in octal digits.
 * This app writes a mode back as its decimal value (`0644` → 420), the one reading YAML 1.1
 * (kubectl) and YAML 1.2 (this app, most editors) agree on.
 */

import type { PathKey } from '../manifest/nodes';

/** The keys that hold file mode bits in a Pod spec. */
export const MODE_FIELDS: ReadonlySet<string> = new Set(['defaultMode', 'mode']);

export function isModeField(path: readonly PathKey[]): boolean {
  const key = path[path.length - 1];
  return typeof key === 'string' && MODE_FIELDS.has(key);
}

/** `rw-r--r--` for 0644. */
export function permissionText(mode: number): string {
  const bits = 'rwxrwxrwx';
  return [...bits].map((c, i) => ((mode >> (8 - i)) & 1 ? c : '-')).join('');
}

/** Octal digits people give whole classes of users: none, r, r-x, rw-, rwx. */
const PLAUSIBLE = /^[04-7]{3}$/;

/** Whether three octal digits read like a mode someone chose: owner ≥ group ≥ others, no -w-. */
function plausible(digits: string): boolean {
  return PLAUSIBLE.test(digits) && digits[0]! >= digits[1]! && digits[1]! >= digits[2]!;
}

/**
 * The mode meant by a decimal number that reads as octal permissions (`400`, `440`, `444`)
 * while its own value is a mode nobody chooses (400 is 0620, `rw--w----`): the octal value, or
 * null. 420 (0644) or 256 (0400) are written on purpose and are left alone.
 */
export function octalSlip(value: number): number | null {
  if (!Number.isInteger(value) || value < 0 || value > 0o777) return null;
  const digits = String(value);
  if (!plausible(digits)) return null;
  if (plausible(value.toString(8).padStart(3, '0'))) return null;
  return parseInt(digits, 8);
}

/**
 * The mode meant by quoted digits (`"0400"`, `"644"`): the octal value when they are written
 * as octal (a leading 0, or `0o`), or read as decimal they are out of range or an octal slip;
 * null when the decimal reading stands, or the digits are no mode at all.
 */
export function quotedMode(text: string): { value: number; octal: string } | null {
  const trimmed = text.trim();
  const octal = /^0o?([0-7]{1,4})$/i.exec(trimmed)?.[1];
  const digits = octal ?? (/^[0-7]{3}$/.test(trimmed) ? trimmed : null);
  if (digits === null) return null;
  const value = parseInt(digits, 8);
  if (value > 0o777) return null;
  if (octal === undefined && Number(digits) <= 0o777 && octalSlip(Number(digits)) === null) {
    return null;
  }
  return { value, octal: `0${value.toString(8).padStart(3, '0')}` };
}
