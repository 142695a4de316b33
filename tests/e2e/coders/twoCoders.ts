import type { Page } from '@playwright/test'
import { expect, type App } from '../app'
import { views } from '../views'

export const TITLE = 'Harbour talks'
export const SOURCE = 'Harbour Wire'
export const TEXT =
  'Tomas Vell said a settlement was near. The ministry said the harbour stays shut. Nobody knows when the ferries return. Lena Ost thinks the talks will fail.'

/** Goes to Settings and codes as `name` from now on, as a second person sitting down at the machine does. */
export async function codeAs(page: Page, name: string): Promise<void> {
  await views(page).getByRole('link', { name: 'Settings' }).click()
  const coders = page.getByRole('region', { name: 'Coders of this archive' })
  await coders.getByRole('button', { name: `Code as ${name}` }).click()
  await expect(
    page.getByRole('region', { name: 'You code as' }).getByLabel('Your name'),
  ).toHaveValue(name)
}

/** In Settings: the machine's coder renamed `first`, and `second` added; the harbour article imported. */
export async function twoCodersAndAnArticle(app: App, first = 'Ana', second = 'Ben') {
  const { page } = app
  const article = await app.call('importArticle', {
    text: TEXT,
    meta: { title: TITLE, source: SOURCE, published: '2024-05-02' },
  })
  await views(page).getByRole('link', { name: 'Settings' }).click()
  const you = page.getByRole('region', { name: 'You code as' })
  await you.getByLabel('Your name').fill(first)
  await you.getByRole('button', { name: 'Save' }).click()
  await expect(you.getByRole('status')).toHaveText('Saved.')
  const coders = page.getByRole('region', { name: 'Coders of this archive' })
  await coders.getByLabel('New coder’s name').fill(second)
  await coders.getByRole('button', { name: 'Add coder' }).click()
  await expect(coders.getByRole('listitem')).toHaveText([
    new RegExp(`^${first}`),
    new RegExp(`^${second}`),
  ])
  return article.id
}

/** In the library: the article chosen and given to both coders to code independently. */
export async function giveToBoth(page: Page, title = TITLE): Promise<void> {
  await views(page).getByRole('link', { name: 'Articles' }).click()
  await page.getByRole('checkbox', { name: `Choose “${title}”` }).check()
  await page
    .getByRole('group', { name: 'Chosen articles' })
    .getByRole('button', { name: 'Code independently…' })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Code independently' })
  await expect(dialog.getByRole('checkbox', { name: /Ana/ })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: /Ben/ })).toBeChecked()
  await dialog.getByRole('button', { name: 'Give to 2 coders' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByRole('button', { name: new RegExp(`^${title}`) })).toContainText(
    '2 coders · 0 done',
  )
}

/**
 * Set up as scripts would: the harbour article coded by the machine's coder (renamed Ana) and by
 * Ben, both done; three of its four units disagree. The machine codes as Ana again afterwards.
 */
export async function codedByBoth(app: App): Promise<string> {
  const article = await app.call('importArticle', {
    text: TEXT,
    meta: { title: TITLE, source: SOURCE, published: '2024-05-02' },
  })
  const ana = await app.call('getCoder')
  await app.call('saveCoder', { id: ana.id, name: 'Ana' })
  const ben = await app.call('saveCoder', { name: 'Ben' })
  await app.call('assignCoding', { articleIds: [article.id], coderIds: [ana.id, ben.id] })
  const code = async (statements: [string, string, ('supports' | 'opposes' | 'neutral')?][]) => {
    for (const [exact, speaker, stance] of statements)
      await app.call('addStatement', article.id, {
        anchor: { exact },
        speaker: { name: speaker },
        stance,
      })
    await app.call('setCodingDone', article.id, true)
  }
  await code([
    ['a settlement was near', 'Tomas Vell', 'supports'],
    ['the harbour stays shut', 'Kestran Ministry', 'opposes'],
    ['the talks will fail', 'Lena Ost', 'opposes'],
  ])
  await app.call('switchCoder', ben.id)
  await code([
    ['a settlement was near', 'Tomas Vell', 'supports'],
    ['the harbour stays shut', 'Kestran Ministry', 'neutral'],
    ['Lena Ost thinks the talks will fail', 'Lena Ost', 'opposes'],
    ['Nobody knows when the ferries return', 'Kestran Ministry'],
  ])
  await app.call('switchCoder', ana.id)
  return article.id
}
