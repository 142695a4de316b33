import type { Page } from '@playwright/test'
import { expect, type App } from '../app'

export const WIRE_STORY = [
  'Prime Minister Ilse Varga said the crossings would reopen on June 1.',
  '“This is a first step,” Varga told reporters. “We have a lot of work ahead of us.”',
  'Trade fell by a third last year, according to the Norvanian Statistics Office.',
  'Opposition leader Piet Daalmann said the plan came too late. He warned that prices would keep rising.',
].join('\n\n')
export const TITLE = 'Border crossings to reopen'

/** A wire story in the archive, with Ilse Varga already in the registry, opened from the library. */
export async function openWireStory(app: App, text = WIRE_STORY, title = TITLE): Promise<string> {
  await app.call('saveSpeaker', { name: 'Ilse Varga', kind: 'person' })
  const article = await app.call('importArticle', {
    text,
    meta: { title, source: 'Example Wire' },
  })
  await app.page.getByRole('button', { name: title }).click()
  await expect(app.page.getByRole('textbox', { name: 'Article title' })).toHaveValue(title)
  return article.id
}

export const bar = (page: Page) => page.getByRole('region', { name: 'Suggestions' })
export const current = (page: Page) => page.locator('.suggestion-look.is-current')

/**
 * Once the suggestions are shown, puts the caret in the text (on words no suggestion covers),
 * where the suggestion keys work: a key pressed before they come has nothing to act on.
 */
export async function readText(page: Page) {
  await expect(bar(page).getByRole('status')).toHaveText(/^1 of \d+ suggestions$/)
  await page
    .getByRole('textbox', { name: 'Article text' })
    .getByText('Prime Minister')
    .click({
      position: { x: 2, y: 4 },
    })
}
