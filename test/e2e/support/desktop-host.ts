import type { Page } from 'playwright-core';
import type { MenuCommand } from '../../../shared/host';

/** A call the renderer made to the desktop bridge, as the fake bridge recorded it. */
export interface BridgeCall {
  method: string;
  request?: Record<string, unknown>;
}

interface FakeBridge {
  calls: BridgeCall[];
  send(command: MenuCommand): void;
}

/**
 * Stands in for the Electron preload's `window.podBuilder` before the page's script runs, so the
 * renderer takes the desktop path: native menu commands arrive through `menu.onCommand`, and file
 * writes go to the bridge, which records them and answers as if the user had chosen a place.
 * Runs in the page: it must not refer to anything outside itself.
 */
function installFakeBridge(): void {
  const calls: BridgeCall[] = [];
  const listeners = new Set<(command: MenuCommand) => void>();
  const ok = <T>(value: T) => Promise.resolve({ ok: true as const, value });
  const record = (method: string, request?: Record<string, unknown>) => {
    calls.push(request ? { method, request } : { method });
  };
  const blank =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: blank\nspec:\n  containers:\n    - name: app\n      image: nginx:1.27\n';
  const bridge: FakeBridge = {
    calls,
    send: (command) => listeners.forEach((listener) => listener(command)),
  };
  Object.assign(window, {
    fakeBridge: bridge,
    podBuilder: {
      platform: 'desktop',
      file: {
        open: () => (record('open'), ok(null)),
        openRecent: () => ok(null),
        openDropped: () => ok(null),
        newDocument: (request: { templateId: string | null }) => {
          record('newDocument', request);
          return ok({ path: null, name: 'untitled.yaml', text: blank });
        },
        save: (request: { path: string | null; suggestedName: string; text: string }) => {
          record('save', request);
          return ok({ path: `/home/user/${request.suggestedName}`, name: request.suggestedName });
        },
        exportManifest: (request: { suggestedName: string; text: string }) => {
          record('exportManifest', request);
          return ok({ path: `/home/user/${request.suggestedName}`, name: request.suggestedName });
        },
        exportImage: (request: { suggestedName: string; format: string; data: Uint8Array }) => {
          const { suggestedName, format, data } = request;
          const head = Array.from(data.subarray(0, 8));
          record('exportImage', { suggestedName, format, bytes: data.length, head });
          return ok({ path: `/home/user/${suggestedName}`, name: suggestedName });
        },
        recent: () => ok([]),
        clearRecent: () => ok(null),
        onOpened: () => () => undefined,
      },
      templates: { list: () => ok([]) },
      window: { setDocumentState: () => undefined },
      menu: {
        onCommand: (listener: (command: MenuCommand) => void) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
    },
  });
}

/** Makes every page of the context open as it would in Pod Builder's window. */
export async function asDesktopApp(page: Page): Promise<void> {
  await page.context().addInitScript(installFakeBridge);
}

/** Sends a command as the native menu (or its accelerator) would. */
export async function menuCommand(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate(
    (c) => (window as unknown as { fakeBridge: FakeBridge }).fakeBridge.send(c),
    command,
  );
}

/** The calls the renderer has made to the bridge so far, named `method`. */
export async function bridgeCalls(page: Page, method: string): Promise<BridgeCall[]> {
  return page.evaluate(
    (m) =>
      (window as unknown as { fakeBridge: FakeBridge }).fakeBridge.calls.filter(
        (c) => c.method === m,
      ),
    method,
  );
}
