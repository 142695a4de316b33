import { setTimeout as wait } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { syncWithRemote } from '../../../src-main/notebook/sync/syncWithRemote'
import { gitServerMissing, startGitServer, type GitServer } from '../../support/gitServer'
import { articleOf } from '../../support/syncArticles'
import { saveArticle, sharedFiles } from '../../support/syncFolders'
import { tempDir } from '../../support/tempArchive'
import { cloneRemote } from '../../../src-main/notebook/sync/cloneRemote'

const missing = gitServerMissing()
const credentials = { username: 'ana', token: 'team-token' }
const author = { name: 'Ana', email: 'ana@example.org' }

describe.skipIf(missing)(`a slow server${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let server: GitServer
  beforeAll(async () => {
    server = await startGitServer(credentials)
  })
  afterAll(() => server.close())

  // A server unpacking a large first push says nothing until it is done; Node's default
  // connection gave up on a silent server after a few seconds.
  test('a server silent for several seconds before it takes a push is waited for', async () => {
    await server.createRepository('slow')
    const remote = { url: server.url('slow'), ...credentials }
    const ana = await tempDir()
    await saveArticle(ana, articleOf(['The minister said the talks would resume next week.']))
    server.beforeNextPush(() => wait(7_000))
    const result = await syncWithRemote({ dir: ana, remote, author })
    expect(result).toEqual({ state: 'synced', pulled: 0, pushed: 1, merged: 0, conflicts: 0 })
    const ben = await tempDir()
    await cloneRemote(ben, remote)
    expect(await sharedFiles(ben)).toEqual(await sharedFiles(ana))
  }, 60_000)
})
