import type { Page } from '@playwright/test'
import { expect, selectWithMouse, test } from '../app'
import { views } from '../views'
import { SOURCE, TITLE, codeAs, giveToBoth, twoCodersAndAnArticle } from './twoCoders'

const panel = (page: Page) => page.getByRole('complementary', { name: 'Statements' })
const codingBar = (page: Page) => page.getByRole('region', { name: 'Double coding' })

async function openArticle(page: Page) {
  await views(page).getByRole('link', { name: 'Articles' }).click()
  await page.getByRole('button', { name: new RegExp(`^${TITLE}`) }).click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(TITLE)
}

test('two coders code an article blind, compare, read α, adjudicate, and the explorer shows the consensus', async ({
  app,
}) => {
  const { page } = app
  const articleId = await twoCodersAndAnArticle(app)
  await giveToBoth(page)

  // Ana codes: one statement by hand, two more as a script would (her, the coder of this machine).
  await openArticle(page)
  await expect(codingBar(page)).toContainText('You see only your own statements')
  await expect(page.getByRole('button', { name: 'Edit text' })).toBeDisabled()
  await selectWithMouse(page, 'a settlement was near')
  await page.keyboard.press('m')
  const form = page.getByRole('form', { name: 'Statement' })
  await expect(form.getByRole('combobox', { name: 'Speaker', exact: true })).toBeFocused()
  await page.keyboard.type('Tomas Vell')
  await page.keyboard.press('Enter')
  await form.getByRole('radio', { name: 'Supports' }).click()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  for (const [exact, speaker, stance] of [
    ['the harbour stays shut', 'Kestran Ministry', 'opposes'],
    ['the talks will fail', 'Lena Ost', 'opposes'],
  ] as const)
    await app.call('addStatement', articleId, {
      anchor: { exact },
      speaker: { name: speaker },
      stance,
    })
  await expect(panel(page).getByRole('heading', { name: /^Statements/ })).toHaveText('Statements 3')
  await codingBar(page).getByRole('button', { name: 'Mark done' }).click()
  await expect(codingBar(page)).toContainText('You marked it done')

  // Ben sits down: he sees none of Ana's statements, in the article or the explorer.
  await codeAs(page, 'Ben')
  await openArticle(page)
  await expect(codingBar(page)).toContainText('2 coders · 1 done')
  await expect(panel(page).getByRole('heading', { name: /^Statements/ })).toHaveText('Statements 0')
  await expect(page.locator('.article-text mark[data-statement-id]')).toHaveCount(0)
  for (const [exact, speaker, stance] of [
    ['a settlement was near', 'Tomas Vell', 'supports'],
    ['the harbour stays shut', 'Kestran Ministry', 'neutral'],
    ['Lena Ost thinks the talks will fail', 'Lena Ost', 'opposes'],
    ['Nobody knows when the ferries return', 'Kestran Ministry', undefined],
  ] as const)
    await app.call('addStatement', articleId, {
      anchor: { exact },
      speaker: { name: speaker },
      stance,
    })
  await expect(panel(page).getByRole('heading', { name: /^Statements/ })).toHaveText('Statements 4')
  await views(page).getByRole('link', { name: 'Statements' }).click()
  await page.getByRole('textbox', { name: 'Source' }).fill(SOURCE)
  await expect(page.getByRole('status').filter({ hasText: /^\d+ statements?/ })).toHaveText(
    /^4 statements/,
  )

  // Ben is done too: the article is ready to compare, and opens in the compare view.
  await openArticle(page)
  await codingBar(page).getByRole('button', { name: 'Mark done' }).click()
  await expect(codingBar(page)).toContainText('Ready to compare')
  await expect(page.getByRole('button', { name: new RegExp(`^${TITLE}`) })).toContainText(
    'Ready to compare',
  )
  await codingBar(page).getByRole('link', { name: 'Compare the coders' }).click()
  const compare = page.getByRole('main', { name: 'Compare' })
  const units = compare.getByRole('list', { name: 'Units' }).getByRole('button')
  await expect(units).toHaveText([
    /^Agreed.*a settlement was near/,
    /^Stance differ.*the harbour stays shut/,
    /^One coder only.*Nobody knows when the ferries return/,
    /^Words differ.*the talks will fail/,
  ])

  // Their agreement: stance α (ordinal) over the three units both coded.
  await views(page).getByRole('link', { name: 'Agreement' }).click()
  const agreement = page.getByRole('main', { name: 'Agreement' })
  await expect(agreement).toContainText('1 article coded independently by Ana, Ben')
  const overall = agreement.getByRole('region', { name: 'All articles' })
  await expect(
    overall
      .getByRole('row', { name: /^Stance/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('0.778')
  await expect(
    overall
      .getByRole('row', { name: /^Speaker/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('1.000')

  // Adjudication with the keys: J to the stance unit, 1 takes Ana's, D drops Ben's lone one, 2 takes Ben's words.
  await agreement.getByRole('link', { name: TITLE }).click()
  await expect(units.first()).toHaveAttribute('aria-current', 'true')
  await page.keyboard.press('j')
  await expect(compare.getByRole('heading', { name: /^Unit 2 of 4/ })).toBeVisible()
  await page.keyboard.press('1')
  await expect(compare.getByRole('heading', { name: /^Unit 3 of 4/ })).toBeVisible()
  await page.keyboard.press('d')
  await expect(compare.getByRole('heading', { name: /^Unit 4 of 4/ })).toBeVisible()
  await expect(units.nth(2)).toContainText('dropped')
  await page.keyboard.press('2')
  await expect(units.nth(3)).toContainText('decided')
  // The agreed unit, with the mouse.
  await units.first().click()
  await compare
    .getByRole('toolbar', { name: 'Decide this unit' })
    .getByRole('button', { name: /^Take Ana’s/ })
    .click()
  await expect(compare.getByRole('status')).toContainText('4 of 4 decided · adjudicated')

  await views(page).getByRole('link', { name: 'Articles' }).click()
  await expect(page.getByRole('button', { name: new RegExp(`^${TITLE}`) })).toContainText(
    'Adjudicated',
  )

  // The explorer reads the consensus: three statements, Ana's stance, Ben's words, none dropped.
  await views(page).getByRole('link', { name: 'Statements' }).click()
  await page.getByRole('textbox', { name: 'Source' }).fill(SOURCE)
  const rows = page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
  await expect(rows).toHaveCount(3)
  const quotes = await rows.evaluateAll((all) =>
    all.map((row) => (row as HTMLTableRowElement).cells[1].innerText),
  )
  expect(quotes.sort()).toEqual([
    'Lena Ost thinks the talks will fail',
    'a settlement was near',
    'the harbour stays shut',
  ])
  await expect(rows.filter({ hasText: 'the harbour stays shut' })).toContainText('Opposes')
})
