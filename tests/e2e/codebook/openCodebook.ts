import type { Page } from '@playwright/test'
import { expect } from '../app'
import { views } from '../views'

/** The codebook's tree, its labels, and the four positions a new archive has. */
export async function openCodebook(page: Page) {
  await views(page).getByRole('link', { name: 'Codebook' }).click()
  const tree = page.getByRole('tree', { name: 'Positions' })
  const labels = tree.locator('.position-label')
  await expect(labels).toHaveCount(4)
  return { tree, labels, four: await labels.allTextContents() }
}
