import type { Page } from '@playwright/test'
import { expect, holdRequests, selectWithMouse, test } from '../app'

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
  const original = await app.call('importArticle', {
    text,
    meta: { title: 'Talks resume' },
  })
  for (const [exact, name, stance] of [
    ['We are ready to sign a ceasefire today', 'Anna Keller', 'supports'],
    ['the proposal was a trap and that fighting would continue', 'Opposition', 'opposes'],
    ['the talks could last for weeks', 'Foreign minister', 'neutral'],
  ] as const) {
    await app.call('addStatement', original.id, { anchor: { exact }, speaker: { name }, stance })
  }
  const exported = await app.call('exportArticle', original.id, 'web-annotation')
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
  test.skip(
    testInfo.project.name === 'electron',
    'It holds back the local host’s answer to test a late reply; the desktop window is answered over IPC, not by the host.',
  )
  const { page } = app
  const text = 'Talks resumed in Geneva on Tuesday. “We are ready to sign,” said Anna Keller.'
  const original = await app.call('importArticle', {
    text,
    meta: { title: 'Talks resume' },
  })
  await app.call('addStatement', original.id, {
    anchor: { exact: 'We are ready to sign' },
    speaker: { name: 'Anna Keller' },
    stance: 'supports',
  })
  const exported = await app.call('exportArticle', original.id, 'web-annotation')
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
