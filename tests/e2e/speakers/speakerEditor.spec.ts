import type { Locator, Page } from '@playwright/test'
import { expect, holdRequests, test } from '../app'

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' })

/** The codebook's tree, its labels, and the four positions a new archive has. */
async function openCodebook(page: Page) {
  await views(page).getByRole('link', { name: 'Codebook' }).click()
  const tree = page.getByRole('tree', { name: 'Positions' })
  const labels = tree.locator('.position-label')
  await expect(labels).toHaveCount(4)
  return { tree, labels, four: await labels.allTextContents() }
}

async function openSpeaker(page: Page, name: string) {
  await views(page).getByRole('link', { name: 'Speakers' }).click()
  await page
    .getByRole('navigation', { name: 'Speakers' })
    .getByRole('button', { name: new RegExp(`^${name} `) })
    .click()
  const form = page.getByRole('form', { name: 'Speaker' })
  await expect(form.getByRole('heading', { name, level: 1 })).toBeVisible()
  return form
}

test('a speaker saved from an editor opened before an alias was added in another window keeps the alias', async ({
  app,
}) => {
  const form = await openSpeaker(app.page, 'Ilse Marrow')
  const list = app.page.getByRole('navigation', { name: 'Speakers' })

  // While her editor is open here, another window teaches the archive another name for her.
  const second = await app.openSecondWindow()
  const elsewhere = await openSpeaker(second, 'Ilse Marrow')
  await elsewhere.getByRole('textbox', { name: 'Also known as' }).fill('President Marrow')
  await elsewhere.getByRole('button', { name: 'Save speaker' }).click()
  await expect(list.getByRole('button', { name: /^Ilse Marrow/ })).toContainText(
    'also President Marrow',
  )

  await form.getByRole('textbox', { name: 'Notes' }).fill('Speaks for the presidential office.')
  await form.getByRole('button', { name: 'Save speaker' }).click()
  await expect(form.getByRole('status')).toHaveText('Saved. Every statement shows the new details.')
  await expect(form.getByRole('textbox', { name: 'Also known as' })).toHaveValue('President Marrow')

  await app.restart()
  const after = await openSpeaker(app.page, 'Ilse Marrow')
  await expect(after.getByRole('textbox', { name: 'Also known as' })).toHaveValue(
    'President Marrow',
  )
  await expect(after.getByRole('textbox', { name: 'Notes' })).toHaveValue(
    'Speaks for the presidential office.',
  )
})

test('a merge that answers after the analyst went on to another speaker leaves that speaker open', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'This holds back the local host’s answer.')
  const { page } = app
  const [sample] = (await app.call<{ items: { id: string }[] }>('listArticles', {})).items
  await app.call('addStatement', sample.id, {
    anchor: { exact: 'no one gains from a closed river' },
    speaker: { name: 'Tomas Vel' },
  })
  const form = await openSpeaker(page, 'Tomas Vel')
  const list = page.getByRole('navigation', { name: 'Speakers' })
  // The merge's answer is held back until the analyst has gone on, as on a busy disk.
  const release = await holdRequests(page, 'mergeSpeakers')
  const mergeInto = form.getByRole('combobox', { name: 'Merge into' })
  await mergeInto.fill('Tomas Vell')
  await mergeInto.press('Enter')
  await form.getByRole('button', { name: 'Merge…' }).click()
  await form
    .getByRole('group', { name: 'Merge “Tomas Vel” into “Tomas Vell”' })
    .getByRole('button', { name: 'Merge', exact: true })
    .click()
  await list.getByRole('button', { name: /^Ilse Marrow/ }).click()
  await expect(page.getByRole('heading', { name: 'Ilse Marrow', level: 1 })).toBeVisible()
  await release()

  await expect(list.getByRole('button', { name: /^Tomas Vell/ })).toContainText('also Tomas Vel')
  await expect(list.getByRole('button', { name: /Tomas Vel person/ })).toHaveCount(0)
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ilse Marrow')
})

test('a speaker without statements is deleted at once, and stays deleted', async ({ app }) => {
  await app.call('saveSpeaker', { name: 'Marta Quell', kind: 'person', aliases: [], notes: '' })
  const form = await openSpeaker(app.page, 'Marta Quell')
  await form.getByRole('button', { name: 'Delete speaker' }).click()
  const list = app.page.getByRole('navigation', { name: 'Speakers' })
  await expect(list.getByRole('button', { name: /^Marta Quell/ })).toHaveCount(0)
  await expect(app.page.getByText('Choose a speaker to edit their names')).toBeVisible()

  await app.restart()
  await views(app.page).getByRole('link', { name: 'Speakers' }).click()
  await expect(app.page.getByRole('navigation', { name: 'Speakers' })).toContainText('5 speakers')
})

