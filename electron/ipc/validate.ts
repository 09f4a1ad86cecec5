import { MAX_MANIFEST_BYTES } from '../../shared/host';
import type { HostResult } from '../../shared/host';

/** Turns the raw IPC arguments into typed ones, or says what is wrong with them. */
export type Validator<A> = (args: readonly unknown[]) => HostResult<A>;

/** Names of files and documents: anything longer is not a name a person chose. */
export const MAX_NAME_LENGTH = 255;
/** Longer than any path a desktop file system accepts. */
export const MAX_PATH_LENGTH = 4096;

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectRecord(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new ValidationError(`${what} must be an object.`);
  return value;
}

export function expectBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw new ValidationError(`${what} must be true or false.`);
  return value;
}

export function expectName(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new ValidationError(`${what} must be a string.`);
  if (value.length === 0 || value.length > MAX_NAME_LENGTH) {
    throw new ValidationError(`${what} must have 1 to ${MAX_NAME_LENGTH} characters.`);
  }
  return value;
}

export function expectPath(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new ValidationError(`${what} must be a string.`);
  if (value.length === 0 || value.length > MAX_PATH_LENGTH || value.includes('\0')) {
    throw new ValidationError(`${what} is not a usable path.`);
  }
  return value;
}

/** More than the largest manifest Pod Builder reads or writes, counted in UTF-8 bytes. */
export function isTooLargeForManifest(value: string): boolean {
  // Cheap bound first: a UTF-8 encoding has at least as many bytes as UTF-16 code units / 1.
  return value.length > MAX_MANIFEST_BYTES || Buffer.byteLength(value, 'utf8') > MAX_MANIFEST_BYTES;
}

export function expectManifestText(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new ValidationError(`${what} must be a string.`);
  if (isTooLargeForManifest(value)) {
    throw new ValidationError(`${what} is larger than ${MAX_MANIFEST_BYTES / (1024 * 1024)} MB.`);
  }
  return value;
}

export function expectBytes(value: unknown, what: string, maxBytes: number): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new ValidationError(`${what} must be bytes.`);
  if (value.byteLength === 0 || value.byteLength > maxBytes) {
    throw new ValidationError(`${what} must have 1 to ${maxBytes} bytes.`);
  }
  return value;
}

export function expectArgumentCount(args: readonly unknown[], count: number): void {
  if (args.length !== count) {
    throw new ValidationError(`Expected ${count} argument(s), received ${args.length}.`);
  }
}

/** Builds a `Validator` from a function that throws `ValidationError` on bad input. */
export function validator<A>(parse: (args: readonly unknown[]) => A): Validator<A> {
  return (args) => {
    try {
      return { ok: true, value: parse(args) };
    } catch (error) {
      if (error instanceof ValidationError) return { ok: false, error: error.message };
      throw error;
    }
  };
}

export const noArguments: Validator<void> = validator((args) => {
  expectArgumentCount(args, 0);
});
