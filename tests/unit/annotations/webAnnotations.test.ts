import { describe, expect, test } from 'vitest'
import type { Notebook } from '../../../src-main/notebook/notebook'
import { docFromJSON } from '../../../src-main/shared/document'
import { Article } from '../../../src-main/shared/model'
import { statementSpans } from '../../../src-main/shared/statementSpans'
import { placeAnnotations } from '../../../src-main/notebook/annotations/importAnnotations'
import type { WebAnnotation } from '../../../src-main/notebook/annotations/webAnnotations'
import { fuzzyAnnotations } from '../../support/fuzzyAnnotations'
import { open } from '../../support/tempArchive'

interface Collection {
  '@context': unknown
  type: string
  first: { items: WebAnnotation[] }
}

const collectionOf = (content: string) => JSON.parse(content) as Collection

const MEDIATOR =
  'Talks resumed in Geneva on Tuesday. “We are ready to sign a ceasefire today,” said Anna Keller, the lead mediator.'
const OPPOSITION =
  'The opposition rejected the plan. Its spokesman said the proposal was a trap and that fighting would continue.'
const OBSERVERS =
  'Observers were cautious. According to the foreign minister, the talks could last for weeks.'
const TEXT = [MEDIATOR, OPPOSITION, OBSERVERS].join('\n\n')

/** An article with three coded statements, one of each stance. */
async function codedArticle(notebook: Notebook, text = TEXT) {
  const article = await notebook.importArticle({
    text,
    meta: { title: 'Talks resume', url: 'https://courier.example/talks' },
  })
  await notebook.addStatement(article.id, {
    anchor: { exact: 'We are ready to sign a ceasefire today' },
    speaker: { name: 'Anna Keller', kind: 'person' },
    position: { label: 'Ceasefire' },
    stance: 'supports',
    tags: ['quote', 'lead'],
    note: 'The lead mediator.',
    cue: 'said',
    mode: 'direct',
  })
  await notebook.addStatement(article.id, {
    anchor: { exact: 'the proposal was a trap and that fighting would continue' },
    speaker: { name: 'Opposition', kind: 'group' },
    position: { label: 'Ceasefire' },
    stance: 'opposes',
    tags: [],
    note: '',
    mode: 'indirect',
  })
  await notebook.addStatement(article.id, {
    anchor: { exact: 'the talks could last for weeks' },
    speaker: { name: 'Foreign minister', kind: 'person' },
    stance: 'neutral',
    tags: [],
    note: '',
    cue: 'According to',
  })
  return Article.parse(await notebook.getArticle(article.id))
}

async function exported(notebook: Notebook, articleId: string) {
  const file = await notebook.exportArticle(articleId, 'web-annotation')
  return { file, json: collectionOf(file.content) }
}

async function quotesOf(notebook: Notebook, articleId: string) {
  const article = Article.parse(await notebook.getArticle(articleId))
  return statementSpans(docFromJSON(article.body)).map((span) => span.quote)
}

