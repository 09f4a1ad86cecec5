import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orderTemplates, templateIdOfFile } from '../../../shared/host';

const texts: Record<string, string> = {
  'batch-job': '# Runs to completion.\nkind: Pod\n',
  'pod-anatomy': '# The lesson’s diagram.\nkind: Pod\n',
  'web-app': 'kind: Pod\n',
  'api-sidecar': '# An API and its log shipper.\nkind: Pod\n',
};

const index = [
  { file: 'pod-anatomy.yaml', title: 'Pod anatomy', description: 'The diagram, step by step.' },
  { file: 'web-app.yaml', title: 'Zebra web app', description: 'A plain web server.' },
];

function ids(index: unknown, available: Record<string, string> = texts): string[] {
  return orderTemplates(index, available).map((template) => template.id);
}

describe('orderTemplates', () => {
  it('lists the indexed templates first, in the index’s order, with its words', () => {
    expect(orderTemplates(index, texts).slice(0, 2)).toEqual([
      { id: 'pod-anatomy', title: 'Pod anatomy', description: 'The diagram, step by step.' },
      { id: 'web-app', title: 'Zebra web app', description: 'A plain web server.' },
    ]);
  });

  it('lists the templates the index does not name after it, sorted by title', () => {
    expect(orderTemplates(index, texts).slice(2)).toEqual([
      { id: 'api-sidecar', title: 'Api sidecar', description: 'An API and its log shipper.' },
      { id: 'batch-job', title: 'Batch job', description: 'Runs to completion.' },
    ]);
  });

  it('falls back to the file’s own title and description for a missing or blank field', () => {
    const sparse = [
      { file: 'batch-job.yaml', title: '  ', description: 7 },
      { file: 'pod-anatomy.yaml', description: 'The diagram.' },
      { file: 'web-app.yaml', title: 'Web server', description: '' },
    ];
    expect(orderTemplates(sparse, texts).slice(0, 3)).toEqual([
      { id: 'batch-job', title: 'Batch job', description: 'Runs to completion.' },
      { id: 'pod-anatomy', title: 'Pod anatomy', description: 'The diagram.' },
      { id: 'web-app', title: 'Web server', description: '' },
    ]);
  });

  it('skips entries naming a file that does not exist, and the repeats of an entry', () => {
    const stale = [
      { file: 'gone.yaml', title: 'Gone' },
      { file: 'web-app.yaml', title: 'First' },
      { file: 'web-app.yaml', title: 'Second' },
    ];
    const list = orderTemplates(stale, texts);
    expect(list.map((t) => t.title)).toEqual(['First', 'Api sidecar', 'Batch job', 'Pod anatomy']);
  });

  it.each([
    ['../secret.yaml'],
    ['templates/web-app.yaml'],
    ['/etc/web-app.yaml'],
    ['..\\web-app.yaml'],
    ['Web-App.yaml'],
    ['web-app.yml'],
    ['web-app'],
    ['.yaml'],
    [42],
    [null],
  ])('refuses the entry file %j', (file) => {
    const available = { ...texts, secret: 'kind: Pod\n' };
    const list = orderTemplates([{ file, title: 'Picked' }], available);
    expect(list.map((t) => t.id)).toEqual(ids(undefined, available));
    expect(list.map((t) => t.title)).not.toContain('Picked');
  });

  it.each([
    ['no index', undefined],
    ['null', null],
    ['an object', { 'pod-anatomy.yaml': 'Pod anatomy' }],
    ['a string', 'pod-anatomy.yaml'],
    ['entries of the wrong shape', [null, 'web-app.yaml', ['pod-anatomy.yaml'], { name: 'x' }]],
  ])('lists everything by title for %s', (_, malformed) => {
    expect(orderTemplates(malformed, texts)).toEqual([
      { id: 'api-sidecar', title: 'Api sidecar', description: 'An API and its log shipper.' },
      { id: 'batch-job', title: 'Batch job', description: 'Runs to completion.' },
      { id: 'pod-anatomy', title: 'Pod anatomy', description: 'The lesson’s diagram.' },
      { id: 'web-app', title: 'Web app', description: '' },
    ]);
  });

  it('leaves out texts whose id is not a template id', () => {
    expect(ids(index, { 'pod-anatomy': 'kind: Pod\n', '../secret': 'kind: Pod\n' })).toEqual([
      'pod-anatomy',
    ]);
  });
});

describe('templateIdOfFile', () => {
  it('takes the id of a template file name and nothing else', () => {
    expect(templateIdOfFile('pod-anatomy.yaml')).toBe('pod-anatomy');
    expect(templateIdOfFile('index.json')).toBeNull();
    expect(templateIdOfFile('../pod-anatomy.yaml')).toBeNull();
  });
});

describe('assets/templates/index.json', () => {
  const folder = new URL('../../../assets/templates/', import.meta.url);
  const shipped = JSON.parse(readFileSync(new URL('index.json', folder), 'utf8')) as unknown;
  const files = readdirSync(folder).filter((file) => file.endsWith('.yaml'));

  it('names every template shipped, and only those, so the New menu follows it entirely', () => {
    const available = Object.fromEntries(
      files.map((file) => [
        file.replace(/\.yaml$/, ''),
        readFileSync(new URL(file, folder), 'utf8'),
      ]),
    );
    const entries = shipped as { file: string; title: string; description: string }[];
    expect(orderTemplates(shipped, available)).toEqual(
      entries.map((entry) => ({
        id: entry.file.replace(/\.yaml$/, ''),
        title: entry.title,
        description: entry.description,
      })),
    );
  });
});
