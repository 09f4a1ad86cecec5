import * as fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listTemplates } from '../../electron/files/templates';

let root: string;
let directory: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'pod-builder-templates-'));
  directory = path.join(root, 'templates');
  await fs.mkdir(directory);
  await fs.writeFile(path.join(root, 'outside.yaml'), '# Not a template.\nkind: Pod\n');
  await fs.writeFile(path.join(directory, 'batch-job.yaml'), '# Runs to completion.\nkind: Pod\n');
  await fs.writeFile(path.join(directory, 'pod-anatomy.yaml'), '# The diagram.\nkind: Pod\n');
  await fs.writeFile(path.join(directory, 'web-app.yaml'), '# A web server.\nkind: Pod\n');
  await fs.writeFile(path.join(directory, 'notes.txt'), 'not a template\n');
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function writeIndex(content: unknown): Promise<void> {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  await fs.writeFile(path.join(directory, 'index.json'), text);
}

describe('listTemplates', () => {
  it('follows index.json: its order and words first, then the unlisted files by title', async () => {
    await writeIndex([
      { file: 'web-app.yaml', title: 'The web app', description: 'Where the lesson starts.' },
      { file: 'missing.yaml', title: 'Missing' },
      { file: '../outside.yaml', title: 'Outside' },
      { file: 'pod-anatomy.yaml' },
    ]);
    await expect(listTemplates(directory)).resolves.toEqual([
      { id: 'web-app', title: 'The web app', description: 'Where the lesson starts.' },
      { id: 'pod-anatomy', title: 'Pod anatomy', description: 'The diagram.' },
      { id: 'batch-job', title: 'Batch job', description: 'Runs to completion.' },
    ]);
  });

  it.each([
    ['no index.json', null],
    ['an index.json that is not JSON', '[{"file": "web-app.yaml",'],
    ['an index.json that is not a list', { 'web-app.yaml': 'The web app' }],
  ])('lists the templates by title with %s', async (_, index) => {
    if (index !== null) await writeIndex(index);
    const list = await listTemplates(directory);
    expect(list.map((t) => t.title)).toEqual(['Batch job', 'Pod anatomy', 'Web app']);
  });

  it('leaves out a template file it cannot read, and lists the others', async () => {
    await fs.writeFile(path.join(directory, 'binary.yaml'), Buffer.from([0x6b, 0x00, 0x01]));
    await fs.mkdir(path.join(directory, 'folder.yaml'));
    const list = await listTemplates(directory);
    expect(list.map((t) => t.id)).toEqual(['batch-job', 'pod-anatomy', 'web-app']);
  });

  it('lists nothing when the folder is missing', async () => {
    await expect(listTemplates(path.join(directory, 'nope'))).resolves.toEqual([]);
  });
});

describe('the shipped templates', () => {
  it('are listed in the order of assets/templates/index.json', async () => {
    const folder = path.join(process.cwd(), 'assets', 'templates');
    const index = JSON.parse(await fs.readFile(path.join(folder, 'index.json'), 'utf8')) as {
      file: string;
      title: string;
    }[];
    const list = await listTemplates(folder);
    expect(list.map((t) => `${t.id}.yaml: ${t.title}`)).toEqual(
      index.map((entry) => `${entry.file}: ${entry.title}`),
    );
  });
});
