import type { Page } from '@playwright/test'
import { expect, selectWithMouse, test } from '../app'

const SAMPLE_QUOTE = 'no one gains from a closed river'
const FARMERS_QUOTE = 'Our fields cannot wait for another year of negotiations,'

const statementForm = (page: Page) => page.getByRole('form', { name: 'Statement' })
const panel = (page: Page) => page.getByRole('complementary', { name: 'Statements' })

/** Opens the farmers' union statement from its card in the list (under `speaker`), with the keyboard. */
async function openFarmersStatement(page: Page, speaker = "Riverbank Farmers' Union") {
  const card = panel(page)
    .getByRole('region', { name: speaker })
    .getByRole('button', { name: /Our fields cannot wait/ })
  await card.focus()
  await page.keyboard.press('Enter')
  const form = statementForm(page)
  await expect(form.locator('blockquote')).toHaveText(FARMERS_QUOTE)
  return form
}

async function saved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
}

test('Enter in Tags adds the tag, and a tag typed then Esc is kept', async ({ app }) => {
  let { page } = app
  await selectWithMouse(page, SAMPLE_QUOTE)
  await page.keyboard.press('m')
  const form = statementForm(page)
  await expect(form.getByRole('combobox', { name: 'Speaker', exact: true })).toBeFocused()
  await page.keyboard.type('Tomas Vell')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Negotiated sett')
  await page.keyboard.press('Enter')
  await page.keyboard.press('s')
  // From the stance on: Cue, Mode, then Tags.
  await page.keyboard.press('Tab')
  await expect(form.getByRole('textbox', { name: 'Cue' })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  const tags = form.getByRole('textbox', { name: 'Tags' })
  await expect(tags).toBeFocused()
  await page.keyboard.type('closed river')
  await page.keyboard.press('Enter')
  const chips = form.getByRole('list', { name: 'Tags of this statement' }).getByRole('listitem')
  await expect(chips).toHaveText([/^closed river/])
  await expect(tags).toHaveValue('')
  await expect(tags).toBeFocused()
  await page.keyboard.type('conciliatory')
  await page.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  await saved(page)

  await app.restart()
  page = app.page
  await panel(page)
    .getByRole('region', { name: 'Tomas Vell' })
    .getByRole('button', { name: /no one gains/ })
    .click()
  await expect(
    statementForm(page).getByRole('list', { name: 'Tags of this statement' }).getByRole('listitem'),
  ).toHaveText([/^closed river/, /^conciliatory/])
})

test('a cue and a tag typed just before going back to another article are kept', async ({
  app,
}) => {
  const { page } = app
  await app.call('importArticle', {
    text: 'The harbour reopened on Monday.',
    meta: { title: 'Harbour reopens' },
  })
  const library = page.getByRole('navigation', { name: 'Library' })
  await library.getByRole('button', { name: /Harbour reopens/ }).click()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('Harbour reopens')
  await library.getByRole('button', { name: /Veloria and Kestran/ }).click()
  const form = await openFarmersStatement(page)
  await form.getByRole('textbox', { name: 'Cue' }).focus()
  await page.keyboard.type('said')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.type('farmers')
  // Back to the other article without leaving the field first (the browser's Back).
  await page.goBack()
  await expect(page.getByRole('textbox', { name: 'Article title' })).toHaveValue('Harbour reopens')
  await saved(page)

  const [sample] = (await app.call('listArticles', {})).items.filter((a) =>
    a.title.startsWith('Veloria'),
  )
  // The article left is saved as it is left: the read waits for that save, not for a fixed time.
  await expect
    .poll(async () => {
      const article = await app.call('getArticle', sample.id)
      return Object.values(article.statements).filter((s) => s.cue === 'said')
    })
    .toEqual([expect.objectContaining({ cue: 'said', tags: ['farmers'], stance: 'neutral' })])
})

test('a speaker typed as it is named is chosen on leaving the field; a name not chosen stays in sight', async ({
  app,
}) => {
  const { page } = app
  const form = await openFarmersStatement(page)
  const speaker = form.getByRole('combobox', { name: 'Speaker', exact: true })
  await speaker.focus()
  await page.keyboard.type('kestran foreign ministry')
  await page.keyboard.press('Tab')
  await expect(speaker).toHaveValue('Kestran Foreign Ministry')
  await expect(panel(page).getByRole('region', { name: 'Kestran Foreign Ministry' })).toContainText(
    'Our fields cannot wait',
  )

  const position = form.getByRole('combobox', { name: 'Position' })
  await expect(position).toBeFocused()
  await page.keyboard.type('Water rights for farmers')
  await page.keyboard.press('Tab')
  // Not in the codebook: nothing is added without Enter, and the words stay where they were typed.
  await expect(position).toHaveValue('Water rights for farmers')
  await expect(position).toHaveAccessibleDescription(
    '“Water rights for farmers” is not chosen yet: the position is still Negotiated settlement. Press Enter in the field to choose from the list or add it.',
  )
  await page.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'was not chosen' })).toHaveText(
    'Position “Water rights for farmers” was not chosen; the statement keeps Negotiated settlement. Open the statement to choose or add it.',
  )

  const again = await openFarmersStatement(page, 'Kestran Foreign Ministry')
  const reopened = again.getByRole('combobox', { name: 'Position' })
  await expect(reopened).toHaveValue('Water rights for farmers')
  await reopened.focus()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await expect(reopened).toHaveValue('Water rights for farmers')
  await expect(reopened).not.toHaveAttribute('aria-invalid', 'true')
  await expect(panel(page).getByRole('region', { name: 'Kestran Foreign Ministry' })).toContainText(
    'Water rights for farmers',
  )
})

