import type { InspectTarget } from './read-target';

/**
 * What a canvas selection asks the inspector to show: one container, volume or mount link
 * (`mount:<container>:<index>`); the Pod when nothing or several things are selected.
 */
export function targetOfSelection(selection: readonly string[]): InspectTarget {
  if (selection.length !== 1) return { pod: true };
  const id = selection[0]!;
  if (id.startsWith('container:')) return { container: id.slice('container:'.length) };
  if (id.startsWith('volume:')) return { volume: id.slice('volume:'.length) };
  if (id.startsWith('mount:')) {
    // Container names hold no ':', so the last one separates the index.
    const rest = id.slice('mount:'.length);
    const at = rest.lastIndexOf(':');
    const index = Number(rest.slice(at + 1));
    if (at > 0 && Number.isInteger(index) && index >= 0) {
      return { mount: { container: rest.slice(0, at), index } };
    }
  }
  return { pod: true };
}
