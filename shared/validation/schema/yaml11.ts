import { isMap, isNode, isScalar, isSeq, Scalar } from 'yaml';
import type { Document, Node } from 'yaml';
import { keyText } from '../../manifest/nodes';
import type { PathKey } from '../../manifest/nodes';
import type { Rule, RuleContext } from '../context';
import { fieldName } from './field-name';
import { pointerOf, schemaErrorGroups } from './errors';
import { schemaErrors } from './models';
import { kubectlBoolean, kubectlNumber } from '../../manifest/yaml11';
import { setAt } from '../fixes';
import { isModeField } from '../file-modes';

export interface Yaml11Boolean {
  path: PathKey[];
  text: string;
  value: boolean;
}

/** A plain scalar that kubectl reads as a number other than what this app reads. */
export interface Yaml11Number {
  path: PathKey[];
  text: string;
  /** What kubectl reads. */
  value: number;
  /** What this app (YAML 1.2) reads: another number (`010` is 10), or a string (`1_000`). */
  here: number | string;
  /** Whether the API takes what kubectl reads there (a number field, an int-or-string port). */
  taken: boolean;
}

interface Found {
  booleans: Yaml11Boolean[];
  numbers: Yaml11Number[];
}

/** `path` is the walk's own stack: copied when a scalar is found, not for every node. */
function collect(node: Node, path: PathKey[], out: Found, depth: number): void {
  if (depth > 64) return;
  if (isScalar(node)) {
    // A tag says how to read it (`!!str 010` is text for kubectl too).
    if (node.type !== Scalar.PLAIN || node.tag !== undefined) return;
    const here = node.value;
    // kubectl reads YAML 1.1 (sigs.k8s.io/yaml), where an unquoted `yes`, `no`, `on`, `off`,
    // `y`, `n` is a boolean; YAML 1.2, which this app and most current tools read, keeps them
    // strings.
    const boolean = typeof here === 'string' ? kubectlBoolean(here) : null;
    if (boolean !== null)
      out.booleans.push({ path: [...path], text: here as string, value: boolean });
    // Only the digits, signs and underscores of a number can be read otherwise.
    if (typeof here !== 'string' && typeof here !== 'number') return;
    const text = node.source ?? String(here);
    const value = kubectlNumber(text);
    if (value !== null && value !== here) {
      out.numbers.push({ path: [...path], text, value, here, taken: true });
    }
    return;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = keyText(pair);
      if (key != null) visit(pair.value, key, path, out, depth);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => visit(item, index, path, out, depth));
  }
}

function visit(child: unknown, key: PathKey, path: PathKey[], out: Found, depth: number) {
  // Aliases and merged values are reported where they are written.
  if (!isScalar(child) && !isMap(child) && !isSeq(child)) return;
  path.push(key);
  collect(child, path, out, depth + 1);
  path.pop();
}

/** The plain scalars kubectl reads otherwise than this app, found once per validation. */
function yaml11Readings(ctx: RuleContext): Found {
  return ctx.memo('yaml11-readings', () => {
    const out: Found = { booleans: [], numbers: [] };
    const contents = (ctx.doc as Document).contents;
    if (isNode(contents)) collect(contents, [], out, 0);
    return out;
  });
}

/** The plain scalars YAML 1.1 would read as booleans. */
export function yaml11Booleans(ctx: RuleContext): Yaml11Boolean[] {
  return yaml11Readings(ctx).booleans;
}

/**
 * The pointers where the API refuses what kubectl reads from `numbers`: the document checked
 * against the schema once more, with kubectl's readings in place of this app's.
 */
function refusedByKubectl(ctx: RuleContext, numbers: readonly Yaml11Number[]): Set<string> {
  if (numbers.length === 0) return new Set();
  let copy: unknown = ctx.root;
  for (const found of numbers) copy = withValue(copy, found.path, found.value);
  return new Set(
    schemaErrors(ctx.kind, copy)
      .filter((e) => e.keyword === 'type')
      .map((e) => e.instancePath),
  );
}

