import { join } from 'node:path'
import { smallDisk } from '../../support/smallDisk'
import { expect, startHost, stopHost, test } from '../app'
import { expectAccessible } from '../axe'

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
    // The save the page tried as it was about to be left may land only now, with room again:
    // then nothing is left to save again; else the analyst asks.
    await alert
      .getByRole('button', { name: 'Save again' })
      .click({ timeout: 5_000 })
      .catch(() => expect(alert).toHaveCount(0))
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

test('on a full disk an article’s unsaved changes stay with it while another article is open, the library marks it not saved, and Save again saves them once space is freed', async ({
  browser,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'The archive is on a small disk given to the local host; the desktop app opens its own.',
  )
  const disk = await smallDisk()
  test.skip(typeof disk === 'string', typeof disk === 'string' ? disk : '')
  if (typeof disk === 'string') return
  const host = await startHost(join(disk.dir, 'archive'))
  // A context of its own, as axe-core needs to check the page.
  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    await page.goto(host.url)
    const library = page.getByRole('navigation', { name: 'Library' })
    const title = page.getByRole('textbox', { name: 'Article title' })
    const notes = page.getByRole('textbox', { name: 'Analyst notes' })
    const saveState = page.getByRole('toolbar', { name: 'Article' }).getByRole('status').last()
    await expect(title).toHaveValue(/^Veloria and Kestran leaders/)
    // A second article of the analyst's own, to go to and come back from.
    await page.getByRole('button', { name: 'Import article' }).click()
    const importing = page.getByRole('dialog', { name: 'Import article' })
    await importing.getByLabel('Title').fill('Ferries late')
    await importing.getByLabel('Article text').fill('The ferries ran late again.')
    await importing.getByRole('button', { name: 'Import' }).click()
    await expect(title).toHaveValue('Ferries late')
    await library.getByRole('button', { name: /^Veloria/ }).click()
    await expect(title).toHaveValue(/^Veloria and Kestran leaders/)

    await disk.fill()
    // Its title, notes and a statement's stance change, and none of it can be saved.
    await title.fill('Leaders call over the river')
    await notes.click()
    await page.keyboard.type('Ask about the dam.')
    const panel = page.getByRole('complementary', { name: 'Statements' })
    await panel.getByRole('region', { name: 'KRN' }).getByRole('button').click()
    const form = page.getByRole('form', { name: 'Statement' })
    await form.getByRole('radio', { name: 'Opposes' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'not saved yet' })
    await expect(alert).toContainText('The disk is full')
    await expect(saveState).toHaveText('Not saved')

    // Another article, opened from the library: the first is marked as not saved there.
    await library.getByRole('button', { name: /^Ferries late/ }).click()
    await expect(title).toHaveValue('Ferries late')
    const first = library.getByRole('button', { name: /^Veloria/ })
    await expect(first.getByText('Not saved', { exact: true })).toBeVisible()
    await expect(
      library.getByRole('button', { name: /^Ferries late/ }).getByText('Not saved'),
    ).toHaveCount(0)
    await page.screenshot({ path: testInfo.outputPath('library-not-saved.png') })
    // Leaving the page from there asks first: the change is nowhere else.
    const asked = page.waitForEvent('dialog')
    const leaving = page.goto('about:blank').catch(() => undefined)
    expect((await asked).type()).toBe('beforeunload')
    await (await asked).dismiss()
    await leaving

    // Back to it (the browser's Back): every change is there, with why it is not saved.
    await page.goBack()
    await expect(title).toHaveValue('Leaders call over the river')
    await expect(notes).toHaveText('Ask about the dam.')
    await expect(panel.getByRole('region', { name: 'KRN' })).toContainText('Opposes')
    await expect(saveState).toHaveText('Not saved')
    await expect(alert).toContainText('The disk is full')
    await expect(first.getByText('Not saved', { exact: true })).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath('back-not-saved.png') })
    await expectAccessible(page, 'Articles, with an article the disk refused to save')

    await disk.free()
    // The save the page tried as it was about to be left may land only now, with room again:
    // then nothing is left to save again; else the analyst asks.
    await alert
      .getByRole('button', { name: 'Save again' })
      .click({ timeout: 5_000 })
      .catch(() => expect(alert).toHaveCount(0))
    await expect(saveState).toHaveText('Saved')
    await expect(alert).toHaveCount(0)
    await expect(first.getByText('Not saved', { exact: true })).toHaveCount(0)
    await page.reload()
    await expect(title).toHaveValue('Leaders call over the river')
    await expect(notes).toHaveText('Ask about the dam.')
    await expect(panel.getByRole('region', { name: 'KRN' })).toContainText('Opposes')
  } finally {
    await context.close()
    await stopHost(host)
    await disk.free()
    await disk.remove()
  }
})

test('on a full disk a note typed just before another article is opened is kept with its article, not dropped', async ({
  browser,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'The archive is on a small disk given to the local host; the desktop app opens its own.',
  )
  const disk = await smallDisk()
  test.skip(typeof disk === 'string', typeof disk === 'string' ? disk : '')
  if (typeof disk === 'string') return
  const host = await startHost(join(disk.dir, 'archive'))
  const page = await browser.newPage()
  try {
    await page.goto(host.url)
    const library = page.getByRole('navigation', { name: 'Library' })
    const title = page.getByRole('textbox', { name: 'Article title' })
    const notes = page.getByRole('textbox', { name: 'Analyst notes' })
    await expect(title).toHaveValue(/^Veloria and Kestran leaders/)
    await page.keyboard.press('Control+i')
    const importing = page.getByRole('dialog', { name: 'Import article' })
    await importing.getByLabel('Title').fill('Ferries late')
    await importing.getByLabel('Article text').fill('The ferries ran late again.')
    await importing.getByRole('button', { name: 'Import' }).click()
    await expect(title).toHaveValue('Ferries late')

    await disk.fill()
    await notes.click()
    await page.keyboard.type('Ring the port authority.')
    // Gone before the change is saved: it is saved as the article is left, and the disk refuses it.
    await library.getByRole('button', { name: /^Veloria/ }).click()
    await expect(title).toHaveValue(/^Veloria and Kestran leaders/)
    const ferries = library.getByRole('button', { name: /^Ferries late/ })
    await expect(ferries.getByText('Not saved', { exact: true })).toBeVisible()

    await ferries.click()
    await expect(notes).toHaveText('Ring the port authority.')
    const alert = page.getByRole('alert').filter({ hasText: 'not saved yet' })
    await expect(alert).toContainText('The disk is full')
    await disk.free()
    await alert.getByRole('button', { name: 'Save again' }).click()
    await expect(alert).toHaveCount(0)
    await page.reload()
    await expect(notes).toHaveText('Ring the port authority.')
  } finally {
    await page.close()
    await stopHost(host)
    await disk.free()
    await disk.remove()
  }
})
