import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, selectWithMouse, test } from '../app'

const SAMPLE_NOTE =
  'Veloria and Kestran leaders discuss river dispute in first call since border closure.md'
const QUOTE = 'no one gains from a closed river'
/** How a note shows a coded statement's quote (the words alone are in the article's text too). */
const MARKED = `==${QUOTE}==`

test.use({ liveVault: 'Research vault' })

test('with --vault, a statement coded in the window reaches its note on disk, and the Export dialog turns the live vault off and on', async ({
  app,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'The desktop app names its live vault in a folder dialog; --vault is the local host’s.',
  )
  const { page } = app
  await expect.poll(async () => (await app.call('getLiveVault')).updated).not.toBeNull()
  const { folder } = await app.call('getLiveVault')
  const notePath = join(folder!, 'Articles', SAMPLE_NOTE)
  const speakerPath = join(folder!, 'Speakers', 'Tomas Vell.md')
  expect(await readFile(notePath, 'utf8')).not.toContain(MARKED)

  await selectWithMouse(page, QUOTE)
  await page.keyboard.press('m')
  await expect(page.getByRole('combobox', { name: 'Speaker', exact: true })).toBeFocused()
  await page.keyboard.type('Tomas Vell')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Negotiated sett')
  await page.keyboard.press('Enter')
  await page.keyboard.press('s')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

  // The note changes on disk, with no export asked for.
  await expect.poll(() => readFile(notePath, 'utf8')).toContain(MARKED)
  await expect.poll(() => readFile(speakerPath, 'utf8')).toContain(MARKED)

  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  const live = dialog.getByRole('group', { name: 'Live vault' })
  await expect(
    live.getByRole('status').filter({ hasText: `Keeping the vault in “${folder}” in sync` }),
  ).toBeVisible()
  await live.getByRole('button', { name: 'Stop keeping it in sync' }).click()
  await expect(
    live
      .getByRole('status')
      .filter({ hasText: `The vault in “${folder}” is not kept in sync now.` }),
  ).toBeVisible()
  await live.getByRole('button', { name: 'Keep it in sync again' }).click()
  await expect(
    live.getByRole('status').filter({ hasText: `Keeping the vault in “${folder}” in sync` }),
  ).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('live-vault.png') })
})
