import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, holdRequests, selectWithMouse, test } from '../app'

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

test('a save from a stale second window is refused and that window shows the newest version', async ({
  app,
}) => {
  const first = app.page
  await expect(first.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Veloria/)
  const second = await app.openSecondWindow()
  await expect(second.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Veloria/)

  // Both edit before either has saved: the second window's save lands first, the first's is stale.
  await second.getByRole('textbox', { name: 'Article title' }).fill('Changed in the second window')
  await first.getByRole('textbox', { name: 'Article title' }).fill('Changed in the first window')

  await expect(first.getByRole('alert')).toContainText('changed elsewhere')
  await expect(first.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    'Changed in the second window',
  )
  await app.restart()
  await expect(app.page.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    'Changed in the second window',
  )
})

test('a change made in another window shows up here by itself', async ({ app }) => {
  const first = app.page
  const second = await app.openSecondWindow()
  await expect(second.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Veloria/)
  await first.getByRole('textbox', { name: 'Article title' }).fill('Renamed elsewhere')
  await expect(second.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    'Renamed elsewhere',
  )
})

test('a file that is not an article is refused with its name and what is wrong, and nothing is written', async ({
  app,
}) => {
  const { page } = app
  const before = await readdir(join(app.archiveDir, 'articles'))
  await page.getByRole('button', { name: 'Import article' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await dialog.getByRole('tab', { name: 'File' }).click()
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'scan.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  })
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog.getByRole('alert')).toContainText('“scan.txt”')
  await expect(dialog.getByRole('alert')).toContainText('PNG')
  expect(await readdir(join(app.archiveDir, 'articles'))).toEqual(before)
})

test('a Markdown file imports with its front matter as details', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Import article' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await dialog.getByRole('tab', { name: 'File' }).click()
  const markdown = [
    '---',
    'title: Harbour strike enters second week',
    'source: Coastal Herald',
    'published: 2026-05-04',
    '---',
    '',
    'Dock workers *again* refused to unload ships, the union said.',
  ].join('\n')
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: 'strike.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) })
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    'Harbour strike enters second week',
  )
  await expect(page.getByRole('main').getByText('Coastal Herald · 2026-05-04')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Article text' })).toContainText(
    'Dock workers again refused',
  )
})

test('a key typed right after a notes toolbar button is clicked lands in the notes', async ({
  app,
}) => {
  const { page } = app
  const notes = page.getByRole('textbox', { name: 'Analyst notes' })
  await notes.click()
  await page.keyboard.type('Context')
  await page.keyboard.press('Enter')
  // The editor hands focus back a frame after a toolbar command; on a busy machine keys come first.
  await page.evaluate(() => {
    const held: FrameRequestCallback[] = []
    const own = window.requestAnimationFrame
    Object.assign(window, { heldFrames: held, ownFrame: own })
    window.requestAnimationFrame = (callback) => held.push(callback)
  })
  await page.getByRole('button', { name: 'Bulleted list' }).click()
  await page.keyboard.type('ask')
  await page.evaluate(() => {
    const { heldFrames, ownFrame } = window as unknown as {
      heldFrames: FrameRequestCallback[]
      ownFrame: typeof requestAnimationFrame
    }
    window.requestAnimationFrame = ownFrame
    for (const callback of heldFrames.splice(0)) callback(performance.now())
  })
  await expect(notes.getByRole('listitem')).toHaveText('ask')
})

