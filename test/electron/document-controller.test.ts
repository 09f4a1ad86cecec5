import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectDocument, TEXT_REPORT_DELAY_MS } from '../../renderer/host/document-controller';
import type { DocumentAdapter, DocumentSnapshot } from '../../renderer/host/document-controller';
import type { DocumentState, Host, MenuCommand, OpenedFile } from '../../shared/host';

/** A host whose answers each test sets, recording what the controller tells it. */
function fakeHost() {
  const commandListeners: ((command: MenuCommand) => void)[] = [];
  const openedListeners: ((file: OpenedFile) => void)[] = [];
  const states: DocumentState[] = [];
  const wantedListeners = new Set<(request: number) => void>();
  const nothing = async () => ({ ok: true as const, value: null });
  const host = {
    platform: 'desktop',
    file: {
      open: vi.fn(nothing),
      openRecent: vi.fn(nothing),
      openDropped: vi.fn(nothing),
      newDocument: vi.fn(nothing),
      save: vi.fn(nothing),
      exportManifest: vi.fn(nothing),
      exportImage: vi.fn(nothing),
      recent: async () => ({ ok: true, value: [] }),
      clearRecent: nothing,
      onOpened: (listener) => {
        openedListeners.push(listener);
        return () => openedListeners.splice(openedListeners.indexOf(listener), 1);
      },
    },
    templates: { list: async () => ({ ok: true, value: [] }) },
    window: {
      setDocumentState: (state) => states.push(state),
      onStateWanted: (listener) => {
        wantedListeners.add(listener);
        return () => wantedListeners.delete(listener);
      },
    },
    menu: {
      onCommand: (listener) => {
        commandListeners.push(listener);
        return () => commandListeners.splice(commandListeners.indexOf(listener), 1);
      },
    },
  } satisfies Host;
  return {
    host,
    states,
    command: (command: MenuCommand) => commandListeners.forEach((listener) => listener(command)),
    opened: (file: OpenedFile) => openedListeners.forEach((listener) => listener(file)),
    /** The desktop host asks for the state before its unsaved-changes question. */
    wantState: (request: number) => wantedListeners.forEach((listener) => listener(request)),
    listening: () => commandListeners.length + openedListeners.length + wantedListeners.size,
  };
}

