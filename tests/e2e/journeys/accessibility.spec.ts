import type { Page } from '@playwright/test'
import { Backups } from '../../../src-main/notebook/storage/backups'
import { expect, test } from '../app'
import { expectAccessible } from '../axe'
import { views } from '../views'
import { codedByBoth } from '../coders/twoCoders'

const HOUR = 60 * 60 * 1000

/** One level-one heading says what the screen is; then axe-core finds nothing serious on it. */
async function check(page: Page, screen: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expectAccessible(page, screen)
}

test('the articles screen with a suggestion current and a statement form open passes axe-core', async ({
  app,
}) => {
  const { page } = app
  const bar = page.getByRole('region', { name: 'Suggestions' })
  await expect(bar.getByRole('status')).toHaveText(/^1 of \d+ suggestions$/)
  await check(page, 'Articles, with a suggestion current')

  await page
    .getByRole('complementary', { name: 'Statements' })
    .getByRole('region', { name: 'KRN' })
    .getByRole('button')
    .click()
  const form = page.getByRole('form', { name: 'Statement' })
  for (const stance of ['Opposes', 'Neutral', 'Supports']) {
    await form.getByRole('radio', { name: stance }).click()
    await expect(form.getByRole('radio', { name: stance })).toHaveAttribute('aria-checked', 'true')
    await check(page, `Articles, with the statement form open, ${stance} checked`)
  }

  await page.getByRole('button', { name: /^Edit text/ }).click()
  await expect(page.getByRole('button', { name: /^Done editing/ })).toBeVisible()
  await check(page, 'Articles, editing the text')
})

test('the speaker list of the statement form and the article’s Export menu, open, pass axe-core', async ({
  app,
}) => {
  const { page } = app
  await page
    .getByRole('complementary', { name: 'Statements' })
    .getByRole('region', { name: 'KRN' })
    .getByRole('button')
    .click()
  const speaker = page.getByRole('combobox', { name: 'Speaker', exact: true })
  await speaker.fill('K')
  await expect(
    page.getByRole('listbox', { name: 'Speaker' }).getByRole('option').first(),
  ).toBeVisible()
  await check(page, 'Articles, choosing a speaker from the list')
  await speaker.press('Escape')

  await page.getByRole('toolbar', { name: 'Article' }).getByText('Export', { exact: true }).click()
  await expect(page.getByRole('menuitem', { name: 'Markdown note' })).toBeVisible()
  await check(page, 'Articles, the Export menu open')
})

test('the statements screen with its rows passes axe-core', async ({ app }) => {
  const { page } = app
  await views(page).getByRole('link', { name: 'Statements' }).click()
  const rows = page.locator('.statement-table tbody tr')
  await expect(rows.first()).toContainText(/\S/)
  await rows.first().getByRole('checkbox').check()
  await check(page, 'Statements, with rows and one chosen')
})

test('the speakers screen, before and with a speaker’s profile, passes axe-core', async ({
  app,
}) => {
  const { page } = app
  await views(page).getByRole('link', { name: 'Speakers' }).click()
  const list = page.getByRole('navigation', { name: 'Speakers' })
  await expect(list.getByRole('button', { name: /^Ilse Marrow/ })).toBeVisible()
  await check(page, 'Speakers, none chosen')

  await list.getByRole('button', { name: /^Ilse Marrow/ }).click()
  await expect(page.getByRole('heading', { name: 'Ilse Marrow', level: 1 })).toBeVisible()
  await expect(page.locator('.profile li').first()).toBeVisible()
  await check(page, 'Speakers, Ilse Marrow’s profile')
})

test('the codebook, before and with a position chosen, passes axe-core', async ({ app }) => {
  const { page } = app
  await views(page).getByRole('link', { name: 'Codebook' }).click()
  const tree = page.getByRole('tree', { name: 'Positions' })
  await expect(tree.getByRole('treeitem')).toHaveCount(4)
  await check(page, 'Codebook, no position chosen')

  await tree.getByRole('treeitem').first().click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await check(page, 'Codebook, a position chosen')
})

