import { expect, test, type App } from '../app'
import { views } from '../views'

/**
 * The analyst's own articles, coded over two years (2023–2024), beside the sample's statements of
 * March 2026: a timeline over more than three years.
 */
async function twoYearsAndTheSample(app: App): Promise<void> {
  const speakers = ['Mara Velin', 'Water Ministry', 'Harbour Board']
  for (let i = 0; i < 8; i++) {
    const month = String(((i * 3) % 12) + 1).padStart(2, '0')
    const year = 2023 + Math.floor(i / 4)
    const article = await app.call('importArticle', {
      text: `The ferries stopped. ${speakers[i % 3]} said the quota must stay.`,
      meta: { title: `Ferry wire ${i + 1}`, published: `${year}-${month}-10` },
    })
    await app.call('addStatement', article.id, {
      anchor: { exact: 'the quota must stay' },
      speaker: { name: speakers[i % 3] },
      position: { label: 'Fishing quota' },
      stance: i % 2 ? 'opposes' : 'supports',
    })
  }
}

/** Every mark of the timeline lies within the chart's frame as it shows now. */
async function marksOutsideTheFrame(app: App): Promise<string[]> {
  return app.page.locator('.chart-frame').evaluate((frame) => {
    const box = frame.getBoundingClientRect()
    return [...frame.querySelectorAll('.chart-mark')]
      .filter((mark) => {
        const r = mark.getBoundingClientRect()
        return r.left < box.left || r.right > box.right || r.top < box.top
      })
      .map((mark) => mark.getAttribute('aria-label') ?? '')
  })
}

test('the timeline fits the analyst’s years and the sample’s month in view at 1024×700, labels beside them', async ({
  app,
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 700 })
  await twoYearsAndTheSample(app)
  await page.getByRole('link', { name: 'Analysis' }).click()
  await page.getByRole('tab', { name: 'Timeline' }).click()
  const chart = page.getByRole('figure', { name: 'Timeline of statements by speaker' })
  await expect(chart).toBeVisible()
  await expect(chart.getByRole('button', { name: /^Ilse Marrow, 2026/ })).toHaveCount(1)
  await expect(chart.getByRole('button', { name: /^Mara Velin, 2023/ })).not.toHaveCount(0)
  expect(await marksOutsideTheFrame(app)).toEqual([])

  // Should the chart still be wider than its frame, the names of its rows stay in view.
  const frame = page.locator('.chart-frame')
  await frame.evaluate((element) => (element.scrollLeft = element.scrollWidth))
  for (const name of ['Ilse Marrow', 'Mara Velin', 'Harbour Board'])
    await expect(chart.getByText(name, { exact: true })).toBeInViewport()
})

test('a mark of a wider span of time opens the statements of that span', async ({ app }) => {
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 700 })
  await twoYearsAndTheSample(app)
  await page.getByRole('link', { name: 'Analysis' }).click()
  await page.getByRole('tab', { name: 'Timeline' }).click()
  const chart = page.getByRole('figure', { name: 'Timeline of statements by speaker' })
  const mark = chart.getByRole('button', { name: /^Mara Velin, 2023/ }).first()
  const label = (await mark.getAttribute('aria-label')) ?? ''
  const count = Number(/: (\d+) statements?/.exec(label)?.[1])
  await mark.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'without stance' })).toHaveText(
    new RegExp(`^${count} statements? ·`),
  )
})

test('a speaker who says both things about a position is flagged in the profile and the matrix', async ({
  app,
}) => {
  const { page } = app
  const [sample] = (await app.call('listArticles', {})).items
  await app.call('addStatement', sample.id, {
    anchor: { exact: 'She said the two governments shared' },
    speaker: { name: 'Ilse Marrow' },
    position: { label: 'Negotiated settlement' },
    stance: 'opposes',
  })
  await views(page).getByRole('link', { name: 'Analysis' }).click()
  const cell = page.getByRole('button', {
    name: /^Ilse Marrow on Negotiated settlement: 2 supports, 1 opposes/,
  })
  await expect(cell).toContainText('3')
  await expect(cell).toHaveAccessibleName(/both supports and opposes/)
  await cell.click()

  const explorer = page.getByRole('main', { name: 'Statement explorer' })
  await expect(explorer.locator('tbody tr:not([aria-hidden])')).toHaveCount(3)
  await expect(explorer.getByRole('combobox', { name: 'Speaker' })).toHaveValue('Ilse Marrow')
  await expect(explorer.locator('tbody tr:not([aria-hidden]) td:nth-child(3)')).toHaveText([
    'Ilse Marrow',
    'Ilse Marrow',
    'Ilse Marrow',
  ])

  await views(page).getByRole('link', { name: 'Speakers' }).click()
  await page
    .getByRole('navigation', { name: 'Speakers' })
    .getByRole('button', { name: /^Ilse Marrow/ })
    .click()
  await expect(
    page.getByRole('region', { name: 'Negotiated settlement' }).getByRole('note'),
  ).toHaveText('Both supports and opposes')
})
