import type { Page } from '@playwright/test'
import { expect, test } from '../app'
import { expectAccessible } from '../axe'
import { views } from '../views'
import { bar, current, openWireStory, readText, TITLE } from './wireStory'

async function saved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
}

const suggestionsSection = (page: Page) => page.getByRole('region', { name: 'Suggestions' })
const suggestSwitch = (page: Page) =>
  suggestionsSection(page).getByRole('switch', { name: 'Suggest statements in this archive' })

test('Settings says how suggestions fared, and turned off there the article shows none until turned on again', async ({
  app,
}) => {
  const { page } = app
  await app.call('saveSpeaker', { name: 'Marta Keller', kind: 'person' })
  await openWireStory(app)
  await readText(page)
  // One accepted as it is.
  await page.keyboard.press('Shift+A')
  await expect(current(page)).toHaveText('This is a first step')
  // One accepted with another speaker chosen in the form.
  await page.keyboard.press('a')
  const speaker = page
    .getByRole('form', { name: 'Statement' })
    .getByRole('combobox', { name: 'Speaker' })
  await expect(speaker).toHaveValue('Ilse Varga')
  await speaker.fill('Marta Keller')
  await page.keyboard.press('Enter')
  await expect(speaker).toHaveValue('Marta Keller')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('form', { name: 'Statement' })).toHaveCount(0)
  // One rejected.
  await expect(current(page)).toHaveText('We have a lot of work ahead of us.')
  await page.keyboard.press('x')
  await expect(bar(page).getByRole('status')).toHaveText('1 of 3 suggestions')
  await saved(page)

  await views(page).getByRole('link', { name: 'Settings' }).click()
  await expect(
    suggestionsSection(page).getByRole('group', { name: 'How suggestions fared' }),
  ).toHaveText(
    'Of 3 suggestions: 1 accepted as it was (33 %), 1 with the speaker corrected (33 %), none with the span corrected, 1 rejected (33 %).',
  )
  await expect(suggestSwitch(page)).toBeChecked()
  await suggestSwitch(page).focus()
  await page.keyboard.press('Space')
  await expect(suggestSwitch(page)).not.toBeChecked()
  await expect(suggestionsSection(page).getByRole('status')).toContainText('Suggestions are off')
  await expectAccessible(page, 'Settings, suggestions off')

  await views(page).getByRole('link', { name: 'Articles' }).click()
  await page.getByRole('button', { name: TITLE }).click()
  await expect(bar(page).getByRole('status')).toHaveText(
    'Suggestions are turned off in this archive. To see them again, turn them on in Settings, under Suggestions.',
  )
  await expect(page.locator('.suggestion-look')).toHaveCount(0)
  await expectAccessible(page, 'an article with suggestions off')
  // The bar's link leads back to the switch, from the keyboard.
  await bar(page).getByRole('link', { name: 'Open Settings' }).focus()
  await page.keyboard.press('Enter')
  await suggestSwitch(page).focus()
  await page.keyboard.press('Space')
  await expect(suggestSwitch(page)).toBeChecked()

  await views(page).getByRole('link', { name: 'Articles' }).click()
  await page.getByRole('button', { name: TITLE }).click()
  await expect(bar(page).getByRole('status')).toHaveText('1 of 3 suggestions')
  await expect(page.locator('.suggestion-look')).toHaveCount(3)
})

test('suggestions turned off stay off after a restart', async ({ app }) => {
  await openWireStory(app)
  await expect(bar(app.page).getByRole('status')).toHaveText('1 of 6 suggestions')
  await views(app.page).getByRole('link', { name: 'Settings' }).click()
  await suggestSwitch(app.page).click()
  await expect(suggestSwitch(app.page)).not.toBeChecked()

  await app.restart()
  await app.page.getByRole('button', { name: TITLE }).click()
  await expect(bar(app.page).getByRole('status')).toHaveText(/^Suggestions are turned off/)
  await expect(app.page.locator('.suggestion-look')).toHaveCount(0)
})
