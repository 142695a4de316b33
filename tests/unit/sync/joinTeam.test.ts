import { execFile } from 'node:child_process'
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { TokenFile } from '../../../src-main/notebook/sync/tokenStore'
import { gitServerMissing, startGitServer, type GitServer } from '../../support/gitServer'
import { open, tempDir } from '../../support/tempArchive'

const missing = gitServerMissing()
const credentials = { username: 'ana', token: 'team-token-77b2e0' }
const run = promisify(execFile)

/** A new archive of one analyst, their token kept in a config folder of its own. */
const analyst = async () =>
  open(undefined, { tokens: new TokenFile(await tempDir()), backgroundSync: false })

/** Every file under a folder (.git included, its objects inflated by git itself): their bytes. */
async function everythingIn(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  const texts = []
  for (const e of entries.filter((e) => e.isFile()))
    texts.push(await readFile(join(e.parentPath, e.name), 'utf8'))
  const { stdout } = await run('git', ['-C', dir, 'cat-file', '--batch-all-objects', '--batch'], {
    maxBuffer: 64 << 20,
  }).catch(() => ({ stdout: '' }))
  return texts.join('\n') + stdout
}

describe.skipIf(missing)(`joining a team${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let server: GitServer
  beforeAll(async () => {
    server = await startGitServer(credentials)
  })
  afterAll(() => server.close())

  test('a shared file that is a link to a file of this computer is not read into the archive', async () => {
    // A file of this computer's the team's server must never see (another archive's registry).
    const elsewhere = await tempDir()
    const secret = join(elsewhere, 'registry.json')
    await writeFile(secret, '{"speakers":{},"positions":{},"note":"private-7c1d9e"}\n')
    // The team's repository names registry.json and an article as links to it.
    const bare = await server.createRepository('crafted')
    const work = await tempDir()
    await run('git', ['init', '-q', '-b', 'main', work])
    await mkdir(join(work, 'articles'))
    await symlink(secret, join(work, 'registry.json'))
    await symlink(secret, join(work, 'articles', 'a1.json'))
    await run('git', ['-C', work, 'add', '-A'])
    await run('git', [
      '-C',
      work,
      '-c',
      'user.name=x',
      '-c',
      'user.email=x@x',
      'commit',
      '-qm',
      'links',
    ])
    await run('git', ['-C', work, 'push', '-q', bare, 'main'])

    const config = await tempDir()
    const { dir, notebook } = await open(undefined, {
      tokens: new TokenFile(config),
      backgroundSync: false,
    })
    await expect(
      notebook.setSyncRemote({ url: server.url('crafted'), ...credentials }),
    ).rejects.toThrow('The team archive holds a link where a file should be (“articles/a1.json”)')
    await expect(notebook.syncNow()).rejects.toThrow('nothing of it was taken')
    expect(await everythingIn(dir)).not.toContain('private-7c1d9e')
    expect(await everythingIn(bare)).not.toContain('private-7c1d9e')
    expect((await notebook.getSync()).lastSynced).toBeNull()
  })

  test('a sample still waiting to be written does not overwrite the team’s registry on joining', async () => {
    await server.createRepository('team')
    const url = server.url('team')
    const ana = await analyst()
    await ana.notebook.saveSpeaker({
      kind: 'organisation',
      name: 'Harbour Authority',
      aliases: [],
      notes: '',
    })
    await ana.notebook.setSyncRemote({ url, ...credentials })
    // Ben's new archive codes its sample a moment before its registry is written: the clock
    // held, that write is still put off when he joins.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const ben = await analyst()
      await ben.notebook.setSyncRemote({ url, ...credentials })
      const names = (await ben.notebook.listSpeakers()).map((s) => s.name)
      expect(names).toContain('Harbour Authority')
      const onDisk = await readFile(join(ben.dir, 'registry.json'), 'utf8')
      expect(onDisk).toContain('Harbour Authority')
    } finally {
      vi.useRealTimers()
    }
  })

  test('an archive with only the sample but a codebook begun keeps it and gets the team’s too', async () => {
    await server.createRepository('codebook')
    const url = server.url('codebook')
    const ana = await analyst()
    await ana.notebook.saveSpeaker({
      kind: 'organisation',
      name: 'Harbour Authority',
      aliases: [],
      notes: '',
    })
    await ana.notebook.setSyncRemote({ url, ...credentials })
    const ben = await analyst()
    await ben.notebook.savePosition({
      label: 'Raise the minimum wage',
      description: '',
      color: '#6b7280',
    })
    await ben.notebook.setSyncRemote({ url, ...credentials })
    const labels = (await ben.notebook.listPositions()).map((p) => p.label)
    expect(labels).toContain('Raise the minimum wage')
    const names = (await ben.notebook.listSpeakers()).map((s) => s.name)
    expect(names).toContain('Harbour Authority')
  })

  test('a sample recoded before joining is kept in a backup made just before the team’s archive came in', async () => {
    await server.createRepository('recoded')
    const url = server.url('recoded')
    const ana = await analyst()
    await ana.notebook.importArticle({ text: 'Minutes\n\nThe board met on Monday.', meta: {} })
    await ana.notebook.setSyncRemote({ url, ...credentials })
    const ben = await analyst()
    const [speaker] = await ben.notebook.listSpeakers()
    await ben.notebook.saveSpeaker({
      ...speaker,
      aliases: speaker.aliases ?? [],
      notes: speaker.notes ?? '',
      name: `${speaker.name} (renamed by Ben)`,
    })
    await ben.notebook.setSyncRemote({ url, ...credentials })
    const names = (await ben.notebook.listSpeakers()).map((s) => s.name)
    expect(names).not.toContain(`${speaker.name} (renamed by Ben)`)
    const backups = await ben.notebook.listBackups()
    expect(backups.map((b) => b.reason)).toEqual(['before-join'])
    const kept = await readFile(join(ben.dir, 'backups', backups[0].id, 'registry.json'), 'utf8')
    expect(kept).toContain(`${speaker.name} (renamed by Ben)`)
  })
})
