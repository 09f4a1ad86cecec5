import { useCallback, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { visibleText } from '../../shared';
import type { Problem, QuickFix, Severity } from '../../shared';
import { Dialog } from './Dialog';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import { usePodSecurity } from '../problems/pod-security';
import { podDocumentOf, usePod, usePodStoreApi } from '../store/pod-store';
import { useDocumentErrors, useTextProblems } from '../store/problems';
import { documentName, errorCount } from './DocumentPicker';
import { useViewPrefs } from '../ui/view-prefs';

/** Each severity counted on the bar; on a narrow bar, its mark stands for the word. */
const COUNTED: { severity: Severity; word: string; mark: string }[] = [
  { severity: 'error', word: 'error', mark: '✕' },
  { severity: 'warning', word: 'warning', mark: '⚠' },
  { severity: 'info', word: 'suggestion', mark: 'ℹ' },
];

/** The Problems panel under the canvas; folded, it shows its counts. */
export function ProblemsDock() {
  const store = usePodStoreApi();
  const problems = useTextProblems();
  const podSecurity = usePodSecurity();
  // A text with no Pod (its document deleted, say) has no level of its own: the level and the
  // controls it lists would be those of the last Pod, which the text no longer has.
  const holdsPod = usePod((s) => podDocumentOf(s).view !== null);
  const [open, setOpen] = useState(false);

  const onSelect = useCallback(
    (problem: Problem) => {
      const state = store.getState();
      state.select(problem.nodeId ? [problem.nodeId] : [], 'inspector');
      state.jumpTo(problem.range.from);
    },
    [store],
  );
  // A fix that changes what happens at run time waits for a yes.
  const [asking, setAsking] = useState<{ fix: QuickFix; applying: () => void } | null>(null);
  const apply = useCallback(
    (fix: QuickFix, applying: () => void) => {
      applying();
      store.getState().editAll(fix.edits, 'inspector');
    },
    [store],
  );
  const onFix = useCallback(
    (_problem: Problem, fix: QuickFix, applying: () => void) => {
      if (fix.confirm) setAsking({ fix, applying });
      else apply(fix, applying);
    },
    [apply],
  );

  return (
    <div className={`problems-dock${open ? ' is-open' : ''}`}>
      <div className="problems-dock__bar">
        <button
          type="button"
          className="problems-dock__toggle"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          <span className="problems-dock__chevron" aria-hidden="true">
            ▸
          </span>
          <strong>Problems</strong>
          {COUNTED.map(({ severity, word, mark }) => {
            const count = problems.filter((p) => p.severity === severity).length;
            const words = `${word}${count === 1 ? '' : 's'}`;
            return (
              <span
                key={severity}
                className={count ? `problems-dock__count--${severity}` : undefined}
                title={`${count} ${words}`}
              >
                <span className="problems-dock__mark" aria-hidden="true">
                  {mark}
                </span>
                {count}
                <span className="problems-dock__word"> {words}</span>
              </span>
            );
          })}
          {holdsPod && <ErrorsElsewhere />}
        </button>
        <BadgesToggle />
      </div>
      {open && (
        <ProblemsPanel
          problems={problems}
          onSelect={onSelect}
          onFix={onFix}
          podSecurity={holdsPod ? podSecurity : null}
          holdsPod={holdsPod}
        />
      )}
      {asking && (
        <Dialog
          title={`${visibleText(asking.fix.title)}?`}
          role="alertdialog"
          onClose={() => setAsking(null)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setAsking(null)} autoFocus>
                Cancel
              </button>
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  setAsking(null);
                  apply(asking.fix, asking.applying);
                }}
              >
                Apply
              </button>
            </>
          }
        >
          <p>{asking.fix.confirm}</p>
        </Dialog>
      )}
    </div>
  );
}

/**
 * The errors of the file's other documents, which the counts beside it leave out: the export
 * writes those documents too, and kubectl would refuse them. The Document picker says which.
 */
/**
 * What to do about the errors of other documents: one that parses is chosen in the picker to see
 * its errors; one that does not parse cannot be chosen, and is fixed in the editor.
 */
function elsewhereAdvice(others: readonly { broken?: true }[]): string {
  const broken = others.some((d) => d.broken);
  const choosable = others.some((d) => !d.broken);
  if (!broken) return 'Choose one in the Document picker to see its errors.';
  if (!choosable) return 'Fix its YAML in the editor, where it is marked.';
  return 'Choose one in the Document picker to see its errors; fix the YAML of one that does not parse in the editor.';
}

function ErrorsElsewhere() {
  const counted = useDocumentErrors();
  if (!counted) return null;
  const { documents, errors, shown } = counted;
  const others = documents.filter((d) => d.index !== shown && (errors[d.index] ?? 0) > 0);
  const count = others.reduce((sum, d) => sum + (errors[d.index] ?? 0), 0);
  if (count === 0) return null;
  const words = count === 1 ? 'error' : 'errors';
  return (
    <span
      className="problems-dock__elsewhere"
      title={`${others.map((d) => `${documentName(d)}: ${d.broken ? 'does not parse' : errorCount(errors[d.index] ?? 0)}`).join('; ')}. ${elsewhereAdvice(others)}`}
    >
      <span className="problems-dock__elsewhere-long">
        {count} {words} in other documents
      </span>
      {/* A narrow bar says it shorter, as its counts do; screen readers hear the whole of it. */}
      <span className="problems-dock__elsewhere-short" aria-hidden="true">
        <span className="problems-dock__mark">✕</span>
        {count}
        <span className="problems-dock__word"> {words}</span> elsewhere
      </span>
    </span>
  );
}

/**
 * Shows or hides the count badges on the canvas nodes (the View menu does too), for showing the
 * Pod's anatomy to a class without them; the counts beside it stay, one click from the list.
 */
function BadgesToggle() {
  const { shown, toggle } = useViewPrefs(
    useShallow((s) => ({ shown: s.problemBadges, toggle: s.toggleProblemBadges })),
  );
  return (
    <button
      type="button"
      className="problems-dock__badges"
      aria-pressed={shown}
      aria-label="Problem badges on the canvas"
      aria-keyshortcuts="Control+Alt+B"
      title="Show or hide the problem badges on the canvas (Ctrl+Alt+B)"
      onClick={toggle}
    >
      <span className="problems-dock__switch" aria-hidden="true" />
      {/* A narrow canvas pane shows the short label, so the counts keep their room. */}
      <span className="problems-dock__badges-long">Problem badges on the canvas</span>
      <span className="problems-dock__badges-short">Badges</span>
    </button>
  );
}
