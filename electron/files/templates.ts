import * as fs from 'node:fs/promises';
import path from 'node:path';
import { describeTemplate, isTemplateId } from '../../shared/host';
import type { TemplateInfo } from '../../shared/host';
import { UserFacingError } from '../user-facing-error';
import { readManifest } from './read-manifest';

/** The templates shipped in `assets/templates/`, sorted by title. */
export async function listTemplates(directory: string): Promise<TemplateInfo[]> {
  let names: string[];
  try {
    names = await fs.readdir(directory);
  } catch {
    return [];
  }
  const templates: TemplateInfo[] = [];
  for (const name of names) {
    const id = name.replace(/\.yaml$/, '');
    if (!name.endsWith('.yaml') || !isTemplateId(id)) continue;
    const { text } = await readManifest(path.join(directory, name));
    templates.push(describeTemplate(id, text));
  }
  return templates.sort((a, b) => a.title.localeCompare(b.title));
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
