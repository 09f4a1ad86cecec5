import { describe, expect, it } from 'vitest';
import { plainScalarText, storedText } from '../../../shared/inspect';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: app
      image: app:1
      env:
        - name: PLAIN
          value: 1.10 # the release
        - name: QUOTED
          value: "1.10"
        - name: TAGGED
          value: !!str 010
        - name: BLOCK
          value: |
            yes
        - &shared
          name: SHARED
          value: 010
      args:
        - *shared
`;

const at = (path: (string | number)[]) => plainScalarText(POD, 0, { container: 'app' }, path);

describe('plainScalarText: a field’s plain scalar as it is written', () => {
  it('gives an unquoted value as written, without its comment', () => {
    expect(at(['env', 0, 'value'])).toBe('1.10');
    expect(at(['env', 4, 'value'])).toBe('010');
  });

  it('gives nothing for a value that is text as written: quoted, tagged, a block scalar', () => {
    expect(at(['env', 1, 'value'])).toBeNull();
    expect(at(['env', 2, 'value'])).toBeNull();
    expect(at(['env', 3, 'value'])).toBeNull();
  });

  it('gives nothing where the value is not written under the target: an alias, a missing field', () => {
    expect(at(['args', 0, 'value'])).toBeNull();
    expect(at(['env', 9, 'value'])).toBeNull();
  });

  it('without parsing, reads only a text this thread has parsed already', () => {
    // Another text, not read before: a large Pod would hold up the page (see useTextOf).
    const other = POD.replace('name: p\n', 'name: q\n');
    const unread = () =>
      plainScalarText(other, 0, { container: 'app' }, ['env', 0, 'value'], false);
    expect(unread()).toBeNull();
    expect(plainScalarText(other, 0, { container: 'app' }, ['env', 0, 'value'])).toBe('1.10');
    expect(unread()).toBe('1.10');
  });
});

describe('storedText: what a field that takes text shows of its value', () => {
  const never = () => {
    throw new Error('the text was read for a value that needs no reading');
  };

  it('shows a number as it is written, and how kubectl reads it', () => {
    expect(storedText(1.1, () => '1.10')).toEqual({
      value: '1.10',
      notText: 'kubectl reads the unquoted 1.10 as the number 1.1, not as text',
      asWritten: true,
    });
    // YAML 1.2 reads 10, kubectl the octal 8.
    expect(storedText(10, () => '010').notText).toBe(
      'kubectl reads the unquoted 010 as the number 8, not as text',
    );
    expect(storedText(true, () => 'True').notText).toBe(
      'kubectl reads the unquoted True as the boolean true, not as text',
    );
    // Where the text has none of its own (an alias), or it is not read (a long text whose parse
    // the page does not hold), the value is printed, and not said to be written so: not to be
    // written back as it shows (1.1 for `1.10`).
    expect(storedText(1.1, () => null)).toEqual({
      value: '1.1',
      notText: 'kubectl reads this value as the number 1.1, not as text',
      asWritten: false,
    });
  });

  it('says how kubectl reads a string that is text only to YAML 1.2, where it is unquoted', () => {
    expect(storedText('yes', () => 'yes').notText).toBe(
      'kubectl reads the unquoted yes as the boolean true, not as text',
    );
    expect(storedText('1_000', () => '1_000').notText).toBe(
      'kubectl reads the unquoted 1_000 as the number 1000, not as text',
    );
    expect(storedText('yes', () => null)).toEqual({ value: 'yes', notText: null, asWritten: true });
  });

  it('reads nothing for a string that can only have been written as text', () => {
    expect(storedText('debug', never)).toMatchObject({ value: 'debug', notText: null });
    // YAML 1.2 reads an unquoted 1.10 as a number: this one was quoted.
    expect(storedText('1.10', never)).toMatchObject({ value: '1.10', notText: null });
    expect(storedText(undefined, never)).toMatchObject({ value: '', notText: null });
  });
});
