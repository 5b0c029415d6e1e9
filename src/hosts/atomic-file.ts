/**
 * Writing a file so that no reader ever sees half of it, even when the process is killed: the
 * bytes go to a hidden temporary file in the target's folder (".<name>.<pid>.<random>.tmp",
 * never the target's own name), flushed to disk, then renamed over the target (or, without
 * `replace`, hard-linked to it, which fails with EEXIST when the target appeared meanwhile:
 * nothing is ever clobbered). On failure the temporary file is removed; those of killed runs
 * are removed by the next write of the same target. An existing target keeps its permissions.
 * Used for every file the command line writes (workbooks, summaries, reports).
 */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

/** The name of a temporary file for `file`: hidden, in the same folder, never `file`'s name. */
function tempNameFor(file: string): string {
  return `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
}

/** Whether process `pid` runs on this machine (EPERM: it runs, as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files an earlier save of `file` left behind when its process was
 * killed (the temp name carries the writer's pid; files of running processes are kept).
 * Best effort: a folder that cannot be listed or a file that cannot be removed is left alone.
 */
async function removeStaleTemps(dir: string, file: string): Promise<void> {
  const prefix = `.${path.basename(file)}.`;
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const match = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(entry.slice(prefix.length));
    if (!match || isRunning(Number(match[1]))) continue;
    await fs.rm(path.join(dir, entry), { force: true }).catch(() => undefined);
  }
}

/** The permission bits of `file` when it exists (an --in-place save keeps them). */
async function modeOf(file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/** Flushes the folder entry of the rename to disk (not possible on every platform). */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder; the rename itself is still atomic there.
  }
}

export async function writeFileAtomic(
  file: string,
  data: Uint8Array,
  options: { replace: boolean },
): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await removeStaleTemps(dir, file);
  const temp = path.join(dir, tempNameFor(file));
  try {
    const mode = options.replace ? await modeOf(file) : undefined;
    const handle = await fs.open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.replace) await fs.rename(temp, file);
    else await fs.link(temp, file);
  } finally {
    // After a rename there is nothing left to remove; after a link (or a failure) the temp goes.
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
  await syncFolder(dir);
}
