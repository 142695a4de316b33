import { access, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Article } from '../../../src-main/shared/model'
import { CONFLICT_TEXT, MARKED, craftConflicts } from '../../support/conflictedArticle'
import { expect, test, type App } from '../app'

/** An article a sync left with a conflict of each kind (its file crafted here), the app started again on it. */
async function conflictedArticle(app: App) {
  const imported = await app.call('importArticle', {
    text: CONFLICT_TEXT,
    meta: { title: 'River talks resume' },
  })
  await app.call('addStatement', imported.id, {
    anchor: { exact: MARKED },
    speaker: { name: 'Mara Velin' },
    position: { label: 'Treaty' },
    stance: 'supports',
  })
  const article = Article.parse(await app.call('getArticle', imported.id))
  const crafted = await craftConflicts(app.archiveDir, article)
  await app.restart()
  const library = app.page.getByRole('navigation', { name: 'Library' })
  const item = library
    .getByRole('button', { name: /^River talks resume/ })
    .filter({ hasNotText: '(their version)' })
  await expect(item).toContainText('3 conflicts')
  await item.click()
  return crafted
}

test('each conflict a sync left is settled in one click, and the banner goes', async ({ app }) => {
  const { article, copy, otherTitle } = await conflictedArticle(app)
  const { page } = app
  const banner = page.getByRole('region', { name: '3 conflicts from syncing' })
  await banner.getByRole('button', { name: 'Settle them' }).press('Enter')

  const statement = page.getByRole('group', { name: `Statement “${MARKED}”` })
  await expect(statement).toContainText('Supports')
  await expect(statement).toContainText('Opposes')
  await expect(statement).toContainText('Read as opposing on the other machine')
  await statement.getByRole('button', { name: 'Take the other' }).click()
  await expect(page.getByRole('region', { name: '2 conflicts from syncing' })).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Statements' })).toContainText('Opposes')

  // The keyboard went on to the next conflict: the title's, kept first.
  const title = page.getByRole('group', { name: 'Title' })
  await expect(title.getByRole('button', { name: 'Keep this' })).toBeFocused()
  await expect(title).toContainText(otherTitle)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(otherTitle)

  const text = page.getByRole('group', { name: 'Text' })
  await expect(text.getByRole('link', { name: /their version/ })).toHaveAttribute(
    'href',
    `#/article/${copy.id}`,
  )
  await text.getByRole('button', { name: 'Keep ours' }).click()
  await expect(page.getByText('Every conflict from syncing is settled.')).toBeVisible()
  await expect(page.getByRole('region', { name: /conflicts? from syncing/ })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Dismiss' })).toBeFocused()

  const library = page.getByRole('navigation', { name: 'Library' })
  await expect(library.getByRole('button', { name: new RegExp(otherTitle) })).not.toContainText(
    'conflict',
  )
  await expect(library.getByText('(their version)')).toHaveCount(0)
  await access(join(app.archiveDir, 'trash', `${copy.id}.json`))
  const settled = await app.call('getArticle', article.id)
  expect(settled.conflicts).toBeUndefined()
  expect(Object.values(settled.statements).map((s) => s.stance)).toEqual(['opposes'])
})

test('taking their text puts their words and statements in the article', async ({ app }) => {
  await conflictedArticle(app)
  const { page } = app
  await page.getByRole('button', { name: 'Settle them' }).click()
  await page
    .getByRole('group', { name: 'Text' })
    .getByRole('button', { name: 'Take theirs' })
    .click()
  await expect(page.getByRole('region', { name: '2 conflicts from syncing' })).toBeVisible()
  await expect(page.locator('#article-text')).toContainText('the treaty must be signed this summer')
  await expect(page.getByRole('complementary', { name: 'Statements' })).toContainText(
    'the treaty must be signed this summer',
  )
})

test('the Conflicts list names the articles with conflicts and opens one to settle them', async ({
  app,
}) => {
  const { article } = await conflictedArticle(app)
  const { page } = app
  await page.goto(`${page.url().split('#')[0]}#/conflicts`)
  const view = page.getByRole('main', { name: 'Conflicts' })
  await expect(view.getByRole('listitem')).toHaveText(['River talks resume 3 conflicts'])
  await view.getByRole('link', { name: 'River talks resume' }).press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/article/${article.id}$`))
  await expect(page.getByRole('region', { name: '3 conflicts from syncing' })).toBeVisible()
})

test('a speaker renamed on two machines is settled in the Conflicts list in one click', async ({
  app,
}) => {
  const speaker = await app.call('saveSpeaker', { name: 'Mara Velin' })
  // registry.json as a sync's merge would leave it: the other machine's name kept aside.
  const file = join(app.archiveDir, 'registry.json')
  const registry = JSON.parse(await readFile(file, 'utf8'))
  registry.conflicts = [{ kind: 'speaker', id: speaker.id, field: 'name', other: 'Mara Kest' }]
  await writeFile(file, JSON.stringify(registry, null, 2))
  await app.restart()
  const { page } = app
  await page.goto(`${page.url().split('#')[0]}#/conflicts`)

  const conflict = page.getByRole('group', { name: 'Speaker “Mara Velin”: name' })
  await expect(conflict).toContainText('Mara Kest')
  await conflict.getByRole('button', { name: 'Take the other' }).press('Enter')
  await expect(page.getByRole('main', { name: 'Conflicts' })).toContainText('Nothing to settle')
  expect((await app.call('listSpeakers')).map((s) => s.name)).toContain('Mara Kest')
  expect('conflicts' in JSON.parse(await readFile(file, 'utf8'))).toBe(false)
})
