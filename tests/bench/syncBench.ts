import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openNotebook } from '../../src-main/notebook/notebook'
import { TokenFile } from '../../src-main/notebook/sync/tokenStore'
import { gitServerMissing, startGitServer } from '../support/gitServer'
import type { BenchArchive } from './benchArchives'
import { timeRuns, timingOf, type Timing } from './timing'

const credentials = { username: 'bench', token: 'bench-token' }

/**
 * The team archive (issue 26) at the bench archive's size, against git's own http-backend on this
 * machine: the first push of the whole archive to an empty team repository, then syncs that each
 * send one changed article (a statement added, then `syncNow`), timed whole and less the time the
 * server took to answer (the network's part). Answers why when git is missing.
 */
export async function benchSync(
  archive: BenchArchive,
  runs: number,
  log: (line: string) => void,
): Promise<
  { firstPush: Timing; oneArticle: Timing; oneArticleLocal: Timing } | { missing: string }
> {
  const missing = gitServerMissing()
  if (missing) return { missing }
  const server = await startGitServer(credentials)
  const config = await mkdtemp(join(tmpdir(), 'stancemark-bench-config-'))
  const notebook = await openNotebook({
    archiveDir: archive.archiveDir,
    resourcesDir: join(import.meta.dirname, '..', '..', 'resources'),
    tokens: new TokenFile(config),
    backgroundSync: false,
  })
  try {
    await server.createRepository('team')
    log(`  first push of ${archive.size} articles`)
    const started = performance.now()
    const shared = await notebook.setSyncRemote({ url: server.url('team'), ...credentials })
    const firstPush = timingOf([performance.now() - started])
    if (shared.state !== 'up-to-date' || shared.waiting !== 0)
      throw new Error(`The first push did not go through: ${shared.state} ${shared.message ?? ''}`)
    log('  syncs of one changed article')
    // The same runs less the time the server took to answer: what the target measures.
    const local: number[] = []
    const oneArticle = await timeRuns(Math.min(runs, 10), async (run) => {
      const started = performance.now()
      const answering = server.timeAnswering()
      const articleId = archive.articleIds[run * 7]
      await notebook.addStatement(articleId, {
        anchor: { start: 0, end: 12 },
        tags: [],
        note: '',
      })
      const outcome = await notebook.syncNow()
      if (outcome.pushed !== 1) throw new Error(`A sync of one article sent ${outcome.pushed}`)
      local.push(performance.now() - started - (server.timeAnswering() - answering))
    })
    return { firstPush, oneArticle, oneArticleLocal: timingOf(local) }
  } finally {
    await notebook.close()
    await server.close()
    await rm(config, { recursive: true, force: true })
  }
}
