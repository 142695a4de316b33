import git from 'isomorphic-git'
import http from 'isomorphic-git/http/node'
import * as fs from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { syncFailure } from '../../../src-main/notebook/sync/syncFailure'
import { gitServerMissing, startGitServer, type GitServer } from '../../support/gitServer'
import { tempDir } from '../../support/tempArchive'

const missing = gitServerMissing()
const credentials = { username: 'ana', token: 'right-token' }
const author = {
  name: 'Ana',
  email: 'ana@example.org',
  timestamp: 1_700_000_000,
  timezoneOffset: 0,
}

describe.skipIf(missing)(
  `a git smart-HTTP server for tests${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let server: GitServer
    const onAuth = () => ({ username: credentials.username, password: credentials.token })
    beforeAll(async () => {
      server = await startGitServer(credentials)
    })
    afterAll(() => server.close())

    test('isomorphic-git pushes to it, clones from it and fetches a later commit', async () => {
      await server.createRepository('team')
      const url = server.url('team')
      const first = await tempDir()
      await git.init({ fs, dir: first, defaultBranch: 'main' })
      await writeFile(join(first, 'a.json'), '{"n":1}\n')
      await git.add({ fs, dir: first, filepath: 'a.json' })
      await git.commit({ fs, dir: first, message: 'one', author })
      await git.push({ fs, http, dir: first, url, ref: 'main', onAuth })

      const second = await tempDir()
      await git.clone({ fs, http, dir: second, url, ref: 'main', singleBranch: true, onAuth })
      expect(await readFile(join(second, 'a.json'), 'utf8')).toBe('{"n":1}\n')

      await writeFile(join(first, 'a.json'), '{"n":2}\n')
      await git.add({ fs, dir: first, filepath: 'a.json' })
      const later = await git.commit({ fs, dir: first, message: 'two', author })
      await git.push({ fs, http, dir: first, url, ref: 'main', onAuth })
      const fetched = await git.fetch({
        fs,
        http,
        dir: second,
        ref: 'main',
        singleBranch: true,
        onAuth,
      })
      expect(fetched.fetchHead).toBe(later)
    })

    test('a wrong token is refused, and we say so in plain words', async () => {
      await server.createRepository('closed')
      const dir = await tempDir()
      const url = server.url('closed')
      const thrown = await git
        .clone({ fs, http, dir, url, onAuth: () => ({ username: 'ana', password: 'wrong' }) })
        .catch((error: unknown) => error)
      expect(syncFailure(thrown, url)).toEqual({
        state: 'refused',
        message: `The server refused the user name or token for ${new URL(url).host}. Check them in Settings → Team.`,
      })
    })

    test('a repository with its own credentials opens to them alone, its neighbours to the server’s', async () => {
      const own = { username: 'ben', token: 'other-team-token' }
      await server.createRepository('own', own)
      await server.createRepository('neighbour')
      const status = (url: string, who: { username: string; token: string }) =>
        git
          .getRemoteInfo({
            http,
            url,
            onAuth: () => ({ username: who.username, password: who.token }),
          })
          .then(
            () => 200,
            (error: { data?: { statusCode?: number } }) => error.data?.statusCode,
          )
      expect(await status(server.url('own'), own)).toBe(200)
      expect(await status(server.url('own'), credentials)).toBe(401)
      expect(await status(server.url('neighbour'), credentials)).toBe(200)
      expect(await status(server.url('neighbour'), own)).toBe(401)
    })

    test('a stopped server is offline, in plain words', async () => {
      const down = await startGitServer(credentials)
      await down.createRepository('gone')
      const url = down.url('gone')
      await down.close()
      const thrown = await git
        .clone({ fs, http, dir: await tempDir(), url, onAuth })
        .catch((error: unknown) => error)
      expect(syncFailure(thrown, url)).toEqual({
        state: 'offline',
        message: `The server at ${new URL(url).host} cannot be reached. Your work is saved here and will sync later.`,
      })
    })
  },
)
