import { expect, holdRequests, test } from '../app'

test('the archive downloads as an Obsidian vault whose notes link to each statement’s block', async ({
  app,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'The desktop app writes the vault into a folder it asks for; this reads the browser download.',
  )
  const { page } = app
  const { readFile } = await import('node:fs/promises')
  const { strFromU8, unzipSync } = await import('fflate')
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  const started = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download the vault (.zip)' }).click()
  const download = await started
  expect(download.suggestedFilename()).toBe('Stancemark vault.zip')
  await expect(dialog.getByRole('status')).toHaveText('Downloaded “Stancemark vault.zip”.')
  await page.screenshot({ path: testInfo.outputPath('export-dialog.png') })

  const notes = unzipSync(await readFile((await download.path())!))
  const article =
    'Articles/Veloria and Kestran leaders discuss river dispute in first call since border closure.md'
  expect(Object.keys(notes).filter((name) => name.startsWith('Articles/'))).toEqual([article])
  expect(Object.keys(notes)).toContain('Stancemark.md')
  const speaker = strFromU8(notes['Speakers/Tomas Vell.md'])
  expect(speaker).toMatch(/^---\nkind: person\n/)
  const link =
    /- ==his government was ready to discuss a temporary arrangement for the spring planting season== — \[\[Articles\/Veloria and Kestran leaders discuss river dispute in first call since border closure#\^(s-[A-Za-z0-9-]+)\|/.exec(
      speaker,
    )
  expect(link).not.toBeNull()
  const articleNote = strFromU8(notes[article])
  expect(articleNote).toContain(`\n^${link![1]}\n`)
  expect(
    articleNote.endsWith(
      '%% Stancemark writes everything above this line; what you write below it is kept when you export again. %%\n',
    ),
  ).toBe(true)
})

test('a full backup being made can be cancelled, and then it is not downloaded', async ({
  app,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'It holds back the local host’s answer to test a late reply; the desktop window is answered over IPC, not by the host.',
  )
  const { page } = app
  // The answer is held back until Cancel has been pressed, as if the archive were large.
  const release = await holdRequests(page, 'exportArchiveZip')
  const downloads: string[] = []
  page.on('download', (download) => downloads.push(download.suggestedFilename()))
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await dialog.getByRole('button', { name: 'Save a full backup (.zip)' }).click()
  await expect(dialog.getByRole('status')).toContainText('Exporting the backup…')
  await expect(dialog.getByRole('button', { name: 'Download the vault (.zip)' })).toBeDisabled()
  await page.screenshot({ path: testInfo.outputPath('export-busy.png') })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Cancelled; nothing was saved.')
  await release()
  // The next export's download comes after the cancelled answer has been dealt with.
  const next = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download the vault (.zip)' }).click()
  await next
  expect(downloads).toEqual(['Stancemark vault.zip'])
})

test('a vault being exported shows how many of its notes are done', async ({ app }, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'It holds back the local host’s answer to test a late reply; the desktop window is answered over IPC, not by the host.',
  )
  const { page } = app
  // The vault is made at once; its answer is held back so the bar can be seen, as if it were large.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/exportVaultZip', async (route) => {
    const response = await route.fetch()
    await held
    await route.fulfill({ response })
  })
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await dialog.getByRole('button', { name: 'Download the vault (.zip)' }).click()
  const status = dialog.getByRole('status')
  await expect(status).toContainText(/Exporting the vault… (\d+) of \1 notes/)
  const bar = status.getByRole('progressbar', { name: 'Exporting the vault' })
  const notes = (await status.textContent())!.match(/of (\d+) notes/)![1]
  await expect(bar).toHaveAttribute('value', notes)
  await expect(bar).toHaveAttribute('max', notes)
  await page.screenshot({ path: testInfo.outputPath('vault-progress.png') })
  const download = page.waitForEvent('download')
  release()
  expect((await download).suggestedFilename()).toBe('Stancemark vault.zip')
})
