import { memo, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import {
  nodeId,
  visibleText,
  type ContainerView,
  type PodDocument,
  type PodView,
} from '../../shared';
import { targetOfSelection, type InspectTarget, type PlainMap } from '../../shared/inspect';
import { podDocumentOf, usePod } from '../store/pod-store';
import { useAfterPaint } from '../store/use-after-paint';
import { ContainerForm, ROLE_NAMES } from './ContainerForm';
import { MountFields } from './MountFields';
import { PodForm } from './PodForm';
import { VolumeForm } from './VolumeForm';
import { NeedsOf, NeedsOfPod } from '../links/NeededObjects';
import { FieldHintScope, type FormKind } from '../editor/field-hints';
import { useSelect } from './use-commit';
import { UserText } from '../ui/UserText';
import { focusCanvasItem } from '../canvas/use-canvas-keys';
import { INSPECTOR_TITLE } from './inspector-focus';
import { FormDocumentScope } from './form-document';
import './inspector.css';

/**
 * The form for what is selected on the canvas: a container, a volume, a mount link, or the Pod
 * (nothing or several things selected). It reads the manifest text and writes every change back
 * as an edit, so the canvas and the YAML follow.
 */
export function Inspector({
  onMessageOnly,
}: {
  /**
   * Told whether the inspector has only a sentence to show (the YAML does not parse, the
   * document holds no Pod) rather than a form, when that changes: the side pane then gives the
   * editor the room. A stable function (a state setter).
   */
  onMessageOnly?: (messageOnly: boolean) => void;
} = {}) {
  const shown = usePod((s) => ({ doc: podDocumentOf(s), selection: s.selection }));
  const ownEdit = usePod((s) => s.textOrigin === 'inspector');
  // The form follows a changed text in a render of its own, after the canvas: a key typed in the
  // editor reaches the canvas in its own frame, and the form (some hundred fields) once that
  // frame is painted. Its own edits it shows at once: a field left or a box ticked never shows
  // its old value for a frame. So does a selection of the same text (a click on a node).
  const later = useAfterPaint(shown);
  const { doc, selection } = ownEdit || later.doc === shown.doc ? shown : later;
  return <InspectorPanel doc={doc} selection={selection} onMessageOnly={onMessageOnly} />;
}

const InspectorPanel = memo(function InspectorPanel({
  doc,
  selection,
  onMessageOnly,
}: {
  doc: PodDocument;
  selection: string[];
  onMessageOnly?: (messageOnly: boolean) => void;
}) {
  const { view } = doc;
  // Before the paint, as the sentence replaces the form: the pane is divided anew in that frame.
  const messageOnly = !view;
  useLayoutEffect(() => onMessageOnly?.(messageOnly), [messageOnly, onMessageOnly]);
  // Another thing selected starts at the top of its form; an edit (a rename too) keeps the place.
  // Only when the form is scrolled: setting the scroll lays the page out there and then (at
  // start-up, 90 ms before the first paint; after a drop on a large Pod, 20 to 35 ms).
  const panel = useRef<HTMLElement>(null);
  const scrolled = useRef(false);
  const subject = `${doc.parsed.selected ?? ''} ${subjectOf(view, selection)}`;
  const shownSubject = useRef(subject);
  useLayoutEffect(() => {
    if (shownSubject.current === subject) return;
    shownSubject.current = subject;
    if (panel.current && scrolled.current) panel.current.scrollTop = 0;
  }, [subject]);

  // Escape takes the keyboard back to the canvas, to the node the form edits (Enter there came
  // here). A field with a change typed in it takes its Escape first, to undo the typing, and
  // stops it: only the next Escape leaves. A dialog or a menu in the form closes on its own.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    const target = event.target as Element;
    if (target.closest('dialog, [role=dialog], [role=alertdialog], [role=menu], [role=listbox]')) {
      return;
    }
    if (focusCanvasItem(selection.length === 1 ? selection[0]! : null)) event.preventDefault();
  };

  return (
    <aside
      ref={panel}
      className="inspector"
      role="region"
      aria-label="Inspector"
      onScroll={(event) => (scrolled.current = event.currentTarget.scrollTop > 0)}
      onKeyDown={onKeyDown}
    >
      {view ? (
        <FormDocumentScope value={doc}>
          <Body view={view} doc={doc} selection={selection} />
        </FormDocumentScope>
      ) : (
        <p className="inspector-empty inspector-empty--block">
          {doc.parsed.status === 'no-pod'
            ? 'This document holds no Pod to inspect.'
            : 'The YAML does not parse: fix it in the editor to use the inspector again.'}
        </p>
      )}
    </aside>
  );
});

/**
 * What the form shows in its document, by place rather than by name: a rename leaves it the
 * same (a container moved to another place counts as another).
 */
function subjectOf(view: PodView | null, selection: string[]): string {
  const target = targetOfSelection(selection);
  const place = (name: string) => {
    const container = view?.containers.find((c) => c.name === name);
    return container ? `${container.list}:${container.index}` : name;
  };
  if ('container' in target) return `container ${place(target.container)}`;
  if ('mount' in target) return `mount ${place(target.mount.container)} ${target.mount.index}`;
  if ('volume' in target) {
    return `volume ${view?.volumes.findIndex((v) => v.name === target.volume) ?? target.volume}`;
  }
  return 'pod';
}

