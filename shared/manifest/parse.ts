import { isCollection, isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter } from 'yaml';
import { diagnosticAt, documentFails, readText } from './load';
import { documentKind, firstShown, isWorkloadKind, locatePod, mistypedKind } from './locate';
import { nodeAt, scalarString } from './nodes';
import { readsAsNumber, readsAsString } from './yaml11';
import { buildPodView } from './view';
import type { Diagnostic, DocumentSummary, ManifestOptions, ParsedManifest } from './types';

/** A document with nothing in it: `---` left behind, or only comments. */
function isEmpty(doc: Document): boolean {
  const contents = doc.contents;
  return contents == null || (isScalar(contents) && contents.value == null);
}

/**
 * `broken`: the document's own syntax errors, when it does not parse while the others do. Its
 * kind and name are then what yaml made of its text, to name it by; it holds nothing to edit.
 */
function summarize(
  doc: Document,
  index: number,
  lineCounter: LineCounter,
  broken?: readonly Diagnostic[],
): DocumentSummary {
  const range = doc.range ?? [0, 0, 0];
  const name = isMap(doc.contents) ? scalarString(nodeAt(doc, ['metadata', 'name'])) : null;
  const common = { index, kind: documentKind(doc), name, range: { from: range[0], to: range[2] } };
  if (broken) return { ...common, editable: false, empty: false, broken: true, errors: broken };
  const errors = documentErrors(doc, lineCounter);
  return {
    ...common,
    editable: locatePod(doc) != null,
    empty: isEmpty(doc),
    ...(errors.length > 0 && { errors }),
  };
}

/**
 * The errors of a document that its kind's checks do not find, because it has none: the Pod's
 * checks cover workloads only. A kind mistyped (see mistypedKind), and a ConfigMap's or Secret's
 * value that kubectl would not send as a string: `kubectl apply` refuses either, and the export
 * writes every document.
 */
function documentErrors(doc: Document, lineCounter: LineCounter): Diagnostic[] {
  const at = (
    node: { range?: [number, number, number] | null } | null,
    code: string,
    message: string,
  ) => {
    const range = node?.range ?? doc.range ?? [0, 0, 0];
    return diagnosticAt(lineCounter, range[0], range[1], 'error', code, message);
  };
  const kind = documentKind(doc);
  const meant = mistypedKind(doc);
  if (meant) {
    return [
      at(
        nodeAt(doc, ['kind']),
        'unknown-kind',
        `Kubernetes has no kind \`${kind}\`: kubectl apply would refuse this document. Did you mean \`${meant}\`?`,
      ),
    ];
  }
  const fields =
    kind === 'ConfigMap' ? ['data', 'binaryData'] : kind === 'Secret' ? ['data', 'stringData'] : [];
  return fields.flatMap((field) => {
    const map = nodeAt(doc, [field]);
    if (!isMap(map)) return [];
    return map.items.flatMap(({ value }) => {
      const what = isMap(value) ? 'a map' : isSeq(value) ? 'a list' : notString(value);
      if (what === null) return [];
      const text = isScalar(value) ? String(value.source ?? value.value) : '';
      const fix = isScalar(value) ? `: quote it, "${text}"` : '';
      return [
        at(
          value as { range?: [number, number, number] },
          'not-a-string',
          `kubectl sends ${text ? `\`${text}\` as ` : ''}${what}, but a ${kind}'s \`${field}\` holds strings${fix}.`,
        ),
      ];
    });
  });
}

/** What kubectl reads a plain scalar as when not as a string ("a number"), else null. */
function notString(value: unknown): string | null {
  if (!isScalar(value) || value.type !== 'PLAIN' || value.value === null) return null;
  const text = String(value.source ?? value.value);
  if (readsAsString(text)) return null;
  if (readsAsNumber(text) || typeof value.value === 'number') return 'a number';
  return typeof value.value === 'boolean' || /^(y|n|yes|no|on|off|true|false)$/i.test(text)
    ? 'a boolean'
    : 'another type';
}

