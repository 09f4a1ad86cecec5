import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

/** The file-system calls an atomic write makes; tests swap in one that fails part way. */
export interface AtomicWriteFs {
  open: typeof nodeFs.open;
  realpath: typeof nodeFs.realpath;
  stat: typeof nodeFs.stat;
  chmod: typeof nodeFs.chmod;
  chown: typeof nodeFs.chown;
  rename: typeof nodeFs.rename;
  unlink: typeof nodeFs.unlink;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
}

/** Follows a symbolic link to the file it names, so a save replaces the file, not the link. */
async function resolveTarget(fs: AtomicWriteFs, target: string): Promise<string> {
  try {
    return await fs.realpath(target);
  } catch (error) {
    if (isMissing(error)) return path.resolve(target);
    throw error;
  }
}

/** The mode and owner of the file being replaced; null when there is none yet. */
async function existingFile(
  fs: AtomicWriteFs,
  target: string,
): Promise<{ mode: number; uid: number; gid: number } | null> {
  try {
    const stats = await fs.stat(target);
    return { mode: stats.mode & 0o7777, uid: stats.uid, gid: stats.gid };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/**
 * Gives the new file the old one's owner and group. Only an administrator may give a file away,
 * and only a member may pick the group, so a refusal leaves the file the user's own, as an editor
 * saving it would; Windows has no owners here at all.
 */
async function keepOwner(
  fs: AtomicWriteFs,
  file: string,
  owner: { uid: number; gid: number },
): Promise<void> {
  if (process.platform === 'win32') return;
  const own = await fs.stat(file);
  if (own.uid === owner.uid && own.gid === owner.gid) return;
  await fs.chown(file, owner.uid, owner.gid).catch(async () => {
    if (own.gid !== owner.gid) await fs.chown(file, own.uid, owner.gid).catch(() => undefined);
  });
}

/** Makes the rename itself durable; directories cannot be opened this way on Windows. */
async function syncDirectory(fs: AtomicWriteFs, directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(directory, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse to fsync a directory; the data itself is already on disk.
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` to `target` so that the target holds either its old content or the new content,
 * never a mix: a temporary file beside it is written and flushed, then renamed over it. The old
 * file's permissions are kept, and its owner and group where the platform allows. On any failure the temporary file is removed and the old file is
 * left as it was.
 */
export async function atomicWrite(
  target: string,
  data: string | Uint8Array,
  fs: AtomicWriteFs = nodeFs,
): Promise<void> {
  const finalPath = await resolveTarget(fs, target);
  const directory = path.dirname(finalPath);
  const existing = await existingFile(fs, finalPath);
  const mode = existing?.mode ?? null;
  const tempPath = path.join(
    directory,
    `.${path.basename(finalPath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );

  // 'wx': never reuse a file that happens to have the temporary name.
  const handle = await fs.open(tempPath, 'wx', mode ?? 0o666);
  let renamed = false;
  try {
    try {
      await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // open() applies the umask; chmod sets exactly the mode the old file had.
    if (existing) {
      await keepOwner(fs, tempPath, existing);
      // After chown, which clears set-user-ID and set-group-ID bits.
      await fs.chmod(tempPath, existing.mode);
    }
    await fs.rename(tempPath, finalPath);
    renamed = true;
  } finally {
    if (!renamed) await fs.unlink(tempPath).catch(() => undefined);
  }
  await syncDirectory(fs, directory);
}
