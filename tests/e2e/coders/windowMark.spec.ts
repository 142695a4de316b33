import type { Page } from '@playwright/test'
import { expect, selectWithMouse, test } from '../app'
import { views } from '../views'
import { TITLE, codeAs, giveToBoth, twoCodersAndAnArticle } from './twoCoders'

const panel = (page: Page) => page.getByRole('complementary', { name: 'Statements' })

async function openArticle(page: Page) {
  await views(page).getByRole('link', { name: 'Articles' }).click()
  await page.getByRole('button', { name: new RegExp(`^${TITLE}`) }).click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(TITLE)
}

test('words the second coder marks in the window while coding blind stay theirs, in their view and in compare', async ({
  app,
}) => {
  const { page } = app
  const articleId = await twoCodersAndAnArticle(app)
  await giveToBoth(page)
  await app.call('addStatement', articleId, { anchor: { exact: 'a settlement was near' } })

  await codeAs(page, 'Ben')
  await openArticle(page)
  await selectWithMouse(page, 'the harbour stays shut')
  await page.keyboard.press('m')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  await expect(panel(page).getByRole('heading', { name: /^Statements/ })).toHaveText('Statements 1')
  await openArticle(page)
  await expect(panel(page).getByRole('heading', { name: /^Statements/ })).toHaveText('Statements 1')
  await expect(page.locator('.article-text mark[data-statement-id]')).toHaveText([
    'the harbour stays shut',
  ])

  const coders = await app.call('listCoders')
  const ben = coders.find((coder: { name: string }) => coder.name === 'Ben')!.id
  await app.call('setCodingDone', articleId, true)
  await app.call('switchCoder', coders[0].id)
  await app.call('setCodingDone', articleId, true)
  const comparison = await app.call('getComparison', articleId)
  expect(
    comparison.units.map((unit: { statements: { coderId: string; quote: string }[] }) =>
      unit.statements.map((s) => [s.coderId === ben ? 'Ben' : 'Ana', s.quote]),
    ),
  ).toEqual([[['Ana', 'a settlement was near']], [['Ben', 'the harbour stays shut']]])
})
