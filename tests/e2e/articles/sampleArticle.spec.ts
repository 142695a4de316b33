import { expect, tabTo, test, type App } from '../app'

const SAMPLE = /^Veloria and Kestran leaders/

/** An article of the analyst's own, coded with a speaker and a position the sample uses too. */
async function ownArticleSharingWithTheSample(app: App): Promise<void> {
  const article = await app.call('importArticle', {
    text: 'Tomas Vell said a settlement was near, and the harbour reopened.',
    meta: { title: 'Vell hopeful', published: '2024-05-02' },
  })
  await app.call('addStatement', article.id, {
    anchor: { exact: 'a settlement was near' },
    speaker: { name: 'Tomas Vell' },
    position: { label: 'Negotiated settlement' },
    stance: 'supports',
  })
}

test('the sample is labelled a sample in the library, above its text, in the explorer and the analysis', async ({
  app,
}) => {
  const { page } = app
  await ownArticleSharingWithTheSample(app)
  await page.reload()
  const library = page.getByRole('navigation', { name: 'Library' })
  await expect(
    library.getByRole('button', { name: SAMPLE }).getByText('Sample', { exact: true }),
  ).toBeVisible()
  await expect(
    library.getByRole('button', { name: /^Vell hopeful/ }).getByText('Sample', { exact: true }),
  ).toHaveCount(0)

  await library.getByRole('button', { name: SAMPLE }).click()
  await expect(page.getByRole('note', { name: 'Sample article' })).toContainText(
    'its 7 statements count in every total',
  )
  await library.getByRole('button', { name: /^Vell hopeful/ }).click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('Vell hopeful')
  await expect(page.getByRole('note', { name: 'Sample article' })).toHaveCount(0)

  await page.getByRole('link', { name: 'Statements' }).click()
  const sampleRow = page.getByRole('row', { name: /no one gains|technical delegation/ }).first()
  await expect(sampleRow.getByText('Sample', { exact: true })).toBeVisible()
  const ownRow = page.getByRole('row', { name: /a settlement was near/ })
  await expect(ownRow.getByText('Sample', { exact: true })).toHaveCount(0)

  await page.getByRole('link', { name: 'Analysis' }).click()
  await expect(page.getByRole('note')).toContainText(
    '7 of these 8 statements are from the sample article',
  )
})

test('one click removes the sample, and only the speakers and positions it alone used', async ({
  app,
}) => {
  const { page } = app
  await ownArticleSharingWithTheSample(app)
  await page.reload()
  const library = page.getByRole('navigation', { name: 'Library' })
  await library.getByRole('button', { name: SAMPLE }).click()
  await page
    .getByRole('note', { name: 'Sample article' })
    .getByRole('button', { name: 'Remove the sample' })
    .click()
  await expect(page.getByRole('status').filter({ hasText: 'in the trash' })).toHaveText(
    /The sample article is in the trash, with the 4 speakers and 3 positions only it used\./,
  )
  await expect(library.getByRole('status')).toHaveText('1 article')
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('Vell hopeful')

  await page.getByRole('link', { name: 'Speakers' }).click()
  const speakers = page.getByRole('navigation', { name: 'Speakers' })
  await expect(speakers.getByText('1 speaker', { exact: true })).toBeVisible()
  await expect(speakers.getByRole('button', { name: /^Tomas Vell/ })).toBeVisible()
  await page.getByRole('link', { name: 'Codebook' }).click()
  await expect(page.getByText('Negotiated settlement', { exact: true })).toBeVisible()
  await expect(page.getByText('Joint water commission', { exact: true })).toHaveCount(0)
})

async function importPasted(app: App, title: string): Promise<void> {
  const { page } = app
  await page.getByRole('button', { name: 'Import article' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await dialog.getByLabel('Title').fill(title)
  await dialog.getByLabel('Article text').fill(`${title}. The ferries ran late again.`)
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(title)
}

test('importing the first article of one’s own offers to remove the sample, and it goes in one click', async ({
  app,
}) => {
  const { page } = app
  await importPasted(app, 'Ferries late')
  const offer = page.getByRole('region', { name: 'Sample article' })
  await expect(offer).toContainText('Your own article is in')
  await offer.getByRole('button', { name: 'Remove the sample' }).click()
  await expect(offer).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'in the trash' })).toBeVisible()
  const library = page.getByRole('navigation', { name: 'Library' })
  await expect(library.getByRole('status')).toHaveText('1 article')
  await expect(library.getByRole('button', { name: SAMPLE })).toHaveCount(0)
})

