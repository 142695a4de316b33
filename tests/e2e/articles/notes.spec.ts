import { expect, test } from '../app'

test('a key typed right after a notes toolbar button is clicked lands in the notes', async ({
  app,
}) => {
  const { page } = app
  const notes = page.getByRole('textbox', { name: 'Analyst notes' })
  await notes.click()
  await page.keyboard.type('Context')
  await page.keyboard.press('Enter')
  // The editor hands focus back a frame after a toolbar command; on a busy machine keys come first.
  await page.evaluate(() => {
    const held: FrameRequestCallback[] = []
    const own = window.requestAnimationFrame
    Object.assign(window, { heldFrames: held, ownFrame: own })
    window.requestAnimationFrame = (callback) => held.push(callback)
  })
  await page.getByRole('button', { name: 'Bulleted list' }).click()
  await page.keyboard.type('ask')
  await page.evaluate(() => {
    const { heldFrames, ownFrame } = window as unknown as {
      heldFrames: FrameRequestCallback[]
      ownFrame: typeof requestAnimationFrame
    }
    window.requestAnimationFrame = ownFrame
    for (const callback of heldFrames.splice(0)) callback(performance.now())
  })
  await expect(notes.getByRole('listitem')).toHaveText('ask')
})

test('analyst notes keep headings, lists, links and bold through a restart and into the export', async ({
  app,
}) => {
  let { page } = app
  const notes = page.getByRole('textbox', { name: 'Analyst notes' })
  await notes.click()
  await page.getByRole('button', { name: 'Heading' }).click()
  await page.keyboard.type('Context')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Compare with the ')
  await page.keyboard.press('Control+B')
  await page.keyboard.type('March readout')
  await page.keyboard.press('Control+B')
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Bulleted list' }).click()
  await page.keyboard.type('ask the ministry')
  await page.keyboard.press('Shift+ArrowLeft')
  await page.keyboard.press('Control+Shift+ArrowLeft')
  await page.getByRole('button', { name: 'Link' }).click()
  await page.getByRole('textbox', { name: 'Link address' }).fill('https://example.org/ministry')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

  await app.restart()
  page = app.page
  const reopened = page.getByRole('textbox', { name: 'Analyst notes' })
  await expect(reopened.getByRole('heading', { name: 'Context' })).toBeVisible()
  await expect(reopened.locator('strong')).toHaveText('March readout')
  await expect(reopened.getByRole('listitem')).toHaveText('ask the ministry')
  await expect(reopened.getByRole('link', { name: 'ministry' })).toHaveAttribute(
    'href',
    'https://example.org/ministry',
  )

  const { content } = await app.exportMarkdown()
  const notesSection = content.slice(content.indexOf('## Notes'))
  expect(notesSection).toBe(
    '## Notes\n\n### Context\n\nCompare with the **March readout**\n\n- ask the [ministry](https://example.org/ministry)\n',
  )
})
