import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../app'

const lorries = (from: number) =>
  Array.from(
    { length: 14 },
    (_, i) =>
      `Lorries waited at the border post for a ${from + i}th day as the river rose and the weather turned.`,
  )
const STORY = [
  'Prime Minister Ilse Varga said the crossings would reopen on June 1.',
  'Exports of grain would double within a year, according to the Norvanian Federal Office for Agricultural Statistics.',
  ...lorries(4),
  'Opposition leader Piet Daalmann said the plan came too late.',
  ...lorries(18),
].join('\n\n')

const bar = (page: Page) => page.getByRole('region', { name: 'Suggestions' })
const current = (page: Page) => page.locator('.suggestion-look.is-current')

/** Where a thing is on the screen, and whether its text fits its box (nothing cut off). */
async function seen(locator: Locator) {
  await expect(locator).toBeVisible()
  const box = (await locator.boundingBox())!
  const fits = await locator.evaluate((element) => element.scrollWidth <= element.clientWidth)
  return { ...box, right: box.x + box.width, bottom: box.y + box.height, fits }
}

/** The current suggestion's who, cue and mode, and every action, whole, on the screen and in the bar. */
async function expectWholeInView(page: Page, who: string) {
  const { width, height } = page.viewportSize()!
  const area = await seen(bar(page))
  expect(area.x).toBeGreaterThanOrEqual(0)
  expect(area.right).toBeLessThanOrEqual(width)
  expect(area.y).toBeGreaterThanOrEqual(0)
  expect(area.bottom).toBeLessThanOrEqual(height)
  const parts = [
    bar(page).getByText(who),
    bar(page).getByRole('button', { name: /^Previous suggestion/ }),
    bar(page).getByRole('button', { name: /^Next suggestion/ }),
    bar(page).getByRole('button', { name: 'Accept A', exact: true }),
    bar(page).getByRole('button', { name: /^Accept as is/ }),
    bar(page).getByRole('button', { name: /^Reject/ }),
    bar(page).getByRole('button', { name: /^Accept all/ }),
  ]
  for (const part of parts) {
    const box = await seen(part)
    expect(box.fits, `${part} shows all its text`).toBe(true)
    expect(box.x).toBeGreaterThanOrEqual(area.x)
    expect(box.right).toBeLessThanOrEqual(area.right)
    expect(box.y).toBeGreaterThanOrEqual(area.y)
    expect(box.bottom).toBeLessThanOrEqual(area.bottom)
  }
}

test('at 1024×700 the current suggestion’s speaker, cue and mode and every action are whole on screen, and stay there beside the suggestion as J goes down the article', async ({
  app,
}) => {
  const { page } = app
  await page.setViewportSize({ width: 1024, height: 700 })
  await app.call('importArticle', { text: STORY, meta: { title: 'Grain and the border' } })
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /Grain and the border/ })
    .click()
  await expect(bar(page).getByRole('status')).toHaveText('1 of 3 suggestions')
  await expectWholeInView(page, 'Ilse Varga · said · indirect')
  await page.screenshot({ path: test.info().outputPath('suggestion-bar-1024.png') })

  // From the keyboard alone: the caret into the text, then J.
  await page.getByRole('textbox', { name: 'Article title' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Article text' })).toBeFocused()
  await page.keyboard.press('j')
  await expect(bar(page).getByRole('status')).toHaveText('2 of 3 suggestions')
  await expectWholeInView(page, 'Norvanian Federal Office · according to · indirect')

  await page.keyboard.press('j')
  await expect(bar(page).getByRole('status')).toHaveText('3 of 3 suggestions')
  await expect(current(page)).toHaveText('the plan came too late')
  // Half way down a long article: neither its top nor its end is on screen, the bar is.
  await expect(page.getByRole('textbox', { name: 'Article title' })).not.toBeInViewport()
  await expect(page.getByText('for a 31th day')).not.toBeInViewport()
  await expectWholeInView(page, 'Piet Daalmann · said · indirect')
  // The suggestion itself is in view, neither under the bar nor under the toolbar.
  const words = await seen(current(page))
  const area = await seen(bar(page))
  const toolbar = await seen(page.getByRole('toolbar', { name: 'Article' }))
  expect(words.y).toBeGreaterThanOrEqual(toolbar.bottom)
  expect(words.bottom <= area.y || words.y >= area.bottom).toBe(true)
  await page.screenshot({ path: test.info().outputPath('suggestion-bar-1024-last.png') })

  // Back up with K: the first suggestion comes back into view, clear of the toolbar.
  await page.keyboard.press('k')
  await page.keyboard.press('k')
  await expect(bar(page).getByRole('status')).toHaveText('1 of 3 suggestions')
  const first = await seen(current(page))
  expect(first.y).toBeGreaterThanOrEqual(
    (await seen(page.getByRole('toolbar', { name: 'Article' }))).bottom,
  )
  await expectWholeInView(page, 'Ilse Varga · said · indirect')
})
