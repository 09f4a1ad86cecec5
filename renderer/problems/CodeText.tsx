import { visibleText } from '../../shared';

/**
 * A message with `code` in backticks, as the rules write field names and values
 * (`imagePullPolicy`, `restartPolicy: Always`): the quoted parts are set as code. Messages quote
 * the manifest's names and values, so hidden and bidirectional characters are shown as markers.
 */
export function CodeText({ text }: { text: string }) {
  const parts = visibleText(text).split(/`([^`]+)`/);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}

/** The same message as plain text, for an accessible name or a tooltip. */
export function withoutBackticks(text: string): string {
  return visibleText(text).replace(/`([^`]+)`/g, '$1');
}
