import type { Locator, Page } from '@playwright/test'
import { expect, test, type App } from '../app'
import { openWireStory, readText } from '../articles/wireStory'
import { views } from '../views'

const panel = (page: Page) => page.getByRole('complementary', { name: 'Statements' })

async function saved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
}

/** Statements of the analyst's own beside the sample's: every stance, a cue and mode, tags. */
async function ownStatements(app: App): Promise<void> {
  const article = await app.call('importArticle', {
    text: 'Tomas Vell said a settlement was near. The ministry said the harbour stays shut. Nobody knows when the ferries return. Lena Ost thinks the talks will fail.',
    meta: { title: 'Harbour talks', published: '2024-05-02' },
  })
  const statements = [
    { exact: 'a settlement was near', stance: 'supports' as const, tags: ['key claim'] },
    {
      exact: 'the harbour stays shut',
      stance: 'opposes' as const,
      cue: 'said',
      mode: 'indirect' as const,
    },
    { exact: 'Nobody knows when the ferries return', stance: 'neutral' as const },
    { exact: 'the talks will fail' },
  ]
  for (const { exact, ...coding } of statements) {
    await app.call('addStatement', article.id, {
      anchor: { exact },
      speaker: { name: 'Kestran Foreign Ministry' },
      position: { label: 'Negotiated settlement' },
      ...coding,
    })
  }
}

/**
 * Whether everything in a cell shows whole: no box in it cuts its text off, across or (unless
 * `down` is false: a long name may end on its second line with …) down.
 */
const whole = (cell: Locator, down = true) =>
  cell.evaluate(
    (element, checkDown) =>
      [element, ...element.querySelectorAll('*')].every(
        (box) =>
          box.scrollWidth <= box.clientWidth &&
          (!checkDown || box.scrollHeight <= box.clientHeight),
      ),
    down,
  )

/** The columns whose every cell shows whole; at 1024 px a speaker or position may take two lines. */
const WHOLE = ['Stance', 'Date', 'Reported', 'Tags']
const NOT_CUT_ACROSS = ['Speaker', 'Position']

for (const [width, height] of [
  [1024, 700],
  [1400, 900],
]) {
  test(`at ${width}×${height} the statements table shows each stance, date, cue and tag whole, and cuts no speaker or position at its edge`, async ({
    app,
  }) => {
    const { page } = app
    await ownStatements(app)
    await page.setViewportSize({ width, height })
    await page.getByRole('link', { name: 'Statements' }).click()
    const table = page.getByRole('table')
    const headers = await table.getByRole('columnheader').allInnerTexts()
    const column = (name: string) =>
      headers.findIndex((header) => header.replace(/[▲▼]/, '').trim() === name)
    const rows = table.getByRole('row').filter({ has: page.getByRole('cell') })
    await expect(rows).toHaveCount(11)
    for (const row of await rows.all()) {
      const cells = row.getByRole('cell')
      const what = await row.innerText()
      for (const name of WHOLE)
        expect(await whole(cells.nth(column(name))), `${name} of “${what}”`).toBe(true)
      for (const name of NOT_CUT_ACROSS)
        expect(await whole(cells.nth(column(name)), width > 1024), `${name} of “${what}”`).toBe(
          true,
        )
    }
    const shut = rows.filter({ hasText: 'the harbour stays shut' })
    await expect(shut.getByRole('cell').nth(column('Stance'))).toHaveText('Opposes')
    await expect(shut.getByRole('cell').nth(column('Reported'))).toHaveText('said · indirect')
  })
}