describe('W3C Web Annotation export', () => {
  test('an article exports as an AnnotationCollection with quote and position selectors and purposed bodies', async () => {
    const { notebook } = await open()
    const article = await codedArticle(notebook)
    const { file, json } = await exported(notebook, article.id)
    expect(file.filename).toBe('Talks resume.annotations.jsonld')
    expect(file.mediaType).toBe('application/ld+json; charset=utf-8')
    expect(json['@context']).toEqual([
      'http://www.w3.org/ns/anno.jsonld',
      { stancemark: 'urn:stancemark:vocab:' },
    ])
    expect(json).toMatchObject({
      id: `urn:stancemark:annotations:${article.id}`,
      type: 'AnnotationCollection',
      label: 'Statements in “Talks resume”',
      total: 3,
      first: { type: 'AnnotationPage', startIndex: 0 },
    })
    const [mediator, opposition] = json.first.items
    const statement = Object.values(article.statements).find((s) => s.cue === 'said')!
    const speakers = await notebook.listSpeakers()
    const ceasefire = (await notebook.listPositions()).find((p) => p.label === 'Ceasefire')!
    const keller = speakers.find((s) => s.name === 'Anna Keller')!
    const start = TEXT.indexOf('We are ready')
    const coder = await notebook.getCoder()
    expect(mediator).toEqual({
      id: `urn:stancemark:statement:${statement.id}`,
      type: 'Annotation',
      motivation: 'classifying',
      created: statement.createdAt,
      modified: statement.updatedAt,
      body: [
        {
          type: 'TextualBody',
          purpose: 'identifying',
          id: `urn:stancemark:speaker:${keller.id}`,
          value: 'Anna Keller',
          'stancemark:kind': 'person',
        },
        {
          type: 'TextualBody',
          purpose: 'classifying',
          id: `urn:stancemark:position:${ceasefire.id}`,
          value: 'Ceasefire',
        },
        {
          type: 'TextualBody',
          purpose: 'assessing',
          id: 'urn:stancemark:stance:supports',
          value: 'supports',
        },
        { type: 'TextualBody', purpose: 'tagging', value: 'quote' },
        { type: 'TextualBody', purpose: 'tagging', value: 'lead' },
        {
          type: 'TextualBody',
          purpose: 'commenting',
          value: 'The lead mediator.',
          format: 'text/plain',
        },
        {
          type: 'TextualBody',
          purpose: 'describing',
          id: 'urn:stancemark:cue:said',
          value: 'said',
        },
        {
          type: 'TextualBody',
          purpose: 'describing',
          id: 'urn:stancemark:mode:direct',
          value: 'direct',
        },
      ],
      creator: { type: 'Person', name: coder.name, id: `urn:stancemark:coder:${coder.id}` },
      target: {
        source: `urn:stancemark:article:${article.id}`,
        scope: 'https://courier.example/talks',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'We are ready to sign a ceasefire today',
            prefix: ' resumed in Geneva on Tuesday. “',
            suffix: ',” said Anna Keller, the lead me',
          },
          { type: 'TextPositionSelector', start, end: start + 38 },
        ],
      },
    })
    expect(mediator.target.selector[0].prefix).toBe(TEXT.slice(start - 32, start))
    expect(opposition.target.selector[0].exact).toBe(
      'the proposal was a trap and that fighting would continue',
    )
  })

  test('the archive exports every statement, or those the filter selects', async () => {
    const { notebook } = await open()
    const article = await codedArticle(notebook)
    const all = collectionOf((await notebook.exportAnnotations({ limit: 1000 })).content)
    expect(all.type).toBe('AnnotationCollection')
    const ours = all.first.items.filter((item) => item.target.source.endsWith(`:${article.id}`))
    expect(ours).toHaveLength(3)
    const opposing = collectionOf(
      (await notebook.exportAnnotations({ stance: 'opposes', limit: 1000 })).content,
    )
    const opposingHere = opposing.first.items.filter((item) =>
      item.target.source.endsWith(`:${article.id}`),
    )
    expect(opposingHere.map((item) => item.target.selector[0].exact)).toEqual([
      'the proposal was a trap and that fighting would continue',
    ])
  })
})

