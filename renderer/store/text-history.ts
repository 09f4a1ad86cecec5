import type { StateCreator, StoreApi, StoreMutatorIdentifier } from 'zustand';
import type { TemporalState, ZundoOptions } from 'zundo';
import { applyPatches, invertPatches, patchBetween, type TextPatch } from './text-patch';

/**
 * An undo step: the patches that turn the text after it back into the text before it. A step
 * costs memory in proportion to its change, not to the text (a full copy of the large Pod's
 * text was 128 KB a step, 66 MB at the limit of 500).
 */
export interface History {
  text?: string;
  patches?: TextPatch[];
}

/** How many steps the history keeps. */
const LIMIT = 500;

/** How many patches a burst of typing's step keeps, one per key, before they become one. */
const JOINED_PATCHES = 64;

/**
 * zundo's options for a history of text patches. zundo stores what `diff` returns and, to undo
 * a step, sets it on the store: `withTextPatches` turns a set patch into the patched text.
 * `join()` says whether this change joins the step before it (a burst of typing is one step);
 * `made()` gives the splices of the last structured edit, which say what it changed more
 * closely than one span from its first change to its last (a rename in 30 places).
 */
export function patchHistory<S extends { text: string }>(
  temporalOf: () => StoreApi<TemporalState<History>>,
  join: () => boolean,
  made: () => { before: string; after: string; splices: readonly TextPatch[] } | null,
): ZundoOptions<S, History> {
  /**
   * The change recorded last in this task. A change made while another change of the store was
   * being set (a listener that took the typed text when the worker's checks came) is seen by
   * both sets: it is recorded once.
   */
  let recorded: { past: string; current: string } | null = null;
  return {
    partialize: (state) => ({ text: state.text }),
    limit: LIMIT,
    // From the state after a change (or, on undo and redo, after the patch) back to `past`.
    diff: (past, current) => {
      if (past.text === undefined) return null;
      if (current.patches) {
        // An undo or a redo: the same change made again after it is a change of its own.
        recorded = null;
        return { patches: invertPatches(past.text, current.patches) };
      }
      if (current.text === undefined || current.text === past.text) return null;
      if (recorded?.past === past.text && recorded.current === current.text) return null;
      if (!recorded) queueMicrotask(() => (recorded = null));
      recorded = { past: past.text, current: current.text };
      const edit = made();
      if (edit?.before === past.text && edit.after === current.text) {
        return { patches: invertPatches(past.text, edit.splices) };
      }
      return { patches: [patchBetween(current.text, past.text)] };
    },
    // (zundo types the wrapped function as `setState`; it is its four-argument `_handleSet`.)
    handleSet: (handleSet) => {
      const record = handleSet as unknown as (...args: unknown[]) => void;
      return (past, replace, current, delta) => {
        const temporal = temporalOf();
        const steps = temporal.getState().pastStates;
        const last = steps[steps.length - 1];
        const before = (past as History).text;
        if (!join() || !last?.patches || before === undefined || current.text === undefined) {
          record(past, replace, current, delta);
          return;
        }
        // A change of its own, joined to the step before: what was undone is gone for good.
        if (temporal.getState().futureStates.length) temporal.setState({ futureStates: [] });
        // The step's patches now start from the text as it is: this change's undo, then the
        // burst's (the burst's start is unchanged). Past JOINED_PATCHES, they become one patch,
        // found by a walk through the text.
        const undo = (delta as History | null)?.patches;
        if (undo && undo.length + last.patches.length <= JOINED_PATCHES) {
          steps[steps.length - 1] = { patches: [...undo, ...last.patches] };
          return;
        }
        const start = applyPatches(before, last.patches);
        steps[steps.length - 1] = { patches: [patchBetween(current.text, start)] };
      };
    },
  };
}

/** Lets zundo set `{ patches }` on the store: they become the patched text. */
export function withTextPatches<
  S extends { text: string },
  M extends [StoreMutatorIdentifier, unknown][],
>(creator: StateCreator<S, [], M>): StateCreator<S, [], M> {
  return (set, get, api) => {
    const patched = ((partial: unknown, replace?: boolean) => {
      if (typeof partial === 'object' && partial !== null && 'patches' in partial) {
        const { patches, ...rest } = partial as { patches: TextPatch[] };
        return (set as (p: unknown, r?: boolean) => void)(
          { ...rest, text: applyPatches(get().text, patches) },
          replace,
        );
      }
      return (set as (p: unknown, r?: boolean) => void)(partial, replace);
    }) as typeof set;
    return creator(patched, get, api);
  };
}
