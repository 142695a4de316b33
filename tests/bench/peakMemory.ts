import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startHost, stopHost } from '../e2e/app'
import type { BenchArchive } from './benchArchives'
import type { StoreName } from './benchStore'
import type { Timing } from './timing'

const run = promisify(execFile)
const once = (mb: number): Timing => ({ median: mb, p95: mb, runs: 1 })

async function call(url: string, method: string, ...args: unknown[]): Promise<unknown> {
  const address = new URL(url)
  const response = await fetch(`${address.origin}/api/${method}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${address.searchParams.get('token')}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ args }),
  })
  return response.json()
}

/** Peak RSS of a process on Linux (VmHWM); undefined where /proc is not there. */
async function peakOf(pid: number): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1]
  return kb ? Number(kb) / 1024 : undefined
}

/**
 * Peak memory with the archive open, each store in a process of its own: Stancemark as the built
 * local host (out/main/host.js) after listing, searching and exploring; the baselines likewise.
 */
export async function peakMemory(
  archive: BenchArchive,
  root: string,
): Promise<Partial<Record<StoreName, Timing>>> {
  const stores: Partial<Record<StoreName, Timing>> = {}
  const host = await startHost(archive.archiveDir)
  try {
    await call(host.url, 'listArticles', { offset: 0, limit: 50 })
    await call(host.url, 'exploreStatements', { limit: 100 })
    await call(host.url, 'search', { text: 'quota', limit: 20 })
    const mb = await peakOf(host.process.pid!)
    if (mb !== undefined) stores.stancemark = once(mb)
  } finally {
    await stopHost(host)
  }
  const child = join(root, 'tests', 'bench', 'memoryChild.mjs')
  const baselines: [StoreName, string | undefined][] = [
    ['naive', archive.naiveFile],
    ['sqlite', archive.sqliteFile],
  ]
  for (const [name, file] of baselines) {
    if (!file) continue
    const { stdout } = await run(process.execPath, [child, name, file], {
      cwd: root,
      maxBuffer: 1 << 20,
    })
    stores[name] = once(Number(stdout.trim()) / 1024)
  }
  return stores
}
