import { ipcMain } from 'electron';
import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import type { HostResult } from '../../shared/host';
import type { Channel } from './channels';
import { isTrustedSender } from './sender';
import type { Validator } from './validate';
import { UserFacingError } from '../user-facing-error';

export const UNTRUSTED_SENDER = 'Refused: the request did not come from the Pod Builder window.';

function messageFor(channel: string, error: unknown): string {
  if (error instanceof UserFacingError) {
    return error.message;
  }
  console.error(`[ipc] ${channel} failed:`, error);
  const detail = error instanceof Error ? error.message : String(error);
  return `Something went wrong (${channel}): ${detail}`;
}

/**
 * Registers the handler of an invoke channel. Every call is checked (sender, then argument
 * shapes) before the handler runs, and every outcome, failures included, reaches the renderer as
 * a `HostResult`: nothing is thrown across the bridge.
 */
export function handleIpc<A, T>(
  channel: Channel,
  validate: Validator<A>,
  handler: (args: A, event: IpcMainInvokeEvent) => Promise<T> | T,
): void {
  handleIpcResult(channel, validate, (args, event) =>
    resultOf(channel, () => handler(args, event)),
  );
}

/**
 * `handleIpc` for a handler that makes its whole `HostResult` itself (with `resultOf`), to say
 * more than a value or an error; it must not throw.
 */
export function handleIpcResult<A, R extends HostResult<unknown>>(
  channel: Channel,
  validate: Validator<A>,
  handler: (args: A, event: IpcMainInvokeEvent) => Promise<R>,
): void {
  ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<R | HostResult<never>> => {
    if (!isTrustedSender(event)) {
      console.warn(
        `[ipc] ${channel}: refused a call from ${event.senderFrame?.url ?? 'a gone frame'}`,
      );
      return { ok: false, error: UNTRUSTED_SENDER };
    }
    const parsed = validate(args);
    if (!parsed.ok) return { ok: false, error: `Invalid request (${channel}): ${parsed.error}` };
    return handler(parsed.value, event);
  });
}

/** What `run` returns, or why it failed in words for the user. */
export async function resultOf<T>(
  channel: Channel,
  run: () => Promise<T> | T,
): Promise<HostResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: messageFor(channel, error) };
  }
}

/** Registers the listener of a one-way channel, with the same checks; bad messages are dropped. */
export function onIpc<A>(
  channel: Channel,
  validate: Validator<A>,
  listener: (args: A, event: IpcMainEvent) => void,
): void {
  ipcMain.on(channel, (event, ...args: unknown[]) => {
    if (!isTrustedSender(event)) {
      console.warn(`[ipc] ${channel}: refused a message from an untrusted sender`);
      return;
    }
    const parsed = validate(args);
    if (!parsed.ok) {
      console.warn(`[ipc] ${channel}: dropped an invalid message: ${parsed.error}`);
      return;
    }
    try {
      listener(parsed.value, event);
    } catch (error) {
      console.error(`[ipc] ${channel} failed:`, error);
    }
  });
}
