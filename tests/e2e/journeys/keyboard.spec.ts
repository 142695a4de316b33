import type { Locator, Page } from '@playwright/test'
import { expect, tabTo, test } from '../app'

const TITLE = 'Harbour reopens as talks resume'
const OPENING = 'Ports will stay open through the winter'
const TEXT = [
  `${OPENING}, the harbour master said on Monday.`,
  'Prime Minister Ilse Varga said the crossings would reopen on June 1.',
  'Trade fell by a third last year, according to the Norvanian Statistics Office.',
].join('\n\n')

const articleText = (page: Page) => page.getByRole('textbox', { name: 'Article text' })

/** What a person sees of the text's focus: its caret's colour and the ring around it. */
const focusLook = (text: Locator) =>
  text.evaluate((element) => {
    const style = getComputedStyle(element)
    return {
      caretShown: style.caretColor !== 'rgba(0, 0, 0, 0)' && style.caretColor !== 'transparent',
      ring: style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 2,
    }
  })

test('the first Tab stop skips to the article text, where the caret and the focus show', async ({
  app,
}) => {
  const { page } = app
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Veloria/)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to article text' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(articleText(page)).toBeFocused()
  expect(await focusLook(articleText(page))).toEqual({ caretShown: true, ring: true })
  // The caret moves and selects from the keyboard.
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('AR')
})

test('the second Tab stop skips to the statements beside the text', async ({ app }) => {
  const { page } = app
  const panel = page.getByRole('complementary', { name: 'Statements' })
  await expect(panel.getByRole('region', { name: 'Ilse Marrow' })).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to statement list' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(panel.getByRole('button').first()).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('form', { name: 'Statement' })).toBeVisible()
})