/** Why a document holds no Pod the app can edit, in the user's terms. */
export function whyNoPod(doc: Document, index: number, many: boolean): string {
  const where = many ? `Document ${index + 1}` : 'The document';
  if (isEmpty(doc)) return `${where} is empty.`;
  const contents = doc.contents;
  if (!isCollection(contents)) return `${where} is a single value, not a Kubernetes object.`;
  if (!isMap(contents)) return `${where} is a list, not a Kubernetes object.`;
  const kind = documentKind(doc);
  if (kind == null) return `${where} has no \`kind\`.`;
  const meant = mistypedKind(doc);
  if (meant)
    return `${where} has kind \`${kind}\`, which Kubernetes does not know (did you mean \`${meant}\`?).`;
  if (!isWorkloadKind(kind)) {
    return `${where} is a ${kind}, which has no Pod template to edit.`;
  }
  return `${where} is a ${kind} without a Pod spec mapping.`;
}

/**
 * Reads a manifest: its documents, the one whose Pod is shown, the Pod view and located
 * diagnostics. Never throws, whatever the text.
 */
export function parseManifest(text: string, options: ManifestOptions = {}): ParsedManifest {
  try {
    return parseUnsafe(text, options);
  } catch (error) {
    return {
      status: 'invalid-yaml',
      documents: [],
      selected: null,
      view: null,
      diagnostics: [
        {
          severity: 'error',
          code: 'internal',
          message: `The manifest could not be read: ${error instanceof Error ? error.message : String(error)}`,
          line: 1,
          col: 1,
          range: { from: 0, to: 0 },
        },
      ],
    };
  }
}

function parseUnsafe(text: string, options: ManifestOptions): ParsedManifest {
  const loaded = readText(text);
  const { broken } = loaded;
  const documents = loaded.docs.map((doc, i) =>
    summarize(doc, i, loaded.lineCounter, broken?.get(i)),
  );
  const invalid = (): ParsedManifest => ({
    status: 'invalid-yaml',
    documents,
    selected: null,
    view: null,
    diagnostics: [...loaded.diagnostics],
  });
  if (loaded.failed && broken === null) return invalid();
  // The errors of a document that does not parse are its own (`documents[i].errors`): the
  // document shown, which parses, is read as it is.
  const elsewhere = new Set([...(broken?.values() ?? [])].flat());
  const diagnostics = loaded.diagnostics.filter((d) => !elsewhere.has(d));
  const noPod = (selected: number | null, message: string, at = 0): ParsedManifest => {
    // What kubectl would refuse in the document; a kind mistyped is also why it holds no Pod.
    const refused = (selected === null ? undefined : documents[selected]?.errors) ?? [];
    diagnostics.push(...refused);
    if (!refused.some((d) => d.code === 'unknown-kind'))
      diagnostics.push(diagnosticAt(loaded.lineCounter, at, at, 'info', 'no-pod', message));
    return { status: 'no-pod', documents, selected, view: null, diagnostics };
  };
  if (loaded.docs.length === 0)
    return noPod(null, 'The file is empty: start from a template or add a container.');

  let selected: number;
  if (options.document !== undefined) {
    if (
      !Number.isInteger(options.document) ||
      options.document < 0 ||
      options.document >= documents.length
    ) {
      // While a document does not parse, the documents may not be those the user chose among.
      if (loaded.failed) return invalid();
      return noPod(null, `There is no document ${options.document + 1} in this file.`);
    }
    selected = options.document;
  } else {
    const first = firstShown(loaded);
    if (first < 0) {
      const many = documents.length > 1;
      const message = many
        ? 'None of the documents in this file holds a Pod template.'
        : whyNoPod(loaded.docs[0]!, 0, false);
      return noPod(0, message, documents[0]?.range.from ?? 0);
    }
    selected = first;
  }
  // The document shown does not parse: the canvas keeps the last good Pod.
  if (documentFails(loaded, selected)) return { ...invalid(), unparsed: selected };
  const doc = loaded.docs[selected]!;
  const location = locatePod(doc);
  if (!location) {
    return noPod(
      selected,
      whyNoPod(doc, selected, documents.length > 1),
      documents[selected]?.range.from ?? 0,
    );
  }
  const built = buildPodView(doc, location, loaded.lineCounter);
  diagnostics.push(...built.diagnostics);
  return { status: 'ok', documents, selected, view: built.view, diagnostics };
}