test('a delete that answers after the analyst went on to another speaker leaves that speaker open', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'This holds back the local host’s answer.')
  const { page } = app
  await app.call('saveSpeaker', { name: 'Marta Quell', kind: 'person', aliases: [], notes: '' })
  const form = await openSpeaker(page, 'Marta Quell')
  const list = page.getByRole('navigation', { name: 'Speakers' })
  // The delete's answer is held back until the analyst has gone on, as on a busy disk.
  const release = await holdRequests(page, 'deleteSpeaker')
  await form.getByRole('button', { name: 'Delete speaker' }).click()
  await list.getByRole('button', { name: /^Ilse Marrow/ }).click()
  await expect(page.getByRole('heading', { name: 'Ilse Marrow', level: 1 })).toBeVisible()
  await release()

  await expect(list.getByRole('button', { name: /^Marta Quell/ })).toHaveCount(0)
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ilse Marrow')
})

test('a list of speakers that answers late does not take away a speaker added since', async ({
  app,
}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'This holds back the local host’s answer.')
  const { page } = app
  const [sample] = (await app.call<{ items: { id: string }[] }>('listArticles', {})).items
  await views(page).getByRole('link', { name: 'Speakers' }).click()
  const list = page.getByRole('navigation', { name: 'Speakers' })
  await expect(list.getByText('5 speakers')).toBeVisible()

  // The list asked for after the first new speaker comes back late, as on a busy machine.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  let answered = () => {}
  const computed = new Promise<void>((resolve) => (answered = resolve))
  let first = true
  await page.route('**/api/listSpeakers', async (route) => {
    if (!first) return route.continue()
    first = false
    const response = await route.fetch()
    answered()
    await held
    await route.fulfill({ response })
  })
  const late = page.waitForResponse('**/api/listSpeakers')
  // Statements from a script, each naming a speaker the archive did not know yet.
  await app.call('addStatement', sample.id, {
    anchor: { exact: 'no one gains from a closed river' },
    speaker: { name: 'Dara Quill' },
  })
  await computed
  await app.call('addStatement', sample.id, {
    anchor: { exact: 'Our fields cannot wait' },
    speaker: { name: 'Harbour Master Ilona Prest' },
  })
  await expect(list.getByText('7 speakers')).toBeVisible()
  release()
  await late
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)))

  await expect(list.getByText('7 speakers')).toBeVisible()
  await expect(list.getByRole('button', { name: /^Harbour Master Ilona Prest/ })).toBeVisible()
})

test('two quick Alt+↓ presses move a position two places down', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'This holds back the local host’s answer.')
  const { page } = app
  const { tree, labels, four } = await openCodebook(page)
  const [first, second, third, fourth] = four

  // Both presses come before the first move's answer, as on a busy disk.
  const release = await holdRequests(page, 'movePosition')
  await tree.getByRole('treeitem').filter({ hasText: first }).focus()
  await page.keyboard.press('Alt+ArrowDown')
  await page.keyboard.press('Alt+ArrowDown')
  await release()

  await expect(labels).toHaveText([second, third, first, fourth])
  await app.restart()
  await views(app.page).getByRole('link', { name: 'Codebook' }).click()
  await expect(
    app.page.getByRole('tree', { name: 'Positions' }).locator('.position-label'),
  ).toHaveText([second, third, first, fourth])
})

test('finding a position shows it where it sits, under the positions above it', async ({ app }) => {
  const { page } = app
  const { tree, labels, four } = await openCodebook(page)
  const [first, second, third, fourth] = four
  // The second becomes a sub-position of the first.
  await tree.getByRole('treeitem').filter({ hasText: second }).focus()
  await page.keyboard.press('Alt+ArrowRight')
  await expect(tree.getByRole('treeitem', { name: second })).toHaveAttribute('aria-level', '2')

  const find = page.getByRole('searchbox', { name: 'Find a position' })
  await find.fill(second.toUpperCase())
  await expect(labels).toHaveText([first, second])
  await expect(
    page.getByText('2 of 4 positions shown · clear the search to move them'),
  ).toBeVisible()
  // Moving is for the whole codebook: Alt+← does nothing while some positions are hidden.
  await tree.getByRole('treeitem', { name: second }).focus()
  await page.keyboard.press('Alt+ArrowLeft')
  await find.fill(third)
  await expect(labels).toHaveText([third])
  await find.fill('no such position')
  await expect(labels).toHaveCount(0)
  await expect(
    page.getByText('No position’s label or description holds “no such position”.'),
  ).toBeVisible()
  await find.fill('')
  await expect(labels).toHaveText([first, second, third, fourth])
  await expect(tree.getByRole('treeitem', { name: second })).toHaveAttribute('aria-level', '2')
  await expect(page.getByText('4 positions', { exact: true })).toBeVisible()
})

