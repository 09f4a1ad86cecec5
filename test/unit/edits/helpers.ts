import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { applyEdit } from '../../../shared/edits/apply-edit';
import type { PodEdit } from '../../../shared/edits/types';
import type { ManifestOptions } from '../../../shared/manifest/types';

export const anatomy = readFileSync(
  new URL('../../../assets/templates/pod-anatomy.yaml', import.meta.url),
  'utf8',
);

/** Applies an edit that must succeed and returns the new text. */
export function edit(text: string, podEdit: PodEdit, options?: ManifestOptions): string {
  const result = applyEdit(text, podEdit, options);
  if (!result.ok) throw new Error(`edit failed: ${result.error}`);
  return result.text;
}

export function editError(text: string, podEdit: PodEdit, options?: ManifestOptions): string {
  const result = applyEdit(text, podEdit, options);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
}

/** The changed lines between two texts: the lines removed and the lines inserted. */
export function changedSpan(before: string, after: string): { removed: string; inserted: string } {
  const a = before.split(/(?<=\n)/);
  const b = after.split(/(?<=\n)/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  ) {
    end++;
  }
  return {
    removed: a.slice(start, a.length - end).join(''),
    inserted: b.slice(start, b.length - end).join(''),
  };
}
