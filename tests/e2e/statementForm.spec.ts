import type { Page } from '@playwright/test'
import { expect, test } from './app'

const statementForm = (page: Page) => page.getByRole('form', { name: 'Statement' })

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
