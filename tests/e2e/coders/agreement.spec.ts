import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from '../app'
import { views } from '../views'
import { TITLE, codedByBoth } from './twoCoders'

/** Presses an export button on the Agreement screen and reads the file the browser downloads. */
async function download(page: Page, button: string) {
  const file = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const downloaded = await file
  return {
    name: downloaded.suggestedFilename(),
    text: await readFile((await downloaded.path())!, 'utf8'),
  }
}

test('the Agreement screen names each coefficient’s level and exports the figures as CSV and a Markdown report', async ({
  app,
}) => {
  const { page } = app
  await codedByBoth(app)
  await page.reload()
  await views(page).getByRole('link', { name: 'Agreement' }).click()
  const overall = page.getByRole('region', { name: 'All articles' })
  await expect(overall.getByRole('row', { name: /^Stance/ })).toContainText(
    'Krippendorff’s α, ordinal',
  )
  await expect(overall.getByRole('row', { name: /^Speaker/ })).toContainText(
    'Krippendorff’s α, nominal',
  )
  await expect(overall.getByRole('row', { name: /^Words/ })).toContainText('α for unitizing')
  const pairs = page.getByRole('region', { name: 'Each pair of coders (Cohen’s κ)' })
  await expect(pairs.getByRole('row', { name: /^Ana and Ben/ })).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Each article' }).getByRole('link', { name: TITLE }),
  ).toBeVisible()

  const csv = await download(page, 'Export CSV')
  expect(csv.name).toBe('stancemark-agreement.csv')
  const [header, , all] = csv.text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','))
  const column = (name: string) => all[header.indexOf(name)]
  expect(all[1]).toBe('All articles')
  expect(column('units')).toBe('4')
  expect(column('one_coder_units')).toBe('1')
  expect(column('stance_alpha')).toBe('0.778')
  expect(column('speaker_alpha')).toBe('1.000')

  const report = await download(page, 'Export Markdown report')
  expect(report.text).toMatch(/^# Intercoder agreement/)
  expect(report.text).toContain('Ana, Ben')
  await expect(page.getByRole('status')).toHaveText(`Downloaded “${report.name}”.`)
})
