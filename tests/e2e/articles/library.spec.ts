import { expect, test } from '../app'

/** An article long enough that its last paragraph is far below the first screen. */
const LONG_TEXT = [
  ...Array.from(
    { length: 40 },
    (_, i) =>
      `Paragraph ${i + 1}. Ferries crossed the river at dawn and the harbour office counted the boats.`,
  ),
  'Farmers on both banks said they could not wait for another year of negotiations over the dam.',
].join('\n\n')

test('a search for “negotiate” finds the article that says “negotiations” and opens it at those words, marked', async ({
  app,
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 700 })
  await app.call('importArticle', {
    text: LONG_TEXT,
    meta: { title: 'Harbour log', source: 'Senna Courier', published: '2025-05-02' },
  })
  const library = page.getByRole('navigation', { name: 'Library' })
  await library.getByRole('searchbox', { name: 'Search articles' }).fill('negotiate')
  const hit = library.getByRole('button', { name: /Harbour log/ })
  await expect(hit.locator('mark')).toHaveText(['negotiations'])

  await hit.click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('Harbour log')
  const match = page.locator('.article-text .search-match')
  await expect(match).toHaveText(['negotiations'])
  await expect(match).toBeInViewport()
  await expect(
    page.locator('.article-text').getByText('Paragraph 1.', { exact: false }),
  ).not.toBeInViewport()
})

test('a search for “negotiations” also finds an article that says “negotiate”, the word marked as written', async ({
  app,
}) => {
  const { page } = app
  await app.call('importArticle', {
    text: 'The envoy said both sides were ready to negotiate before the harvest.',
    meta: { title: 'Envoy hopeful' },
  })
  const library = page.getByRole('navigation', { name: 'Library' })
  await library.getByRole('searchbox', { name: 'Search articles' }).fill('negotiations ')
  await expect(library.getByRole('status')).toHaveText('2 matches')
  await expect(library.getByRole('button', { name: /Envoy hopeful/ }).locator('mark')).toHaveText([
    'negotiate',
  ])
})