/** A document store in miniature. */
function fakeDocument(initial: DocumentSnapshot) {
  let state = initial;
  const listeners = new Set<() => void>();
  const notices: string[] = [];
  const set = (next: Partial<DocumentSnapshot>) => {
    state = { ...state, ...next };
    listeners.forEach((listener) => listener());
  };
  const adapter: DocumentAdapter = {
    current: () => state,
    load: (file) =>
      set({ name: file.name, path: file.path, text: file.text, dirty: file.recovered === true }),
    saved: (file) => set({ name: file.name, path: file.path, dirty: state.text !== file.text }),
    notify: (kind, message) => notices.push(`${kind}: ${message}`),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { adapter, set, notices, state: () => state };
}

let host: ReturnType<typeof fakeHost>;
let doc: ReturnType<typeof fakeDocument>;

beforeEach(() => {
  host = fakeHost();
  doc = fakeDocument({ name: 'pod.yaml', path: '/p/pod.yaml', text: 'a', dirty: false });
});

describe('connectDocument', () => {
  it('reports the document state at once and after each change, with the text while dirty', () => {
    connectDocument(host.host, doc.adapter);
    doc.set({ text: 'ab', dirty: true });
    doc.set({ text: 'ab', dirty: true });
    doc.set({ text: 'a', dirty: false });
    expect(host.states).toEqual([
      { name: 'pod.yaml', path: '/p/pod.yaml', dirty: false },
      { name: 'pod.yaml', path: '/p/pod.yaml', dirty: true, text: 'ab' },
      { name: 'pod.yaml', path: '/p/pod.yaml', dirty: false },
    ]);
  });

  it('tells the host of typing a moment later, once per burst, with the text as it then is', () => {
    vi.useFakeTimers();
    try {
      const controller = connectDocument(host.host, doc.adapter);
      doc.set({ text: 'ab', dirty: true });
      // Keys that change only the text: the draft is not copied on each of them.
      doc.set({ text: 'abc' });
      doc.set({ text: 'abcd' });
      expect(host.states.map((s) => s.text)).toEqual([undefined, 'ab']);
      vi.advanceTimersByTime(TEXT_REPORT_DELAY_MS);
      expect(host.states.map((s) => s.text)).toEqual([undefined, 'ab', 'abcd']);
      // What changes the title is told at once, and a pending text goes with it.
      doc.set({ text: 'abcde' });
      doc.set({ name: 'renamed.yaml' });
      expect(host.states.at(-1)).toEqual({
        name: 'renamed.yaml',
        path: '/p/pod.yaml',
        dirty: true,
        text: 'abcde',
      });
      // Closing with keys not yet told: they still reach the host.
      doc.set({ text: 'abcdef' });
      controller.dispose();
      expect(host.states.at(-1)?.text).toBe('abcdef');
      const told = host.states.length;
      vi.advanceTimersByTime(TEXT_REPORT_DELAY_MS);
      expect(host.states).toHaveLength(told);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells the host of typing once the page is idle after the pause, not in the middle of keys', () => {
    vi.useFakeTimers();
    // A page busy for 500 ms after the pause; then idle.
    vi.stubGlobal('requestIdleCallback', (run: () => void, { timeout }: { timeout: number }) =>
      setTimeout(run, Math.min(500, timeout)),
    );
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    try {
      const controller = connectDocument(host.host, doc.adapter);
      doc.set({ text: 'ab', dirty: true });
      doc.set({ text: 'abc' });
      vi.advanceTimersByTime(TEXT_REPORT_DELAY_MS);
      // Not in the middle of the keys and frames that keep the page busy.
      expect(host.states.at(-1)?.text).toBe('ab');
      vi.advanceTimersByTime(500);
      expect(host.states.at(-1)?.text).toBe('abc');
      // Waiting for idle time, keys not told yet still reach the host when it closes.
      doc.set({ text: 'abcd' });
      vi.advanceTimersByTime(TEXT_REPORT_DELAY_MS);
      controller.dispose();
      expect(host.states.at(-1)?.text).toBe('abcd');
      const told = host.states.length;
      vi.advanceTimersByTime(1_000);
      expect(host.states).toHaveLength(told);
    } finally {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    }
  });

  it('tells the host its state when it asks, keys not told yet included, changed or not', () => {
    vi.useFakeTimers();
    try {
      connectDocument(host.host, doc.adapter);
      doc.set({ text: 'ab', dirty: true });
      doc.set({ text: 'abc' });
      host.wantState(1);
      expect(host.states.at(-1)).toEqual({
        name: 'pod.yaml',
        path: '/p/pod.yaml',
        dirty: true,
        text: 'abc',
        answers: 1,
      });
      // Asked again with nothing new, it still answers: the host waits for the answer.
      const told = host.states.length;
      host.wantState(2);
      expect(host.states).toHaveLength(told + 1);
      expect(host.states.at(-1)).toMatchObject({ text: 'abc', answers: 2 });
      // The text it was told is not told again after the pause.
      vi.advanceTimersByTime(TEXT_REPORT_DELAY_MS);
      expect(host.states).toHaveLength(told + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('tells the host of keys not told yet before New or Open, which may save what it knows', async () => {
    vi.useFakeTimers();
    try {
      const controller = connectDocument(host.host, doc.adapter);
      doc.set({ text: 'ab', dirty: true });
      doc.set({ text: 'abc' });
      host.host.file.open.mockImplementationOnce(async () => {
        // The host asks about unsaved changes with the text it was last told.
        expect(host.states.at(-1)?.text).toBe('abc');
        return { ok: true as const, value: null };
      });
      await controller.open();
      expect(host.host.file.open).toHaveBeenCalledTimes(1);
      doc.set({ text: 'abcd' });
      host.host.file.newDocument.mockImplementationOnce(async () => {
        expect(host.states.at(-1)?.text).toBe('abcd');
        return { ok: true as const, value: null };
      });
      await controller.newDocument();
      expect(host.host.file.newDocument).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('saves to the current path on Save and asks for a new one on Save As', async () => {
    connectDocument(host.host, doc.adapter);
    doc.set({ text: 'changed', dirty: true });
    host.host.file.save.mockResolvedValueOnce({
      ok: true,
      value: { path: '/p/pod.yaml', name: 'pod.yaml' },
    } as never);
    host.command('file:save');
    await vi.waitFor(() => expect(doc.state().dirty).toBe(false));
    expect(host.host.file.save).toHaveBeenLastCalledWith({
      path: '/p/pod.yaml',
      suggestedName: 'pod.yaml',
      text: 'changed',
      saveAs: false,
    });

    host.host.file.save.mockResolvedValueOnce({
      ok: true,
      value: { path: '/q/copy.yaml', name: 'copy.yaml' },
    } as never);
    host.command('file:save-as');
    await vi.waitFor(() => expect(doc.state().name).toBe('copy.yaml'));
    // Said in so many words: in the browser every path is null, so a null one cannot say it.
    expect(host.host.file.save).toHaveBeenLastCalledWith({
      path: null,
      suggestedName: 'pod.yaml',
      text: 'changed',
      saveAs: true,
    });
    expect(doc.state()).toMatchObject({ name: 'copy.yaml', path: '/q/copy.yaml' });
  });

  it('keeps the document dirty when the user cancels, and says why a save failed', async () => {
    const controller = connectDocument(host.host, doc.adapter);
    doc.set({ text: 'changed', dirty: true });
    await controller.save();
    expect(doc.state().dirty).toBe(true);
    host.host.file.save.mockResolvedValueOnce({ ok: false, error: 'the disk is full' } as never);
    await controller.save();
    expect(doc.notices).toEqual(['error: Save failed: the disk is full']);
  });

  it('loads what New, Open and the host open, and ignores cancelled ones', async () => {
    const controller = connectDocument(host.host, doc.adapter);
    host.host.file.newDocument.mockResolvedValueOnce({
      ok: true,
      value: { path: null, name: 'untitled.yaml', text: 'blank' },
    } as never);
    host.command('file:new');
    await vi.waitFor(() => expect(doc.state().name).toBe('untitled.yaml'));
    expect(host.host.file.newDocument).toHaveBeenCalledWith({ templateId: null });

    await controller.open();
    expect(doc.state().name).toBe('untitled.yaml');

    host.opened({ path: null, name: 'lost.yaml', text: 'x', recovered: true });
    expect(doc.state()).toMatchObject({ name: 'lost.yaml', dirty: true });

    host.host.file.openRecent.mockResolvedValueOnce({ ok: false, error: 'gone' } as never);
    await controller.openRecent('/gone.yaml');
    expect(doc.notices).toEqual(['error: Could not open the file: gone']);
  });

  it('shows a Save chosen before Open as saved, though no file then opened', async () => {
    const controller = connectDocument(host.host, doc.adapter);
    doc.set({ name: 'untitled.yaml', path: null, text: 'changed', dirty: true });
    const saved = { path: '/q/chosen.yaml', name: 'chosen.yaml', text: 'changed' };
    host.host.file.open.mockResolvedValueOnce({ ok: true, value: null, saved } as never);
    host.command('file:open');
    await vi.waitFor(() => expect(doc.state().dirty).toBe(false));
    expect(doc.state()).toMatchObject({ name: 'chosen.yaml', path: '/q/chosen.yaml' });
    expect(host.states.at(-1)).toEqual({
      name: 'chosen.yaml',
      path: '/q/chosen.yaml',
      dirty: false,
    });

    // The next Save writes there, asking nothing.
    doc.set({ text: 'changed again', dirty: true });
    host.host.file.save.mockResolvedValueOnce({
      ok: true,
      value: { path: '/q/chosen.yaml', name: 'chosen.yaml' },
    } as never);
    await controller.save();
    expect(host.host.file.save).toHaveBeenLastCalledWith({
      path: '/q/chosen.yaml',
      suggestedName: 'chosen.yaml',
      text: 'changed again',
      saveAs: false,
    });
    expect(doc.state().dirty).toBe(false);
  });

  it('shows a Save chosen before Open as saved when the file then fails to open', async () => {
    const controller = connectDocument(host.host, doc.adapter);
    doc.set({ text: 'changed', dirty: true });
    host.host.file.open.mockResolvedValueOnce({
      ok: false,
      error: 'binary.yaml looks like a binary file',
      saved: { path: '/p/pod.yaml', name: 'pod.yaml', text: 'changed' },
    } as never);
    await controller.open();
    expect(doc.state()).toMatchObject({ name: 'pod.yaml', path: '/p/pod.yaml', dirty: false });
    expect(doc.notices).toEqual([
      'error: Could not open the file: binary.yaml looks like a binary file',
    ]);
  });

  it('keeps text typed since a Save chosen before Open unsaved, and loads a file opened after', async () => {
    const controller = connectDocument(host.host, doc.adapter);
    doc.set({ name: 'untitled.yaml', path: null, text: 'changed and more', dirty: true });
    host.host.file.open.mockResolvedValueOnce({
      ok: true,
      value: null,
      saved: { path: '/q/chosen.yaml', name: 'chosen.yaml', text: 'changed' },
    } as never);
    await controller.open();
    expect(doc.state()).toMatchObject({ name: 'chosen.yaml', path: '/q/chosen.yaml', dirty: true });

    host.host.file.open.mockResolvedValueOnce({
      ok: true,
      value: { path: '/r/other.yaml', name: 'other.yaml', text: 'other' },
      saved: { path: '/q/chosen.yaml', name: 'chosen.yaml', text: 'changed and more' },
    } as never);
    await controller.open();
    expect(doc.state()).toEqual({
      name: 'other.yaml',
      path: '/r/other.yaml',
      text: 'other',
      dirty: false,
    });
  });

  it('leaves other menu commands to the rest of the renderer, and stops on dispose', () => {
    const controller = connectDocument(host.host, doc.adapter);
    host.command('edit:undo');
    host.command('file:export-manifest');
    expect(host.host.file.save).not.toHaveBeenCalled();
    controller.dispose();
    expect(host.listening()).toBe(0);
    doc.set({ text: 'after', dirty: true });
    expect(host.states).toHaveLength(1);
  });
});