describe('importing W3C Web Annotations back', () => {
  test('onto the same article, with its statements removed, gives back identical statements', async () => {
    const { notebook } = await open()
    const article = await codedArticle(notebook)
    const { file } = await exported(notebook, article.id)
    for (const id of Object.keys(article.statements)) await notebook.removeStatement(article.id, id)
    const report = await notebook.importAnnotations(article.id, file.content)
    expect(report).toMatchObject({ placed: 3, alreadyThere: 0, unplaced: [] })
    const restored = Article.parse(await notebook.getArticle(article.id))
    expect(restored.statements).toEqual(article.statements)
    expect(restored.body).toEqual(article.body)
    expect(report.revision).toBe(restored.revision)
  })

  test('onto an article that still has them, changes nothing', async () => {
    const { notebook } = await open()
    const article = await codedArticle(notebook)
    const { file } = await exported(notebook, article.id)
    const report = await notebook.importAnnotations(article.id, file.content)
    expect(report).toEqual({ placed: 0, alreadyThere: 3, unplaced: [], revision: article.revision })
  })

  test('into another archive, recreates speakers and positions with their ids', async () => {
    const { notebook } = await open()
    const article = await codedArticle(notebook)
    const { file } = await exported(notebook, article.id)
    const other = (await open()).notebook
    const copy = await other.importArticle({ text: TEXT, meta: { title: 'Copy' } })
    const report = await other.importAnnotations(copy.id, file.content)
    expect(report.placed).toBe(3)
    const ours = ['Anna Keller', 'Foreign minister', 'Opposition']
    const names = (list: { id: string; name: string; kind?: string }[]) =>
      list
        .filter(({ name }) => ours.includes(name))
        .map(({ id, name, kind }) => ({ id, name, kind }))
        .sort((a, b) => a.name.localeCompare(b.name))
    expect(names(await other.listSpeakers())).toEqual(names(await notebook.listSpeakers()))
    const rows = await other.queryStatements({ articleId: copy.id, limit: 100 })
    const coded = rows.map((row) => [
      row.quote,
      row.speaker?.name,
      row.position?.label,
      row.stance,
      row.cue,
      row.mode,
    ])
    expect(coded).toEqual([
      [
        'We are ready to sign a ceasefire today',
        'Anna Keller',
        'Ceasefire',
        'supports',
        'said',
        'direct',
      ],
      [
        'the proposal was a trap and that fighting would continue',
        'Opposition',
        'Ceasefire',
        'opposes',
        undefined,
        'indirect',
      ],
      [
        'the talks could last for weeks',
        'Foreign minister',
        undefined,
        'neutral',
        'According to',
        undefined,
      ],
    ])
  })

  test('onto an edited copy, re-anchors each statement by its quote and lists the one whose words were deleted', async () => {
    const { notebook } = await open()
    const article = await codedArticle(notebook)
    const { file } = await exported(notebook, article.id)
    const edited = [
      'Updated at noon with new details from both delegations.',
      MEDIATOR.replace('on Tuesday', 'on a rainy Tuesday'),
      OPPOSITION.replace('was a trap', 'was a dangerous trap'),
      'Observers were cautious.',
    ].join('\n\n')
    const copy = await notebook.importArticle({
      text: edited,
      meta: { title: 'Talks resume (updated)' },
    })
    const report = await notebook.importAnnotations(copy.id, file.content)
    expect(report.placed).toBe(2)
    expect(report.unplaced).toEqual([
      { quote: 'the talks could last for weeks', reason: 'its words are no longer in the text' },
    ])
    expect(await quotesOf(notebook, copy.id)).toEqual([
      'We are ready to sign a ceasefire today',
      'the proposal was a dangerous trap and that fighting would continue',
    ])
    const rows = await notebook.queryStatements({ articleId: copy.id, limit: 100 })
    expect(rows.map((row) => [row.speaker?.name, row.stance])).toEqual([
      ['Anna Keller', 'supports'],
      ['Opposition', 'opposes'],
    ])
    const ids = new Set(Object.keys(article.statements))
    expect(rows.some((row) => ids.has(row.statementId))).toBe(false)
  })

  test('a file that is not annotations is refused in plain words', async () => {
    const { notebook } = await open()
    const article = await codedArticle(notebook)
    await expect(notebook.importAnnotations(article.id, 'not json')).rejects.toThrow(
      'This file is not W3C Web Annotation JSON-LD: it is not valid JSON.',
    )
    await expect(notebook.importAnnotations(article.id, '{"type":"Person"}')).rejects.toThrow(
      'This file holds no W3C Web Annotations',
    )
  })
})

