import { execFileSync } from 'node:child_process'
import { mkdtemp, open, rm, rmdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A small disk of its own (a tmpfs), to fill up or make read-only as a real disk would be. */
export interface SmallDisk {
  dir: string
  /** Writes a file until the disk has no room left for a single byte. */
  fill(): Promise<void>
  /** Removes what `fill` wrote. */
  free(): Promise<void>
  readOnly(): void
  writable(): void
  /** Unmounts it and removes its folder. */
  remove(): Promise<void>
}

const FILLER = '.filler'

const mount = (...args: string[]) => execFileSync('mount', args, { stdio: 'pipe' })

/**
 * A tmpfs of `size` at a new folder, or why there cannot be one here in one line (mounting needs
 * Linux and root, and a container may still refuse it).
 */
export async function smallDisk(size = '8m'): Promise<SmallDisk | string> {
  if (process.platform !== 'linux')
    return `a small disk is a tmpfs, which needs Linux (this is ${process.platform})`
  if (process.getuid?.() !== 0)
    return `mounting a small disk (tmpfs) needs root; this runs as uid ${process.getuid?.()}`
  const dir = await mkdtemp(join(tmpdir(), 'stancemark-disk-'))
  try {
    mount('-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir)
  } catch (error) {
    await rmdir(dir)
    const said = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n')[0]
    return `this machine refused to mount a tmpfs (${said || String(error)})`
  }
  return {
    dir,
    async fill() {
      const file = await open(join(dir, FILLER), 'a')
      try {
        for (const size of [1 << 20, 4096, 1]) {
          const chunk = Buffer.alloc(size)
          for (;;) {
            const written = await file.write(chunk).then(
              ({ bytesWritten }) => bytesWritten,
              (error: NodeJS.ErrnoException) => {
                if (error.code === 'ENOSPC') return 0
                throw error
              },
            )
            if (written < size) break
          }
        }
      } finally {
        await file.close()
      }
    },
    free: () => rm(join(dir, FILLER), { force: true }),
    readOnly: () => void mount('-o', 'remount,ro', dir),
    writable: () => void mount('-o', 'remount,rw', dir),
    async remove() {
      execFileSync('umount', [dir], { stdio: 'pipe' })
      await rmdir(dir)
    },
  }
}
