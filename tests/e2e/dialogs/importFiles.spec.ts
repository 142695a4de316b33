import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '../app'

const TALKS = 'Talks resumed in Geneva on Tuesday.\n\nThe mediators met for six hours.'
const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])

/** A folder as an analyst collects one: text, Markdown, a saved page, a copy, and an image. */
async function mixedFolder(): Promise<string> {
  const folder = join(await mkdtemp(join(tmpdir(), 'stancemark-folder-')), 'clippings')
  await mkdir(join(folder, 'older'), { recursive: true })
  await writeFile(join(folder, 'a-talks.txt'), TALKS)
  await writeFile(
    join(folder, 'b-strike.md'),
    '---\ntitle: Harbour strike enters second week\nsource: Coastal Herald\n---\n\nDock workers refused to unload ships.',
  )
  await writeFile(
    join(folder, 'c-page.html'),
    '<html><head><title>Envoy tours region</title><meta property="og:site_name" content="Meridian Wire"></head><body><article><p>A regional envoy arrived in Castel on Tuesday.</p></article></body></html>',
  )
  await writeFile(join(folder, 'older', 'd-talks-copy.txt'), TALKS)
  await writeFile(join(folder, 'e-scan.txt'), PNG_HEADER)
  return folder
}

test('a folder of mixed files imports with a report per file, and the articles are in the library', async ({
  app,
}, testInfo) => {
  const { page } = app
  await page.getByRole('button', { name: 'Import article' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await dialog.getByRole('tab', { name: 'Folder' }).click()
  await dialog.locator('input[type=file]').setInputFiles(await mixedFolder())
  await expect(dialog.getByText('Chosen: 5 files')).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('folder-chosen.png') })
  await dialog.getByRole('button', { name: 'Import 5 files' }).click()

  await expect(dialog.getByRole('status')).toHaveText(
    '3 imported, 1 skipped as duplicates, 1 failed.',
  )
  const rows = dialog.getByRole('table', { name: 'Imported files' }).getByRole('row')
  await expect(rows).toHaveText([
    'FileResultDetails',
    'clippings/a-talks.txtImporteda-talks',
    'clippings/b-strike.mdImportedHarbour strike enters second week',
    'clippings/c-page.htmlImportedEnvoy tours region',
    'clippings/e-scan.txtFailed“e-scan.txt” is not an article we can read: it looks like a PNG image. Stancemark reads .txt, .md, .html, .docx and .pdf files.',
    'clippings/older/d-talks-copy.txtSkipped: duplicateThe archive already has this file as “a-talks”.',
  ])
  await page.screenshot({ path: testInfo.outputPath('folder-report.png') })
  await dialog.getByRole('button', { name: 'Close' }).click()

  const library = page.getByRole('navigation', { name: 'Library' })
  for (const title of ['a-talks', 'Harbour strike enters second week', 'Envoy tours region'])
    await expect(library.getByRole('button', { name: title })).toBeVisible()
  await expect(library.getByRole('button', { name: /a-talks/ })).toHaveCount(1)
  await library.getByRole('button', { name: /Envoy tours region/ }).click()
  await expect(page.getByRole('main').getByText('Meridian Wire')).toBeVisible()
})

test('a folder import shows its progress file by file, and Cancel stops it after the file under way', async ({
  app,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'It holds back the local host’s answer to test a late reply; the desktop window is answered over IPC, not by the host.',
  )
  const { page } = app
  // The second file's answer is held back, as if it were a long PDF.
  let calls = 0
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/importFiles', async (route) => {
    if (++calls === 2) await held
    await route.continue()
  })
  await page.getByRole('button', { name: 'Import article' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await dialog.getByRole('tab', { name: 'Folder' }).click()
  await dialog.locator('input[type=file]').setInputFiles(await mixedFolder())
  await dialog.getByRole('button', { name: 'Import 5 files' }).click()

  const bar = dialog.getByRole('progressbar', { name: 'Import progress' })
  await expect(dialog.getByRole('status')).toHaveText('Importing 2 of 5: clippings/b-strike.md')
  await expect(bar).toHaveAttribute('value', '1')
  await expect(bar).toHaveAttribute('max', '5')
  await page.screenshot({ path: testInfo.outputPath('folder-progress.png') })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Stopping after this file…')
  release()

  await expect(dialog.getByRole('status')).toHaveText('2 imported, 3 not imported (cancelled).')
  const rows = dialog.getByRole('table', { name: 'Imported files' }).getByRole('row')
  await expect(rows).toHaveText([
    'FileResultDetails',
    'clippings/a-talks.txtImporteda-talks',
    'clippings/b-strike.mdImportedHarbour strike enters second week',
  ])
  expect(calls).toBe(2)
})

test('a file that is not an article is refused with its name and what is wrong, and nothing is written', async ({
  app,
}) => {
  const { page } = app
  const before = await readdir(join(app.archiveDir, 'articles'))
  await page.getByRole('button', { name: 'Import article' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await dialog.getByRole('tab', { name: 'File' }).click()
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'scan.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  })
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog.getByRole('alert')).toContainText('“scan.txt”')
  await expect(dialog.getByRole('alert')).toContainText('PNG')
  expect(await readdir(join(app.archiveDir, 'articles'))).toEqual(before)
})

test('a Markdown file imports with its front matter as details', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Import article' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await dialog.getByRole('tab', { name: 'File' }).click()
  const markdown = [
    '---',
    'title: Harbour strike enters second week',
    'source: Coastal Herald',
    'published: 2026-05-04',
    '---',
    '',
    'Dock workers *again* refused to unload ships, the union said.',
  ].join('\n')
  await dialog
    .locator('input[type=file]')
    .setInputFiles({ name: 'strike.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) })
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    'Harbour strike enters second week',
  )
  await expect(page.getByRole('main').getByText('Coastal Herald · 2026-05-04')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Article text' })).toContainText(
    'Dock workers again refused',
  )
})