test('analyst notes keep headings, lists, links and bold through a restart and into the export', async ({
  app,
}) => {
  let { page } = app
  const notes = page.getByRole('textbox', { name: 'Analyst notes' })
  await notes.click()
  await page.getByRole('button', { name: 'Heading' }).click()
  await page.keyboard.type('Context')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Compare with the ')
  await page.keyboard.press('Control+B')
  await page.keyboard.type('March readout')
  await page.keyboard.press('Control+B')
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Bulleted list' }).click()
  await page.keyboard.type('ask the ministry')
  await page.keyboard.press('Shift+ArrowLeft')
  await page.keyboard.press('Control+Shift+ArrowLeft')
  await page.getByRole('button', { name: 'Link' }).click()
  await page.getByRole('textbox', { name: 'Link address' }).fill('https://example.org/ministry')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

  await app.restart()
  page = app.page
  const reopened = page.getByRole('textbox', { name: 'Analyst notes' })
  await expect(reopened.getByRole('heading', { name: 'Context' })).toBeVisible()
  await expect(reopened.locator('strong')).toHaveText('March readout')
  await expect(reopened.getByRole('listitem')).toHaveText('ask the ministry')
  await expect(reopened.getByRole('link', { name: 'ministry' })).toHaveAttribute(
    'href',
    'https://example.org/ministry',
  )

  const { content } = await app.exportMarkdown()
  const notesSection = content.slice(content.indexOf('## Notes'))
  expect(notesSection).toBe(
    '## Notes\n\n### Context\n\nCompare with the **March readout**\n\n- ask the [ministry](https://example.org/ministry)\n',
  )
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
  const article = await app.call<{ id: string }>('importArticle', {
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

test('a new speaker that takes a while to save keeps the position and stance coded meanwhile', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'This holds back the local host’s answer.')
  const { page } = app
  // The new speaker's answer is held back until the analyst has gone on, as on a busy disk.
  const release = await holdRequests(page, 'saveSpeaker')
  await selectWithMouse(page, SAMPLE_QUOTE)
  await page.keyboard.press('m')
  const form = page.getByRole('form', { name: 'Statement' })
  const speaker = form.getByRole('combobox', { name: 'Speaker', exact: true })
  await expect(speaker).toBeFocused()
  await page.keyboard.type('Harbour Master Ilona Prest')
  await page.keyboard.press('Enter')
  await expect(form.getByRole('combobox', { name: 'Position' })).toBeFocused()
  await page.keyboard.type('Negotiated sett')
  await page.keyboard.press('Enter')
  await page.keyboard.press('o')
  await expect(form.getByRole('radio', { name: 'Opposes' })).toHaveAttribute('aria-checked', 'true')
  await release()

  await expect(speaker).toHaveValue('Harbour Master Ilona Prest')
  await expect(form.getByRole('combobox', { name: 'Position' })).toHaveValue(
    'Negotiated settlement',
  )
  await expect(form.getByRole('radio', { name: 'Opposes' })).toHaveAttribute('aria-checked', 'true')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  await app.restart()
  const group = app.page.getByRole('region', { name: 'Harbour Master Ilona Prest' })
  await expect(group).toContainText(SAMPLE_QUOTE)
  await expect(group).toContainText('Negotiated settlement')
  await expect(group).toContainText('Opposes')
})

test('typing a name in another spelling offers the registered speaker before Create', async ({
  app,
}) => {
  const { page } = app
  await app.call('saveSpeaker', { name: 'Volodymyr Zelenskiy', kind: 'person' })
  await selectWithMouse(page, SAMPLE_QUOTE)
  await page.keyboard.press('m')
  const form = page.getByRole('form', { name: 'Statement' })
  const speaker = form.getByRole('combobox', { name: 'Speaker', exact: true })
  await expect(speaker).toBeFocused()
  await page.keyboard.type('Zelensky')
  const options = form.getByRole('listbox', { name: 'Speaker' }).getByRole('option')
  await expect(options).toHaveText(['Volodymyr Zelenskiyperson', 'Create “Zelensky”'])
  await expect(options.first()).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(speaker).toHaveValue('Volodymyr Zelenskiy')
  await expect(form.getByRole('combobox', { name: 'Position' })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  const speakers = await app.call<{ name: string }[]>('listSpeakers')
  expect(speakers.filter((s) => s.name.includes('Zelensk')).map((s) => s.name)).toEqual([
    'Volodymyr Zelenskiy',
  ])
})

test('a new speaker takes the kind its name says, unless the analyst chooses another', async ({
  app,
}) => {
  const { page } = app
  await selectWithMouse(page, SAMPLE_QUOTE)
  await page.keyboard.press('m')
  const form = page.getByRole('form', { name: 'Statement' })
  const kind = form.getByRole('combobox', { name: 'Kind of new speaker' })
  await page.keyboard.type('Ukrinform news agency')
  await expect(kind).toHaveValue('media')
  await page.keyboard.press('Enter')
  await expect(form.getByRole('combobox', { name: 'Speaker', exact: true })).toHaveValue(
    'Ukrinform news agency',
  )
  // The guess is only a default: the keyboard reaches the kind and changes it.
  const speaker = form.getByRole('combobox', { name: 'Speaker', exact: true })
  await speaker.fill('Kyiv Independent')
  await expect(kind).toHaveValue('person')
  await page.keyboard.press('Tab')
  await expect(kind).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(kind).toHaveValue('media')
  await page.keyboard.press('Shift+Tab')
  await expect(speaker).toBeFocused()
  await expect(speaker).toHaveValue('Kyiv Independent')
  await page.keyboard.press('Enter')
  await expect(speaker).toHaveValue('Kyiv Independent')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  const speakers = await app.call<{ name: string; kind: string }[]>('listSpeakers')
  expect(speakers.filter((s) => /Ukrinform|Kyiv/.test(s.name))).toMatchObject([
    { name: 'Kyiv Independent', kind: 'media' },
    { name: 'Ukrinform news agency', kind: 'media' },
  ])
})

test('tags show on the statement cards beside the article and in the statements table', async ({
  app,
}) => {
  const { page } = app
  const [sample] = (await app.call<{ items: { id: string }[] }>('listArticles', {})).items
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
