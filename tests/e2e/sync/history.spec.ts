import git from 'isomorphic-git'
import { commitChanges } from '../../../src-main/notebook/sync/commitChanges'
import { gitFs } from '../../../src-main/notebook/sync/gitFs'
import { isSharedFile } from '../../../src-main/notebook/storage/sharedFiles'
import { expect, test } from '../app'

const TEXT =
  'Mara Velin said the treaty must be signed this spring.\n\nThe ministry rejected any delay.'

/** Commits the archive folder's shared files as a sync does, by `name` at `at`. */
const commitAs = (dir: string, name: string, at: string) =>
  commitChanges(dir, isSharedFile, { name, email: `${name}@example.org` }, new Date(at))

test('an article’s history lists who changed it; a version opens read-only and is restored', async ({
  app,
}) => {
  // Two versions committed in the archive folder, as two analysts' syncs would, before the app starts again.
  await git.init({ fs: gitFs, dir: app.archiveDir, defaultBranch: 'main' })
  const article = await app.call('importArticle', { text: TEXT, meta: { title: 'Treaty talks' } })
  const { statement } = await app.call('addStatement', article.id, {
    anchor: { exact: 'the treaty must be signed this spring' },
    speaker: { name: 'Mara Velin' },
    position: { label: 'Treaty' },
    stance: 'supports',
  })
  await commitAs(app.archiveDir, 'Ana', '2025-01-10T09:00:00.000Z')
  await app.call('updateStatement', article.id, statement.id, { stance: 'opposes' })
  await commitAs(app.archiveDir, 'Ben', '2025-01-11T10:00:00.000Z')
  await app.restart()
  const { page } = app

  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /^Treaty talks/ })
    .click()
  const statements = page.getByRole('complementary', { name: 'Statements' })
  await expect(statements).toContainText('Opposes')
  const history = page.getByRole('toolbar', { name: 'Article' }).getByRole('button', {
    name: 'History',
  })
  await history.focus()
  await page.keyboard.press('Enter')

  const dialog = page.getByRole('dialog', { name: 'History' })
  const versions = dialog.getByRole('listitem')
  await expect(versions).toHaveCount(2)
  await expect(versions.nth(0)).toContainText('Ben')
  await expect(versions.nth(0)).toContainText('1 statement recoded')
  await expect(versions.nth(1)).toContainText('Ana')
  await expect(versions.nth(1)).toContainText('Added to the archive; 1 statement added')

  await versions
    .nth(1)
    .getByRole('button', { name: /^Open the version of .* Ana$/ })
    .focus()
  await page.keyboard.press('Enter')
  const version = page.getByRole('dialog', { name: /^Version of .* Ana$/ })
  await expect(version.getByRole('button', { name: 'Back to the history' })).toBeFocused()
  const text = version.getByLabel('Text of this version')
  await expect(text).toContainText('the treaty must be signed this spring')
  await expect(text).toHaveAttribute('contenteditable', 'false')
  await expect(version.getByRole('region', { name: 'Statements of this version' })).toContainText(
    'Supports',
  )

  await page.keyboard.press('Tab')
  await expect(version.getByRole('button', { name: 'Restore this version' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.getByRole('alert')).toContainText('is restored: it is the newest version now')
  await expect(statements).toContainText('Supports')
  await expect(statements).not.toContainText('Opposes')
  const restored = await app.call('getArticle', article.id)
  expect(restored.statements[statement.id].stance).toBe('supports')
  expect(restored.revision).toBe(4)
})

test('an archive that has never synced says its history starts with the team', async ({ app }) => {
  const { page } = app
  const article = await app.call('importArticle', { text: TEXT, meta: { title: 'Treaty talks' } })
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /^Treaty talks/ })
    .click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(article.meta.title)
  await page
    .getByRole('toolbar', { name: 'Article' })
    .getByRole('button', { name: 'History' })
    .click()
  await expect(page.getByRole('dialog', { name: 'History' })).toContainText(
    'No history yet: versions are recorded once the archive syncs with a team',
  )
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(
    page.getByRole('toolbar', { name: 'Article' }).getByRole('button', { name: 'History' }),
  ).toBeFocused()
})