test('Enter on a statement in the list opens its form with the keyboard in its speaker field', async ({
  app,
}) => {
  const { page } = app
  const panel = page.getByRole('complementary', { name: 'Statements' })
  await expect(panel.getByRole('region', { name: 'KRN' })).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to statement list' })).toBeFocused()
  await page.keyboard.press('Enter')
  const krn = panel.getByRole('region', { name: 'KRN' }).getByRole('button')
  await tabTo(page, krn)
  await page.keyboard.press('Enter')
  const form = page.getByRole('form', { name: 'Statement' })
  await expect(form.getByRole('combobox', { name: 'Speaker' })).toBeFocused()
  await expect(form.getByRole('combobox', { name: 'Speaker' })).toHaveValue('KRN')
  await expect(krn).toHaveAttribute('aria-pressed', 'true')
  // Back down to the same statement in the list: Enter there brings the keyboard back up again.
  await tabTo(page, krn)
  await page.keyboard.press('Enter')
  await expect(form.getByRole('combobox', { name: 'Speaker' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(form).toBeHidden()
  await expect(articleText(page)).toBeFocused()
})

test('in an article without statements, the skip link reaches the statements panel itself', async ({
  app,
}) => {
  const { page } = app
  const article = await app.call('importArticle', {
    text: 'The council met on Tuesday.',
    meta: { title: 'A quiet meeting' },
  })
  await page.evaluate((id) => (location.hash = `#/article/${id}`), article.id)
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('A quiet meeting')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('complementary', { name: 'Statements' })).toBeFocused()
})

test('a statement removed from the keyboard leaves the keyboard in the text', async ({ app }) => {
  const { page } = app
  const panel = page.getByRole('complementary', { name: 'Statements' })
  await panel.getByRole('region', { name: 'KRN' }).getByRole('button').focus()
  await page.keyboard.press('Enter')
  const form = page.getByRole('form', { name: 'Statement' })
  await tabTo(page, form.getByRole('button', { name: 'Remove statement' }))
  await page.keyboard.press('Enter')
  await expect(form).toBeHidden()
  await expect(panel.getByRole('region', { name: 'KRN' })).toBeHidden()
  await expect(articleText(page)).toBeFocused()
})

test('a click in the article text leaves no caret, as in a reader; a key shows it', async ({
  app,
}) => {
  const { page } = app
  await articleText(page)
    .getByText(/^ARDEN, March 14/)
    .click({ position: { x: 4, y: 4 } })
  await expect(articleText(page)).toBeFocused()
  expect(await focusLook(articleText(page))).toEqual({ caretShown: false, ring: false })
  await page.keyboard.press('ArrowRight')
  expect(await focusLook(articleText(page))).toEqual({ caretShown: true, ring: true })
})

test('a dialog closed gives the focus back to what opened it', async ({ app }) => {
  const { page } = app
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Veloria/)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(articleText(page)).toBeFocused()
  await page.keyboard.press('Control+i')
  const importing = page.getByRole('dialog', { name: 'Import article' })
  await expect(importing).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(importing).toBeHidden()
  await expect(articleText(page)).toBeFocused()

  const exportButton = page.getByRole('button', { name: 'Export…' })
  await tabTo(page, exportButton, 'Shift+Tab')
  await page.keyboard.press('Enter')
  const exporting = page.getByRole('dialog', { name: 'Export' })
  await expect(exporting).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(exporting).toBeHidden()
  await expect(exportButton).toBeFocused()

  const backupsButton = page.getByRole('button', { name: 'Backups…' })
  await page.keyboard.press('Tab')
  await expect(backupsButton).toBeFocused()
  await page.keyboard.press('Enter')
  const backups = page.getByRole('dialog', { name: 'Backups' })
  await tabTo(page, backups.getByRole('button', { name: 'Close' }))
  await page.keyboard.press('Enter')
  await expect(backups).toBeHidden()
  await expect(backupsButton).toBeFocused()
})

test('the whole loop is done with the keyboard alone', async ({ app }, testInfo) => {
  const { page } = app
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Veloria/)

  await page.keyboard.press('Control+i')
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await tabTo(page, dialog.getByRole('textbox', { name: 'Title' }))
  await page.keyboard.type(TITLE)
  await tabTo(page, dialog.getByRole('textbox', { name: 'Article text' }))
  if (testInfo.project.name === 'chromium') {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.evaluate((text) => navigator.clipboard.writeText(text), TEXT)
    await page.keyboard.press('Control+v')
  } else {
    // The desktop window's clipboard is the system's: the text arrives as a paste does.
    await page.keyboard.insertText(TEXT)
  }
  await expect(dialog.getByRole('textbox', { name: 'Article text' })).toHaveValue(TEXT)
  await tabTo(page, dialog.getByRole('button', { name: 'Import', exact: true }))
  await page.keyboard.press('Enter')

  // The keyboard is in the new article's text, its caret at the start and shown.
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(TITLE)
  await expect(articleText(page)).toBeFocused()
  expect(await focusLook(articleText(page))).toEqual({ caretShown: true, ring: true })
  const bar = page.getByRole('region', { name: 'Suggestions' })
  await expect(bar.getByRole('status')).toHaveText(/^1 of \d+ suggestions$/)

  for (let word = 0; word < OPENING.split(' ').length; word++) {
    await page.keyboard.press('Shift+Control+ArrowRight')
  }
  expect((await page.evaluate(() => getSelection()?.toString()))?.trim()).toBe(OPENING)
  await page.keyboard.press('m')
  const form = page.getByRole('form', { name: 'Statement' })
  await expect(form.getByRole('combobox', { name: 'Speaker', exact: true })).toBeFocused()
  await page.keyboard.type('Harbour master')
  await page.keyboard.press('Enter')
  await expect(form.getByRole('combobox', { name: 'Position' })).toBeFocused()
  await page.keyboard.type('Open ports')
  await page.keyboard.press('Enter')
  await page.keyboard.press('s')
  await expect(form.getByRole('radio', { name: 'Supports' })).toHaveAttribute(
    'aria-checked',
    'true',
  )
  await page.keyboard.press('Escape')
  await expect(form).toBeHidden()
  await expect(articleText(page)).toBeFocused()

  const panel = page.getByRole('complementary', { name: 'Statements' })
  const harbour = panel.getByRole('region', { name: 'Harbour master' })
  await expect(harbour).toContainText(OPENING)
  await expect(harbour).toContainText('Open ports')
  await expect(harbour).toContainText('Supports')

  const current = page.locator('.suggestion-look.is-current')
  await expect(current).toHaveText('the crossings would reopen on June 1')
  await page.keyboard.press('j')
  await expect(current).toHaveText('Trade fell by a third last year')
  await page.keyboard.press('a')
  await expect(form.getByRole('combobox', { name: 'Position' })).toBeFocused()
  await expect(form.getByRole('combobox', { name: 'Speaker', exact: true })).toHaveValue(
    'Norvanian Statistics Office',
  )
  await page.keyboard.press('Escape')
  await expect(articleText(page)).toBeFocused()
  await expect(panel.getByRole('region', { name: 'Norvanian Statistics Office' })).toContainText(
    'Trade fell by a third last year',
  )
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
})
