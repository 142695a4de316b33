import { Backups } from '../../../src-main/notebook/storage/backups'
import { expect, test } from '../app'

const HOUR = 60 * 60 * 1000

test('a backup from the Backups dialog puts the article back as it was', async ({
  app,
}, testInfo) => {
  const { page } = app
  const title = page.getByRole('textbox', { name: 'Article title' })
  await expect(title).toHaveValue(/\S/)
  const original = await title.inputValue()
  // An hour of work ago Stancemark took its hourly snapshot (the service's own code takes it).
  await new Backups(app.archiveDir, () => new Date(Date.now() - HOUR)).snapshot('hourly')

  await title.fill('A title written after the backup')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

  await page.getByRole('button', { name: 'Backups…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Backups' })
  await expect(dialog.locator('tbody tr')).toHaveCount(1)
  await dialog.getByRole('button', { name: /^Restore the backup of / }).click()
  await dialog.getByRole('button', { name: 'Restore this backup' }).click()
  await expect(dialog.getByRole('status')).toContainText('The archive is back as it was on')
  // What the archive was just before the restore is a backup of its own.
  await expect(dialog.locator('tbody tr')).toHaveCount(2)
  await expect(dialog.locator('tbody tr').first()).toContainText('(just before a restore)')
  await page.screenshot({ path: testInfo.outputPath('backups.png') })
  await dialog.getByRole('button', { name: 'Close' }).click()

  await expect(title).toHaveValue(original)
  await app.restart()
  await expect(app.page.getByRole('textbox', { name: 'Article title' })).toHaveValue(original)
})

test('the whole archive saved as a .zip restores into a new folder from the Backups dialog', async ({
  app,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'This reads the browser download; the desktop app saves through its dialog instead.',
  )
  const { page } = app
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/\S/)
  await page.getByRole('button', { name: 'Backups…' }).click()
  const section = page
    .getByRole('dialog', { name: 'Backups' })
    .getByRole('region', { name: 'The whole archive as one file' })
  const started = page.waitForEvent('download')
  await section.getByRole('button', { name: 'Save the archive as a .zip…' }).click()
  const download = await started
  expect(download.suggestedFilename()).toMatch(/^stancemark-archive-\d{4}-\d{2}-\d{2}\.zip$/)
  const zip = testInfo.outputPath('archive.zip')
  await download.saveAs(zip)

  const into = testInfo.outputPath('restored')
  await section.getByLabel('Backup file to restore').setInputFiles(zip)
  await section.getByRole('textbox', { name: 'New folder to restore into' }).fill(into)
  await section.getByRole('button', { name: 'Restore into that folder' }).click()
  await expect(section.getByRole('status')).toHaveText(
    `Restored 1 article into “${into}”. Open that folder as an archive to work in it.`,
  )
  await page.screenshot({ path: testInfo.outputPath('backups-zip.png') })
  const { readdir, readFile } = await import('node:fs/promises')
  const { join } = await import('node:path')
  expect((await readdir(join(into, 'articles'))).length).toBe(1)
  for (const name of ['registry.json', 'stancemark.json'])
    expect(await readFile(join(into, name), 'utf8')).toBe(
      await readFile(join(app.archiveDir, name), 'utf8'),
    )

  // Restoring the same file again into that folder, now full, is refused and changes nothing.
  await section.getByRole('button', { name: 'Restore into that folder' }).click()
  await expect(section.getByRole('alert')).toHaveText(
    `“${into}” already holds files. Choose a new or empty folder to restore into.`,
  )
})
