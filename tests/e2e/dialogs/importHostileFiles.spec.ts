import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { benignMarkers, unsafeMarkdownNodes } from '../../support/unsafeMarkdownNodes'
import { expect, test } from '../app'

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'hostile')

/** What a hostile article could do to the page, watched from before it is imported. */
async function watch(page: Page) {
  const origin = new URL(page.url()).origin
  const outside: string[] = []
  const dialogs: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) outside.push(request.url())
  })
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  // Whatever slipped through is stopped here, so no test ever sends traffic off this machine.
  await page.context().route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  )
  await page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { __violations: string[] }).__violations = seen
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  return {
    async assertNothingHappened() {
      const state = await page.evaluate(() => {
        const w = window as unknown as { __xss?: unknown; __violations: string[] }
        return { sentinel: w.__xss, violations: w.__violations }
      })
      expect(state.sentinel, 'a payload ran').toBeUndefined()
      expect(state.violations, 'the page tried to load or run something').toEqual([])
      expect(dialogs, 'a payload opened a dialog').toEqual([])
      expect(outside, 'a request left the app').toEqual([])
      expect(new URL(page.url()).origin).toBe(origin)
    },
  }
}

async function importFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await page.getByRole('button', { name: 'Import article' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await dialog.getByRole('tab', { name: 'File' }).click()
  await dialog.locator('input[type="file"]').setInputFiles(file)
  await dialog.getByRole('button', { name: 'Import' }).click()
  return dialog
}

/** Elements and attributes in the article's text that could run, load or navigate anything. */
function liveContent(page: Page): Promise<string[]> {
  return page.locator('.article-text').evaluate((root) => {
    const found: string[] = []
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase()
      const separator = tag === 'img' && element.classList.contains('ProseMirror-separator')
      if (
        /^(script|iframe|object|embed|svg|math|img|video|audio|source|style|link|meta|base|form|input|button|textarea|frame|frameset|template)$/.test(
          tag,
        ) &&
        !separator
      )
        found.push(`<${tag}>`)
      for (const { name, value } of Array.from(element.attributes)) {
        if (
          /^on/i.test(name) ||
          /^(src|srcset|srcdoc|style|formaction|action|background|poster|xlink:href|ping)$/i.test(
            name,
          )
        )
          found.push(`${tag}[${name}=${value}]`)
        if (name === 'href' && !/^(https?:|mailto:)/i.test(value))
          found.push(`${tag}[href=${value}]`)
      }
    }
    return found
  })
}

for (const [name, title] of [
  ['council-xss.html', 'Council approves riverside plan'],
  ['harbour-xss.md', /^Harbour levy vote/],
] as const) {
  test(`the hostile article ${name} imports as readable text and nothing in it runs or loads`, async ({
    app,
  }) => {
    const { page } = app
    const watching = await watch(page)
    const path = join(fixtures, name)
    await importFile(page, path)
    await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(title)
    const text = page.locator('.article-text')
    for (const marker of benignMarkers(readFileSync(path, 'utf8')))
      await expect(text).toContainText(marker)
    // Hovering and clicking would fire any handler that survived.
    await text.locator('p').first().hover()
    await text.locator('p').nth(2).click()
    await page.keyboard.press('Tab')
    expect(await liveContent(page)).toEqual([])

    const exported = await app.exportMarkdown()
    expect(unsafeMarkdownNodes(exported.content)).toEqual([])
    await watching.assertNothingHappened()
  })
}

test('a 10,000-paragraph article imports, and the app still answers a click', async ({ app }) => {
  const { page } = app
  const text = Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i + 1} of the long report.`)
  const path = test.info().outputPath('long-report.txt')
  await writeFile(path, text.join('\n\n'))
  await importFile(page, path)
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('long-report')
  await expect(page.locator('.article-text p')).toHaveCount(10_000)
  await page.locator('.article-text p').last().scrollIntoViewIfNeeded()
  await expect(page.locator('.article-text p').last()).toHaveText(
    'Paragraph 10000 of the long report.',
  )
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /Veloria and Kestran leaders/ })
    .click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    /Veloria and Kestran leaders/,
  )
})

test('a file over 20 MB is refused with the size and the limit, and the app carries on', async ({
  app,
}) => {
  const { page } = app
  const buffer = Buffer.alloc(21 * 1024 * 1024, 'a')
  const dialog = await importFile(page, {
    name: 'archive-dump.txt',
    mimeType: 'text/plain',
    buffer,
  })
  await expect(dialog.getByRole('alert')).toHaveText(
    '“archive-dump.txt” is 21.0 MB; Stancemark imports files up to 20 MB.',
  )
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await page
    .getByRole('navigation', { name: 'Library' })
    .getByRole('button', { name: /Veloria and Kestran leaders/ })
    .click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue(
    /Veloria and Kestran leaders/,
  )
})
