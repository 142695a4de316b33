import { writeFile } from 'node:fs/promises'
import { expect, selectWithMouse, test } from '../app'

const TITLE = 'Ministry rejects new talks as envoy tours region'
const SENTENCE =
  'The ministry said it would not join any talks before the dam agreement was signed.'
const TEXT = [
  'CASTEL, April 2 (Meridian Wire) - A regional envoy arrived in Castel on Tuesday.',
  `${SENTENCE} Officials declined to say when the envoy would leave.`,
  'The envoy told reporters that patience was needed on all sides.',
].join('\n\n')

test('a new archive opens with the sample article already coded', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    /Veloria and Kestran leaders/,
  )
  const panel = page.getByRole('complementary', { name: 'Statements' })
  await expect(panel.getByRole('region', { name: 'Ilse Marrow' })).toBeVisible()
  await expect(panel.getByRole('region', { name: 'KRN' })).toContainText('Supports')
})

test('paste an article, mark a sentence with the mouse and the keyboard, find it after a restart, export it', async ({
  app,
}) => {
  let { page } = app
  await page.getByRole('button', { name: 'Import article' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await dialog.getByLabel('Title').fill(TITLE)
  await dialog.getByLabel('Article text').fill(TEXT)
  await dialog.getByLabel('Source (publication)').fill('Meridian Wire')
  await dialog.getByLabel('Published').fill('2026-04-02')
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(TITLE)

  await selectWithMouse(page, SENTENCE)
  await page.keyboard.press('Control+Shift+S')
  const speaker = page.getByRole('combobox', { name: 'Speaker', exact: true })
  await expect(speaker).toBeFocused()
  await page.keyboard.type('Kestran Foreign Ministry spokesperson')
  await page.getByRole('combobox', { name: 'Kind of new speaker' }).selectOption('organisation')
  await speaker.press('Enter')
  const position = page.getByRole('combobox', { name: 'Position' })
  await expect(position).toBeFocused()
  await page.keyboard.type('Negotiated sett')
  await page.keyboard.press('Enter')
  await page.keyboard.press('o')
  await expect(page.getByRole('radio', { name: 'Opposes' })).toHaveAttribute('aria-checked', 'true')
  await page.getByLabel('Note', { exact: true }).fill('Said before the envoy arrived.')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

  // `npm run screenshot` asks for the README's picture; a plain test run leaves the tree as it was.
  await page.screenshot({
    path: process.env.STANCEMARK_SCREENSHOT ?? test.info().outputPath('core-loop.png'),
  })

  await app.restart()
  page = app.page
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: new RegExp(TITLE) })
    .click()
  const group = page.getByRole('region', { name: 'Kestran Foreign Ministry spokesperson' })
  await expect(group).toContainText(SENTENCE)
  await expect(group).toContainText('Negotiated settlement')
  await expect(group).toContainText('Opposes')
  await group.getByRole('button').click()
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue(
    'Said before the envoy arrived.',
  )

  const file = await app.exportMarkdown()
  await writeFile(test.info().outputPath('export.md'), file.content)
  expect(file.content).toContain(`title: ${TITLE}\n`)
  // The text, the sentence highlighted in place, and after its paragraph the statement's coding.
  expect(file.content).toContain(
    `\n==${SENTENCE}== Officials declined to say when the envoy would leave.\n\n> [!quote] [[Speakers/Kestran Foreign Ministry spokesperson|Kestran Foreign Ministry spokesperson]] · [[Positions/Negotiated settlement|Negotiated settlement]] · opposes\n> ==${SENTENCE}==\n`,
  )
  expect(file.content).toContain('#stance/opposes')
  expect(file.content).toContain('Said before the envoy arrived.')
})
