import { expect, test } from '../app'
import { views } from '../views'

test('your coder’s name and colour, changed in Settings, are kept after a restart', async ({
  app,
}) => {
  let { page } = app
  await views(page).getByRole('link', { name: 'Settings' }).click()
  const you = page.getByRole('region', { name: 'You code as' })
  await you.getByLabel('Your name').fill('Ana Ruiz')
  await you.getByRole('radio', { name: 'Violet' }).check()
  await you.getByRole('button', { name: 'Save' }).click()
  await expect(you.getByRole('status')).toHaveText('Saved.')

  await app.restart()
  page = app.page
  await views(page).getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByLabel('Your name')).toHaveValue('Ana Ruiz')
  await expect(page.getByRole('radio', { name: 'Violet' })).toBeChecked()
  expect((await app.call('getCoder')).color).toBe('#7c3aed')
})

test('a coder added in Settings is switched to with the keyboard, and the app bar says who codes', async ({
  app,
}) => {
  const { page } = app
  await views(page).getByRole('link', { name: 'Settings' }).click()
  const coders = page.getByRole('region', { name: 'Coders of this archive' })
  await coders.getByLabel('New coder’s name').fill('Ben')
  await page.keyboard.press('Enter')
  await expect(coders.getByRole('status')).toHaveText('Ben is a coder of this archive now.')
  const switchToBen = coders.getByRole('button', { name: 'Code as Ben' })
  await switchToBen.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('banner')).toContainText('Coding as Ben')
  await expect(page.getByLabel('Your name')).toHaveValue('Ben')
  expect((await app.call('getCoder')).name).toBe('Ben')
})

test('a second coder with the name of the first is refused with a plain message', async ({
  app,
}) => {
  const { page } = app
  const me = await app.call('getCoder')
  await views(page).getByRole('link', { name: 'Settings' }).click()
  const coders = page.getByRole('region', { name: 'Coders of this archive' })
  await coders.getByLabel('New coder’s name').fill(me.name.toUpperCase())
  await coders.getByRole('button', { name: 'Add coder' }).click()
  await expect(coders.getByRole('alert')).toBeVisible()
  await expect(coders.getByRole('listitem')).toHaveCount(1)
})
