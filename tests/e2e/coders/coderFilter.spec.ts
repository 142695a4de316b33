import { readFile } from 'node:fs/promises'
import { expect, test } from '../app'
import { views } from '../views'
import { SOURCE, codedByBoth } from './twoCoders'

test('the explorer’s coder filter shows one coder’s statements, and the analysis counts the same', async ({
  app,
}) => {
  const { page } = app
  await codedByBoth(app)
  await page.reload()
  await views(page).getByRole('link', { name: 'Statements' }).click()
  await page.getByRole('textbox', { name: 'Source' }).fill(SOURCE)
  const counts = page.getByRole('status').filter({ hasText: /^\d+ statements?/ })
  await expect(counts).toHaveText(/^7 statements/)
  await page.getByRole('combobox', { name: 'Coder' }).selectOption({ label: 'Ben' })
  await expect(counts).toHaveText(/^4 statements/)
  await expect(
    page.getByRole('table').getByRole('link', { name: 'Lena Ost thinks the talks will fail' }),
  ).toBeVisible()

  await views(page).getByRole('link', { name: 'Analysis' }).click()
  await expect(page.getByRole('combobox', { name: 'Coder' })).toHaveValue(/./)
  await expect(page.getByRole('main', { name: 'Analysis' }).getByRole('status').first()).toHaveText(
    /^4 statements/,
  )
})

test('the explorer’s CSV export follows its coder filter and names each statement’s coder', async ({
  app,
}) => {
  const { page } = app
  await codedByBoth(app)
  await page.reload()
  await views(page).getByRole('link', { name: 'Statements' }).click()
  await page.getByRole('textbox', { name: 'Source' }).fill(SOURCE)
  await page.getByRole('combobox', { name: 'Coder' }).selectOption({ label: 'Ben' })
  await expect(page.getByRole('status').filter({ hasText: /^\d+ statements?/ })).toHaveText(
    /^4 statements/,
  )
  const started = page.waitForEvent('download')
  await page.getByRole('combobox', { name: 'Export these statements' }).selectOption('Table (CSV)')
  const file = await started
  const lines = (await readFile((await file.path())!, 'utf8')).split('\r\n').filter(Boolean)
  expect(lines[0].endsWith(',coder')).toBe(true)
  expect(lines).toHaveLength(5)
  for (const line of lines.slice(1)) expect(line.endsWith(',Ben')).toBe(true)
})
