import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The colours the stylesheets give the words that name a container's role, read from the
 * stylesheets themselves: jsdom draws nothing, and the e2e tests see one template at a time.
 */
const appCss = readFileSync(join(process.cwd(), 'renderer/styles/app.css'), 'utf8');
const inspectorCss = readFileSync(join(process.cwd(), 'renderer/inspector/inspector.css'), 'utf8');

const darkAt = appCss.indexOf('@media (prefers-color-scheme: dark)');
function variables(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
  );
}
const light = variables(appCss.slice(appCss.indexOf(':root'), darkAt));
const dark = new Map([
  ...light,
  ...variables(appCss.slice(darkAt, appCss.indexOf('}\n}', darkAt))),
]);

/** The value of `property` in the rule for exactly `selector` in `css`. */
function declared(css: string, selector: string, property: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rule = new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(css);
  const value = rule && new RegExp(`(?:^|[;\\s])${property}:\\s*([^;]+);`).exec(rule[1]!);
  if (!value) throw new Error(`no ${property} for ${selector}`);
  return value[1]!.trim();
}

function resolve(value: string, theme: Map<string, string>): string {
  const name = /^var\(--([\w-]+)\)$/.exec(value)?.[1];
  const colour = name ? theme.get(name) : value;
  if (!colour) throw new Error(`no colour for ${value}`);
  return colour;
}

function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** [what a user reads, its stylesheet, the rule giving its colour, the one giving its background] */
type Pair = [string, string, string, string];
const ROLES: [string, string][] = [
  ['main container', '.pb-role'],
  ['init container', '.role-init .pb-role'],
  ['sidecar', '.role-sidecar .pb-role'],
  ['native sidecar', '.role-native-sidecar .pb-role'],
];
const PAIRS: Pair[] = [
  ...ROLES.map(([role, rule]): Pair => [`the role "${role}" on its node`, appCss, rule, '']),
  ['an init container’s order number', appCss, '.pb-order', '.pb-order'],
  ['a native sidecar’s order number', appCss, '.pb-order', '.role-native-sidecar .pb-order'],
  ['a native sidecar’s ↻ mark', appCss, '.pb-mark', '.pb-mark'],
  ...['sidecar', 'init', 'native-sidecar'].map((role): Pair => [
    `the inspector’s "${role}" kicker`,
    inspectorCss,
    `.inspector-kicker--${role}`,
    '',
  ]),
];

describe('the words naming a container’s role', () => {
  it('keep a contrast of 4.5:1 on their backgrounds, in light and dark mode', () => {
    const low: string[] = [];
    for (const [mode, theme] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      for (const [what, css, colourRule, backgroundRule] of PAIRS) {
        const text = resolve(declared(css, colourRule, 'color'), theme);
        // Without a background of its own, the word is on the node's card (the surface).
        const ground = backgroundRule
          ? resolve(declared(appCss, backgroundRule, 'background'), theme)
          : resolve('var(--surface)', theme);
        const ratio = contrast(text, ground);
        if (ratio < 4.5) low.push(`${mode}: ${what}: ${ratio.toFixed(2)}:1`);
      }
    }
    expect(low).toEqual([]);
  });
});
