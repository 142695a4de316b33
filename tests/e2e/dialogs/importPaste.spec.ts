import type { Page } from '@playwright/test'
import { expect, holdRequests, test } from '../app'

const HEADLINE = 'Ceasefire talks resume in Doha as envoys trade proposals'
const BYLINE = 'By Jane Doe and Omar Haddad'
const LEDE =
  'DOHA, May 3 (Meridian Wire) - Negotiators from both sides returned to Doha on Saturday for a new round of ceasefire talks, two officials briefed on the discussions said, after a week in which fighting intensified along the eastern front.'
const QUOTE =
  '"We are ready to sign a ceasefire today if the other side accepts the monitoring terms," the chief negotiator told reporters outside the venue.'
const LAST = 'Mediators declined to comment.'
// Wire text as a browser copies it from a news site: a paragraph per line.
const WIRE = [HEADLINE, BYLINE, LEDE, QUOTE, LAST].join('\n')

/** Opens the import dialog with the keyboard and pastes the text where the focus lands. */
async function pasteWithKeyboard(page: Page, text: string) {
  await expect(page.getByRole('textbox', { name: 'Article title' })).toBeVisible()
  await page.keyboard.press('Control+i')
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await expect(dialog.getByRole('textbox', { name: 'Article text' })).toBeFocused()
  await page.keyboard.insertText(text)
  return dialog
}

const articleParagraphs = (page: Page) =>
  page.getByRole('main').getByRole('textbox', { name: 'Article text' }).locator('p')

test('wire text pasted with a paragraph per line is imported as those paragraphs, under its headline as the title, all with the keyboard', async ({
  app,
}, testInfo) => {
  const { page } = app
  const dialog = await pasteWithKeyboard(page, WIRE)
  const title = dialog.getByRole('textbox', { name: 'Title' })
  await expect(title).toHaveValue(HEADLINE)
  const leaveOut = dialog.getByRole('checkbox', { name: 'The first line is the headline' })
  await expect(leaveOut).toBeChecked()
  await page.screenshot({ path: testInfo.outputPath('pasted.png') })

  await page.keyboard.press('Tab')
  await expect(title).toBeFocused()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('Ceasefire talks resume in Doha')
  await page.keyboard.press('Enter')

  await expect(dialog).toBeHidden()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    'Ceasefire talks resume in Doha',
  )
  await expect(articleParagraphs(page)).toHaveText([BYLINE, LEDE, QUOTE, LAST])
  await expect(page.getByRole('main').getByRole('textbox', { name: 'Article text' })).toBeFocused()
})

test('the analyst can keep the headline in the text, and import with Ctrl+Enter from the text', async ({
  app,
}) => {
  const { page } = app
  const dialog = await pasteWithKeyboard(page, WIRE)
  await dialog.getByRole('checkbox', { name: 'The first line is the headline' }).uncheck()
  await dialog.getByRole('textbox', { name: 'Article text' }).press('Control+Enter')

  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(HEADLINE)
  await expect(articleParagraphs(page)).toHaveText([HEADLINE, BYLINE, LEDE, QUOTE, LAST])
})

test('a pasted article already in the archive is named, and one key opens the one there', async ({
  app,
}, testInfo) => {
  const { page } = app
  await app.call('importArticle', { text: WIRE, meta: { title: 'Talks in Doha' } })
  const dialog = await pasteWithKeyboard(page, WIRE)

  await expect(dialog.getByRole('status')).toHaveText(
    'This text is already in the archive as “Talks in Doha”.',
  )
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0)
  await page.screenshot({ path: testInfo.outputPath('duplicate.png') })
  await page.keyboard.press('Control+Enter')

  await expect(dialog).toBeHidden()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('Talks in Doha')
  await expect(page.getByRole('main').getByRole('textbox', { name: 'Article text' })).toBeFocused()
  const library = page.getByRole('navigation', { name: 'Library' })
  await expect(library.getByRole('button', { name: /Talks in Doha/ })).toHaveCount(1)
})

test('asked to import before the archive has said the text is there, the dialog names the article first, focus on opening it', async ({
  app,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'It holds back the local host’s answer to test a late reply; the desktop window is answered over IPC, not by the host.',
  )
  const { page } = app
  await app.call('importArticle', { text: WIRE, meta: { title: 'Talks in Doha' } })
  const release = await holdRequests(page, 'findDuplicate')
  const dialog = await pasteWithKeyboard(page, WIRE)
  await page.keyboard.press('Control+Enter')
  await release()

  const open = dialog.getByRole('button', { name: 'Open the article in the archive' })
  await expect(open).toBeFocused()
  await expect(dialog.getByRole('status')).toHaveText(
    'This text is already in the archive as “Talks in Doha”.',
  )
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('Talks in Doha')
  const library = page.getByRole('navigation', { name: 'Library' })
  await expect(library.getByRole('button', { name: /Talks in Doha/ })).toHaveCount(1)
  await expect(library.getByRole('button', { name: new RegExp(HEADLINE) })).toHaveCount(0)
})

test('a pasted article already in the archive opens with a click, or is imported as a copy', async ({
  app,
}) => {
  const { page } = app
  await app.call('importArticle', { text: WIRE, meta: { title: 'Talks in Doha' } })
  const library = page.getByRole('navigation', { name: 'Library' })
  await page.getByRole('button', { name: 'Import article' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(WIRE)
  await dialog.getByRole('button', { name: 'Open the article in the archive' }).click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('Talks in Doha')

  await page.getByRole('button', { name: 'Import article' }).click()
  await dialog.getByRole('textbox', { name: 'Article text' }).fill(WIRE)
  await dialog.getByRole('button', { name: 'Import a copy' }).click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(HEADLINE)
  await expect(articleParagraphs(page)).toHaveText([BYLINE, LEDE, QUOTE, LAST])
  await expect(library.getByRole('button', { name: /Talks in Doha/ })).toHaveCount(1)
  await expect(library.getByRole('button', { name: new RegExp(HEADLINE) })).toHaveCount(1)
})

test('a pasted article whose title was cleared takes its first line as the title, not an error', async ({
  app,
}) => {
  const { page } = app
  const dialog = await pasteWithKeyboard(page, WIRE)
  await dialog.getByRole('textbox', { name: 'Title' }).fill('')
  await dialog.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(HEADLINE)
  await expect(articleParagraphs(page)).toHaveText([BYLINE, LEDE, QUOTE, LAST])
})