/** Two statements of a duplicate “Tomas Vel” in the sample article; answers their ids. */
async function duplicateSpeaker(app: import('../app').App) {
  const [sample] = (await app.call<{ items: { id: string }[] }>('listArticles', {})).items
  const ids: string[] = []
  for (const exact of ['no one gains from a closed river', 'Vell himself was more conciliatory']) {
    const added = await app.call<{ statement: { id: string } }>('addStatement', sample.id, {
      anchor: { exact },
      speaker: { name: 'Tomas Vel' },
    })
    ids.push(added.statement.id)
  }
  return { articleId: sample.id, statementIds: ids }
}

/** Chooses the entry to merge into and asks to merge, with the keyboard. */
async function askToMerge(page: Page, form: Locator, into: string) {
  await form.getByRole('combobox', { name: 'Merge into' }).focus()
  await page.keyboard.type(into)
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(form.getByRole('button', { name: 'Merge…' })).toBeFocused()
  await page.keyboard.press('Enter')
}

test('merging a speaker first says what will happen, and the merge can be undone', async ({
  app,
}) => {
  const { page } = app
  await duplicateSpeaker(app)
  const form = await openSpeaker(page, 'Tomas Vel')
  const list = page.getByRole('navigation', { name: 'Speakers' })
  await askToMerge(page, form, 'tomas vell')

  const confirm = page.getByRole('group', { name: 'Merge “Tomas Vel” into “Tomas Vell”' })
  await expect(confirm).toContainText(
    'The 2 statements of “Tomas Vel” will move to “Tomas Vell”, and “Tomas Vel” will become one of its aliases.',
  )
  await expect(confirm.getByRole('button', { name: 'Merge', exact: true })).toBeFocused()
  await expect(list.getByRole('button', { name: /^Tomas Vel person/ })).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('merge-confirm.png') })
  await page.keyboard.press('Enter')

  const notice = page.getByRole('status').filter({ hasText: 'Merged' })
  await expect(notice).toContainText(
    'Merged “Tomas Vel” into “Tomas Vell”: 2 statements moved, and “Tomas Vel” is now an alias of “Tomas Vell”.',
  )
  await expect(page.getByRole('heading', { name: 'Tomas Vell', level: 1 })).toBeVisible()
  await expect(list.getByRole('button', { name: /^Tomas Vell/ })).toContainText('also Tomas Vel')
  await expect(list.getByRole('button', { name: /^Tomas Vel person/ })).toHaveCount(0)

  await notice.getByRole('button', { name: 'Undo merge' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'undone' })).toHaveText(
    'Merge undone: “Tomas Vel” is back with its 2 statements.',
  )
  await expect(list.getByRole('button', { name: /^Tomas Vel person/ })).toContainText('2')
  await expect(list.getByRole('button', { name: /^Tomas Vell/ })).not.toContainText('also')

  await app.restart()
  await views(app.page).getByRole('link', { name: 'Speakers' }).click()
  const after = app.page.getByRole('navigation', { name: 'Speakers' })
  await expect(after.getByRole('button', { name: /^Tomas Vel person/ })).toContainText('2')
  await expect(after.getByRole('button', { name: /^Tomas Vell/ })).toContainText('1')
})

test('undoing a merge after one of the moved statements was recoded is refused with why, and changes nothing', async ({
  app,
}) => {
  const { page } = app
  const { articleId, statementIds } = await duplicateSpeaker(app)
  const form = await openSpeaker(page, 'Tomas Vel')
  await askToMerge(page, form, 'tomas vell')
  await page.keyboard.press('Enter')
  const notice = page.getByRole('status').filter({ hasText: 'Merged' })
  await expect(notice).toBeVisible()

  const speakers = await app.call<{ id: string; name: string }[]>('listSpeakers')
  const ilse = speakers.find((s) => s.name === 'Ilse Marrow')!
  await app.call('updateStatement', articleId, statementIds[0], { speakerId: ilse.id })
  await notice.getByRole('button', { name: 'Undo merge' }).click()
  await expect(page.getByRole('alert')).toHaveText(
    'The merge cannot be undone: 1 of the 2 statements it moved has been changed since.',
  )
  const list = page.getByRole('navigation', { name: 'Speakers' })
  await expect(list.getByRole('button', { name: /^Tomas Vel person/ })).toHaveCount(0)
  await expect(list.getByRole('button', { name: /^Tomas Vell/ })).toContainText('also Tomas Vel')
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
