import { isMap, isScalar, Scalar, type Document } from 'yaml';
import type { PathKey } from '../manifest/nodes';
import type { Rule } from './context';
import { setAt } from './fixes';
import { fieldName } from './schema/field-name';
import { apiVersionOf } from './schema/models';
import type { SchemaError } from './schema/models';
import { pointerOf, pointerToPath, schemaErrorGroups } from './schema/errors';
import { yaml11Boolean, yaml11Booleans, yaml11Number, yaml11Numbers } from './schema/yaml11';
import { unknownField } from './schema/unknown-fields';
import { missingRequiredFields } from './schema/required-fields';
import { isModeField, quotedMode } from './file-modes';

const TYPE_NAMES: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${String(value)}`;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value == null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key as string];
  }
  return value;
}

/** The message for a value that fails a type or format check, or null if it does not. */
function typeMessage(
  errors: SchemaError[],
  path: PathKey[],
  root: unknown,
  written?: string,
): string | null {
  const formats = errors.filter((e) => e.keyword === 'format').map((e) => String(e.params.format));
  // Quantities have their own rule (pod/invalid-quantity) with a message about units.
  if (formats.includes('quantity')) return null;
  const types = [
    ...new Set(errors.filter((e) => e.keyword === 'type').map((e) => String(e.params.type))),
  ];
  const name = fieldName(path);
  const value = valueAt(root, path);
  // A number as it is written: `1.10`, not the 1.1 it is read as.
  const got = typeof value === 'number' && written !== undefined ? written : describeValue(value);
  if (types.length > 0) {
    const wanted = types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
    return `\`${name}\` must be ${wanted}, not ${got}.`;
  }
  if (formats.some((f) => f === 'int32' || f === 'int64')) {
    return `\`${name}\` is out of range: ${got} does not fit in a ${formats.includes('int32') ? '32' : '64'}-bit integer.`;
  }
  const other = errors.find((e) => !['required', 'enum', 'oneOf', 'anyOf'].includes(e.keyword));
  if (other) return `\`${name}\` is not valid (${other.keyword}): ${got}.`;
  return null;
}

/** The text of the plain scalar at `path` as it is written (`010`, `1.10`), if it is one. */
function writtenAt(doc: Document, path: readonly PathKey[]): string | undefined {
  const node = doc.getIn(path, true);
  return isScalar(node) && node.type === Scalar.PLAIN ? node.source : undefined;
}

/**
 * A string that a `: ` in it turned into a mapping of one key (`- echo a: b` in a `command` is
 * the mapping {"echo a": "b"}): its text as written, and the rest of its line (a comment).
 */
function splitAtColon(
  text: string,
  doc: Document,
  path: readonly PathKey[],
  errors: SchemaError[],
): { written: string; after: string } | null {
  const wanted = errors.filter((e) => e.keyword === 'type').map((e) => String(e.params.type));
  if (wanted.length === 0 || wanted.some((type) => type !== 'string')) return null;
  const node = doc.getIn(path, true);
  if (!isMap(node) || node.flow || node.items.length !== 1) return null;
  const { key, value } = node.items[0]!;
  const plain = (n: unknown): n is Scalar =>
    isScalar(n) && n.type === Scalar.PLAIN && n.tag === undefined;
  if (!plain(key) || !plain(value) || !key.range || !value.range) return null;
  // Only a mapping begun on its item's own line (`- echo a: b`): one on a line of its own under
  // its key or dash is a mapping indented there, by mistake or not.
  const lineStart = text.lastIndexOf('\n', key.range[0] - 1) + 1;
  if (!/^\s*-\s+$/.test(text.slice(lineStart, key.range[0]))) return null;
  // The mapping's own range runs on over a comment after it.
  const end = value.range[1];
  const written = text.slice(key.range[0], end);
  // One line: a value that runs on (a plain scalar over several lines) is left to the user.
  if (written.includes('\n')) return null;
  const lineEnd = text.indexOf('\n', end);
  return { written, after: text.slice(end, lineEnd < 0 ? text.length : lineEnd) };
}

/**
 * The value converted to the one type the field wants, when that loses nothing. A number where
 * text is wanted becomes the text as it is written: `version: 1.10` is read as 1.1, but "1.10"
 * is what was meant.
 */
function converted(
  errors: SchemaError[],
  value: unknown,
  written?: string,
): { value: unknown } | null {
  const types = new Set(
    errors.filter((e) => e.keyword === 'type').map((e) => String(e.params.type)),
  );
  if (types.size !== 1) return null;
  if (types.has('integer') && typeof value === 'string' && /^-?\d{1,15}$/.test(value.trim())) {
    return { value: Number(value.trim()) };
  }
  if (
    types.has('number') &&
    typeof value === 'string' &&
    value.trim() !== '' &&
    Number.isFinite(Number(value))
  ) {
    return { value: Number(value) };
  }
  if (types.has('boolean') && (value === 'true' || value === 'false'))
    return { value: value === 'true' };
  if (types.has('string') && (typeof value === 'number' || typeof value === 'boolean')) {
    return { value: typeof value === 'number' && written !== undefined ? written : String(value) };
  }
  return null;
}

