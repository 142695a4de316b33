import { expect, selectWithMouse, test } from '../app'

const SAMPLE_QUOTE = 'no one gains from a closed river'

test('overlapping statements can be marked, and undo and redo take a mark away and back', async ({
  app,
}) => {
  const { page } = app
  const panel = page.getByRole('complementary', { name: 'Statements' })
  await expect(panel.getByRole('heading', { name: /^Statements/ })).toContainText('7')

  await selectWithMouse(page, 'He emphasised that "no one gains')
  await page.keyboard.press('m')
  await expect(page.getByRole('combobox', { name: 'Speaker', exact: true })).toBeFocused()
  await page.keyboard.type('Tomas')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await selectWithMouse(page, SAMPLE_QUOTE)
  await page.keyboard.press('m')
  await page.keyboard.press('Escape')
  await expect(panel.getByRole('heading', { name: /^Statements/ })).toContainText('9')
  await expect(panel.getByRole('region', { name: 'Tomas Vell' })).toContainText(
    'He emphasised that "no one gains',
  )
  await expect(panel.getByRole('region', { name: 'Speaker not set' })).toContainText(SAMPLE_QUOTE)

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(panel.getByRole('heading', { name: /^Statements/ })).toContainText('8')
  await expect(panel.getByRole('region', { name: 'Speaker not set' })).toHaveCount(0)
  await page.keyboard.press('Control+Shift+Z')
  await expect(panel.getByRole('heading', { name: /^Statements/ })).toContainText('9')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
})

