import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readChecked, readShown } from '../../../shared/document/reading';
import {
  checkedDocumentOf,
  createPodStore,
  goodModelOf,
  parsedOf,
  podDocumentOf,
} from '../../../renderer/store/pod-store';
import {
  textsKept,
  type ReadRequest,
  type ReadResponse,
  type WholeRequest,
} from '../../../renderer/store/reading-protocol';
import { PIECE_KEYS, shownSender, withoutText } from '../../../renderer/store/reading-pieces';
import { useSettings } from '../../../renderer/settings/settings-store';
import { template } from '../../support/templates';

/**
 * A stand-in for the reading worker (jsdom has no Worker): it reads with the same functions as
 * reading.worker.ts, answers when the test says so, and its answers cross as structured clones.
 */
class ReadingWorker {
  static last: ReadingWorker | null = null;
  onmessage: ((event: MessageEvent<ReadResponse>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  /** The requests as they crossed; those waiting to be answered, with their texts whole. */
  crossed: ReadRequest[] = [];
  requests: WholeRequest[] = [];
  whole = textsKept();
  /** Keys of a map sent in one message (see reading-pieces.ts). */
  pieceKeys = PIECE_KEYS;
  /** Sends each reading as the worker does: whole, or what changed since the one asked against. */
  shownMessages = shownSender(() => this.pieceKeys);
  constructor() {
    ReadingWorker.last = this;
  }
  postMessage(request: ReadRequest) {
    const crossed = structuredClone(request);
    this.crossed.push(crossed);
    try {
      this.requests.push(this.whole(crossed));
    } catch {
      // Thrown in the worker: the page hears of it as the worker's error event.
      setTimeout(() => this.onerror?.(new Event('error')), 0);
    }
  }
  terminate() {}
  /**
   * Answers the oldest request waiting: for a text to read, what the views show; for a text sent
   * to be checked, its checks.
   */
  answer(): void {
    for (const send of this.reply()) send();
  }
  /** The messages answering the oldest request waiting, each sent when called. */
  reply(): (() => void)[] {
    const { id, text, chosen, settings, checkOnly, base } = this.requests.shift()!;
    const send = (data: ReadResponse) => () =>
      this.onmessage?.({ data: structuredClone(data) } as MessageEvent<ReadResponse>);
    if (checkOnly) return [send({ id, checked: withoutText(readChecked(text, chosen, settings)) })];
    const shown = withoutText(readShown(text, chosen, settings));
    return this.shownMessages(id, shown, base).map(send);
  }
}

const settings = { kubernetesVersion: '1.33', disabledRules: [] };
const notes = '# a note on the Pod, kept as written\n'.repeat(200);
const long = `${notes}${template('pod-anatomy.yaml')}`;
const renamed = (name: string) => long.replace('name: api-server', `name: ${name}`);

/**
 * Keys typed at the end of the Pod's name ('\b': Backspace), each told to the store as the
 * editor tells it (what it changed, in which text), then its echo painted. `editor()` is the
 * editor's text now.
 */
function keyboard(store: ReturnType<typeof createPodStore>) {
  const at = long.indexOf('name: api-server') + 'name: api-server'.length;
  let editor = long;
  return {
    editor: () => editor,
    press(key: string) {
      const before = editor;
      const from = at + editor.length - long.length;
      const splice =
        key === '\b' ? { from: from - 1, to: from, insert: '' } : { from, to: from, insert: key };
      editor = `${before.slice(0, splice.from)}${splice.insert}${before.slice(splice.to)}`;
      store.getState().typed(() => editor, editor.length, [splice], before);
      vi.advanceTimersByTime(100);
    },
  };
}

/** What crossed for each request: a whole text's length, or the patches' insertions. */
const crossedAs = ({ text }: ReadRequest) =>
  typeof text === 'string' ? text.length : text.patches.map((p) => p.insert);

/**
 * The frame showing the worker's reading of `text` is painted: the page then asks for its checks
 * (not sooner: made at once, they took a core from that frame), and the worker answers.
 */
function paintedThenChecked(worker: ReadingWorker, text: string): void {
  expect(worker.requests).toEqual([]);
  vi.advanceTimersByTime(100);
  expect(worker.requests).toEqual([expect.objectContaining({ text, checkOnly: true })]);
  worker.answer();
}

describe('reading in a worker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('Worker', ReadingWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    ReadingWorker.last = null;
  });

