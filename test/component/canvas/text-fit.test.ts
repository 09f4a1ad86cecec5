import { describe, expect, it } from 'vitest';
import {
  cutList,
  fitApart,
  fitChips,
  fitLines,
  fitMiddle,
  fitText,
  fitWords,
  textWidth,
  type TextFont,
} from '../../../renderer/canvas/text-fit';

const mono: TextFont = { size: 10, family: '--mono', weight: 400 };

describe('text cut to fit a node', () => {
  it('leaves a text that fits as it is', () => {
    expect(fitText('api-server', textWidth('api-server', mono), mono)).toBe('api-server');
  });

  it('cuts a long text to the longest start that fits, with an ellipsis', () => {
    const name = 'a-container-with-a-very-long-name';
    const room = textWidth('a-container…', mono);
    const cut = fitText(name, room, mono);
    expect(cut).toBe('a-container…');
    expect(textWidth(cut, mono)).toBeLessThanOrEqual(room);
    expect(fitText(name, room - 1, mono)).toBe('a-containe…');
  });

  it('cuts a phrase between words, without a comma before the ellipsis', () => {
    const phrase = 'start together, after the init containers';
    expect(fitWords(phrase, textWidth(phrase, mono), mono)).toBe(phrase);
    const room = textWidth('start together, after the init…', mono);
    expect(fitWords(phrase, room, mono)).toBe('start together, after the init…');
    expect(fitWords(phrase, room - 1, mono)).toBe('start together, after the…');
    expect(fitWords(phrase, textWidth('start together…', mono), mono)).toBe('start together…');
  });

  it('cuts a first word too long to stand alone inside it', () => {
    const room = textWidth('initContain…', mono);
    expect(fitWords('initContainers first', room, mono)).toBe('initContain…');
  });

  it('shows the chips that fit on the row, and counts the rest in a last chip that fits too', () => {
    const chip = { font: mono, inset: 10, gap: 4 };
    const labels = [':8080 http', ':9090 metrics', ':8443 https', ':5005 debug'];
    const width = (label: string) => textWidth(label, mono) + chip.inset;
    const all = labels.reduce((sum, l) => sum + width(l), 0) + chip.gap * (labels.length - 1);
    expect(fitChips(labels, all, chip)).toEqual({ shown: labels, more: 0 });

    const room = width(labels[0]!) + chip.gap + width(labels[1]!) + chip.gap + width('+2');
    expect(fitChips(labels, room, chip)).toEqual({ shown: labels.slice(0, 2), more: 2 });
    // One pixel less: the second chip gives its place to the count.
    expect(fitChips(labels, room - 1, chip)).toEqual({ shown: labels.slice(0, 1), more: 3 });
  });
});

describe('fitMiddle', () => {
  const font = mono;

  it('keeps a text that fits as it is', () => {
    expect(fitMiddle('api-server', 1000, font)).toBe('api-server');
  });

  it('keeps both ends of a long text, so that names sharing a start stay apart', () => {
    const a = fitMiddle('container-number-one-of-ten-07', 90, font);
    const b = fitMiddle('container-number-one-of-ten-08', 90, font);
    expect(a).toMatch(/^contain.*…-.*07$/);
    expect(b).toMatch(/^contain.*…-.*08$/);
    expect(textWidth(a, font)).toBeLessThanOrEqual(90);
  });
});

describe('fitLines', () => {
  const phrase = 'run first, one at a time, in order';

  it('keeps a phrase that fits on one line', () => {
    expect(fitLines(phrase, textWidth(phrase, mono), mono, 2)).toEqual([phrase]);
  });

  it('breaks a phrase after a comma when the rest fits on the next line', () => {
    const room = textWidth('run first, one at a time, in', mono);
    expect(fitLines(phrase, room, mono, 2)).toEqual(['run first, one at a time,', 'in order']);
  });

  it('breaks after as many words as fit when the rest would not fit after the comma', () => {
    const phrase = 'Starts initContainers first → then all containers in parallel';
    const room = textWidth('Starts initContainers first → then all', mono);
    expect(fitLines(phrase, room, mono, 2)).toEqual([
      'Starts initContainers first → then all',
      'containers in parallel',
    ]);
  });

  it('cuts the last line between words when the phrase needs more lines than it has', () => {
    const room = textWidth('run first, one', mono);
    expect(fitLines(phrase, room, mono, 2)).toEqual(['run first, one', 'at a time, in…']);
    expect(fitLines(phrase, room, mono, 1)).toEqual(['run first…']);
  });
});

describe('cutList', () => {
  const width = (text: string) => textWidth(text, mono);
  const names = ['log-shipper', 'init-migrate', 'api-server'];

  it('names every item that fits', () => {
    const all = 'shared by log-shipper, init-migrate, api-server';
    expect(cutList('shared by ', names, width(all), width)).toBe(all);
  });

  it('names the first items whole and counts the rest, rather than cut a name inside', () => {
    const room = width('shared by log-shipper, init-migrate, a…');
    expect(cutList('shared by ', names, room, width)).toBe(
      'shared by log-shipper, init-migrate +1',
    );
    expect(cutList('shared by ', names, width('shared by log-shipper, init-…'), width)).toBe(
      'shared by log-shipper +2',
    );
  });

  it('cuts a first name too long to stand alone in its middle, keeping the count', () => {
    const long = ['payments-reconciliation-worker', 'api-server'];
    const cut = cutList('shared by ', long, width('shared by payments-reconciliation +1'), width);
    expect(cut).toMatch(/^shared by payments-.*….*-worker \+1$/);
  });
});

describe('fitApart', () => {
  const names = [0, 1, 2].map((i) => `init-step-number-${i}-with-long-name`);
  const room = textWidth('init-ste…ong-name', mono);

  it('cuts in the middle, as fitMiddle does, a name no other reads the same as', () => {
    expect(fitApart(names[0]!, ['api-server', 'log-shipper'], room, mono)).toBe(
      fitMiddle(names[0]!, room, mono),
    );
    expect(fitApart('api-server', names, 1000, mono)).toBe('api-server');
  });

  it('keeps in view where names that would read the same differ', () => {
    const shown = names.map((name) => fitApart(name, names, room, mono));
    expect(new Set(shown).size).toBe(3);
    shown.forEach((cut, i) => {
      // Its digit in view, between the dash before it (or the ellipsis) and the one after.
      expect(cut).toMatch(new RegExp(`[-…]${i}-`));
      expect(textWidth(cut, mono)).toBeLessThanOrEqual(room);
    });
  });

  it('shows the end too where there is room for it after the difference', () => {
    const roomy = textWidth('init-step-number-0…ong-name', mono);
    expect(fitApart(names[1]!, names, roomy, mono)).toBe('init-step-number-1…ong-name');
    // With no room for a part of the end, the name is cut at its end, its digit kept.
    const tight = textWidth('init-step-number-0-w…', mono);
    expect(fitApart(names[2]!, names, tight, mono)).toBe('init-step-number-2-w…');
  });

  it('tells apart a name that is another one with a character more', () => {
    const pair = ['worker-with-a-long-name-1', 'worker-with-a-long-name-10'];
    const tight = textWidth('worker-wi…name-1', mono);
    const shown = pair.map((name) => fitApart(name, pair, tight, mono));
    expect(shown[0]).not.toBe(shown[1]);
  });
});
