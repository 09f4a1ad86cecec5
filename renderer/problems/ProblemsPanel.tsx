import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { bySeverity, countBySeverity, visibleText } from '../../shared';
import type { PodSecurityAssessment, Problem, QuickFix, Severity } from '../../shared';
import { PodSecurityLine } from './PodSecurityLine';
import { CodeText, withoutBackticks } from './CodeText';
import './problems.css';

export interface ProblemsPanelProps {
  /** The problems to list: errors, then warnings, then suggestions, each in text order. */
  problems: readonly Problem[];
  /** A problem was chosen: select its node and move the editor to its line. */
  onSelect: (problem: Problem) => void;
  /** One of its quick fixes was chosen: apply `fix.edits` (asking first when `fix.confirm`). */
  /**
   * `applying` is called as the fix is applied (for a fix that asks first, once the user says
   * yes): the focus then goes to the problem that takes its place.
   */
  onFix: (problem: Problem, fix: QuickFix, applying: () => void) => void;
  /** The Pod Security Standards level the Pod meets, and what keeps it from the next. */
  podSecurity?: PodSecurityAssessment | null;
  /** False when the document shown holds no Pod: then no problem means nothing was checked. */
  holdsPod?: boolean;
  /**
   * Set (Ctrl+Shift+M), and each time it changes, the focus goes to the first problem, or to the
   * sentence that there is none.
   */
  focusRequest?: number;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const LABEL: Record<Severity, [singular: string, plural: string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['suggestion', 'suggestions'],
};

const SEVERITY_NAME: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Suggestion',
};

function countLabel(severity: Severity, count: number): string {
  const [one, many] = LABEL[severity];
  return `${count} ${count === 1 ? one : many}`;
}

function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg
      className={`problems__icon problems__icon--${severity}`}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      {severity === 'error' && (
        <>
          <circle cx="8" cy="8" r="7" />
          <path d="M5.5 5.5l5 5m0-5l-5 5" className="problems__icon-mark" />
        </>
      )}
      {severity === 'warning' && (
        <>
          <path d="M8 1.5l7 13H1z" />
          <path d="M8 6.5v4m0 1.8v.2" className="problems__icon-mark" />
        </>
      )}
      {severity === 'info' && (
        <>
          <circle cx="8" cy="8" r="7" />
          <path d="M8 7.2v4.3m0-6.8v.2" className="problems__icon-mark" />
        </>
      )}
    </svg>
  );
}

function fixesOf(problem: Problem): QuickFix[] {
  return problem.fix ? [problem.fix, ...(problem.moreFixes ?? [])] : [];
}

/**
 * Each problem's key: its rule and message, and how many alike come before it. Not its place in
 * the text, which an edit above it moves: its row (and the focus on it) stays through an undo.
 */
function problemKeys(problems: readonly Problem[]): string[] {
  const seen = new Map<string, number>();
  return problems.map((problem) => {
    const alike = `${problem.ruleId} ${problem.message}`;
    const n = seen.get(alike) ?? 0;
    seen.set(alike, n + 1);
    return `${alike}#${n}`;
  });
}

/**
 * The problems of the manifest: counts by severity, then one row per problem with its message,
 * rule and position, the errors first (`bySeverity`). Choosing a row selects it (`onSelect`); "Why?" shows the rule's explanation;
 * "Fix: …" applies one of its quick fixes (`onFix`), the best first. Up and Down move between rows.
 */
