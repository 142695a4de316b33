import { expect, test } from '../app'

test('an article exports its statements as CSV from its Export menu', async ({ app }, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'This reads the browser download; the desktop save dialog is exercised by the Markdown export.',
  )
  const { page } = app
  const { readFile } = await import('node:fs/promises')
  await page.getByRole('toolbar', { name: 'Article' }).getByText('Export', { exact: true }).click()
  await page.screenshot({ path: testInfo.outputPath('article-export-menu.png') })
  const started = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Statements as CSV for Excel' }).click()
  const download = await started
  expect(download.suggestedFilename()).toBe('stancemark-statements.csv')
  const bytes = await readFile((await download.path())!)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean)
  expect(lines[0]).toBe(
    'statement_id,article_id,title,source,published,speaker,speaker_kind,organisation,position,position_path,stance,tags,note,quote,start,end,cue,mode,coder',
  )
  expect(lines.length).toBeGreaterThan(1)
  for (const line of lines.slice(1))
    expect(line).toContain(
      ',Veloria and Kestran leaders discuss river dispute in first call since border closure,',
    )
})
