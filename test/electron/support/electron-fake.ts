import { vi } from 'vitest';
import type { HostResult } from '../../../shared/host';

export type Handler = (event: unknown, ...args: unknown[]) => Promise<HostResult<unknown>>;
export type Listener = (event: unknown, ...args: unknown[]) => void;

function createElectronFake() {
  return {
    handlers: new Map<string, Handler>(),
    listeners: new Map<string, Listener>(),
    showOpenDialog: vi.fn(),
    showSaveDialog: vi.fn(),
    showMessageBox: vi.fn(),
  };
}

/**
 * The boundary with Electron, faked: IPC registration and the native dialogs. A test file mocks
 * `electron` with
 *
 *   vi.mock('electron', async () => (await import('./support/electron-fake')).electronModule());
 *
 * and drives `electronFake`; everything behind that boundary is the real code. Each test file
 * gets its own module registry, so its own fake.
 */
export const electronFake = createElectronFake();

export function electronModule() {
  const fake = electronFake;
  return {
    ipcMain: {
      handle: (channel: string, handler: Handler) => fake.handlers.set(channel, handler),
      on: (channel: string, listener: Listener) => fake.listeners.set(channel, listener),
    },
    dialog: {
      showOpenDialog: fake.showOpenDialog,
      showSaveDialog: fake.showSaveDialog,
      showMessageBox: fake.showMessageBox,
    },
  };
}

export interface FakeFrame {
  url: string;
}
export interface FakeContents {
  mainFrame: FakeFrame;
}

export function fakeContents(url = 'app://pod-builder/index.html'): FakeContents {
  return { mainFrame: { url } };
}

export function eventFrom(sender: FakeContents, frame: FakeFrame | null = sender.mainFrame) {
  return { sender, senderFrame: frame };
}