export function ProblemsPanel({
  problems,
  onSelect,
  onFix,
  podSecurity,
  holdsPod = true,
  focusRequest = 0,
}: ProblemsPanelProps) {
  const baseId = useId();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const listRef = useRef<HTMLUListElement>(null);
  const counts = countBySeverity(problems);
  const listed = useMemo(() => bySeverity(problems), [problems]);
  const keys = useMemo(() => problemKeys(listed), [listed]);

  // A fix takes its problem, and the button that was pressed, off the list: the focus goes to
  // the problem now in its place (or the note that none is left), not to the page.
  const emptyRef = useRef<HTMLParagraphElement>(null);
  const fixedAt = useRef<number | null>(null);
  useEffect(() => {
    const at = fixedAt.current;
    fixedAt.current = null;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (at === null || !lost) return;
    const rows = listRef.current?.querySelectorAll<HTMLButtonElement>('.problems__select') ?? [];
    (rows[Math.min(at, rows.length - 1)] ?? emptyRef.current)?.focus();
  }, [problems]);

  useEffect(() => {
    if (focusRequest === 0) return;
    (listRef.current?.querySelector<HTMLElement>('.problems__select') ?? emptyRef.current)?.focus();
  }, [focusRequest]);

  const toggle = (key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const rows = Array.from(
      listRef.current?.querySelectorAll<HTMLButtonElement>('.problems__select') ?? [],
    );
    const current = rows.findIndex((row) => row.closest('li')?.contains(event.target as Node));
    if (current < 0) return;
    const next = event.key === 'ArrowDown' ? current + 1 : current - 1;
    const target = rows[Math.max(0, Math.min(rows.length - 1, next))];
    if (!target) return;
    event.preventDefault();
    target.focus();
  };

  return (
    <section className="problems" role="region" aria-label="Problems">
      <header className="problems__header">
        <h2 className="pane-title">Problems</h2>
        <ul className="problems__counts" aria-label="Problem counts">
          {SEVERITIES.map((severity) => (
            <li key={severity} className={`problems__count problems__count--${severity}`}>
              <SeverityIcon severity={severity} />
              {countLabel(severity, counts[severity])}
            </li>
          ))}
        </ul>
      </header>
      {podSecurity && <PodSecurityLine assessment={podSecurity} />}
      {problems.length === 0 ? (
        <p className="problems__empty" ref={emptyRef} tabIndex={-1}>
          {holdsPod
            ? 'No problems: the manifest follows the rules and the lesson.'
            : 'No Pod to check: this document holds none. The canvas shows the last Pod read.'}
        </p>
      ) : (
        <ul className="problems__list" ref={listRef} onKeyDown={onListKeyDown}>
          {listed.map((problem, index) => {
            const key = keys[index]!;
            const open = expanded.has(key);
            const explanationId = `${baseId}-why-${index}`;
            return (
              <li key={key} className={`problems__item problems__item--${problem.severity}`}>
                <div className="problems__row">
                  <button
                    type="button"
                    className="problems__select"
                    aria-label={`${SEVERITY_NAME[problem.severity]}: ${withoutBackticks(problem.message)} ${problem.ruleId}, line ${problem.line}, column ${problem.col}`}
                    aria-describedby={explanationId}
                    onClick={() => onSelect(problem)}
                  >
                    <SeverityIcon severity={problem.severity} />
                    <span className="problems__text">
                      <span className="problems__message">
                        <CodeText text={problem.message} />
                      </span>
                      <span className="problems__meta">
                        <code className="problems__rule">{problem.ruleId}</code>
                        <span className="problems__position">
                          {' '}
                          line {problem.line}, column {problem.col}
                        </span>
                      </span>
                    </span>
                  </button>
                  <div className="problems__actions">
                    <button
                      type="button"
                      className="problems__why"
                      aria-expanded={open}
                      aria-controls={explanationId}
                      onClick={() => toggle(key)}
                    >
                      Why?
                    </button>
                    {fixesOf(problem).map((fix, i) => (
                      <button
                        key={i}
                        type="button"
                        className="problems__fix"
                        onClick={() =>
                          // A fix that asks first gives the focus back to this button on Cancel.
                          onFix(problem, fix, () => (fixedAt.current = index))
                        }
                      >
                        Fix: {visibleText(fix.title)}
                        {/* The ellipsis says a question comes before the change. */}
                        {fix.confirm ? '…' : ''}
                      </button>
                    ))}
                  </div>
                </div>
                <p className="problems__explanation" id={explanationId} hidden={!open}>
                  <CodeText text={problem.explanation} />
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
