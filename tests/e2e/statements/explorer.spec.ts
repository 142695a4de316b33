import type { Locator } from '@playwright/test'
import { expect, test, type App } from '../app'

/** Statements of the analyst's own beside the sample's: every stance, a cue and mode, tags. */
async function ownStatements(app: App): Promise<void> {
  const article = await app.call<{ id: string }>('importArticle', {
    text: 'Tomas Vell said a settlement was near. The ministry said the harbour stays shut. Nobody knows when the ferries return. Lena Ost thinks the talks will fail.',
    meta: { title: 'Harbour talks', published: '2024-05-02' },
  })
  const statements = [
    { exact: 'a settlement was near', stance: 'supports', tags: ['key claim'] },
    { exact: 'the harbour stays shut', stance: 'opposes', cue: 'said', mode: 'indirect' },
    { exact: 'Nobody knows when the ferries return', stance: 'neutral' },
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
