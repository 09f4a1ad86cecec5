import * as fs from 'node:fs/promises';
import path from 'node:path';
import { isTemplateId, orderTemplates, templateIdOfFile } from '../../shared/host';
import type { TemplateInfo } from '../../shared/host';
import { UserFacingError } from '../user-facing-error';
import { readManifest } from './read-manifest';

/** The file in the templates folder that gives the lesson's order, titles and descriptions. */
const TEMPLATE_INDEX_FILE = 'index.json';

/**
 * The templates shipped in `assets/templates/`, in the order of its `index.json` with the
 * unlisted ones after, sorted by title (see `orderTemplates`).
 */
export async function listTemplates(directory: string): Promise<TemplateInfo[]> {
  let names: string[];
  try {
    names = await fs.readdir(directory);
  } catch {
    return [];
  }
  const texts: Record<string, string> = {};
  for (const name of names) {
    const id = templateIdOfFile(name);
    if (id === null) continue;
    try {
      texts[id] = (await readManifest(path.join(directory, name))).text;
    } catch {
      // One file that cannot be read (binary, too large, a folder named like a template) is
      // left out, rather than taking every other template out of the menu with it.
    }
  }
  return orderTemplates(await readTemplateIndex(directory), texts);
}

/**
 * The parsed `index.json`, or undefined when it is missing, unreadable or not JSON: the list then
 * falls back to the titles, rather than failing for want of an order.
 */
async function readTemplateIndex(directory: string): Promise<unknown> {
  try {
    const text = await fs.readFile(path.join(directory, TEMPLATE_INDEX_FILE), 'utf8');
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A template's text, by id; ids are checked so no other file can be named. */
export async function readTemplate(directory: string, id: string): Promise<string> {
  if (!isTemplateId(id)) throw new UserFacingError(`There is no template called ${id}.`);
  try {
    return (await readManifest(path.join(directory, `${id}.yaml`))).text;
  } catch {
    throw new UserFacingError(`There is no template called ${id}.`);
  }
}
