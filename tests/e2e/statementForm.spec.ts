import type { Page } from '@playwright/test'
import { expect, test } from './app'

const FARMERS_QUOTE = 'Our fields cannot wait for another year of negotiations,'

const statementForm = (page: Page) => page.getByRole('form', { name: 'Statement' })
const panel = (page: Page) => page.getByRole('complementary', { name: 'Statements' })

/** Opens the farmers' union statement from its card in the list (under `speaker`), with the keyboard. */
async function openFarmersStatement(page: Page, speaker = "Riverbank Farmers' Union") {
  const card = panel(page)
    .getByRole('region', { name: speaker })
    .getByRole('button', { name: /Our fields cannot wait/ })
  await card.focus()
  await page.keyboard.press('Enter')
  const form = statementForm(page)
  await expect(form.locator('blockquote')).toHaveText(FARMERS_QUOTE)
  return form
}

test('Esc in the article text closes the statement form, and the text keeps the keys', async ({
  app,
}) => {
  const { page } = app
  const text = page.getByRole('textbox', { name: 'Article text' })
  await text.getByText('Our fields cannot wait').click()
  const form = statementForm(page)
  await expect(form).toBeVisible()
  await expect(text).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  await expect(text).toBeFocused()

  // In Edit text mode too, and the words can still be typed afterwards.
  await page.getByRole('button', { name: 'Edit text' }).click()
  await text.getByText('Our fields cannot wait').click()
  await expect(form).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  await page.keyboard.type('Z')
  await expect(text).toContainText('Z')
  await expect(page.getByRole('button', { name: 'Done editing' })).toBeVisible()
})

test('the stance is one stop for Tab: S, O, N and the arrow keys move focus with the choice', async ({
  app,
}) => {
  const { page } = app
  const form = await openFarmersStatement(page)
  const radio = (name: string) => form.getByRole('radio', { name })
  await expect(radio('Neutral')).toHaveAttribute('aria-checked', 'true')
  await form.getByRole('combobox', { name: 'Position' }).focus()
  await page.keyboard.press('Tab')
  // The checked stance is the group's stop.
  await expect(radio('Neutral')).toBeFocused()
  await page.keyboard.press('s')
  await expect(radio('Supports')).toHaveAttribute('aria-checked', 'true')
  await expect(radio('Supports')).toBeFocused()
  await page.keyboard.press('o')
  await expect(radio('Opposes')).toHaveAttribute('aria-checked', 'true')
  await expect(radio('Opposes')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(radio('Neutral')).toHaveAttribute('aria-checked', 'true')
  await expect(radio('Neutral')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(radio('Supports')).toHaveAttribute('aria-checked', 'true')
  await expect(radio('Supports')).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(radio('Neutral')).toHaveAttribute('aria-checked', 'true')
  await expect(radio('Neutral')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(form.getByRole('textbox', { name: 'Cue' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(radio('Neutral')).toBeFocused()
  await expect(form.locator('[role=radio][tabindex="0"]')).toHaveCount(1)
})
