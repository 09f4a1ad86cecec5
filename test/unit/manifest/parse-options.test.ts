import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PARSE_OPTIONS } from '../../../shared/manifest/load';

// yaml's own reading, without the tag that takes most plain scalars as strings at once.
const YAML_CORE = { ...PARSE_OPTIONS, customTags: null };

/** What a plain scalar means as a value: to the manifest reader, and to yaml's core schema. */
function readings(scalar: string) {
  const text = `v: ${scalar}\n`;
  const read = (options: object) => {
    const doc = parseDocument(text, options);
    return { errors: doc.errors.map((e) => e.code), value: doc.errors.length ? null : doc.toJS() };
  };
  return { reader: read(PARSE_OPTIONS), core: read(YAML_CORE) };
}

describe('the manifest reader resolves plain scalars as the YAML 1.2 core schema does', () => {
  it.each([
    ['nginx:1.27', 'a string'],
    ['/var/log/app', 'a path'],
    ['Always', 'a word'],
    ['true', 'a boolean'],
    ['False', 'a boolean'],
    ['null', 'null'],
    ['~', 'null'],
    ['8080', 'an integer'],
    ['-12', 'a negative integer'],
    ['0x1F', 'a hex integer'],
    ['0o17', 'an octal integer'],
    ['1.5e3', 'a float'],
    ['.5', 'a float'],
    ['.inf', 'infinity'],
    ['-.Inf', 'minus infinity'],
    ['.NaN', 'not a number'],
    ['250m', 'a quantity'],
    ['yes', 'a YAML 1.1 boolean, a string in 1.2'],
    ['"8080"', 'a quoted number'],
  ])('%s (%s)', (scalar) => {
    const { reader, core } = readings(scalar);
    expect(reader).toEqual(core);
  });

  it('for any plain scalar', () => {
    const char = fc.constantFrom(...'aAnNtTfFyY0123456789-+.~_/:@eExXoO< ');
    fc.assert(
      fc.property(fc.string({ unit: char, minLength: 1, maxLength: 8 }), (raw) => {
        const scalar = raw.trim();
        if (!scalar) return;
        const { reader, core } = readings(scalar);
        expect(reader).toEqual(core);
      }),
      { numRuns: 2000 },
    );
  });
});
