import { expect, holdRequests, test } from '../app'
import { askToMerge } from '../askToMerge'
import { views } from '../views'
import { openCodebook } from './openCodebook'

test('a position added while the last one is still being saved leaves the position edited meanwhile open', async ({
  app,
}, testInfo) => {
  test.skip(
    testInfo.project.name === 'electron',
    'It holds back the local host’s answer to test a late reply; the desktop window is answered over IPC, not by the host.',
  )
  const { page } = app
  await views(page).getByRole('link', { name: 'Codebook' }).click()
  const tree = page.getByRole('tree', { name: 'Positions' })
  await expect(tree.getByRole('treeitem')).toHaveCount(4)
  // The new position's answer is held back until the analyst has gone on, as on a busy disk.
  const release = await holdRequests(page, 'savePosition')
  await page.getByRole('textbox', { name: 'New position' }).fill('Fishing quotas')
  await page.keyboard.press('Enter')
  await tree.getByRole('treeitem').filter({ hasText: 'Joint water commission' }).click()
  const form = page.getByRole('form', { name: 'Position' })
  await form.getByRole('textbox', { name: 'Description' }).fill('Proposed by both ministries.')
  await release()

  await expect(tree.getByRole('treeitem').filter({ hasText: 'Fishing quotas' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'New position' })).toHaveValue('')
  await expect(form.getByRole('heading', { name: 'Joint water commission' })).toBeVisible()
  await expect(form.getByRole('textbox', { name: 'Description' })).toHaveValue(
    'Proposed by both ministries.',
  )
})

test('deleting a position that statements use asks what to do with them, and recodes them', async ({
  app,
}) => {
  const { page } = app
  await views(page).getByRole('link', { name: 'Codebook' }).click()
  const tree = page.getByRole('tree', { name: 'Positions' })
  await tree.getByRole('treeitem').filter({ hasText: 'Joint water commission' }).click()
  const form = page.getByRole('form', { name: 'Position' })
  await form.getByRole('button', { name: 'Delete position' }).click()
  const ask = form.getByRole('group', { name: 'Delete a position used by statements' })
  await expect(ask).toContainText(
    '1 statement is coded with “Joint water commission”. What should happen to them?',
  )
  await expect(ask.getByRole('button', { name: 'Recode and delete' })).toBeDisabled()
  const recodeAs = ask.getByRole('combobox', { name: 'Recode statements as' })
  await recodeAs.fill('negotiated')
  await recodeAs.press('Enter')
  await expect(recodeAs).toHaveValue('Negotiated settlement')
  await ask.getByRole('button', { name: 'Recode and delete' }).click()
  await expect(tree.getByRole('treeitem')).toHaveCount(3)
  await expect(
    tree.getByRole('treeitem').filter({ hasText: 'Negotiated settlement' }).locator('.count'),
  ).toHaveText('5')
})

test('merging a position first says what will happen, and the merge can be undone', async ({
  app,
}) => {
  const { page } = app
  const { tree, labels } = await openCodebook(page)
  await tree.getByRole('treeitem', { name: /Joint water commission/ }).click()
  const form = page.getByRole('form', { name: 'Position' })
  await askToMerge(page, form, 'Negotiated settlement')

  const confirm = page.getByRole('group', {
    name: 'Merge “Joint water commission” into “Negotiated settlement”',
  })
  await expect(confirm).toContainText(
    'The 1 statement coded “Joint water commission” will be recoded as “Negotiated settlement”, and “Joint water commission” will leave the codebook.',
  )
  await page.keyboard.press('Enter')
  const notice = page.getByRole('status').filter({ hasText: 'Merged' })
  await expect(notice).toContainText(
    'Merged “Joint water commission” into “Negotiated settlement”: 1 statement recoded.',
  )
  await expect(labels).toHaveCount(3)

  await notice.getByRole('button', { name: 'Undo merge' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'undone' })).toHaveText(
    'Merge undone: “Joint water commission” is back with its 1 statement.',
  )
  await expect(labels).toHaveCount(4)
  await expect(tree.getByRole('treeitem', { name: /Joint water commission/ })).toContainText('1')
})
