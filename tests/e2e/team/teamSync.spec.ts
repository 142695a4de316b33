import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '../app'
import { views } from '../views'
import { gitServerMissing, startGitServer, type GitServer } from '../../support/gitServer'

const missing = gitServerMissing()
const credentials = { username: 'ana', token: 'e2e-team-token-7d1' }
const TEXT = 'Talks on the budget\n\nThe minister said the talks would resume next week.'

test.describe('a team archive', () => {
  test.skip(!!missing, `the git server cannot run here: ${missing}`)
  let server: GitServer
  let config: string
  const configBefore = process.env.XDG_CONFIG_HOME
  test.beforeAll(async () => {
    server = await startGitServer(credentials)
    // The host keeps the token in its config folder: a temp one, not this machine's.
    config = await mkdtemp(join(tmpdir(), 'stancemark-e2e-config-'))
    process.env.XDG_CONFIG_HOME = config
  })
  test.afterAll(async () => {
    if (configBefore === undefined) delete process.env.XDG_CONFIG_HOME
    else process.env.XDG_CONFIG_HOME = configBefore
    await server?.close()
    if (config) await rm(config, { recursive: true, force: true })
  })

  test('shared in Settings → Team, a coded statement is sent by the Sync button and the server has it', async ({
    app,
  }) => {
    const repository = await server.createRepository('team')
    const { page } = app
    const article = await app.call('importArticle', { text: TEXT, meta: {} })
    await views(page).getByRole('link', { name: 'Settings' }).click()
    const team = page.getByRole('region', { name: 'Team' })
    await team.getByLabel('Team archive’s address').fill(server.url('team'))
    await team.getByLabel('User name').fill(credentials.username)
    await team.getByLabel('Token').fill(credentials.token)
    await team.getByLabel('Token').press('Enter')
    await expect(team.getByRole('button', { name: 'Stop sharing' })).toBeVisible()
    await expect(team.getByLabel('Token')).toHaveValue('')
    // The keyboard stays where it was once the archive is shared.
    await expect(team.getByLabel('Token')).toBeFocused()
    await expect(team.getByLabel('Token')).toHaveAttribute('placeholder', 'A token is saved')

    const { statement } = await app.call('addStatement', article.id, {
      anchor: { exact: 'the talks would resume next week' },
      stance: 'supports',
      tags: [],
      note: '',
    })
    const bar = page.getByRole('banner')
    await expect(bar.getByRole('status')).toHaveText('1 change to send', { timeout: 30_000 })
    const sync = bar.getByRole('button', { name: 'Sync' })
    await sync.focus()
    await page.keyboard.press('Enter')
    await expect(bar.getByRole('status')).toHaveText('Up to date · synced just now')
    // The keyboard is where it was: Sync again is one more Enter.
    await expect(sync).toBeFocused()

    const { stdout } = await promisify(execFile)('git', [
      '--git-dir',
      repository,
      'show',
      `main:articles/${article.id}.json`,
    ])
    expect(JSON.parse(stdout).statements[statement.id]).toMatchObject({ stance: 'supports' })
  })

  test('says how many in the app bar, and Enter on it opens the conflicts to settle', async ({
    app,
  }) => {
    await server.createRepository('conflicted')
    const { page } = app
    const article = await app.call('importArticle', { text: TEXT, meta: { title: 'Budget talks' } })
    const { statement } = await app.call('addStatement', article.id, {
      anchor: { exact: 'the talks would resume next week' },
      stance: 'supports',
      tags: [],
      note: '',
    })
    await app.call('setSyncRemote', { url: server.url('conflicted'), ...credentials })

    // A teammate recodes the same statement with plain git and pushes first.
    const git = (cwd: string, ...args: string[]) =>
      promisify(execFile)(
        'git',
        ['-c', 'user.name=Ben', '-c', 'user.email=ben@example.org', ...args],
        { cwd },
      )
    const teammate = await mkdtemp(join(tmpdir(), 'stancemark-e2e-teammate-'))
    const withCredentials = server
      .url('conflicted')
      .replace('://', `://${credentials.username}:${credentials.token}@`)
    await git(teammate, 'clone', '-q', withCredentials, 'copy')
    const copy = join(teammate, 'copy')
    const file = join(copy, 'articles', `${article.id}.json`)
    const theirs = JSON.parse(await readFile(file, 'utf8'))
    theirs.statements[statement.id].stance = 'opposes'
    theirs.statements[statement.id].updatedAt = new Date().toISOString()
    await writeFile(file, `${JSON.stringify(theirs, null, 2)}\n`)
    await git(copy, 'commit', '-qam', 'Ben recodes')
    await git(copy, 'push', '-q', 'origin', 'HEAD:main')
    await rm(teammate, { recursive: true, force: true })

    await app.call('updateStatement', article.id, statement.id, { stance: 'neutral' })
    const bar = page.getByRole('banner')
    await bar.getByRole('button', { name: 'Sync' }).press('Enter')
    await expect(bar.getByRole('status')).toHaveText('1 conflict')
    await bar.getByRole('link', { name: 'Settle' }).press('Enter')
    const view = page.getByRole('main', { name: 'Conflicts' })
    await expect(view.getByRole('heading', { name: 'Conflicts from syncing' })).toBeVisible()
    await expect(view.getByText('Budget talks')).toBeVisible()
  })
})
