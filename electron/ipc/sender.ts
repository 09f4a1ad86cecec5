import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';

/** Which web contents may call the host, and from which origins (`protocol//host`). */
export interface SenderPolicy {
  webContents: () => readonly WebContents[];
  origins: readonly string[];
}

let policy: SenderPolicy | null = null;

export function setSenderPolicy(next: SenderPolicy | null): void {
  policy = next;
}

/** `app://pod-builder` for our pages; the dev server's origin in development. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // URL.origin is "null" for schemes Node does not know, such as app:, so build it ourselves.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * True when the message comes from the top frame of one of our windows showing one of our pages.
 * Anything else (a subframe, a page that navigated away, another webContents) is refused.
 */
export function isTrustedSender(event: IpcMainEvent | IpcMainInvokeEvent): boolean {
  if (!policy) return false;
  if (!policy.webContents().includes(event.sender)) return false;
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  const origin = originOf(frame.url);
  return origin !== null && policy.origins.includes(origin);
}
