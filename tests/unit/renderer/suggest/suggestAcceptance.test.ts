import { describe, expect, test } from 'vitest'
import { Speaker } from '../../../../src-main/shared/model'
import { learnedSpeaker } from '../../../../src-renderer/features/suggest/learnedSpeaker'
import { open } from '../../../support/tempArchive'

const TEXT = [
  '“The bridge will be rebuilt by winter,” said Anna Kovacs, the transport minister.',
  'Kovacs added that the budget had been approved.',
].join('\n\n')

const minister = (aliases: string[] = []): Speaker => ({
  id: 'sp1',
  name: 'Anna Kovács-Tóth',
  aliases,
  kind: 'person',
  notes: '',
})

describe('learning a speaker’s alias from an accepted suggestion', () => {
  test('the suggested name becomes an alias of the speaker the analyst chose', () => {
    expect(learnedSpeaker(minister(['A. Kovács-Tóth']), '  Anna   Kovacs ')).toEqual(
      minister(['A. Kovács-Tóth', 'Anna Kovacs']),
    )
  })

  test('nothing is learned when the speaker already goes by that name', () => {
    expect(learnedSpeaker(minister(), 'anna kovacs-toth')).toBeUndefined()
    expect(learnedSpeaker(minister(['Anna Kovacs']), 'ANNA KOVÁCS')).toBeUndefined()
    expect(learnedSpeaker(minister(), ' ')).toBeUndefined()
  })

  test('after learning, the next suggestion names the chosen speaker', async () => {
    const { notebook } = await open()
    const chosen = Speaker.parse(
      await notebook.saveSpeaker({
        name: 'Anna Kovács-Tóth',
        aliases: [],
        kind: 'person',
        notes: '',
      }),
    )
    const article = await notebook.importArticle({ text: TEXT, meta: { title: 'Bridge' } })
    const [before] = await notebook.suggestStatements(article.id)
    expect(before.speaker).toEqual({ name: 'Anna Kovacs', kind: 'person' })

    await notebook.saveSpeaker(learnedSpeaker(chosen, before.speaker.name)!)

    const after = await notebook.suggestStatements(article.id)
    expect(after.map((s) => [s.anchor.exact, s.speaker])).toEqual([
      [
        'The bridge will be rebuilt by winter',
        { id: chosen.id, name: 'Anna Kovács-Tóth', kind: 'person' },
      ],
      ['the budget had been approved', { id: chosen.id, name: 'Anna Kovács-Tóth', kind: 'person' }],
    ])
  })
})

describe('correcting a statement’s cue and mode', () => {
  async function withStatement() {
    const { dir, notebook } = await open()
    const article = await notebook.importArticle({ text: TEXT, meta: { title: 'Bridge' } })
    const { statement } = await notebook.addStatement(article.id, {
      anchor: { exact: 'the budget had been approved' },
      speaker: { name: 'Anna Kovacs' },
      cue: 'added',
      mode: 'indirect',
      tags: [],
      note: '',
    })
    return { dir, notebook, article, statement }
  }

  test('updateStatement sets a new cue and mode, and the explorer shows them', async () => {
    const { dir, notebook, article, statement } = await withStatement()
    const updated = await notebook.updateStatement(article.id, statement.id, {
      cue: 'stressed',
      mode: 'mixed',
    })
    expect(updated).toMatchObject({ cue: 'stressed', mode: 'mixed' })
    await notebook.close()
    const reopened = (await open(dir)).notebook
    const [row] = await reopened.queryStatements({ articleId: article.id, limit: 10 })
    expect(row).toMatchObject({ quote: 'the budget had been approved', cue: 'stressed' })
    expect(row.mode).toBe('mixed')
  })

  test('an empty cue or a null mode clears them', async () => {
    const { notebook, article, statement } = await withStatement()
    const cleared = await notebook.updateStatement(article.id, statement.id, {
      cue: '',
      mode: null,
    })
    expect(cleared.cue).toBeUndefined()
    expect(cleared.mode).toBeUndefined()
    const stored = (await notebook.getArticle(article.id)).statements[statement.id]
    expect([stored.cue, stored.mode]).toEqual([undefined, undefined])
  })

  test('the explorer filters statements by mode', async () => {
    const { notebook, article } = await withStatement()
    await notebook.addStatement(article.id, {
      anchor: { exact: 'The bridge will be rebuilt by winter' },
      mode: 'direct',
      tags: [],
      note: '',
    })
    const quotes = async (mode: 'direct' | 'indirect' | 'mixed') =>
      (await notebook.queryStatements({ articleId: article.id, mode, limit: 10 })).map(
        (row) => row.quote,
      )
    expect(await quotes('direct')).toEqual(['The bridge will be rebuilt by winter'])
    expect(await quotes('indirect')).toEqual(['the budget had been approved'])
    expect(await quotes('mixed')).toEqual([])
  })
})
