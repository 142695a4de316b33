import type { Page } from '@playwright/test'
import { expect, test } from '../app'
import { bar, current, openWireStory, readText, TITLE } from './wireStory'

const panel = (page: Page) => page.getByRole('complementary', { name: 'Statements' })

async function saved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
}

test('an opened article shows its suggestions as quiet underlines that say who, cue and mode', async ({
  app,
}) => {
  const { page } = app
  await openWireStory(app)
  await expect(bar(page).getByRole('status')).toHaveText('1 of 6 suggestions')
  // Each action shows its key.
  for (const name of ['Next suggestion J', 'Accept A', 'Accept as is ⇧A', 'Reject X'])
    await expect(bar(page).getByRole('button', { name, exact: true })).toBeVisible()
  const first = page.locator('.suggestion-look').first()
  await expect(first).toHaveText('the crossings would reopen on June 1')
  await expect(first).toHaveAttribute('title', 'Suggested: Ilse Varga · said · indirect')
  await expect(
    page.locator('.suggestion-look[title="Suggested: Piet Daalmann · warned · indirect"]'),
  ).toHaveText('prices would keep rising')
  // Underlined, never filled: it must not pass for a coded statement.
  const look = await first.evaluate((element) => getComputedStyle(element))
  expect(look.backgroundColor).toBe('rgba(0, 0, 0, 0)')
  expect(look.textDecorationLine).toBe('underline')
  await expect(page.locator('.suggestion-look.statement-look')).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('article-suggestions.png') })
})

test('next, then accept, opens the form on the position with the speaker, cue and mode filled', async ({
  app,
}) => {
  const { page } = app
  const articleId = await openWireStory(app)
  await readText(page)
  await page.keyboard.press('j')
  await expect(bar(page).getByRole('status')).toHaveText('2 of 6 suggestions')
  await expect(current(page)).toHaveText('This is a first step')
  await expect(current(page)).toHaveAttribute('title', 'Suggested: Ilse Varga · told · direct')

  await page.keyboard.press('a')
  const form = page.getByRole('form', { name: 'Statement' })
  await expect(form.getByRole('combobox', { name: 'Position' })).toBeFocused()
  await expect(form.getByRole('combobox', { name: 'Speaker' })).toHaveValue('Ilse Varga')
  await expect(form.getByLabel('Cue')).toHaveValue('told')
  await expect(form.getByLabel('Mode')).toHaveValue('direct')
  await page.screenshot({ path: test.info().outputPath('accepted-form.png') })
  await page.keyboard.type('Reopening the border')
  await page.keyboard.press('Enter')
  await page.keyboard.press('s')
  await page.keyboard.press('Escape')
  await expect(bar(page).getByRole('status')).toHaveText('2 of 5 suggestions')
  await expect(panel(page).getByRole('region', { name: 'Ilse Varga' })).toContainText(
    'This is a first step',
  )
  await saved(page)
  const article = await app.call('getArticle', articleId)
  expect(Object.values(article.statements)).toMatchObject([{ cue: 'told', mode: 'direct' }])

  // Enter accepts too, on the suggestion that is now current.
  await expect(current(page)).toHaveText('We have a lot of work ahead of us.')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('form', { name: 'Statement' }).getByLabel('Cue')).toHaveValue('')
})

test('accept as is codes the statement without opening the form', async ({ app }) => {
  const { page } = app
  await openWireStory(app)
  await readText(page)
  await page.keyboard.press('Shift+A')
  await expect(bar(page).getByRole('status')).toHaveText('1 of 5 suggestions')
  await expect(page.getByRole('form', { name: 'Statement' })).toHaveCount(0)
  await expect(panel(page).getByRole('region', { name: 'Ilse Varga' })).toContainText(
    'the crossings would reopen on June 1',
  )
  await expect(
    page.locator('.statement-look', { hasText: 'the crossings would reopen on June 1' }),
  ).toHaveAttribute('title', /^Ilse Varga — no position/)
  await saved(page)
})

test('a rejected suggestion is not suggested again after a restart, and saving goes on', async ({
  app,
}) => {
  const { page } = app
  await openWireStory(app)
  await readText(page)
  await page.keyboard.press('x')
  await expect(bar(page).getByRole('status')).toHaveText('1 of 5 suggestions')
  await expect(current(page)).toHaveText('This is a first step')
  // Coding right after rejecting saves on top of the rejection, without a conflict.
  await page.keyboard.press('Shift+A')
  await expect(panel(page).getByRole('region', { name: 'Ilse Varga' })).toContainText(
    'This is a first step',
  )
  await saved(page)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.getByRole('button', { name: 'Suggest statements' }).click()
  await expect(bar(page).getByRole('status')).toHaveText('1 of 4 suggestions')

  await app.restart()
  await app.page.getByRole('button', { name: TITLE }).click()
  await expect(bar(app.page).getByRole('status')).toHaveText('1 of 4 suggestions')
  await expect(app.page.locator('.suggestion-look')).toHaveCount(4)
  await expect(
    app.page.locator('.suggestion-look', { hasText: 'the crossings would reopen' }),
  ).toHaveCount(0)
  await expect(panel(app.page).getByRole('region', { name: 'Ilse Varga' })).toContainText(
    'This is a first step',
  )
})
