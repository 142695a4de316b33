import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Waits until what the bench itself wrote (working copies of the archives, ~400 MB at 10,000;
 * a store's exported vault) is on the disk. Until then the kernel writes it back in the
 * background for up to half a minute, and every flush a timed save makes queues behind it: on
 * this machine a save's p95 measured ~30 ms right after copying the 10,000-article archive and
 * ~12 ms once it was written. Each store is timed on a disk its predecessor left quiet.
 */
export async function settleDisk(): Promise<void> {
  // POSIX `sync`; Windows has no such command and flushes on its own terms.
  if (process.platform !== 'win32') await run('sync')
}
