import * as fs from 'node:fs/promises';
import path from 'node:path';
import { atomicWrite } from './atomic-write';

/** Reads a small JSON file of ours; `null` when it is missing or not JSON (never fatal). */
export async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await atomicWrite(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Runs async operations one after another, so reads and writes of one file never interleave. */
export class Serial {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(operation: () => Promise<T>): Promise<T> {
    const next = this.#tail.then(operation, operation);
    this.#tail = next.catch(() => undefined);
    return next;
  }
}