const requiredField: Rule = {
  id: 'schema/required-field',
  severity: 'error',
  title: 'Required field missing',
  explanation:
    'The Kubernetes API refuses an object that lacks a required field: every container needs a `name` (and an `image` to run), every port a `containerPort`, every mount a `name` and a `mountPath`. `kubectl apply` stops at the first one.',
  check(ctx, report) {
    if (ctx.root.apiVersion === undefined) {
      report({
        path: [],
        message: `The document has no \`apiVersion\`: a ${ctx.kind} is served as ${apiVersionOf(ctx.kind)}.`,
        nodeId: null,
        fix: {
          title: `Set apiVersion: ${apiVersionOf(ctx.kind)}`,
          edits: [
            {
              type: 'setField',
              target: { document: true },
              path: ['apiVersion'],
              value: apiVersionOf(ctx.kind),
            },
          ],
        },
      });
    }
    for (const { path, field } of missingRequiredFields(ctx)) {
      report({
        path,
        message: `\`${fieldName(path)}\` is missing the required field \`${field}\`.`,
      });
    }
  },
};

const wrongType: Rule = {
  id: 'schema/type',
  severity: 'error',
  title: 'Wrong type',
  explanation:
    'Every field of the API has a type: `containerPort` is a whole number, `command` a list of strings, label and annotation values strings (quote `"true"` and `"8080"`). The API server rejects a value of another type rather than guess.',
  check(ctx, report) {
    // `readOnly: yes` is schema/yaml11-boolean's to explain, `containerPort: 1_000`
    // schema/yaml11-number's.
    const yaml11 = new Set(
      [...yaml11Booleans(ctx), ...yaml11Numbers(ctx)].map((found) => pointerOf(found.path)),
    );
    for (const [pointer, errors] of schemaErrorGroups(ctx)) {
      if (yaml11.has(pointer)) continue;
      const path = pointerToPath(pointer);
      const written = writtenAt(ctx.doc, path);
      const message = typeMessage(
        errors.filter((e) => e.keyword !== 'required' && e.keyword !== 'enum'),
        path,
        ctx.root,
        written,
      );
      if (!message) continue;
      const value = valueAt(ctx.root, path);
      // `defaultMode: "0400"` means the octal permissions: its digits as decimal (400, which is
      // 0620) would make a private key group-writable.
      const mode = typeof value === 'string' && isModeField(path) ? quotedMode(value) : null;
      if (mode) {
        report({
          path,
          message: `${message} As octal, ${mode.octal} is ${mode.value}.`,
          fix: setAt(path, mode.value, `Write ${mode.value} (octal ${mode.octal})`),
        });
        continue;
      }
      const split = splitAtColon(ctx.text, ctx.doc, path, errors);
      if (split !== null) {
        const quoted = JSON.stringify(split.written);
        report({
          path,
          message: `${message} Its \`: \` makes a key and a value of \`${split.written}\`: quoted, it is one string.`,
          // The structured edit would drop a comment after it: the user quotes that one.
          fix: split.after.includes('#')
            ? undefined
            : setAt(path, split.written, `Quote it: ${quoted}`),
        });
        continue;
      }
      const fixed = converted(errors, value, written);
      const shown =
        fixed && (typeof fixed.value === 'string' ? `"${fixed.value}"` : String(fixed.value));
      report({
        path,
        message,
        fix: fixed ? setAt(path, fixed.value, `Write it as ${shown}`) : undefined,
      });
    }
  },
};

const notInEnum: Rule = {
  id: 'schema/enum',
  severity: 'error',
  title: 'Value not allowed',
  explanation:
    'Some fields take one of a fixed set of values, spelled exactly: `restartPolicy` is Always, OnFailure or Never; `imagePullPolicy` Always, IfNotPresent or Never; a port `protocol` TCP, UDP or SCTP.',
  check(ctx, report) {
    for (const [pointer, errors] of schemaErrorGroups(ctx)) {
      const error = errors.find((e) => e.keyword === 'enum');
      // A wrong apiVersion or kind is schema/api-version's to explain.
      if (!error || pointer === '/apiVersion' || pointer === '/kind') continue;
      const path = pointerToPath(pointer);
      const choices = (error.params.allowedValues as unknown[]).map(String);
      const value = valueAt(ctx.root, path);
      // `always` for Always: the spelling is the only thing wrong.
      const meant =
        typeof value === 'string'
          ? choices.find((choice) => choice.toLowerCase() === value.trim().toLowerCase())
          : undefined;
      report({
        path,
        message: `\`${fieldName(path)}\` must be one of ${choices.join(', ')}, not ${describeValue(value)}.`,
        ...(meant && {
          fix: {
            title: `Write ${meant}`,
            edits: [{ type: 'setField', target: { document: true }, path, value: meant }],
          },
        }),
      });
    }
  },
};

const apiVersion: Rule = {
  id: 'schema/api-version',
  severity: 'error',
  title: 'Wrong apiVersion for the kind',
  explanation:
    'Each kind is served under one API group and version: Pod and ReplicationController under `v1`, Deployment, ReplicaSet, StatefulSet and DaemonSet under `apps/v1`, Job and CronJob under `batch/v1`. Another apiVersion makes `kubectl apply` answer "no matches for kind".',
  check(ctx, report) {
    const actual = ctx.root.apiVersion;
    const expected = apiVersionOf(ctx.kind);
    if (actual === undefined || actual === expected) return;
    report({
      path: ['apiVersion'],
      nodeId: null,
      message: `A ${ctx.kind} is served as \`${expected}\`, not ${describeValue(actual)}.`,
      fix: {
        title: `Set apiVersion: ${expected}`,
        edits: [
          { type: 'setField', target: { document: true }, path: ['apiVersion'], value: expected },
        ],
      },
    });
  },
};

/** The object against the Kubernetes API schema, as `kubectl apply --validate=strict`. */
export const SCHEMA_RULES: readonly Rule[] = [
  unknownField,
  requiredField,
  wrongType,
  yaml11Boolean,
  yaml11Number,
  notInEnum,
  apiVersion,
];