test('Esc in the article text closes the statement form, and the text keeps the keys', async ({
  app,
}) => {
  const { page } = app
  const text = page.getByRole('textbox', { name: 'Article text' })
  await text.getByText('Our fields cannot wait').click()
  const form = statementForm(page)
  await expect(form).toBeVisible()
  await expect(text).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  await expect(text).toBeFocused()

  // In Edit text mode too, and the words can still be typed afterwards.
  await page.getByRole('button', { name: 'Edit text' }).click()
  await text.getByText('Our fields cannot wait').click()
  await expect(form).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  await page.keyboard.type('Z')
  await expect(text).toContainText('Z')
  await expect(page.getByRole('button', { name: 'Done editing' })).toBeVisible()
})

test('the stance is one stop for Tab: S, O, N and the arrow keys move focus with the choice', async ({
  app,
}) => {
  const { page } = app
  const form = await openFarmersStatement(page)
  const radio = (name: string) => form.getByRole('radio', { name })
  await expect(radio('Neutral')).toHaveAttribute('aria-checked', 'true')
  await form.getByRole('combobox', { name: 'Position' }).focus()
  await page.keyboard.press('Tab')
  // The checked stance is the group's stop.
  await expect(radio('Neutral')).toBeFocused()
  await page.keyboard.press('s')
  await expect(radio('Supports')).toHaveAttribute('aria-checked', 'true')
  await expect(radio('Supports')).toBeFocused()
  await page.keyboard.press('o')
  await expect(radio('Opposes')).toHaveAttribute('aria-checked', 'true')
  await expect(radio('Opposes')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(radio('Neutral')).toHaveAttribute('aria-checked', 'true')
  await expect(radio('Neutral')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(radio('Supports')).toHaveAttribute('aria-checked', 'true')
  await expect(radio('Supports')).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(radio('Neutral')).toHaveAttribute('aria-checked', 'true')
  await expect(radio('Neutral')).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(form.getByRole('textbox', { name: 'Cue' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(radio('Neutral')).toBeFocused()
  await expect(form.locator('[role=radio][tabindex="0"]')).toHaveCount(1)
})
