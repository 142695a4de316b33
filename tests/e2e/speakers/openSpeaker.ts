import type { Page } from '@playwright/test'
import { expect } from '../app'
import { views } from '../views'

/** The Speakers screen with one speaker's editor open, found by the name it is listed under. */
export async function openSpeaker(page: Page, name: string) {
  await views(page).getByRole('link', { name: 'Speakers' }).click()
  await page
    .getByRole('navigation', { name: 'Speakers' })
    .getByRole('button', { name: new RegExp(`^${name} `) })
    .click()
  const form = page.getByRole('form', { name: 'Speaker' })
  await expect(form.getByRole('heading', { name, level: 1 })).toBeVisible()
  return form
}