  it('keeps the last reading on screen until the newer arrives, then its checks', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    store.getState().setText(renamed('web'), 'yaml');
    vi.advanceTimersByTime(100);
    // Read nowhere but in the worker: the views still show the text before the key.
    expect(goodModelOf(store.getState())?.view.name).toBe('api-server');
    const worker = ReadingWorker.last!;
    expect(worker.requests.map((r) => r.text)).toEqual([renamed('web')]);
    worker.answer();
    expect(goodModelOf(store.getState())?.view.name).toBe('web');
    // Its checks are not made with it: the canvas showing it comes first.
    expect(store.getState().checkedText).toBe(long);
    paintedThenChecked(worker, renamed('web'));
    expect(store.getState().checkedText).toBe(renamed('web'));
  });

  it('asks for no checks of a text while a newer one is being read, only for the newest', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    store.getState().setText(renamed('w'), 'yaml');
    const worker = ReadingWorker.last!;
    worker.answer();
    // The next key's text is sent before the frame showing the first is painted.
    store.getState().setText(renamed('we'), 'yaml');
    vi.advanceTimersByTime(100);
    expect(worker.requests.map((r) => [r.text, r.checkOnly ?? false])).toEqual([
      [renamed('we'), false],
    ]);
    worker.answer();
    paintedThenChecked(worker, renamed('we'));
    expect(store.getState().checkedText).toBe(renamed('we'));
  });

  it('asks for the checks of the last good text when the newer one does not parse', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    store.getState().setText(renamed('w'), 'yaml');
    const worker = ReadingWorker.last!;
    worker.answer();
    store.getState().setText(`${renamed('w')}\n  bad: [`, 'yaml');
    vi.advanceTimersByTime(100);
    worker.answer();
    expect(store.getState().goodText).toBe(renamed('w'));
    paintedThenChecked(worker, renamed('w'));
    expect(store.getState().checkedText).toBe(renamed('w'));
  });

  it('shows the readings of a burst of keys in order, and the last one last', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    for (const name of ['w', 'we', 'web']) store.getState().setText(renamed(name), 'yaml');
    const worker = ReadingWorker.last!;
    worker.answer();
    expect(goodModelOf(store.getState())?.view.name).toBe('w');
    worker.answer();
    worker.answer();
    expect(goodModelOf(store.getState())?.view.name).toBe('web');
    expect(store.getState().shownText).toBe(store.getState().text);
  });

  it('sends each reading after the first as what changed, even past readings not shown', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    store.getState().setText(renamed('w'), 'yaml');
    const worker = ReadingWorker.last!;
    const sent: ReadResponse[] = [];
    const onmessage = worker.onmessage!;
    worker.onmessage = (event) => {
      sent.push(event.data);
      onmessage(event);
    };
    worker.answer();
    // Read and sent, but a file opened meanwhile: never shown, yet what the next is sent against.
    store.getState().setText(renamed('we'), 'yaml');
    const small =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: small\nspec:\n  containers:\n    - name: app\n      image: app:1\n';
    store.getState().loadFile({ name: 'small.yaml', path: null, text: small });
    worker.answer();
    expect(goodModelOf(store.getState())?.view.name).toBe('small');
    store.getState().setText(renamed('web'), 'yaml');
    worker.answer();
    const readings = sent.filter((m) => !m.checked);
    expect(readings.map((m) => (m.shown ? 'whole' : 'delta'))).toEqual(['whole', 'delta', 'delta']);
    expect(readings.slice(1).map((m) => m.base)).toEqual(readings.slice(0, 2).map((m) => m.id));
    // The page's copy, brought up key by key, is the reading of the text as a whole.
    const { documents, graph } = readShown(renamed('web'), null, settings);
    expect(podDocumentOf(store.getState()).documents()).toEqual(documents);
    expect(podDocumentOf(store.getState()).graph).toEqual(graph);
  });

  /** The readings a worker sends from now on, as they cross. */
  function sentBy(worker: ReadingWorker): ReadResponse[] {
    const sent: ReadResponse[] = [];
    const onmessage = worker.onmessage!;
    worker.onmessage = (event) => {
      sent.push(event.data);
      onmessage(event);
    };
    return sent;
  }
  const crossing = (sent: ReadResponse[]) =>
    sent.filter((m) => !m.checked && !m.piece).map((m) => (m.shown ? 'whole' : 'delta'));
  /** The store shows and has checked `text`, read as a whole would read it. */
  function showsReadingOf(store: ReturnType<typeof createPodStore>, text: string) {
    expect(store.getState().shownText).toBe(text);
    expect(store.getState().checkedText).toBe(text);
    const { documents, graph } = readShown(text, null, settings);
    expect(podDocumentOf(store.getState()).documents()).toEqual(documents);
    expect(podDocumentOf(store.getState()).graph).toEqual(graph);
  }

  it('keeps reading in the worker after a reading lost on the way, as what changed', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    store.getState().setText(renamed('w'), 'yaml');
    const worker = ReadingWorker.last!;
    worker.answer();
    paintedThenChecked(worker, renamed('w'));
    // The next key's reading never arrives: its messages are lost on the way.
    store.getState().setText(renamed('we'), 'yaml');
    worker.reply();
    const sent = sentBy(worker);
    for (const name of ['web', 'webs', 'websi']) {
      store.getState().setText(renamed(name), 'yaml');
      vi.advanceTimersByTime(1000);
      // Asked of the worker, and read nowhere else: the views wait for its answer.
      expect(worker.requests.map((r) => r.text)).toEqual([renamed(name)]);
      expect(store.getState().shownText).not.toBe(renamed(name));
      worker.answer();
      paintedThenChecked(worker, renamed(name));
      showsReadingOf(store, renamed(name));
    }
    expect(crossing(sent)).toEqual(['delta', 'delta', 'delta']);
  });

  it('brings its copy up from one it holds when a reading sent meanwhile is lost', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    store.getState().setText(renamed('w'), 'yaml');
    const worker = ReadingWorker.last!;
    worker.answer();
    // Two keys asked for before either is answered; the first one's reading is lost.
    store.getState().setText(renamed('we'), 'yaml');
    store.getState().setText(renamed('web'), 'yaml');
    worker.reply();
    const sent = sentBy(worker);
    worker.answer();
    paintedThenChecked(worker, renamed('web'));
    showsReadingOf(store, renamed('web'));
    store.getState().setText(renamed('webs'), 'yaml');
    expect(worker.requests.map((r) => r.text)).toEqual([renamed('webs')]);
    worker.answer();
    paintedThenChecked(worker, renamed('webs'));
    showsReadingOf(store, renamed('webs'));
    expect(crossing(sent)).toEqual(['delta', 'delta']);
  });

  it('reads on the page when a reading comes against one it never held', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    store.getState().setText(renamed('w'), 'yaml');
    const worker = ReadingWorker.last!;
    worker.answer();
    store.getState().setText(renamed('web'), 'yaml');
    const [shown] = worker.reply();
    // Against a reading no request named: the worker is out of step, and is not trusted again.
    worker.onmessage!({
      data: { id: 99, delta: null, base: 98 },
    } as MessageEvent<ReadResponse>);
    shown!();
    vi.advanceTimersByTime(100);
    expect(goodModelOf(store.getState())?.view.name).toBe('web');
    expect(store.getState().shownText).toBe(renamed('web'));
  });

  describe('a typed key', () => {
    // As in the browser: the page is idle only after the key's echo is painted.
    beforeEach(() => {
      vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 200));
      vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    });
    const type = (store: ReturnType<typeof createPodStore>, text: string) =>
      store.getState().typed(() => text, text.length);

    it('is read ahead once its echo is painted, and taken with its reading when that comes first', () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      type(store, renamed('web'));
      vi.advanceTimersByTime(100);
      const worker = ReadingWorker.last!;
      expect(worker.requests.map((r) => r.text)).toEqual([renamed('web')]);
      // Not taken before its reading is there: the views show the store's text.
      expect(store.getState().text).toBe(long);
      const changes: { text: string; shownText: string }[] = [];
      const stop = store.subscribe(({ text, shownText }) => changes.push({ text, shownText }));
      worker.answer();
      stop();
      // The reading came before the page was idle, and no key since: the store takes the text
      // with it, in one change (each change runs every view's selector), and shows it at once,
      // then its checks; it is not read again.
      expect(changes).toEqual([{ text: renamed('web'), shownText: renamed('web') }]);
      expect(store.getState().text).toBe(renamed('web'));
      expect(goodModelOf(store.getState())?.view.name).toBe('web');
      paintedThenChecked(worker, renamed('web'));
      expect(store.getState().checkedText).toBe(renamed('web'));
      expect(worker.requests).toEqual([]);
    });

    it("taken with its reading, the store's older text asked again is never shown over it", () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      store.getState().setText(renamed('w'), 'yaml');
      type(store, renamed('wx'));
      vi.advanceTimersByTime(100);
      const worker = ReadingWorker.last!;
      // The worker drops the store's text for the key read ahead (it reads the newest waiting).
      worker.requests.shift();
      worker.answer();
      expect(store.getState().text).toBe(renamed('wx'));
      expect(goodModelOf(store.getState())?.view.name).toBe('wx');
      // Whatever the worker still answers of the older text, the views stay on the store's.
      while (worker.requests.length > 0) worker.answer();
      vi.advanceTimersByTime(1000);
      expect(store.getState().shownText).toBe(renamed('wx'));
      expect(goodModelOf(store.getState())?.view.name).toBe('wx');
    });

    it('read ahead and typed over before its reading came, is not taken with it', () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      let editor = renamed('w');
      store.getState().typed(() => editor, editor.length);
      vi.advanceTimersByTime(100);
      // A key typed in the editor since: the store has not been told yet (its task runs on).
      editor = renamed('wx');
      ReadingWorker.last!.answer();
      expect(store.getState().text).toBe(long);
      expect(store.getState().shownText).toBe(long);
    });

    it('is taken with its reading in one change when the page is idle before that comes', () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      type(store, renamed('web'));
      // Idle and painted: the reading is on its way, and the store waits for it.
      vi.advanceTimersByTime(400);
      expect(store.getState().text).toBe(long);
      const changes: { text: string; shownText: string }[] = [];
      const stop = store.subscribe(({ text, shownText }) => changes.push({ text, shownText }));
      ReadingWorker.last!.answer();
      stop();
      expect(changes).toEqual([{ text: renamed('web'), shownText: renamed('web') }]);
      expect(goodModelOf(store.getState())?.view.name).toBe('web');
    });

    it('is taken alone when its reading is late, and shown when that comes', () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      type(store, renamed('web'));
      // The page idle, the store waits for the reading on its way a while, then takes the text.
      vi.advanceTimersByTime(400);
      expect(store.getState().text).toBe(long);
      vi.advanceTimersByTime(250);
      expect(store.getState().text).toBe(renamed('web'));
      const worker = ReadingWorker.last!;
      expect(worker.requests).toHaveLength(1);
      worker.answer();
      expect(goodModelOf(store.getState())?.view.name).toBe('web');
      expect(store.getState().shownText).toBe(renamed('web'));
    });

    it('typed over before the store took it, is never shown', () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      type(store, renamed('w'));
      vi.advanceTimersByTime(100);
      type(store, renamed('we'));
      vi.advanceTimersByTime(100);
      const worker = ReadingWorker.last!;
      expect(worker.requests.map((r) => r.text)).toEqual([renamed('w'), renamed('we')]);
      worker.answer();
      expect(store.getState().shownText).toBe(long);
      // The page idle, the store waits for the reading of the editor's text as it is then: the
      // second key's, taken with it.
      vi.advanceTimersByTime(300);
      expect(store.getState().text).toBe(long);
      worker.answer();
      expect(store.getState().text).toBe(renamed('we'));
      expect(goodModelOf(store.getState())?.view.name).toBe('we');
      expect(worker.requests).toEqual([]);
    });

    it('typed over after it was read ahead, is never shown: the store reads the newer text', () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      let editor = renamed('w');
      store.getState().typed(() => editor, editor.length);
      vi.advanceTimersByTime(250);
      // A key typed after the page was idle, just before the store takes the text: not read
      // ahead, and the store takes it rather than the text read ahead.
      editor = renamed('we');
      store.getState().typed(() => editor, editor.length);
      vi.advanceTimersByTime(50);
      expect(store.getState().text).toBe(renamed('we'));
      const worker = ReadingWorker.last!;
      expect(worker.requests.map((r) => r.text)).toEqual([renamed('w'), renamed('we')]);
      worker.answer();
      expect(store.getState().shownText).toBe(long);
      worker.answer();
      expect(goodModelOf(store.getState())?.view.name).toBe('we');
      paintedThenChecked(worker, renamed('we'));
      expect(store.getState().checkedText).toBe(renamed('we'));
    });

    it('crosses to the worker as the characters the keys changed', () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      const { press, editor } = keyboard(store);
      press('-');
      const texts = [editor()];
      press('2');
      texts.push(editor());
      const worker = ReadingWorker.last!;
      // The store takes the text with its reading; the next key starts another burst.
      worker.answer();
      worker.answer();
      expect(store.getState().text).toBe(editor());
      press('b');
      // The worker held no text before the first; then each key crosses as what it changed, and
      // the checks of the text it has just read as no change.
      expect(worker.crossed.map(crossedAs)).toEqual([long.length + 1, ['2'], [], ['b']]);
      // It reads them whole.
      expect(worker.requests.map((r) => r.text)).toEqual([texts[1], editor()]);
      worker.answer();
      worker.answer();
      expect(goodModelOf(store.getState())?.view.name).toBe('api-server-2b');
      // Its checks are asked for once it is painted: of the text the worker has just read.
      vi.advanceTimersByTime(100);
      const check = worker.crossed.at(-1)!;
      expect(check.checkOnly && check.text).toEqual({
        of: expect.any(Number),
        patches: [],
        length: editor().length,
      });
      expect(worker.requests.map((r) => r.text)).toEqual([editor()]);
    });

    it("after a key back to the store's own text, crosses as patches of the text last sent", () => {
      // The page idle only later: the keys below are one burst.
      vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 5000));
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      const { press, editor } = keyboard(store);
      press('-');
      const worker = ReadingWorker.last!;
      worker.answer();
      vi.advanceTimersByTime(100);
      worker.answer();
      // A typo, Backspace (the store's own text again: nothing is sent), then a key.
      press('x');
      press('\b');
      press('y');
      expect(crossedAs(worker.crossed.at(-1)!)).toEqual(['', 'y']);
      expect(worker.requests.at(-1)!.text).toBe(editor());
    });

    it('is read on the page when the worker cannot read what crossed', () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      const { press } = keyboard(store);
      press('-');
      const worker = ReadingWorker.last!;
      worker.answer();
      // The worker has lost the text the page sent it last (as a new worker would have).
      worker.whole = textsKept();
      press('2');
      vi.advanceTimersByTime(1000);
      expect(goodModelOf(store.getState())?.view.name).toBe('api-server-2');
    });

    it('waiting for its reading, is taken at once by anything that reads the text', () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      type(store, renamed('web'));
      vi.advanceTimersByTime(400);
      expect(store.getState().text).toBe(long);
      // A save, a menu command: the store takes the text first.
      store.getState().settle();
      expect(store.getState().text).toBe(renamed('web'));
    });

    it("read ahead in place of the store's own text, the store's text is asked for again", () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      store.getState().setText(renamed('w'), 'yaml');
      const worker = ReadingWorker.last!;
      // A key read ahead while the worker still had the store's text waiting…
      type(store, renamed('wx'));
      vi.advanceTimersByTime(100);
      expect(worker.requests.map((r) => r.text)).toEqual([renamed('w'), renamed('wx')]);
      // …which the worker drops, as it reads only the newest text waiting.
      worker.requests.shift();
      // Backspace: the store takes the text it already held.
      type(store, renamed('w'));
      vi.advanceTimersByTime(400);
      worker.answer();
      expect(store.getState().shownText).toBe(long);
      expect(worker.requests.map((r) => r.text)).toEqual([renamed('w')]);
      worker.answer();
      expect(goodModelOf(store.getState())?.view.name).toBe('w');
      expect(store.getState().readingSlowly).toBe(false);
    });
  });

  describe('a canvas edit', () => {
    /** Adds a sidecar on the canvas, and lets the frame showing it be painted. */
    const addSidecar = (store: ReturnType<typeof createPodStore>) => {
      expect(store.getState().edit({ type: 'addContainer', role: 'sidecar' })).toBe(true);
      vi.advanceTimersByTime(100);
      return store.getState().text;
    };
    const containers = (store: ReturnType<typeof createPodStore>) =>
      goodModelOf(store.getState())?.view.containers.length;

    it('is shown at once, and checked in the worker, not on the page', () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      const before = containers(store)!;
      expect(store.getState().edit({ type: 'addContainer', role: 'sidecar' })).toBe(true);
      const edited = store.getState().text;
      expect(containers(store)).toBe(before + 1);
      // Sent once the frame that shows it is painted, not sooner (the worker would take a core).
      expect(ReadingWorker.last).toBeNull();
      // Long past the frame: the page has not checked it; the last problems stay meanwhile.
      vi.advanceTimersByTime(1000);
      expect(store.getState().checkedText).not.toBe(edited);
      const worker = ReadingWorker.last!;
      expect(worker.requests).toEqual([expect.objectContaining({ text: edited, checkOnly: true })]);
      worker.answer();
      expect(store.getState().checkedText).toBe(edited);
    });

    it('keeps its checks coming when a text that does not parse is typed before they are in', () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      const edited = addSidecar(store);
      store.getState().setText(`${edited}\n  bad: [`, 'yaml');
      const worker = ReadingWorker.last!;
      // The worker reads the typed text before it checks the edit's.
      worker.requests.reverse();
      worker.answer();
      expect(store.getState().goodText).toBe(edited);
      worker.answer();
      expect(store.getState().checkedText).toBe(edited);
    });

    it("drops the edit's checks when a newer Pod is shown first", () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      addSidecar(store);
      const typed = store.getState().text.replace('name: api-server', 'name: web');
      store.getState().setText(typed, 'yaml');
      const worker = ReadingWorker.last!;
      // The typed text is read first; the edit's checks are then not wanted.
      worker.requests.reverse();
      worker.answer();
      expect(store.getState().goodText).toBe(typed);
      worker.answer();
      expect(store.getState().checkedText).not.toBe(typed);
      paintedThenChecked(worker, typed);
      expect(store.getState().checkedText).toBe(typed);
    });

    it('is checked on the page when the worker fails', () => {
      const store = createPodStore({ text: long, fileName: 'long.yaml' });
      const edited = addSidecar(store);
      expect(store.getState().checkedText).not.toBe(edited);
      ReadingWorker.last!.onerror?.(new Event('error'));
      vi.advanceTimersByTime(100);
      expect(store.getState().checkedText).toBe(edited);
    });
  });

  it("counts the other documents' errors again when the settings change", () => {
    const noImage =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: two\nspec:\n  containers:\n    - name: app\n';
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    store.getState().setText(`${long}---\n${noImage}`, 'yaml');
    const worker = ReadingWorker.last!;
    worker.answer();
    paintedThenChecked(worker, `${long}---\n${noImage}`);
    const counts = () => {
      const { kubernetesVersion, disabledRules, podSecurityLevel } = useSettings.getState();
      const settings = { kubernetesVersion, disabledRules, podSecurityLevel };
      return checkedDocumentOf(store.getState())?.countedErrors(settings);
    };
    expect(counts()).toEqual([0, 1]);

    const version = useSettings.getState().kubernetesVersion;
    useSettings.getState().setKubernetesVersion('1.30');
    try {
      vi.advanceTimersByTime(100);
      expect(worker.requests).toEqual([expect.objectContaining({ checkOnly: true })]);
      worker.answer();
      expect(counts()).toEqual([0, 1]);
    } finally {
      useSettings.getState().setKubernetesVersion(version);
    }
  });

  it('reads on the page from the moment the worker fails', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    store.getState().setText(renamed('w'), 'yaml');
    ReadingWorker.last!.onerror?.(new Event('error'));
    expect(goodModelOf(store.getState())?.view.name).toBe('w');
    store.getState().setText(renamed('web'), 'yaml');
    vi.advanceTimersByTime(100);
    expect(goodModelOf(store.getState())?.view.name).toBe('web');
  });

  it('reads on the page when an answer of the worker cannot be read', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    store.getState().setText(renamed('w'), 'yaml');
    expect(goodModelOf(store.getState())?.view.name).toBe('api-server');
    ReadingWorker.last!.onmessageerror?.(new MessageEvent('messageerror'));
    expect(goodModelOf(store.getState())?.view.name).toBe('w');
  });

  it('drops a reading older than what a file opened meanwhile shows', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    store.getState().setText(renamed('web'), 'yaml');
    const small =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: small\nspec:\n  containers:\n    - name: app\n      image: app:1\n';
    store.getState().loadFile({ name: 'small.yaml', path: null, text: small });
    expect(goodModelOf(store.getState())?.view.name).toBe('small');
    ReadingWorker.last!.answer();
    expect(goodModelOf(store.getState())?.view.name).toBe('small');
    expect(parsedOf(store.getState()).view?.name).toBe('small');
  });

  it('shows no Pod for a long file that holds none, not the Pod of the file before it', () => {
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    const config = `${notes}apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n`;
    store.getState().loadFile({ name: 'config.yaml', path: null, text: config });
    // Until its reading comes, the canvas keeps what it showed.
    expect(goodModelOf(store.getState())?.view.name).toBe('api-server');
    ReadingWorker.last!.answer();
    expect(store.getState().shownText).toBe(config);
    expect(goodModelOf(store.getState())).toBeNull();
    // Typed on, a text that does not parse keeps what the file showed: no Pod.
    store.getState().setText(`${config}  bad: [`, 'yaml');
    ReadingWorker.last!.answer();
    expect(goodModelOf(store.getState())).toBeNull();
  });

  it('reads a long file in the worker, saying so when it takes a while', () => {
    const store = createPodStore({ text: 'kind: Pod\n', fileName: 'x.yaml' });
    store.getState().loadFile({ name: 'long.yaml', path: null, text: long });
    expect(store.getState().text).toBe(long);
    expect(store.getState().readingSlowly).toBe(false);
    vi.advanceTimersByTime(300);
    expect(store.getState().readingSlowly).toBe(true);
    ReadingWorker.last!.answer();
    expect(store.getState().readingSlowly).toBe(false);
    expect(goodModelOf(store.getState())?.view.name).toBe('api-server');
  });

  it('shows a reading whose large map comes in pieces once every piece is in, all its keys in order', () => {
    const keys = Array.from({ length: 50 }, (_, i) => `    note-${i}: "${i}"\n`).join('');
    const many = long.replace('  annotations:\n', `  annotations:\n${keys}`);
    expect(many).not.toBe(long);
    const store = createPodStore({ text: long, fileName: 'long.yaml' });
    store.getState().loadFile({ name: 'many.yaml', path: null, text: many });
    const worker = ReadingWorker.last!;
    worker.pieceKeys = 20;
    const [shown, ...rest] = worker.reply();
    // The reading, then two pieces of its 51 annotations (20 came with it).
    expect(rest).toHaveLength(2);
    shown!();
    rest[0]!();
    expect(store.getState().shownText).toBe(long);
    rest[1]!();
    expect(store.getState().shownText).toBe(many);
    const annotations = podDocumentOf(store.getState()).value({ pod: true })?.metadata;
    expect(Object.entries((annotations as { annotations: object }).annotations)).toEqual([
      ...Array.from({ length: 50 }, (_, i) => [`note-${i}`, `${i}`]),
      ['kubectl.kubernetes.io/default-container', 'api-server'],
    ]);
    paintedThenChecked(worker, many);
    expect(store.getState().checkedText).toBe(many);
  });
});
