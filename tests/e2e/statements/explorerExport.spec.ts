import { expect, test } from '../app'
import { views } from '../views'

test('the explorer exports the statements its filters select as CSV and as a network', async ({
  app,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'This reads the browser download; the desktop save dialog is exercised by the Markdown export.',
  )
  const { page } = app
  await views(page).getByRole('link', { name: 'Statements' }).click()
  const explorer = page.getByRole('main', { name: 'Statement explorer' })
  await explorer.getByRole('combobox', { name: 'Stance' }).selectOption('supports')
  await expect(explorer.getByRole('status').first()).toContainText('5 statements')
  const { readFile } = await import('node:fs/promises')
  const download = async (choice: string) => {
    const started = page.waitForEvent('download')
    await explorer.getByRole('combobox', { name: 'Export these statements' }).selectOption(choice)
    const file = await started
    return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') }
  }

  const csv = await download('Table (CSV)')
  expect(csv.name).toBe('stancemark-statements.csv')
  const lines = csv.text.split('\r\n')
  expect(lines[0]).toBe(
    'statement_id,article_id,title,source,published,speaker,speaker_kind,organisation,position,position_path,stance,tags,note,quote,start,end,cue,mode,coder',
  )
  expect(lines.filter(Boolean)).toHaveLength(6)
  expect(csv.text).toContain(
    ',Ilse Marrow,person,,Negotiated settlement,Negotiated settlement,supports,',
  )
  expect(csv.text).not.toContain(',opposes,')
  await expect(explorer.getByText('Downloaded “stancemark-statements.csv”.')).toBeVisible()

  const network = await download('Speaker × position network (GEXF)')
  expect(network.name).toBe('stancemark-speaker-position.gexf')
  expect(network.text).toContain('<node id="')
  expect(network.text).toContain('label="Ilse Marrow"')
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
