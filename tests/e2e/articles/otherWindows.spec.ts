import { expect, test } from '../app'

test('a save from a stale second window is refused and that window shows the newest version', async ({
  app,
}) => {
  const first = app.page
  await expect(first.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Veloria/)
  const second = await app.openSecondWindow()
  await expect(second.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Veloria/)

  // Both edit before either has saved: the second window's save lands first, the first's is stale.
  await second.getByRole('textbox', { name: 'Article title' }).fill('Changed in the second window')
  await first.getByRole('textbox', { name: 'Article title' }).fill('Changed in the first window')

  await expect(first.getByRole('alert')).toContainText('changed elsewhere')
  await expect(first.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    'Changed in the second window',
  )
  await app.restart()
  await expect(app.page.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    'Changed in the second window',
  )
})

test('a change made in another window shows up here by itself', async ({ app }) => {
  const first = app.page
  const second = await app.openSecondWindow()
  await expect(second.getByRole('textbox', { name: 'Article title' })).toHaveValue(/Veloria/)
  await first.getByRole('textbox', { name: 'Article title' }).fill('Renamed elsewhere')
  await expect(second.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    'Renamed elsewhere',
  )
})
