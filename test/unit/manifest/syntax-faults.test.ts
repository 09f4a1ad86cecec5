import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../../shared/manifest/load';
import { parseManifest } from '../../../shared/manifest/parse';
import { validateManifest } from '../../../shared/validation/validate';

const lesson = readFileSync(
  new URL('../../../assets/templates/pod-anatomy.yaml', import.meta.url),
  'utf8',
);
const lines = lesson.split('\n');

/** The lesson's Pod with line `n` (1-based) rewritten. */
function edited(n: number, change: (line: string) => string): string {
  const copy = [...lines];
  copy[n - 1] = change(copy[n - 1]!);
  return copy.join('\n');
}

// Words of yaml's own messages that mean nothing to a learner.
const PARSER_WORDS =
  /block-seq-ind|implicit|compact mapping|flow (sequence|map|collection)|token|indicator|YAML stream|node end/i;

// Line 15 of the lesson: `      image: my-api:v2` (the init container's image).
describe('one problem per typing slip, in plain words, at the slip', () => {
  it.each([
    {
      slip: 'a stray [ before a value',
      text: edited(15, (l) => l.replace('my-api', '[my-api')),
      code: 'unclosed',
      words: /`\[` starts a list that is never closed/,
      line: 15,
      col: 14,
    },
    {
      slip: 'a stray [ before a key',
      text: edited(15, (l) => l.replace('image', '[image')),
      code: 'unclosed',
      words: /`\[` starts a list that is never closed/,
      line: 15,
      col: 7,
    },
    {
      slip: 'a stray [ alone on its own line',
      text: edited(15, (l) => `${l}\n      [`),
      code: 'unclosed',
      words: /`\[` starts a list/,
      line: 16,
      col: 7,
    },
    {
      slip: 'a flow list missing its ]',
      text: edited(16, (l) => l.replace(']', '')),
      code: 'unclosed',
      words: /end the list with `\]`/,
      line: 16,
      col: 16,
    },
    {
      slip: 'a { where a [ was meant, inside a list',
      text: edited(16, (l) => l.replace('"python",', '"python", {')),
      code: 'unclosed',
      words: /`\{` starts a mapping that is never closed/,
      line: 16,
      col: 27,
    },
    {
      slip: 'an inline mapping missing its }',
      text: edited(35, (l) => l.replace('}', '')),
      code: 'unclosed',
      words: /`\{` starts a mapping that is never closed/,
      line: 35,
      col: 17,
    },
    {
      slip: 'a double quote never closed',
      text: edited(15, (l) => l.replace('my-api', '"my-api')),
      code: 'unclosed',
      words: /`"` starts a quoted text that is never closed/,
      line: 15,
      col: 14,
    },
    {
      slip: 'a single quote never closed',
      text: edited(15, (l) => l.replace('my-api', "'my-api")),
      code: 'unclosed',
      words: /`'` starts a quoted text/,
      line: 15,
      col: 14,
    },
    {
      slip: 'a quote that closes lines later',
      text: edited(14, (l) => l.replace('- name', '- "name')),
      code: 'unclosed',
      words: /runs on past the end of its line/,
      line: 14,
      col: 7,
    },
    {
      slip: 'a tab as indentation',
      text: edited(15, (l) => l.replace('      ', '\t')),
      code: 'tab-indent',
      words: /indented with a tab: YAML indents with spaces only/,
      line: 15,
      col: 1,
    },
    {
      slip: 'a key without its colon',
      text: edited(15, (l) => l.replace('image:', 'image')),
      code: 'missing-colon',
      words: /has no colon after `image`: write `image: my-api:v2`/,
      line: 15,
      col: 7,
    },
    {
      slip: 'a colon without the space after it',
      text: edited(36, () => '  restartPolicy:Always'),
      code: 'missing-colon',
      words: /needs a space after its colon/,
      line: 36,
      col: 3,
    },
    {
      slip: 'a key set twice',
      text: edited(15, (l) => `${l}\n      image: my-api:v3`),
      code: 'duplicate-key',
      words: /`image` is set twice in the same mapping/,
      line: 16,
      col: 7,
    },
    {
      slip: 'a line indented one space too far',
      text: edited(15, (l) => ` ${l}`),
      code: 'bad-indent',
      words: /indented further than `name` on the line above/,
      line: 15,
      col: 8,
    },
    {
      slip: 'a line indented one space too little',
      text: edited(15, (l) => l.slice(1)),
      code: 'bad-indent',
      words: /starts in column 6, but `name` on line 14 starts in column 7/,
      line: 15,
      col: 6,
    },
    {
      slip: 'a list item without the space after its dash',
      text: edited(14, (l) => l.replace('- name', '-name')),
      code: 'dash-without-space',
      words: /needs a space after its `-`: write `- name`/,
      line: 14,
      col: 5,
    },
    {
      slip: 'a value holding ": "',
      text: edited(15, (l) => l.replace('my-api:v2', 'the api: v2')),
      code: 'colon-in-value',
      words: /holds `: `.*put the whole value in quotes/,
      line: 15,
      col: 14,
    },
  ])('$slip', ({ text, code, words, line, col }) => {
    const parsed = parseManifest(text);
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ code, line, col })]);
    const [problem, ...more] = validateManifest(text);
    expect(more).toEqual([]);
    expect(problem).toMatchObject({ ruleId: `manifest/${code}`, severity: 'error', line, col });
    expect(problem?.message).toMatch(words);
    expect(problem?.message).not.toMatch(PARSER_WORDS);
  });

  it.each(['[', '{'])(
    'a %s typed at any word boundary of the lesson Pod is one problem on its line',
    (typed) => {
      let broken = 0;
      for (let at = lesson.indexOf('apiVersion'); at <= lesson.length; at++) {
        // Where a hand lands between words: after a space, a colon or a line break, or at a line's end.
        if (!/[\s:]/.test(lesson[at - 1] ?? '\n') && lesson[at] !== '\n') continue;
        const text = lesson.slice(0, at) + typed + lesson.slice(at);
        if (!loadText(text).failed) continue;
        broken++;
        const problems = validateManifest(text);
        const line = lesson.slice(0, at).split('\n').length;
        const where = JSON.stringify(text.split('\n')[line - 1]);
        expect(problems, where).toHaveLength(1);
        expect(problems[0]!.line, where).toBe(line);
        expect(problems[0]!.message, where).not.toMatch(PARSER_WORDS);
      }
      expect(broken).toBeGreaterThan(100);
    },
    30_000,
  );

  it('reports a slip in each broken document of a file', () => {
    const text = `${edited(15, (l) => l.replace('my-api', '[my-api'))}\n---\n${edited(15, (l) => l.replace('      ', '\t'))}`;
    const problems = parseManifest(text).diagnostics;
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['unclosed', 15],
      ['tab-indent', 15 + lines.length + 1],
    ]);
  });

  it('keeps reporting each duplicate key where the text otherwise parses', () => {
    const text = edited(16, (l) => `${l}\n      image: a\n      command: []`);
    expect(parseManifest(text).diagnostics.map((p) => [p.code, p.line])).toEqual([
      ['duplicate-key', 17],
      ['duplicate-key', 18],
    ]);
  });
});
