import { describe, expect, test } from 'vitest'
import { Article } from '../../../src-main/shared/model'
import { open } from '../../support/tempArchive'

const TEXT = [
  'Prime Minister Ilse Varga said the crossings would reopen on June 1.',
  '“This is a first step,” Varga told reporters. “We have a lot of work ahead of us.”',
  'Trade fell by a third last year, according to the Norvanian Statistics Office.',
].join('\n\n')

async function withArticle() {
  const { dir, notebook } = await open()
  const varga = await notebook.saveSpeaker({
    name: 'Ilse Varga',
    aliases: [],
    kind: 'person',
    notes: '',
  })
  const article = await notebook.importArticle({ text: TEXT, meta: { title: 'Border talks' } })
  return { dir, notebook, article, varga }
}

describe('suggestStatements', () => {
  test('proposes the statements of an article with registry speakers, cues and modes', async () => {
    const { notebook, article, varga } = await withArticle()
    const suggestions = await notebook.suggestStatements(article.id)
    expect(
      suggestions.map(({ anchor, speaker, cue, mode }) => ({
        exact: anchor.exact,
        speaker,
        cue,
        mode,
      })),
    ).toEqual([
      {
        exact: 'the crossings would reopen on June 1',
        speaker: { id: varga.id, name: 'Ilse Varga', kind: 'person' },
        cue: 'said',
        mode: 'indirect',
      },
      {
        exact: 'This is a first step',
        speaker: { id: varga.id, name: 'Ilse Varga', kind: 'person' },
        cue: 'told',
        mode: 'direct',
      },
      {
        exact: 'We have a lot of work ahead of us.',
        speaker: { id: varga.id, name: 'Ilse Varga', kind: 'person' },
        cue: '',
        mode: 'direct',
      },
      {
        exact: 'Trade fell by a third last year',
        speaker: { name: 'Norvanian Statistics Office', kind: 'organisation' },
        cue: 'according to',
        mode: 'indirect',
      },
    ])
    for (const { anchor, confidence } of suggestions) {
      expect(TEXT.slice(anchor.start, anchor.end)).toBe(anchor.exact)
      expect(confidence).toBeGreaterThan(0)
      expect(confidence).toBeLessThanOrEqual(1)
    }
  })

  test('does not suggest what is already coded as a statement', async () => {
    const { notebook, article } = await withArticle()
    await notebook.addStatement(article.id, {
      anchor: { exact: 'This is a first step' },
      tags: [],
      note: '',
    })
    const exacts = (await notebook.suggestStatements(article.id)).map((s) => s.anchor.exact)
    expect(exacts).not.toContain('This is a first step')
    expect(exacts).toContain('We have a lot of work ahead of us.')
  })

  test('an accepted suggestion keeps its cue and mode on the statement', async () => {
    const { dir, notebook, article } = await withArticle()
    const [first] = await notebook.suggestStatements(article.id)
    const { statement } = await notebook.addStatement(article.id, {
      anchor: { start: first.anchor.start, end: first.anchor.end },
      speaker: first.speaker.id ? { id: first.speaker.id } : first.speaker,
      cue: first.cue,
      mode: first.mode,
      tags: [],
      note: '',
    })
    await notebook.close()
    const reopened = (await open(dir)).notebook
    expect((await reopened.getArticle(article.id)).statements[statement.id]).toMatchObject({
      cue: 'said',
      mode: 'indirect',
    })
  })
})

describe('rejectSuggestion', () => {
  test('a rejected suggestion stays rejected after reopening the archive', async () => {
    const { dir, notebook, article } = await withArticle()
    const rejected = (await notebook.suggestStatements(article.id))[1]
    const { revision } = await notebook.rejectSuggestion(article.id, rejected.anchor)
    expect(revision).toBe(article.revision + 1)
    await notebook.close()
    const reopened = (await open(dir)).notebook
    const exacts = (await reopened.suggestStatements(article.id)).map((s) => s.anchor.exact)
    expect(exacts).not.toContain(rejected.anchor.exact)
    expect(exacts).toHaveLength(3)
    expect((await reopened.getArticle(article.id)).rejectedSuggestions).toEqual([
      { exact: rejected.anchor.exact, start: rejected.anchor.start, at: expect.any(String) },
    ])
  })

  test('rejecting the same suggestion twice changes nothing the second time', async () => {
    const { notebook, article } = await withArticle()
    const [first] = await notebook.suggestStatements(article.id)
    const once = await notebook.rejectSuggestion(article.id, first.anchor)
    const twice = await notebook.rejectSuggestion(article.id, first.anchor)
    expect(twice.revision).toBe(once.revision)
  })

  test('words that are not in the article are refused with not-found', async () => {
    const { notebook, article } = await withArticle()
    await expect(
      notebook.rejectSuggestion(article.id, { exact: 'Nobody said this', start: 0, end: 16 }),
    ).rejects.toMatchObject({ code: 'not-found' })
  })

  test('an article file written before rejected suggestions existed still validates', async () => {
    const { notebook, article } = await withArticle()
    const stored = await notebook.getArticle(article.id)
    const { rejectedSuggestions, ...older } = stored
    expect(rejectedSuggestions).toBeUndefined()
    expect(Article.safeParse(older).success).toBe(true)
  })
})