test('the explorer filters statements by stance and opens one in its article, highlighted', async ({
  app,
}) => {
  const { page } = app
  await views(page).getByRole('link', { name: 'Statements' }).click()
  const explorer = page.getByRole('main', { name: 'Statement explorer' })
  await expect(explorer.getByRole('status').first()).toContainText('7 statements')
  await explorer.getByRole('combobox', { name: 'Stance' }).selectOption('opposes')
  await expect(explorer.getByRole('status').first()).toContainText('1 statement ·')
  const rows = explorer.locator('tbody tr:not([aria-hidden])')
  await expect(rows).toHaveCount(1)
  await expect(rows).toContainText('Kestran Foreign Ministry')

  await rows.getByRole('link').click()
  const form = page.getByRole('form', { name: 'Statement' })
  await expect(form.locator('blockquote')).toContainText(
    'Kestran does not seek to become entangled',
  )
  await expect(page.locator('.statement-look.is-selected').first()).toContainText(
    'Kestran does not seek',
  )
  await expect(page.locator('.statement-look.is-selected').first()).toBeInViewport()
})

test('a speaker is chosen by typing a part of a name or alias: in the explorer filter and the bulk bar', async ({
  app,
}) => {
  const { page } = app
  const speakers = await app.call('listSpeakers')
  const ilse = speakers.find((s) => s.name === 'Ilse Marrow')!
  await app.call('saveSpeaker', { ...ilse, aliases: ['The water minister'] })
  await views(page).getByRole('link', { name: 'Statements' }).click()
  const explorer = page.getByRole('main', { name: 'Statement explorer' })
  const status = explorer.getByRole('status').first()
  await expect(status).toContainText('7 statements')

  const filter = explorer.getByRole('combobox', { name: 'Speaker' })
  const found = explorer.getByRole('listbox', { name: 'Speaker' }).getByRole('option')
  await filter.fill('water min')
  await expect(found).toHaveCount(1)
  await expect(found).toHaveAccessibleName(/^Ilse Marrow/)
  await filter.press('Enter')
  await expect(filter).toHaveValue('Ilse Marrow')
  await expect(status).toContainText('2 statements')
  const speakerCells = explorer.locator('tbody tr:not([aria-hidden]) td:nth-child(3)')
  await expect(speakerCells).toHaveText(['Ilse Marrow', 'Ilse Marrow'])

  // Emptied, the filter takes any speaker again; a click shows the first ones to choose from.
  await filter.fill('')
  await expect(status).toContainText('7 statements')
  await filter.click()
  await expect(found).toHaveCount(speakers.length)
  await filter.press('Escape')
  await expect(found).toHaveCount(0)

  await filter.fill('ilse')
  await filter.press('Enter')
  await expect(status).toContainText('2 statements')
  await explorer.getByRole('checkbox', { name: 'Select all shown statements' }).check()
  const reassign = explorer.getByRole('combobox', { name: 'Reassign speaker' })
  await reassign.fill('tomas')
  await explorer
    .getByRole('listbox', { name: 'Reassign speaker' })
    .getByRole('option', { name: /^Tomas Vell/ })
    .click()
  await expect(explorer.getByText('Speaker set to Tomas Vell on 2 statements.')).toBeVisible()
  // None of Ilse Marrow's statements are left to show.
  await expect(status).toContainText('0 statements')
  await filter.fill('Tomas Vell')
  await filter.press('Enter')
  await expect(speakerCells).toHaveText(Array(3).fill('Tomas Vell'))
})

test('the explorer shows each statement’s cue and mode and filters by mode', async ({ app }) => {
  const { page } = app
  await openWireStory(app)
  await readText(page)
  await page.keyboard.press('Shift+A')
  await page.keyboard.press('Shift+A')
  await expect(panel(page).getByRole('region', { name: 'Ilse Varga' })).toContainText(
    'This is a first step',
  )
  await saved(page)
  await page.getByRole('link', { name: 'Statements' }).click()
  await page.getByRole('textbox', { name: 'Source' }).fill('Example Wire')
  const table = page.locator('.statement-table')
  const row = (quote: string) => table.getByRole('row').filter({ hasText: quote })
  await expect(row('the crossings would reopen on June 1')).toContainText('said · indirect')
  await expect(row('This is a first step')).toContainText('told · direct')
  await page.screenshot({ path: test.info().outputPath('explorer.png') })

  await page.getByRole('combobox', { name: 'Mode' }).selectOption('direct')
  await expect(row('This is a first step')).toBeVisible()
  await expect(row('the crossings would reopen on June 1')).toHaveCount(0)
})