function Body({ view, doc, selection }: { view: PodView; doc: PodDocument; selection: string[] }) {
  const select = useSelect();
  const target = targetOfSelection(selection);
  const pick = (t: InspectTarget) => doc.value(t);
  const containerNamed = (name: string): ContainerView | undefined =>
    view.containers.find((c) => c.name === name);

  const shared =
    'container' in target
      ? view.containers.filter((c) => c.name === target.container)
      : 'volume' in target
        ? view.volumes.filter((v) => v.name === target.volume)
        : [];
  if (shared.length > 1) {
    const what = 'container' in target ? 'container' : 'volume';
    const name = shared[0]!.name;
    return (
      <Form
        title={[what === 'container' ? 'Container ' : 'Volume ', name]}
        kicker="Duplicate name"
        fields="pod"
      >
        <p className="inspector-empty inspector-empty--block" role="status">
          {shared.length} {what}s are named “<bdi>{visibleText(name)}</bdi>”. Rename one of them in
          the YAML editor: until the names differ, a change made here could reach either one.
        </p>
      </Form>
    );
  }
  if ('container' in target) {
    const container = containerNamed(target.container);
    const plain = pick(target);
    if (container && plain) {
      return (
        <Form
          title={['Container ', container.name]}
          kicker={ROLE_NAMES[container.role]}
          tone={container.role}
          fields="container"
        >
          <ContainerForm
            // Keyed by place, not name: a rename keeps the form, and the focus in it.
            key={`${container.list}:${container.index}`}
            container={container}
            plain={plain}
            view={view}
          />
          <NeedsOf container={container.name} />
        </Form>
      );
    }
  }
  if ('volume' in target) {
    const volume = view.volumes.find((v) => v.name === target.volume);
    const plain = pick(target);
    // A StatefulSet's claim template is in no `volumes` list: its form reads the view alone.
    if (volume && (plain || volume.claimTemplate)) {
      const kicker = volume.claimTemplate
        ? 'Claim template'
        : volume.source === 'other'
          ? 'Volume'
          : volume.source;
      return (
        <Form title={['Volume ', volume.name]} kicker={kicker} fields="volume">
          <VolumeForm
            // Keyed by place (a rename keeps the form); a claim template's is in another list.
            key={`${volume.claimTemplate ? 'template' : 'volume'}:${volume.index}`}
            volume={volume}
            plain={plain ?? {}}
            view={view}
          />
          <NeedsOf volume={volume.name} />
        </Form>
      );
    }
  }
  if ('mount' in target) {
    const container = containerNamed(target.mount.container);
    const mount = container?.mounts.find((m) => m.index === target.mount.index);
    if (container && mount) {
      return (
        <Form
          title={['Mount of ', mount.volume, ' in ', container.name]}
          kicker="Volume mount"
          fields="mount"
        >
          <p className="inspector-links">
            <button type="button" className="inspector-link" onClick={() => select([container.id])}>
              Container {container.name}
            </button>
            <button
              type="button"
              className="inspector-link"
              onClick={() => select([nodeId.volume(mount.volume)])}
            >
              Volume {mount.volume}
            </button>
          </p>
          <MountFields
            key={`${container.name}:${mount.index}`}
            container={container}
            mount={mount}
            onRemoved={() => select([container.id])}
          />
        </Form>
      );
    }
  }
  const pod: PlainMap = pick({ pod: true }) ?? {};
  const root = pick({ document: true });
  const name = view.name ?? 'unnamed';
  return (
    <Form
      title={[`${view.kind} `, name]}
      kicker={view.kind === 'Pod' ? 'Pod' : 'Pod template'}
      fields="pod"
    >
      <PodForm view={view} document={root} pod={pod} />
      <NeedsOfPod />
    </Form>
  );
}

function Form({
  title,
  kicker,
  tone,
  fields,
  children,
}: {
  /** The app's words and the manifest's names, alternately: `['Container ', name]`. */
  title: readonly string[];
  kicker: string;
  /** Which form it is, for the API descriptions its fields show as hints. */
  fields: FormKind;
  /** Colours the kicker as the canvas colours the thing. */
  tone?: string;
  children: ReactNode;
}) {
  return (
    <form
      className="inspector-form"
      aria-label={title.map((part, i) => (i % 2 === 1 ? visibleText(part) : part)).join('')}
      noValidate
      onSubmit={(event) => event.preventDefault()}
    >
      <header className="inspector-header">
        <p className={`inspector-kicker${tone ? ` inspector-kicker--${tone}` : ''}`}>{kicker}</p>
        {/* Not a stop for Tab: Enter on a canvas node puts the focus here (inspector-focus.ts). */}
        <h2 className={INSPECTOR_TITLE} tabIndex={-1}>
          {title.map((part, i) => (i % 2 === 1 ? <UserText key={i} text={part} /> : part))}
        </h2>
      </header>
      <FieldHintScope.Provider value={fields}>{children}</FieldHintScope.Provider>
    </form>
  );
}
