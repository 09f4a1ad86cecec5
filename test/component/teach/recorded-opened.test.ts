import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand';
import { createTeachStore } from '../../../renderer/teach/teach-store';
import { anatomy } from './helpers';
import crashLoop from '../../fixtures/cluster/crash-loop-pod.yaml?raw';
import pod from '../../fixtures/cluster/pod.yaml?raw';

/**
 * The Pod store as the simulation sees it, where a long file opened is read off the page's
 * thread: its text is set at once, the text shown follows once its reading is done.
 */
function podSource(text: string) {
  const source = createStore(() => ({ text, shownText: text, document: null, opened: 0 }));
  return {
    source,
    open(file: string) {
      source.setState((s) => ({ text: file, opened: s.opened + 1 }));
    },
    read() {
      source.setState((s) => ({ shownText: s.text }));
    },
  };
}

const createdAt = (recorded: unknown) => (recorded as { createdAt: string } | null)?.createdAt;

describe('the recorded status of a file still being read when opened', () => {
  it('is taken once the file is read, never from the file shown before it', () => {
    const { source, open, read } = podSource(pod);
    const teach = createTeachStore(source);
    teach.getState().setMode('simulate');
    source.subscribe(() => teach.getState().refresh());
    const before = teach.getState().recorded;
    expect(before).not.toBeNull();

    open(crashLoop);
    // The previous file's status is not this file's, and this one is not read yet.
    expect(teach.getState().recorded).toBeNull();

    read();
    expect(teach.getState().recorded).not.toBeNull();
    expect(createdAt(teach.getState().recorded)).toBe('2024-05-06T10:00:00Z');
    expect(teach.getState().recorded).not.toEqual(before);
  });

  it('is none for a file without one, even when the file before had one', () => {
    const { source, open, read } = podSource(crashLoop);
    const teach = createTeachStore(source);
    source.subscribe(() => teach.getState().refresh());
    expect(teach.getState().recorded).not.toBeNull();

    open(anatomy);
    read();
    teach.getState().setMode('simulate');
    expect(teach.getState().recorded).toBeNull();
  });
});