/** `data` with `value` at `path`, copying only the maps and lists on the way. */
function withValue(data: unknown, path: readonly PathKey[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (Array.isArray(data)) {
    const list: unknown[] = [...data];
    list[key as number] = withValue(list[key as number], rest, value);
    return list;
  }
  const map = { ...(data as Record<string, unknown>) };
  map[key as string] = withValue(map[key as string], rest, value);
  return map;
}

/**
 * The plain scalars kubectl reads as other numbers than this app does, but those the type rule
 * explains: a number in a field that takes a string (kubectl refuses any number there), and text
 * that neither reading fits (`tty: 0b1`).
 */
export function yaml11Numbers(ctx: RuleContext): Yaml11Number[] {
  return ctx.memo('yaml11-numbers', () => {
    const groups = schemaErrorGroups(ctx);
    const found = yaml11Readings(ctx).numbers;
    const refused = refusedByKubectl(
      ctx,
      found.filter((n) => typeof n.here === 'string'),
    );
    return found.flatMap((n) => {
      const pointer = pointerOf(n.path);
      const errors = groups.get(pointer) ?? [];
      if (errors.some((e) => e.keyword === 'type' && e.params.type === 'string')) return [];
      const taken = typeof n.here === 'number' || !refused.has(pointer);
      if (!taken && errors.some((e) => e.keyword === 'type')) return [];
      return [{ ...n, taken }];
    });
  });
}

export const yaml11Boolean: Rule = {
  id: 'schema/yaml11-boolean',
  severity: 'error',
  title: 'yes, no, on, off: a boolean for kubectl',
  explanation:
    'kubectl reads manifests as YAML 1.1, where unquoted `yes`, `no`, `on`, `off`, `y` and `n` are booleans; YAML 1.2 tools (this app included) read them as strings. In a field that takes a string (a label, an annotation, an env value, an argument) kubectl then fails with "cannot unmarshal bool into string": quote the value. In a field that takes a boolean, write `true` or `false` so that every tool reads the same thing.',
  check(ctx, report) {
    const groups = schemaErrorGroups(ctx);
    for (const found of yaml11Booleans(ctx)) {
      const errors = groups.get(pointerOf(found.path)) ?? [];
      const wantsBoolean = errors.some((e) => e.keyword === 'type' && e.params.type === 'boolean');
      const name = fieldName(found.path);
      if (wantsBoolean) {
        report({
          path: found.path,
          severity: 'warning',
          // kubectl sends the boolean the field takes: the API server accepts it.
          refusedBy: null,
          message: `kubectl reads \`${name}: ${found.text}\` as ${found.value}, other tools as a string: write ${found.value}.`,
          fix: setAt(found.path, found.value, `Write ${found.value}`),
        });
      } else {
        report({
          path: found.path,
          message: `kubectl reads the unquoted \`${found.text}\` of \`${name}\` as the boolean ${found.value}: quote it ("${found.text}").`,
          fix: setAt(found.path, found.text, `Quote it ("${found.text}")`),
        });
      }
    }
  },
};

export const yaml11Number: Rule = {
  id: 'schema/yaml11-number',
  severity: 'error',
  title: 'A number kubectl reads otherwise',
  explanation:
    'kubectl reads manifests as YAML 1.1, where a number with a leading `0` is octal (`0644` is 420, `010` is 8), `0b101` is binary and underscores are dropped (`1_000` is 1000). YAML 1.2 tools (this app included) read `0644` as 644 and `1_000` and `0b101` as text. Write the number so that both read it alike: `0o644` or 420 for file modes, a port without its leading zero, and quotes around text such as "1_000".',
  check(ctx, report) {
    for (const found of yaml11Numbers(ctx)) {
      const name = fieldName(found.path);
      const written = `\`${name}: ${found.text}\``;
      if (typeof found.here === 'number') {
        const mode = isModeField(found.path);
        report({
          path: found.path,
          severity: 'warning',
          // kubectl sends a number the field takes (`0444` is 292): the API server accepts it.
          refusedBy: null,
          message: mode
            ? `kubectl reads ${written} as the octal ${found.text} (${found.value}), other tools as ${found.here}: write ${found.value}.`
            : `kubectl reads ${written} as ${found.value}, this app and other YAML 1.2 tools as ${found.here}: write the number without its leading 0.`,
          fix: mode ? setAt(found.path, found.value, `Write ${found.value}`) : undefined,
        });
        continue;
      }
      if (found.taken) {
        // A field that takes a number (or a port's number or name): kubectl takes the number,
        // this app reads text.
        report({
          path: found.path,
          severity: 'warning',
          refusedBy: null,
          message: `kubectl reads ${written} as ${found.value}, other tools as the text "${found.text}": write ${found.value}.`,
          fix: setAt(found.path, found.value, `Write ${found.value}`),
        });
      } else {
        report({
          path: found.path,
          message: `kubectl reads the unquoted \`${found.text}\` of \`${name}\` as the number ${found.value}: quote it ("${found.text}").`,
          fix: setAt(found.path, found.here, `Quote it ("${found.text}")`),
        });
      }
    }
  },
};
