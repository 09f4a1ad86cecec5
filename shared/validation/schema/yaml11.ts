import { isMap, isNode, isScalar, isSeq, Scalar } from 'yaml';
import type { Document, Node } from 'yaml';
import { keyText } from '../../manifest/nodes';
import type { PathKey } from '../../manifest/nodes';
import type { Rule, RuleContext } from '../context';
import { fieldName } from './field-name';
import { pointerOf, schemaErrorGroups } from './errors';

/**
 * kubectl reads YAML 1.1 (sigs.k8s.io/yaml), where an unquoted `yes`, `no`, `on`, `off`, `y`,
 * `n` is a boolean; YAML 1.2, which this app and most current tools read, keeps them strings.
 */
const YAML11_TRUE = /^(?:y|Y|yes|Yes|YES|on|On|ON)$/;
const YAML11_FALSE = /^(?:n|N|no|No|NO|off|Off|OFF)$/;

export interface Yaml11Boolean {
  path: PathKey[];
  text: string;
  value: boolean;
}

/** `path` is the walk's own stack: copied when a boolean is found, not for every node. */
function collect(node: Node, path: PathKey[], out: Yaml11Boolean[], depth: number): void {
  if (depth > 64) return;
  if (isScalar(node)) {
    if (node.type !== Scalar.PLAIN || typeof node.value !== 'string') return;
    // Every YAML 1.1 boolean is at most 3 characters long: most values need no regex.
    if (node.value.length > 3) return;
    if (YAML11_TRUE.test(node.value)) out.push({ path: [...path], text: node.value, value: true });
    else if (YAML11_FALSE.test(node.value))
      out.push({ path: [...path], text: node.value, value: false });
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

function visit(child: unknown, key: PathKey, path: PathKey[], out: Yaml11Boolean[], depth: number) {
  // Aliases and merged values are reported where they are written.
  if (!isScalar(child) && !isMap(child) && !isSeq(child)) return;
  path.push(key);
  collect(child, path, out, depth + 1);
  path.pop();
}

/** The plain scalars YAML 1.1 would read as booleans, found once per validation. */
export function yaml11Booleans(ctx: RuleContext): Yaml11Boolean[] {
  return ctx.memo('yaml11-booleans', () => {
    const out: Yaml11Boolean[] = [];
    const contents = (ctx.doc as Document).contents;
    if (isNode(contents)) collect(contents, [], out, 0);
    return out;
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
          message: `kubectl reads \`${name}: ${found.text}\` as ${found.value}, other tools as a string: write ${found.value}.`,
          fix: {
            title: `Write ${found.value}`,
            edits: [
              {
                type: 'setField',
                target: { document: true },
                path: found.path,
                value: found.value,
              },
            ],
          },
        });
      } else {
        report({
          path: found.path,
          message: `kubectl reads the unquoted \`${found.text}\` of \`${name}\` as the boolean ${found.value}: quote it ("${found.text}").`,
        });
      }
    }
  },
};
