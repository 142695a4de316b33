import type { Page } from '@playwright/test'
import { expect, test, type App } from '../app'

const NESTED =
  'Envoy Tomas Vell said that Minister Ilse Marrow had told him that the border would reopen in June, and that the talks were going well.'
const OUTER =
  'Minister Ilse Marrow had told him that the border would reopen in June, and that the talks were going well'
const INNER = 'the border would reopen in June'

/** An article where one statement reports another: the inner one's words are in both. */
async function openNestedAttribution(app: App) {
  const article = await app.call('importArticle', {
    text: `${NESTED}\n\nThe ministry did not comment.`,
    meta: { title: 'Nested attribution' },
  })
  await app.call('addStatement', article.id, {
    anchor: { exact: OUTER },
    speaker: { name: 'Tomas Vell' },
    stance: 'supports',
  })
  await app.call('addStatement', article.id, {
    anchor: { exact: INNER },
    speaker: { name: 'Ilse Marrow' },
    stance: 'neutral',
  })
  await app.page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /Nested attribution/ })
    .click()
  await expect(
    app.page
      .getByRole('complementary', { name: 'Statements' })
      .getByRole('heading', { name: /^Statements/ }),
  ).toContainText('2')
}

const text = (page: Page) => page.getByRole('textbox', { name: 'Article text' })
const shared = (page: Page) => text(page).locator('.statement-shared')
const chooser = (page: Page) => page.getByRole('menu', { name: '2 statements share these words' })
const form = (page: Page) => page.getByRole('form', { name: 'Statement' })

test('words in two statements show that they are shared: a count before them, two lines under them, both statements on hover', async ({
  app,
}) => {
  const { page } = app
  await openNestedAttribution(app)
  // The shared words, and only those, are drawn as shared.
  expect((await shared(page).allTextContents()).join('')).toBe(INNER)
  await expect(shared(page).first()).toHaveAttribute(
    'title',
    'Shared by 2 statements: Tomas Vell — no position (supports); Ilse Marrow — no position (neutral)',
  )
  // How many, in a badge just before them.
  const count = text(page).locator('.statement-count')
  await expect(count).toBeVisible()
  expect(await count.evaluate((element) => getComputedStyle(element, '::before').content)).toBe(
    '"2"',
  )
  const badge = (await count.boundingBox())!
  const firstLine = await shared(page).evaluate((element) => element.getClientRects()[0].toJSON())
  expect(badge.x + badge.width).toBeLessThanOrEqual(firstLine.left + 1)
  expect(badge.y).toBeLessThan(firstLine.bottom)
  // One statement's words have one line under them; shared words a second, in the outer one's colour.
  const lines = (selector: string) =>
    text(page)
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element).boxShadow.match(/rgb\([^)]*\)/g))
  expect(await lines('.statement-look:not(.statement-shared)')).toHaveLength(1)
  const sharedLines = await lines('.statement-shared')
  expect(sharedLines).toHaveLength(3)
  expect(new Set(sharedLines).size).toBe(3)
  await page.screenshot({ path: test.info().outputPath('shared-words.png') })
})

test('a click on shared words offers both statements, and choosing one opens it in the form', async ({
  app,
}) => {
  const { page } = app
  await openNestedAttribution(app)
  await shared(page).last().click()
  const items = chooser(page).getByRole('menuitem')
  await expect(items).toHaveText([
    'Tomas Vell “Minister Ilse Marrow had told him that the border would…”',
    `Ilse Marrow “${INNER}”`,
  ])
  await expect(items.first()).toBeFocused()
  await page.screenshot({ path: test.info().outputPath('shared-words-chooser.png') })
  await items.filter({ hasText: 'Ilse Marrow “the border' }).click()
  await expect(chooser(page)).toHaveCount(0)
  await expect(form(page).locator('blockquote')).toHaveText(INNER)
  await expect(form(page).getByRole('combobox', { name: 'Speaker', exact: true })).toHaveValue(
    'Ilse Marrow',
  )

  // Words of one statement open it straight away, as before.
  await text(page).getByText('and that the talks were going well').click()
  await expect(chooser(page)).toHaveCount(0)
  await expect(form(page).locator('blockquote')).toHaveText(OUTER)
})

test('E with the caret in the text opens the statement there, and offers the choice where two share the words', async ({
  app,
}) => {
  const { page } = app
  await openNestedAttribution(app)
  // The caret on words no statement covers: E says so.
  await text(page).getByText('The ministry did not comment.').click()
  await page.keyboard.press('e')
  await expect(
    page.getByRole('status').filter({ hasText: 'no statement at the caret' }),
  ).toBeVisible()
  await expect(form(page)).toHaveCount(0)

  // Up to the start of the first paragraph, then along the words into the shared ones.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Home')
  for (let i = 0; i < NESTED.indexOf(INNER) + 4; i++) await page.keyboard.press('ArrowRight')
  await page.keyboard.press('e')
  const items = chooser(page).getByRole('menuitem')
  await expect(items.first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(items.last()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(items.first()).toBeFocused()
  // Esc goes back to the text, where the caret was.
  await page.keyboard.press('Escape')
  await expect(chooser(page)).toHaveCount(0)
  await expect(text(page)).toBeFocused()
  await page.keyboard.press('e')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(chooser(page)).toHaveCount(0)
  // Opened from the keyboard, the form takes the keyboard, on the speaker.
  const speaker = form(page).getByRole('combobox', { name: 'Speaker', exact: true })
  await expect(speaker).toBeFocused()
  await expect(speaker).toHaveValue('Ilse Marrow')
  await expect(form(page).locator('blockquote')).toHaveText(INNER)
  await page.keyboard.press('Escape')
  await expect(text(page)).toBeFocused()

  // Before the shared words, in the outer statement alone: E opens it without asking.
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('e')
  await expect(chooser(page)).toHaveCount(0)
  await expect(form(page).locator('blockquote')).toHaveText(OUTER)
  await expect(speaker).toBeFocused()
})
