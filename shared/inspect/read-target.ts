import { plainDocument, readText } from '../manifest/load';
import type { ParsedManifest } from '../manifest/types';
import type { EditTarget } from '../edits/types';
import { asList, asMap, valueAt, type PlainMap } from './plain';

/** What the inspector shows: an edit target, or one mount of a container. */
export type InspectTarget = EditTarget | { mount: { container: string; index: number } };

/**
 * Every document of the text as plain JavaScript (aliases and merge keys resolved), or an empty
 * list when the text cannot be read. Never throws. It reuses the parse `parseManifest` made of
 * the same text, instead of parsing it once more on every keystroke.
 */
export function readDocuments(text: string): unknown[] {
  try {
    const loaded = readText(text);
    return loaded.docs.map((doc, i) => {
      try {
        return doc.errors.length ? null : plainDocument(loaded, i);
      } catch {
        return null;
      }
    });
  } catch {
    return [];
  }
}

function findNamed(list: unknown, name: string): PlainMap | null {
  for (const item of asList(list)) {
    const map = asMap(item);
    if (map && map.name === name) return map;
  }
  return null;
}

/**
 * The plain value of the target inside one document: the Pod object (its template for a
 * workload), a container (init containers first), a volume, a mount or the document itself.
 */
export function pickTarget(
  document: unknown,
  specPath: readonly string[],
  target: InspectTarget,
): PlainMap | null {
  const spec = valueAt(document, specPath);
  if ('document' in target) return asMap(document);
  if ('pod' in target) return asMap(valueAt(document, specPath.slice(0, -1)));
  if ('volume' in target) return findNamed(valueAt(spec, ['volumes']), target.volume);
  const containerName = 'mount' in target ? target.mount.container : target.container;
  const container =
    findNamed(valueAt(spec, ['initContainers']), containerName) ??
    findNamed(valueAt(spec, ['containers']), containerName);
  if (!('mount' in target)) return container;
  return asMap(valueAt(container, ['volumeMounts', target.mount.index]));
}

/** The plain value of `target` in the document the parse selected; null when there is none. */
export function readTarget(
  text: string,
  parsed: Pick<ParsedManifest, 'selected' | 'view'>,
  target: InspectTarget,
): PlainMap | null {
  if (parsed.selected == null || !parsed.view) return null;
  const document = readDocuments(text)[parsed.selected];
  return pickTarget(document, parsed.view.specPath, target);
}
