import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, holdRequests, selectWithMouse, test } from '../app'

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

/** Picks a file of annotations from the open Annotations menu, as the analyst does. */
async function chooseAnnotationsFile(page: Page, content: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: 'Import annotations…' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'Talks resume.annotations.jsonld',
    mimeType: 'application/ld+json',
    buffer: Buffer.from(content),
  })
}

test('annotations exported from an article are placed again on an edited copy, and the one left out is named', async ({
  app,
}, testInfo) => {
  const { page } = app
  const text = [
    'Talks resumed in Geneva on Tuesday. “We are ready to sign a ceasefire today,” said Anna Keller.',
    'Its spokesman said the proposal was a trap and that fighting would continue.',
    'According to the foreign minister, the talks could last for weeks.',
  ].join('\n\n')
  const original = await app.call<{ id: string }>('importArticle', {
    text,
    meta: { title: 'Talks resume' },
  })
  for (const [exact, name, stance] of [
    ['We are ready to sign a ceasefire today', 'Anna Keller', 'supports'],
    ['the proposal was a trap and that fighting would continue', 'Opposition', 'opposes'],
    ['the talks could last for weeks', 'Foreign minister', 'neutral'],
  ]) {
    await app.call('addStatement', original.id, { anchor: { exact }, speaker: { name }, stance })
  }
  const exported = await app.call<{ content: string }>(
    'exportArticle',
    original.id,
    'web-annotation',
  )
  const edited = text
    .replace('on Tuesday', 'on a rainy Tuesday')
    .replace('was a trap', 'was a dangerous trap')
    .replace('According to the foreign minister, the talks could last for weeks.', 'No comment.')
  await app.call('importArticle', { text: edited, meta: { title: 'Talks resume, updated' } })

  const library = page.getByRole('navigation', { name: 'Library' })
  await library.getByRole('button', { name: /Talks resume, updated/ }).click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    'Talks resume, updated',
  )
  await page.getByText('Annotations', { exact: true }).click()
  await page.screenshot({ path: testInfo.outputPath('annotations-menu.png') })
  await chooseAnnotationsFile(page, exported.content)
  await expect(page.getByRole('alert')).toContainText(
    'Imported annotations: placed 2 statements. Could not place 1: “the talks could last for weeks” (its words are no longer in the text).',
  )
  const panel = page.getByRole('complementary', { name: 'Statements' })
  await expect(panel.getByRole('region', { name: 'Anna Keller' })).toContainText('Supports')
  await expect(panel.getByRole('region', { name: 'Opposition' })).toContainText(
    'the proposal was a dangerous trap and that fighting would continue',
  )
  await page.screenshot({ path: testInfo.outputPath('annotations-imported.png') })
})

test('while annotations are being imported, the article says it cannot be changed, and nothing coded meanwhile is lost', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'This holds back the local host’s answer.')
  const { page } = app
  const text = 'Talks resumed in Geneva on Tuesday. “We are ready to sign,” said Anna Keller.'
  const original = await app.call<{ id: string }>('importArticle', {
    text,
    meta: { title: 'Talks resume' },
  })
  await app.call('addStatement', original.id, {
    anchor: { exact: 'We are ready to sign' },
    speaker: { name: 'Anna Keller' },
    stance: 'supports',
  })
  const exported = await app.call<{ content: string }>(
    'exportArticle',
    original.id,
    'web-annotation',
  )
  await app.call('importArticle', { text, meta: { title: 'Talks resume, a copy' } })
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /Talks resume, a copy/ })
    .click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    'Talks resume, a copy',
  )

  // The import's answer is held back while the analyst goes on marking, as on a busy disk.
  const release = await holdRequests(page, 'importAnnotations')
  await page.getByText('Annotations', { exact: true }).click()
  await chooseAnnotationsFile(page, exported.content)
  await expect(page.getByText('Working…')).toBeVisible()
  await selectWithMouse(page, 'Talks resumed in Geneva')
  await page.getByRole('button', { name: 'Mark statement' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'being imported' })).toHaveText(
    'Annotations are being imported into this article; it can be changed again in a moment.',
  )
  await page.screenshot({ path: testInfo.outputPath('annotations-importing.png') })
  await release()

  await expect(page.getByRole('alert')).toContainText('Imported annotations: placed 1 statement.')
  const panel = page.getByRole('complementary', { name: 'Statements' })
  await expect(panel.getByRole('region', { name: 'Anna Keller' })).toContainText('Supports')
  await selectWithMouse(page, 'Talks resumed in Geneva')
  await page.getByRole('button', { name: 'Mark statement' }).click()
  await expect(page.getByRole('combobox', { name: 'Speaker', exact: true })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(panel.getByRole('heading', { name: /^Statements/ })).toContainText('2')
})

test('the explorer exports the statements its filters select as W3C Web Annotations', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'This reads the browser download.')
  const { page } = app
  await page.getByRole('link', { name: 'Statements', exact: true }).click()
  const explorer = page.getByRole('main', { name: 'Statement explorer' })
  await explorer.getByRole('combobox', { name: 'Stance' }).selectOption('opposes')
  const started = page.waitForEvent('download')
  await explorer
    .getByRole('combobox', { name: 'Export these statements' })
    .selectOption('W3C Web Annotations (JSON-LD)')
  const download = await started
  expect(download.suggestedFilename()).toBe('stancemark-annotations.jsonld')
  const { readFile } = await import('node:fs/promises')
  const collection = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    type: string
    first: { items: { body: { purpose: string; value: string }[] }[] }
  }
  expect(collection.type).toBe('AnnotationCollection')
  const stances = collection.first.items.map(
    (item) => item.body.find((body) => body.purpose === 'assessing')?.value,
  )
  expect(stances.length).toBeGreaterThan(0)
  expect(new Set(stances)).toEqual(new Set(['opposes']))
})

test('a folder import shows its progress file by file, and Cancel stops it after the file under way', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'This holds back the local host’s answer.')
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
