import { isMap } from 'yaml';
import type { Node, Pair, YAMLMap } from 'yaml';
import type { TrackedResult } from '../../edits/apply-edit';
import { column, contentEnd, endOfBlock, lineStart } from '../../edits/geometry';
import { deepEqual } from '../../edits/model';
import { documentFails, loadText, MAX_ALIAS_COUNT } from '../load';
import { findPair, keyText } from '../nodes';
import { cleanUpClusterRecord } from './clean-up';
import type { ClusterRecord } from './find';

/**
 * A Pod made by a ReplicaSet is one copy of its Deployment's Pod template. This turns the
 * cleaned Pod into that Deployment: named for it, selecting the Pod's labels, with the Pod's
 * labels, annotations and spec as the template. The spec's text is carried over as it is,
 * moved right, so its comments and quoting stay; the result is read back and must hold exactly
 * the Pod's data in its new place.
 */

type Plain = Record<string, unknown>;

/** The text of a pair of a block mapping, as whole lines. */
function pairLines(text: string, pair: Pair): string {
  const key = pair.key as Node;
  return text.slice(lineStart(text, key.range![0]), endOfBlock(text, contentEnd(pair)));
}

/** Moves every non-blank line right by `by` columns. */
function indent(lines: string, by: number): string {
  const pad = ' '.repeat(by);
  return lines.replace(/^(?=[^\n]*\S)/gm, pad);
}

function fail(error: string): TrackedResult {
  return { ok: false, error };
}

/** The record's cleaned Pod, as the Deployment whose template it came from. */
export function podTemplateDeployment(
  text: string,
  record: ClusterRecord,
  withOptional = false,
): TrackedResult {
  const owner = record.replicaSet;
  if (!owner) return fail('This Pod was not made by a ReplicaSet, so it has no Pod template.');
  const cleaned = cleanUpClusterRecord(text, record, withOptional);
  if (!cleaned.ok) return cleaned;
  const clean = cleaned.text;
  const loaded = loadText(clean);
  const doc = loaded.docs[record.document];
  const root = doc?.contents;
  if (!doc || !isMap(root) || root.flow || !root.range) {
    return fail('Only a Pod written in block style can become a Deployment here.');
  }
  const pod = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Plain;
  const meta = (pod.metadata ?? {}) as Plain;
  const labels = meta.labels as Plain | undefined;
  if (!labels || Object.keys(labels).length === 0) {
    return fail('The Pod has no labels for the Deployment to select it by.');
  }
  const extra = root.items
    .map(keyText)
    .filter((k) => !['apiVersion', 'kind', 'metadata', 'spec'].includes(k ?? ''));
  if (extra.length > 0)
    return fail(`The Pod has fields outside its metadata and spec: ${extra.join(', ')}.`);
  const metaNode = findPair(root, 'metadata')?.value;
  const specPair = findPair(root, 'spec');
  if (
    !isMap(metaNode) ||
    metaNode.flow ||
    !specPair ||
    !isMap(specPair.value) ||
    specPair.value.flow
  ) {
    return fail('Only a Pod written in block style can become a Deployment here.');
  }
  const step = column(clean, (metaNode.items[0]!.key as Node).range![0]);
  const pad = ' '.repeat(step);
  const metaPairs = (metaNode as YAMLMap).items as Pair[];
  const own = (key: string) => metaPairs.find((p) => keyText(p) === key);
  const template = metaPairs.filter((p) => !['name', 'namespace'].includes(keyText(p) ?? ''));
  const namespace = own('namespace');
  const labelsPair = own('labels')!;
  const selector = indent(pairLines(clean, labelsPair), step).replace(
    /^(\s*)labels:/,
    '$1matchLabels:',
  );
  const specBody = (specPair.value as YAMLMap).items
    .map((p) => pairLines(clean, p as Pair))
    .join('');
  const lines = [
    'apiVersion: apps/v1\n',
    'kind: Deployment\n',
    'metadata:\n',
    `${pad}name: ${JSON.stringify(owner.deployment).replace(/^"([a-z0-9.-]+)"$/, '$1')}\n`,
    namespace ? pairLines(clean, namespace) : '',
    'spec:\n',
    `${pad}selector:\n`,
    selector,
    `${pad}template:\n`,
    `${pad}${pad}metadata:\n`,
    indent(template.map((p) => pairLines(clean, p)).join(''), 2 * step),
    `${pad}${pad}spec:\n`,
    indent(specBody, 2 * step),
  ].join('');
  const from = root.range[0];
  const to = endOfBlock(clean, contentEnd(root));
  const next = clean.slice(0, from) + lines + clean.slice(to);

  const templateMeta = Object.fromEntries(
    Object.entries(meta).filter(([key]) => key !== 'name' && key !== 'namespace'),
  );
  const ns = meta.namespace;
  const expected = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: owner.deployment, ...(ns === undefined ? {} : { namespace: ns }) },
    spec: {
      selector: { matchLabels: labels },
      template: { metadata: templateMeta, spec: pod.spec },
    },
  };
  const check = loadText(next);
  const made = documentFails(check, record.document) ? undefined : check.docs[record.document];
  if (!made || !deepEqual(made.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), expected)) {
    return fail('The Pod could not be written as a Deployment without changing its meaning.');
  }
  return { ok: true, text: next, splices: [...cleaned.splices, { from, to, insert: lines }] };
}
