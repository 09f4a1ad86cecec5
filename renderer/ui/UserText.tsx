import { visibleParts } from '../../shared';

/**
 * Text from the manifest, inside the app's own words: isolated (`<bdi>`), so that right-to-left
 * text cannot reorder the sentence around it, and with each hidden or bidirectional character
 * shown as a marker (⟨U+202E⟩) instead of acting. Where a plain string is needed (a label, a
 * tooltip, SVG), `visibleText` from shared/ gives the same text.
 */
export function UserText({ text }: { text: string }) {
  const parts = visibleParts(text);
  return (
    <bdi className="user-text">
      {parts.map((part, i) =>
        'text' in part ? (
          part.text
        ) : (
          <span key={i} className="hidden-char" title={part.hidden.name}>
            {part.marker}
          </span>
        ),
      )}
    </bdi>
  );
}
