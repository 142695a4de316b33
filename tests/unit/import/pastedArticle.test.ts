import { describe, expect, test } from 'vitest'
import { docFromJSON } from '../../../src-main/shared/document'
import type { DocJSON } from '../../../src-main/shared/model'
import { plainText } from '../../../src-main/shared/plainText'
import { open } from '../../support/tempArchive'

const HEADLINE = 'Ceasefire talks resume in Doha as envoys trade proposals'
const LEDE =
  'DOHA, May 3 (Meridian Wire) - Negotiators from both sides returned to Doha on Saturday for a new round of ceasefire talks.'
const LAST = 'Mediators declined to comment.'
const WIRE = [HEADLINE, LEDE, LAST].join('\n')

const textOf = (article: { body: unknown }) => plainText(docFromJSON(article.body as DocJSON)).text

describe('the title of a pasted article', () => {
  test('is its headline when none is given, and the headline leaves the text', async () => {
    const { notebook } = await open()
    const article = await notebook.importArticle({ text: WIRE, meta: {} })
    expect(article.meta.title).toBe(HEADLINE)
    expect(textOf(article)).toBe(`${LEDE}\n\n${LAST}`)
  })

  test('given as the first line, takes that line out of the text, as a Markdown heading is', async () => {
    const { notebook } = await open()
    const article = await notebook.importArticle({
      text: WIRE,
      meta: { title: 'ceasefire talks resume in Doha as envoys  trade proposals' },
    })
    expect(textOf(article)).toBe(`${LEDE}\n\n${LAST}`)
  })

  test('changed by the analyst still takes the first line out when they say it is the title', async () => {
    const { notebook } = await open()
    const article = await notebook.importArticle({
      text: WIRE,
      meta: { title: 'Ceasefire talks resume in Doha' },
      firstLineIsTitle: true,
    })
    expect(article.meta.title).toBe('Ceasefire talks resume in Doha')
    expect(textOf(article)).toBe(`${LEDE}\n\n${LAST}`)
  })

  test('keeps the first line in the text when the analyst says it is not the title', async () => {
    const { notebook } = await open()
    const article = await notebook.importArticle({
      text: WIRE,
      meta: {},
      firstLineIsTitle: false,
    })
    expect(article.meta.title).toBe(HEADLINE)
    expect(textOf(article)).toBe(`${HEADLINE}\n\n${LEDE}\n\n${LAST}`)
  })

  test('of a text that opens with a sentence is that sentence, which stays in the text', async () => {
    const { notebook } = await open()
    const text = 'Talks resumed in Geneva on Tuesday.\nThe mediators met for six hours.'
    const article = await notebook.importArticle({ text, meta: {} })
    expect(article.meta.title).toBe('Talks resumed in Geneva on Tuesday.')
    expect(textOf(article)).toBe(
      'Talks resumed in Geneva on Tuesday.\n\nThe mediators met for six hours.',
    )
  })

  test('of a text that opens with a long paragraph is its first words, and nothing leaves the text', async () => {
    const { notebook } = await open()
    const text = `${LEDE} ${LEDE}\n${LAST}`
    const article = await notebook.importArticle({ text, meta: {}, firstLineIsTitle: true })
    expect(article.meta.title).toBe(
      'DOHA, May 3 (Meridian Wire) - Negotiators from both sides returned to Doha on Saturday for a new…',
    )
    expect(textOf(article)).toBe(`${LEDE} ${LEDE}\n\n${LAST}`)
  })

  test('of a text of one line is that line, which stays as the text', async () => {
    const { notebook } = await open()
    const article = await notebook.importArticle({
      text: HEADLINE,
      meta: {},
      firstLineIsTitle: true,
    })
    expect(article.meta.title).toBe(HEADLINE)
    expect(textOf(article)).toBe(HEADLINE)
  })
})

describe('a pasted text already in the archive', () => {
  test('is found as the article imported from it', async () => {
    const { notebook } = await open()
    const article = await notebook.importArticle({ text: WIRE, meta: { source: 'Meridian Wire' } })
    expect(await notebook.findDuplicate({ text: WIRE })).toMatchObject({
      id: article.id,
      title: HEADLINE,
      source: 'Meridian Wire',
    })
    expect(await notebook.findDuplicate({ text: `${WIRE}\nA line added.` })).toBeNull()
  })

  test('is not found once its article is in the trash', async () => {
    const { notebook } = await open()
    const article = await notebook.importArticle({ text: WIRE, meta: {} })
    await notebook.deleteArticle(article.id)
    expect(await notebook.findDuplicate({ text: WIRE })).toBeNull()
  })
})