test('the offer is made once: kept, it does not come back with the next import', async ({
  app,
}) => {
  const { page } = app
  await importPasted(app, 'Ferries late')
  const offer = page.getByRole('region', { name: 'Sample article' })
  await offer.getByRole('button', { name: 'Keep it' }).click()
  await expect(offer).toHaveCount(0)
  await importPasted(app, 'Ferries on time')
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('status')).toHaveText(
    '3 articles',
  )
  await expect(offer).toHaveCount(0)
})

const articleText = (app: App) => app.page.getByRole('textbox', { name: 'Article text' })
const removedLine = (app: App) => app.page.getByRole('status').filter({ hasText: 'in the trash' })

test('the sample removed from above its text with the keyboard leaves the keyboard in the newest article’s text', async ({
  app,
}) => {
  const { page } = app
  await ownArticleSharingWithTheSample(app)
  await page.reload()
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: SAMPLE })
    .click()
  const remove = page
    .getByRole('note', { name: 'Sample article' })
    .getByRole('button', { name: 'Remove the sample' })
  await tabTo(page, remove)
  await page.keyboard.press('Enter')
  await expect(removedLine(app)).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('Vell hopeful')
  await expect(articleText(app)).toBeFocused()
  // Once the suggestions are looked for (they redraw the text), the keys select from its start.
  await expect(page.getByRole('region', { name: 'Suggestions' })).toContainText(
    'No suggestions left',
  )
  await page.keyboard.press('Shift+ArrowRight')
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('T')
})

test('the sample removed from the offer after an import leaves the keyboard in the text just imported', async ({
  app,
}) => {
  const { page } = app
  await importPasted(app, 'Ferries late')
  const remove = page
    .getByRole('region', { name: 'Sample article' })
    .getByRole('button', { name: 'Remove the sample' })
  await tabTo(page, remove, 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(removedLine(app)).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('Ferries late')
  await expect(articleText(app)).toBeFocused()
})

test('the sample removed where no article’s text is shown leaves the keyboard on the line that says what went', async ({
  app,
}) => {
  const { page } = app
  await ownArticleSharingWithTheSample(app)
  await page.getByRole('link', { name: 'Analysis' }).click()
  const remove = page.getByRole('main').getByRole('button', { name: 'Remove the sample' })
  await tabTo(page, remove)
  await page.keyboard.press('Enter')
  await expect(removedLine(app)).toBeFocused()
  await expect(removedLine(app)).toContainText('The sample article is in the trash')
  await expect(
    page.getByRole('main').getByRole('button', { name: 'Remove the sample' }),
  ).toHaveCount(0)
})

test('the last article removed with the sample leaves the keyboard on the line that says what went', async ({
  app,
}) => {
  const { page } = app
  const remove = page
    .getByRole('note', { name: 'Sample article' })
    .getByRole('button', { name: 'Remove the sample' })
  await tabTo(page, remove)
  await page.keyboard.press('Enter')
  await expect(removedLine(app)).toBeFocused()
  await expect(page.getByText('Import an article to start')).toBeVisible()
})

test('opening an article already in the archive from the import dialog makes no offer', async ({
  app,
}) => {
  const { page } = app
  await importPasted(app, 'Ferries late')
  const offer = page.getByRole('region', { name: 'Sample article' })
  await offer.getByRole('button', { name: 'Keep it' }).click()
  await expect(offer).toHaveCount(0)
  await page.getByRole('button', { name: 'Import article' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await dialog.getByLabel('Article text').fill('Ferries late. The ferries ran late again.')
  await dialog.getByRole('button', { name: 'Open the article in the archive' }).click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('Ferries late')
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('status')).toHaveText(
    '2 articles',
  )
  await expect(offer).toHaveCount(0)
})