test('the text only changes in Edit text mode, and statements stay on their words', async ({
  app,
}) => {
  const { page } = app
  const text = page.getByRole('textbox', { name: 'Article text' })
  const marrow = page.getByRole('region', { name: 'Ilse Marrow' })
  await expect(marrow).toContainText('called for talks without preconditions')

  await text.getByText('Analysts at the Arden Institute').click()
  await page.keyboard.type('XYZ')
  await expect(text).not.toContainText('XYZ')

  await page.getByRole('button', { name: 'Edit text' }).click()
  await text.getByText('Marrow indicated that Veloria').click({ position: { x: 1, y: 8 } })
  await page.keyboard.type('On Friday, ')
  await expect(text).toContainText('On Friday, Marrow indicated')
  await page.getByRole('button', { name: 'Done editing' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

  await app.restart()
  await expect(app.page.getByRole('textbox', { name: 'Article text' })).toContainText(
    'On Friday, Marrow indicated',
  )
  const group = app.page.getByRole('region', { name: 'Ilse Marrow' })
  await expect(group).toContainText('called for talks without preconditions')
  await expect(group).toContainText('Veloria would send a technical delegation')
})

test('clicking a statement in the text opens it, and clicking one in the list brings its words into view', async ({
  app,
}) => {
  const { page } = app
  const text = page.getByRole('textbox', { name: 'Article text' })
  await text.getByText('Our fields cannot wait').click()
  const form = page.getByRole('form', { name: 'Statement' })
  await expect(form.locator('blockquote')).toHaveText(
    'Our fields cannot wait for another year of negotiations,',
  )
  const speaker = form.getByRole('combobox', { name: 'Speaker', exact: true })
  await expect(speaker).toHaveValue("Riverbank Farmers' Union")
  // Enter in a field left as it is moves on, and chooses no other speaker.
  await speaker.focus()
  await speaker.press('Enter')
  await expect(form.getByRole('combobox', { name: 'Position' })).toBeFocused()
  await expect(speaker).toHaveValue("Riverbank Farmers' Union")
  // Clicked, it opens on the speaker chosen, as a select would.
  await speaker.click()
  await expect(
    form.getByRole('listbox', { name: 'Speaker' }).getByRole('option', { selected: true }),
  ).toHaveAccessibleName(/^Riverbank Farmers' Union/)
  await speaker.press('Enter')
  await expect(speaker).toHaveValue("Riverbank Farmers' Union")
  await form.getByRole('button', { name: 'Done' }).click()

  await page.setViewportSize({ width: 1400, height: 420 })
  await page.getByRole('main').evaluate((main) => main.scrollTo(0, 0))
  const words = text.getByText('Our fields cannot wait')
  await expect(words).not.toBeInViewport()
  await page.getByRole('region', { name: "Riverbank Farmers' Union" }).getByRole('button').click()
  await expect(words).toBeInViewport()
})

test('in a long article, the statements scrolled to in the list show their words and stance, and a click brings those words into view', async ({
  app,
}) => {
  const { page } = app
  const sentences = Array.from(
    { length: 120 },
    (_, i) => `Speaker ${i % 12} said that point ${i} of the plan must change.`,
  )
  const article = await app.call('importArticle', {
    text: sentences.join('\n\n'),
    meta: { title: 'A long hearing' },
  })
  for (const [i, sentence] of sentences.entries()) {
    await app.call('addStatement', article.id, {
      anchor: { exact: sentence.slice(sentence.indexOf('point')) },
      speaker: { name: `Speaker ${i % 12}` },
      stance: i % 2 === 0 ? 'supports' : 'opposes',
    })
  }
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /A long hearing/ })
    .click()
  const panel = page.getByRole('complementary', { name: 'Statements' })
  await expect(panel.getByRole('heading', { name: /^Statements/ })).toContainText('120')

  const last = panel.getByRole('region', { name: 'Speaker 11' }).getByRole('button').last()
  await last.scrollIntoViewIfNeeded()
  await expect(last).toBeInViewport()
  await expect(last).toContainText('point 119 of the plan must change.')
  await expect(last).toContainText('Opposes')

  const words = page
    .getByRole('textbox', { name: 'Article text' })
    .getByText('point 119 of the plan must change.')
  await expect(words).not.toBeInViewport()
  await last.click()
  await expect(words).toBeInViewport()
})

test('tags show on the statement cards beside the article and in the statements table', async ({
  app,
}) => {
  const { page } = app
  const [sample] = (await app.call('listArticles', {})).items
  await app.call('addStatement', sample.id, {
    anchor: { exact: SAMPLE_QUOTE },
    speaker: { name: 'Tomas Vell' },
    tags: ['conciliation', 'farm policy'],
  })
  const card = page
    .getByRole('complementary', { name: 'Statements' })
    .getByRole('region', { name: 'Tomas Vell' })
    .getByRole('button', { name: /no one gains/ })
  await expect(card).toContainText('conciliation')
  await expect(card).toContainText('farm policy')
  await expect(card).toHaveAccessibleName(/Tags: conciliation ?, farm policy$/)
  const readout = page
    .getByRole('region', { name: 'Ilse Marrow' })
    .getByRole('button', { name: /technical delegation/ })
  await expect(readout).toContainText('readout')

  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Statements' })
    .click()
  const table = page.getByRole('main', { name: 'Statement explorer' }).getByRole('table')
  await expect(table.getByRole('columnheader', { name: 'Tags' })).toBeVisible()
  const row = table.getByRole('row').filter({ hasText: SAMPLE_QUOTE })
  await expect(row.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText([
    'conciliation',
    'farm policy',
  ])
  await expect(
    table.getByRole('row').filter({ hasText: 'technical delegation' }).getByRole('listitem'),
  ).toHaveText(['readout'])
})

test('a title emptied while other work goes on never keeps that work from being saved', async ({
  app,
}) => {
  const { page } = app
  const title = page.getByRole('textbox', { name: 'Article title' })
  const before = await title.inputValue()
  await title.fill('')
  const notes = page.getByRole('textbox', { name: 'Analyst notes' })
  await notes.click()
  await page.keyboard.type('Call the ministry.')
  await expect(title).toHaveValue(before)
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  await app.restart()
  await expect(app.page.getByRole('textbox', { name: 'Analyst notes' })).toContainText(
    'Call the ministry.',
  )
  await expect(app.page.getByRole('textbox', { name: 'Article title' })).toHaveValue(before)
})
