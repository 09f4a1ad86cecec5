import { describe, expect, it } from 'vitest';
import {
  fitChips,
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
