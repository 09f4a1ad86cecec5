/** One replacement in a text: what an undo step keeps instead of the whole text. */
export interface TextPatch {
  from: number;
  to: number;
  insert: string;
}

export function applyPatch(text: string, { from, to, insert }: TextPatch): string {
  return text.slice(0, from) + insert + text.slice(to);
}

/** The smallest single replacement that turns `a` into `b`. */
export function patchBetween(a: string, b: string): TextPatch {
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  return { from: start, to: endA, insert: b.slice(start, endB) };
}

/**
 * Where `offset` of `a` is in `b`: as far from the end when the text after it is as it was (text
 * inserted just before it, such as a line typed above a document's `---`, goes before it), the
 * same place when the text before it is, and else the start of what differs.
 */
export function offsetIn(a: string, b: string, offset: number): number {
  if (a === b) return offset;
  const { from, to, insert } = patchBetween(a, b);
  if (offset >= to) return offset + insert.length - (to - from);
  return Math.min(offset, from);
}

/** `patches` applied one after the other, each to the text the one before it made. */
export function applyPatches(text: string, patches: readonly TextPatch[]): string {
  return patches.reduce(applyPatch, text);
}

/** The patches that undo `patches` once they have been applied to `text`, in their order. */
export function invertPatches(text: string, patches: readonly TextPatch[]): TextPatch[] {
  const inverse: TextPatch[] = [];
  let before = text;
  for (const patch of patches) {
    inverse.unshift(invertPatch(before, patch));
    before = applyPatch(before, patch);
  }
  return inverse;
}

/** The patch that undoes `patch` once it has been applied to `text`. */
export function invertPatch(text: string, patch: TextPatch): TextPatch {
  return {
    from: patch.from,
    to: patch.from + patch.insert.length,
    insert: text.slice(patch.from, patch.to),
  };
}
