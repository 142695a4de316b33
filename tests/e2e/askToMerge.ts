import type { Locator, Page } from '@playwright/test'
import { expect } from './app'

/** Chooses the entry to merge into and asks to merge, with the keyboard. */
export async function askToMerge(page: Page, form: Locator, into: string) {
  await form.getByRole('combobox', { name: 'Merge into' }).focus()
  await page.keyboard.type(into)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(form.getByRole('button', { name: 'Merge…' })).toBeFocused()
  await page.keyboard.press('Enter')
}
