import { join } from 'node:path'
import { Backups } from '../../src-main/notebook/backups'
import { smallDisk } from '../support/smallDisk'
import { expect, startHost, stopHost, test } from './app'

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

test('a second Stancemark on the same archive opens it read-only and says who has it', async ({
  app,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'A second desktop app hands over to the first (single-instance lock); the archive lock is tested through a second local host.',
  )
  const { page } = app
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(/\S/)
  const second = await startHost(app.archiveDir)
  try {
    const other = await page.context().newPage()
    await other.goto(second.url)
    const banner = other.getByRole('status', { name: 'Read-only' })
    await expect(banner).toContainText('This archive is open in')
    await expect(banner).toContainText('it is read-only here')
    await expect(other.getByText('Read-only', { exact: true })).toBeVisible()
    await expect(other.getByRole('button', { name: 'Import article' })).toBeDisabled()
    await expect(other.getByRole('button', { name: 'Edit text' })).toBeDisabled()
    await expect(other.getByRole('textbox', { name: 'Article title' })).toHaveAttribute('readonly')
    await expect(other.getByRole('toolbar', { name: 'Notes formatting' })).toHaveCount(0)

    // Reading still works: the statements are there, and marking says why it cannot be done.
    await expect(other.getByRole('complementary', { name: 'Statements' })).toContainText(
      'Kestran Foreign Ministry',
    )
    await other.getByRole('button', { name: /Mark statement/ }).click()
    await expect(
      other.getByRole('main').getByRole('status').filter({ hasText: 'read-only here' }),
    ).toBeVisible()
    await other.screenshot({ path: testInfo.outputPath('read-only.png') })
    await other.close()
  } finally {
    await stopHost(second)
  }

  // The first window still saves.
  await page.getByRole('textbox', { name: 'Article title' }).fill('Still the writer')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
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
  expect(await readFile(join(into, 'stancemark.json'), 'utf8')).toBe(
    await readFile(join(app.archiveDir, 'stancemark.json'), 'utf8'),
  )

  // Restoring the same file again into that folder, now full, is refused and changes nothing.
  await section.getByRole('button', { name: 'Restore into that folder' }).click()
  await expect(section.getByRole('alert')).toHaveText(
    `“${into}” already holds files. Choose a new or empty folder to restore into.`,
  )
})

test('on a full disk a save says so in plain words, the change stays in the notes, and saving again after space is freed keeps it', async ({
  browser,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'The archive is on a small disk given to the local host; the desktop app opens its own.',
  )
  const disk = await smallDisk()
  test.skip(typeof disk === 'string', typeof disk === 'string' ? disk : '')
  if (typeof disk === 'string') return
  const archiveDir = join(disk.dir, 'archive')
  const host = await startHost(archiveDir)
  const page = await browser.newPage()
  try {
    await page.goto(host.url)
    const notes = page.getByRole('textbox', { name: 'Analyst notes' })
    const saveState = page.getByRole('toolbar', { name: 'Article' }).getByRole('status').last()
    await notes.click()
    await page.keyboard.type('Call the ministry.')
    await expect(saveState).toHaveText('Saved')

    await disk.fill()
    await page.keyboard.type(' Ask about the dam.')
    const alert = page.getByRole('alert').filter({ hasText: 'not saved yet' })
    await expect(alert).toHaveText(
      'The disk is full, so Stancemark could not write to it. Nothing was lost: the files on it are as they were before. Free some space on the disk, then try again. Your changes are still here, not saved yet.Save again',
    )
    await expect(saveState).toHaveText('Not saved')
    await expect(notes).toHaveText('Call the ministry. Ask about the dam.')
    await page.screenshot({ path: testInfo.outputPath('save-failed.png') })
    // Leaving the page now asks first: the change is nowhere else.
    const asked = page.waitForEvent('dialog')
    const leaving = page.goto('about:blank').catch(() => undefined)
    const dialog = await asked
    expect(dialog.type()).toBe('beforeunload')
    await dialog.dismiss()
    await leaving
    await expect(notes).toHaveText('Call the ministry. Ask about the dam.')

    await disk.free()
    await alert.getByRole('button', { name: 'Save again' }).click()
    await expect(saveState).toHaveText('Saved')
    await expect(alert).toHaveCount(0)
    await page.reload()
    await expect(notes).toHaveText('Call the ministry. Ask about the dam.')
  } finally {
    await page.close()
    await stopHost(host)
    await disk.free()
    await disk.remove()
  }
})