test('each picture of the analysis screen passes axe-core', async ({ app }) => {
  const { page } = app
  await views(page).getByRole('link', { name: 'Analysis' }).click()
  const pictures = page.getByRole('tablist', { name: 'Picture' })
  for (const picture of ['Matrix', 'Timeline', 'Network']) {
    await pictures.getByRole('tab', { name: picture }).click()
    await expect(page.locator('.chart-frame svg .chart-mark').first()).toBeVisible()
    await check(page, `Analysis, the ${picture.toLowerCase()}`)
  }
})

test('the import, export and backups dialogs pass axe-core', async ({ app }) => {
  const { page } = app
  await new Backups(app.archiveDir, () => new Date(Date.now() - HOUR)).snapshot('hourly')
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/\S/)

  await page.getByRole('button', { name: 'Import article' }).click()
  const importing = page.getByRole('dialog', { name: 'Import article' })
  await expect(importing.getByLabel('Article text')).toBeVisible()
  await check(page, 'the Import dialog')
  await importing.getByRole('button', { name: 'Cancel' }).click()

  await page.getByRole('button', { name: 'Export…' }).click()
  const exporting = page.getByRole('dialog', { name: 'Export' })
  await expect(exporting.getByRole('heading', { name: 'Obsidian vault' })).toBeVisible()
  await check(page, 'the Export dialog')
  await exporting.getByRole('button', { name: 'Close' }).click()

  await page.getByRole('button', { name: 'Backups…' }).click()
  const backups = page.getByRole('dialog', { name: 'Backups' })
  await expect(backups.locator('tbody tr')).toHaveCount(1)
  await backups.getByRole('button', { name: /^Restore the backup of / }).click()
  await expect(backups.getByRole('button', { name: 'Restore this backup' })).toBeVisible()
  await check(page, 'the Backups dialog, a restore being confirmed')
})

test('settings, choosing coders, an article being double-coded, compare and agreement pass axe-core', async ({
  app,
}) => {
  const { page } = app
  const comparedId = await codedByBoth(app)
  await app.call('importArticle', {
    text: 'The council said the bridge will reopen in spring. Residents doubt it.',
    meta: { title: 'Bridge to reopen' },
  })
  await page.reload()

  await views(page).getByRole('link', { name: 'Settings' }).click()
  await expect(
    page.getByRole('region', { name: 'Coders of this archive' }).getByRole('listitem'),
  ).toHaveCount(2)
  await check(page, 'Settings, two coders')

  await views(page).getByRole('link', { name: 'Articles' }).click()
  await page.getByRole('checkbox', { name: 'Choose “Bridge to reopen”' }).check()
  await page.getByRole('button', { name: 'Code independently…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Code independently' })
  await expect(dialog.getByRole('checkbox', { name: /Ben/ })).toBeVisible()
  await check(page, 'the Code independently dialog')
  await dialog.getByRole('button', { name: 'Give to 2 coders' }).click()

  await page.getByRole('button', { name: /^Bridge to reopen/ }).click()
  await expect(page.getByRole('region', { name: 'Double coding' })).toContainText('Mark done')
  await check(page, 'Articles, an article being double-coded')

  await page.goto(page.url().replace(/#.*$/, `#/article/${comparedId}/compare`))
  const compare = page.getByRole('main', { name: 'Compare' })
  await expect(compare.getByRole('list', { name: 'Units' }).getByRole('button')).toHaveCount(4)
  await check(page, 'Compare, the first unit')
  await page.keyboard.press('j')
  await page.keyboard.press('e')
  await expect(compare.getByRole('form', { name: 'Edit the consensus' })).toBeVisible()
  await check(page, 'Compare, editing the consensus')

  await views(page).getByRole('link', { name: 'Agreement' }).click()
  await expect(page.getByRole('region', { name: 'All articles' })).toBeVisible()
  await check(page, 'Agreement')
})
