import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { EditorView } from '@codemirror/view';
import { Inspector } from '../inspector/Inspector';
import { Splitter } from './Splitter';
import { useStoredNumber } from './use-stored-number';

/** The height of the toolbar above the workspace (app.css). */
export const TOOLBAR = 52;

/**
 * The YAML editor's height until the user sets one: 420 px, or half the side pane on a short
 * screen. At 420 px a 700 px-high window left the inspector some 165 px, one or two fields at a
 * time.
 */
function defaultEditorHeight(): number {
  return Math.min(420, Math.round((window.innerHeight - TOOLBAR) / 2));
}

/** How long the inspector shows only a sentence before the editor takes its room. */
export const BRIEF_AFTER_MS = 800;

/**
 * The column beside the canvas: the inspector (or what `top` puts there instead) above, the
 * editor pane (`children`) below, and the divider between them, whose place the user sets and
 * this machine keeps.
 *
 * While the inspector has only a sentence to show (the YAML does not parse, or the document
 * holds no Pod) for a moment, it takes the height of that sentence, and the editor, where the
 * text is fixed, the rest: the divider has nothing to divide then, and is not offered. The height the user gave
 * the editor is kept as it was, and comes back with the next form.
 */
export function SidePane({
  top,
  showTop,
  showYaml,
  simulating,
  children,
}: {
  /** Shown above the editor in place of the inspector (the simulation's panels). */
  top?: ReactNode;
  showTop: boolean;
  showYaml: boolean;
  simulating: boolean;
  /** The editor pane. */
  children: ReactNode;
}) {
  const [editorHeight, setEditorHeight] = useStoredNumber(
    'pod-builder.editor-height',
    defaultEditorHeight(),
  );
  const [messageOnly, setMessageOnly] = useState(false);
  // Only once the sentence has stayed a moment: a key that breaks the YAML on the way to the next
  // (a quote not closed yet) does not move the divider back and forth as the user types.
  const [lasting, setLasting] = useState(false);
  useEffect(() => {
    if (!messageOnly) return;
    const timer = setTimeout(() => setLasting(true), BRIEF_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setLasting(false);
    };
  }, [messageOnly]);
  const brief = lasting && messageOnly && !top && showTop && showYaml;

  // The editor's text stays where it is on the screen as the divider moves for the inspector's
  // sentence and back: the line being typed on does not jump up, nor, as the form comes back,
  // down out of sight. Where the editor's top was last drawn, to know how far it moved.
  const pane = useRef<HTMLDivElement>(null);
  const editorTop = useRef<number | null>(null);
  useEffect(() => {
    const editor = pane.current?.lastElementChild;
    if (!editor || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      editorTop.current = editor.getBoundingClientRect().top;
    });
    observer.observe(editor);
    return () => observer.disconnect();
  }, []);
  const shownBrief = useRef(brief);
  useLayoutEffect(() => {
    if (shownBrief.current === brief) return;
    shownBrief.current = brief;
    const editor = pane.current?.lastElementChild;
    const before = editorTop.current;
    if (!editor || before === null) return;
    const top = editor.getBoundingClientRect().top;
    editorTop.current = top;
    const cm = editor.querySelector<HTMLElement>('.cm-editor');
    const view = cm ? EditorView.findFromDOM(cm) : null;
    if (!view) return;
    view.scrollDOM.scrollTop += top - before;
    // And the line being typed on in sight, the status under the editor having grown with it.
    if (view.hasFocus) {
      const head = view.state.selection.main.head;
      view.dispatch({ effects: EditorView.scrollIntoView(head, { y: 'nearest', yMargin: 20 }) });
    }
  }, [brief]);

  return (
    <div
      ref={pane}
      className={`side-pane${showTop ? '' : ' no-top'}${showYaml ? '' : ' no-yaml'}${simulating ? ' is-simulating' : ''}${brief ? ' is-brief' : ''}`}
      style={{ '--editor-height': `${editorHeight}px` } as CSSProperties}
    >
      {top ?? <Inspector onMessageOnly={setMessageOnly} />}
      <Splitter
        orientation="horizontal"
        label="Resize the YAML editor"
        size={editorHeight}
        min={160}
        max={1400}
        onResize={setEditorHeight}
        disabled={brief}
      />
      {children}
    </div>
  );
}
