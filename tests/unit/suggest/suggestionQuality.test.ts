import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Notebook } from '../../../src-main/notebook/notebook'
import type { StatementSuggestion } from '../../../src-main/shared/suggestion'
import { open } from '../../support/tempArchive'

const TEXT = [
  'Prime Minister Ilse Varga said the crossings would reopen on June 1.',
  '“This is a first step,” Varga told reporters. “We have a lot of work ahead of us.”',
  'Trade fell by a third last year, according to the Norvanian Statistics Office.',
  'Opposition leader Piet Daalmann said the plan came too late. He warned that prices would keep rising.',
].join('\n\n')

const DAY_MS = 24 * 60 * 60 * 1000

/** A clock the test moves: every stamp the archive makes reads it. */
function clock(start = Date.parse('2026-11-02T09:00:00Z')) {
  let at = start
  return { now: () => new Date(at), pass: (days: number) => (at += days * DAY_MS) }
}

async function withArticle(dir?: string, now = clock().now) {
  const { notebook } = await open(dir, { now })
  const varga = await notebook.saveSpeaker({
    name: 'Ilse Varga',
    aliases: [],
    kind: 'person',
    notes: '',
  })
  const article = await notebook.importArticle({ text: TEXT, meta: { title: 'Border talks' } })
  const suggestions = await notebook.suggestStatements(article.id)
  const of = (exact: string) => {
    const found = suggestions.find((s) => s.anchor.exact === exact)
    if (!found) throw new Error(`no suggestion of “${exact}”`)
    return found
  }
  return { notebook, article, varga, of }
}

/** Accepts a suggestion as the app does: its words (or others given) and its speaker. */
async function accept(
  notebook: Notebook,
  articleId: string,
  s: StatementSuggestion,
  words: { start: number; end: number } = s.anchor,
) {
  const { statement } = await notebook.addStatement(articleId, {
    anchor: { start: words.start, end: words.end },
    speaker: s.speaker.id ? { id: s.speaker.id } : { name: s.speaker.name, kind: s.speaker.kind },
    cue: s.cue,
    mode: s.mode,
    tags: [],
    note: '',
    fromSuggestion: {
      ...s.anchor,
      speakerId: s.speaker.id,
      speakerName: s.speaker.name,
      confidence: s.confidence,
    },
  })
  return statement
}

describe('getSuggestionQuality', () => {
  test('counts each suggestion once: as it was, speaker corrected, words corrected, both, rejected', async () => {
    const { notebook, article, varga, of } = await withArticle()
    const other = await notebook.saveSpeaker({
      name: 'Marta Keller',
      aliases: [],
      kind: 'person',
      notes: '',
    })
    // As it was: a registry speaker, and a new speaker made on accepting.
    await accept(notebook, article.id, of('the crossings would reopen on June 1'))
    await accept(notebook, article.id, of('Trade fell by a third last year'))
    // The speaker corrected afterwards, in the form.
    const told = await accept(notebook, article.id, of('This is a first step'))
    await notebook.updateStatement(article.id, told.id, { speakerId: other.id })
    // The words corrected: accepted with fewer of them.
    const late = of('the plan came too late')
    await accept(notebook, article.id, late, { start: late.anchor.start, end: late.anchor.end - 4 })
    // Both: fewer words and another speaker.
    const rising = of('prices would keep rising')
    const both = await accept(notebook, article.id, rising, {
      start: rising.anchor.start,
      end: rising.anchor.end - 7,
    })
    await notebook.updateStatement(article.id, both.id, { speakerId: varga.id })
    await notebook.rejectSuggestion(article.id, of('We have a lot of work ahead of us.').anchor)

    const quality = await notebook.getSuggestionQuality()
    const counts = {
      asSuggested: 2,
      speakerCorrected: 1,
      spanCorrected: 1,
      bothCorrected: 1,
      rejected: 1,
      total: 6,
    }
    expect(quality).toEqual({ on: true, all: counts, recent: counts, recentDays: 30 })
  })

  test('statements marked by hand are not counted, nor one accepted and then removed', async () => {
    const { notebook, article, of } = await withArticle()
    await notebook.addStatement(article.id, {
      anchor: { exact: 'This is a first step' },
      tags: [],
      note: '',
    })
    const removed = await accept(notebook, article.id, of('the crossings would reopen on June 1'))
    await notebook.removeStatement(article.id, removed.id)
    await accept(notebook, article.id, of('Trade fell by a third last year'))
    const { all } = await notebook.getSuggestionQuality()
    expect(all).toMatchObject({ asSuggested: 1, total: 1 })
  })

  test('a speaker made on accepting and then replaced counts as the speaker corrected', async () => {
    const { notebook, article, varga, of } = await withArticle()
    const trade = of('Trade fell by a third last year')
    expect(trade.speaker.id).toBeUndefined()
    const statement = await accept(notebook, article.id, trade)
    const made = statement.speakerId
    await notebook.updateStatement(article.id, statement.id, { speakerId: varga.id })
    if (made) await notebook.deleteSpeaker(made)
    const { all } = await notebook.getSuggestionQuality()
    expect(all).toMatchObject({ asSuggested: 0, speakerCorrected: 1, total: 1 })
  })

  test('the last 30 days count what was accepted or rejected in them; the whole archive keeps all', async () => {
    const time = clock()
    const { notebook, article, of } = await withArticle(undefined, time.now)
    await accept(notebook, article.id, of('the crossings would reopen on June 1'))
    await notebook.rejectSuggestion(article.id, of('This is a first step').anchor)
    time.pass(31)
    await accept(notebook, article.id, of('Trade fell by a third last year'))
    const { all, recent } = await notebook.getSuggestionQuality()
    expect(all).toMatchObject({ asSuggested: 2, rejected: 1, total: 3 })
    expect(recent).toMatchObject({ asSuggested: 1, rejected: 0, total: 1 })
  })
})

describe('setSuggestionsOn', () => {
  test('turned off, the archive makes no suggestions and says where to turn them on; reopened, it stays off', async () => {
    const { notebook, article } = await withArticle()
    expect(await notebook.setSuggestionsOn(false)).toEqual({ on: false })
    await expect(notebook.suggestStatements(article.id)).rejects.toThrow(
      'Suggestions are turned off in this archive. To see them again, turn them on in Settings, under Suggestions.',
    )
    const dir = (await notebook.getArchiveInfo()).path
    expect(await readFile(join(dir, 'local', 'suggestions.json'), 'utf8')).toBe(
      '{\n  "on": false\n}\n',
    )
    await notebook.close()

    const reopened = (await open(dir)).notebook
    expect((await reopened.getSuggestionQuality()).on).toBe(false)
    await expect(reopened.suggestStatements(article.id)).rejects.toThrow('turned off')
    await reopened.setSuggestionsOn(true)
    expect(await reopened.suggestStatements(article.id)).toHaveLength(6)
    expect((await reopened.getSuggestionQuality()).on).toBe(true)
  })
})
