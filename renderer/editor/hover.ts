import { forEachDiagnostic } from '@codemirror/lint';
import type { EditorState } from '@codemirror/state';
import { hoverTooltip, type EditorView, type Tooltip } from '@codemirror/view';
import type { Problem } from '../../shared';
import {
  fieldAt,
  firstSentence,
  lessonNote,
  loadFieldDocs,
  typeLabel,
  valueMeaning,
  type FieldDocs,
  type FoundField,
} from './field-docs';
import { keyOf, kindOf, pathOf, treeUpTo } from './yaml-path';

/** What the hover needs beyond the text: the problems it marks and a way to apply their fixes. */
export interface HoverSource {
  problems(): readonly Problem[];
  applyFix(problem: Problem): void;
}

/** The field whose key (or value) is at `pos`, and the value's meaning for an enum. */
export function fieldUnder(
  state: EditorState,
  pos: number,
  docs: FieldDocs,
): { field: FoundField; from: number; to: number; value: string | null } | null {
  const tree = treeUpTo(state, pos);
  let node: ReturnType<typeof tree.resolveInner> | null = tree.resolveInner(pos, 1);
  let inKey = false;
  while (node && node.name !== 'Pair') {
    if (node.name === 'Key') inKey = true;
    node = node.parent;
  }
  if (!node) return null;
  const key = keyOf(state.doc, node);
  if (key === null) return null;
  const field = fieldAt(docs, kindOf(state.doc, node), pathOf(state.doc, node.parent), key);
  if (!field) return null;
  const keyNode = node.getChild('Key')!;
  const valueNode = node.lastChild;
  if (inKey) return { field, from: keyNode.from, to: keyNode.to, value: null };
  if (!valueNode || valueNode.name !== 'Literal' || !field.doc.e) return null;
  const value = state.doc.sliceString(valueNode.from, valueNode.to).replace(/^(["'])(.*)\1$/, '$2');
  return { field, from: valueNode.from, to: valueNode.to, value };
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A paragraph whose `backticked` words are set as code, as the rules write them. */
function paragraph(className: string, text: string): HTMLElement {
  const node = element('p', className);
  text.split('`').forEach((part, i) => {
    if (part) node.append(i % 2 === 1 ? element('code', 'cm-k8s-code', part) : part);
  });
  return node;
}

function fieldSection(found: NonNullable<ReturnType<typeof fieldUnder>>): HTMLElement {
  const { field, value } = found;
  const section = element('div', 'cm-k8s-doc');
  const head = element('div', 'cm-k8s-doc__head');
  head.append(element('strong', 'cm-k8s-doc__name', field.name));
  head.append(element('span', 'cm-k8s-doc__type', typeLabel(field.doc.t)));
  if (field.doc.r) head.append(element('span', 'cm-k8s-doc__required', 'required'));
  section.append(head);
  const meaning = value !== null ? field.doc.e?.find(([v]) => v === value)?.[1] : undefined;
  if (meaning) section.append(element('p', 'cm-k8s-doc__value', valueMeaning(value!, meaning)));
  section.append(element('p', 'cm-k8s-doc__text', field.doc.d));
  const lesson = lessonNote(field);
  if (lesson) section.append(paragraph('cm-k8s-doc__lesson', lesson));
  return section;
}

function problemSection(view: EditorView, problem: Problem, source: HoverSource): HTMLElement {
  const section = element('div', `cm-k8s-problem cm-k8s-problem--${problem.severity}`);
  section.append(paragraph('cm-k8s-problem__message', problem.message));
  section.append(paragraph('cm-k8s-problem__why', firstSentence(problem.explanation)));
  // A fix that must be agreed to first is offered in the Problems panel, which asks.
  if (problem.fix && !problem.fix.confirm) {
    const fix = element('button', 'cm-k8s-problem__fix', `Fix: ${problem.fix.title}`);
    (fix as HTMLButtonElement).type = 'button';
    fix.addEventListener('click', () => {
      source.applyFix(problem);
      view.focus();
    });
    section.append(fix);
  }
  return section;
}

/** A marker that is no problem of the store's: a syntax error, a kind Kubernetes does not know. */
function markerSection(message: string, severity: string): HTMLElement {
  const section = element('div', `cm-k8s-problem cm-k8s-problem--${severity}`);
  section.append(paragraph('cm-k8s-problem__message', message));
  return section;
}

/**
 * What is marked at `pos`: the store's problems (with their explanation and fix), and the other
 * markers' messages (the text's syntax errors, a document's unknown kind).
 */
function problemsAt(state: EditorState, pos: number, source: HoverSource) {
  const marked: { ruleId: string; message: string; severity: string; from: number; to: number }[] =
    [];
  forEachDiagnostic(state, (d, from, to) => {
    if (from <= pos && pos <= to && d.source)
      marked.push({ ruleId: d.source, message: d.message, severity: d.severity, from, to });
  });
  const problems = source.problems();
  return marked.map((m) => ({
    ...m,
    problem: problems.find((p) => p.ruleId === m.ruleId && p.message === m.message) ?? null,
  }));
}

/**
 * Hovering a key shows its type, whether it is required, its description from the API
 * reference and, where the lesson speaks of it, the lesson's line; hovering a problem's marker
 * shows the problem, why it matters, and its fix as a button.
 */
export function kubernetesHover(source: HoverSource) {
  return hoverTooltip(
    async (view, pos, side): Promise<Tooltip | null> => {
      const docs = await loadFieldDocs();
      const state = view.state;
      if (pos > state.doc.length) return null;
      const problems = problemsAt(state, pos, source);
      const found = fieldUnder(state, side < 0 && pos > 0 ? pos - 1 : pos, docs);
      if (!found && problems.length === 0) return null;
      const from = Math.min(found?.from ?? pos, ...problems.map((p) => p.from));
      const to = Math.max(found?.to ?? pos, ...problems.map((p) => p.to));
      return {
        pos: from,
        end: to,
        above: true,
        create: () => {
          const dom = element('div', 'cm-k8s-hover');
          for (const { problem, message, severity } of problems) {
            dom.append(
              problem ? problemSection(view, problem, source) : markerSection(message, severity),
            );
          }
          if (found) dom.append(fieldSection(found));
          return { dom };
        },
      };
    },
    { hideOnChange: true },
  );
}