describe('annotation files made to hurt', () => {
  test('2,000 annotations placed fuzzily on one article all land on their words, in one save', async () => {
    const { notebook } = await open()
    const { text, json } = fuzzyAnnotations(2000)
    const article = await notebook.importArticle({ text, meta: { title: 'Two thousand' } })
    const report = await notebook.importAnnotations(article.id, json)
    expect(report).toMatchObject({ placed: 2000, alreadyThere: 0, unplaced: [] })
    const saved = Article.parse(await notebook.getArticle(article.id))
    expect(saved.revision).toBe(article.revision + 1)
    const quotes = statementSpans(docFromJSON(saved.body)).map((span) => span.quote)
    expect(quotes).toHaveLength(2000)
    expect(quotes.every((quote, i) => quote.startsWith(`Sentence ${i + 1}: the `))).toBe(true)
    expect(quotes.every((quote) => text.includes(quote) && quote.endsWith(').'))).toBe(true)
  })

  test('placing many annotations lets the thread answer other work while it goes on', async () => {
    const { notebook } = await open()
    const { text, json } = fuzzyAnnotations(2000)
    const imported = await notebook.importArticle({ text, meta: { title: 'Two thousand' } })
    const article = Article.parse(await notebook.getArticle(imported.id))
    let done = false
    let turns = 0
    const placing = placeAnnotations(
      article,
      json,
      { speakers: {}, positions: {}, coders: [] } as never,
      '',
      'coder1',
    )
    void placing.then(() => (done = true))
    // Other work waiting on the thread: each turn runs only when placing lets go.
    const others = (async () => {
      while (!done) {
        await new Promise((resolve) => setImmediate(resolve))
        if (!done) turns++
      }
    })()
    expect((await placing).placed).toBe(2000)
    await others
    expect(turns).toBeGreaterThan(1)
  })

  test('ids every object inherits in urns neither skip an annotation nor lose its speaker', async () => {
    const { notebook } = await open()
    const article = await codedArticle(notebook)
    const urn = (kind: string, id: string) => `urn:stancemark:${kind}:${id}`
    const annotation = (
      statementId: string,
      speakerId: string,
      positionId: string,
      exact: string,
    ) => ({
      type: 'Annotation',
      id: urn('statement', statementId),
      body: [
        {
          type: 'TextualBody',
          purpose: 'identifying',
          id: urn('speaker', speakerId),
          value: 'Lena Ortiz',
        },
        {
          type: 'TextualBody',
          purpose: 'classifying',
          id: urn('position', positionId),
          value: 'Talks',
        },
      ],
      target: {
        source: urn('article', article.id),
        selector: [{ type: 'TextQuoteSelector', exact }],
      },
    })
    const json = JSON.stringify([
      annotation(
        'constructor',
        '__proto__',
        'hasOwnProperty',
        'Talks resumed in Geneva on Tuesday',
      ),
      annotation('__proto__', 'toString', 'constructor', 'The opposition rejected the plan'),
    ])
    const report = await notebook.importAnnotations(article.id, json)
    expect(report).toMatchObject({ placed: 2, alreadyThere: 0, unplaced: [] })
    const rows = await notebook.queryStatements({
      articleId: article.id,
      speakerIds: undefined,
      limit: 10,
    })
    const placed = rows.filter((row) => row.quote.startsWith('T'))
    expect(placed.map((row) => [row.quote, row.speaker?.name, row.position?.label])).toEqual([
      ['Talks resumed in Geneva on Tuesday', 'Lena Ortiz', 'Talks'],
      ['The opposition rejected the plan', 'Lena Ortiz', 'Talks'],
    ])
    expect(Object.keys(Object.prototype)).toEqual([])
  })

  test('a quote whose words appear 300,000 times is reported, not a crash', async () => {
    const { notebook } = await open()
    const article = await notebook.importArticle({
      text: 'yes '.repeat(300_000).trim(),
      meta: { title: 'Yes' },
    })
    const json = JSON.stringify({
      type: 'Annotation',
      target: { selector: { type: 'TextQuoteSelector', exact: 'yes' } },
    })
    expect(await notebook.importAnnotations(article.id, json)).toMatchObject({
      placed: 0,
      unplaced: [
        {
          quote: 'yes',
          reason: 'its words appear 300,000 times in the text and nothing says which one it was',
        },
      ],
    })
  })
})
