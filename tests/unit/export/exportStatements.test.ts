import { parse as parseCsv } from 'csv-parse/sync'
import Graph from 'graphology'
import { parse as parseGexf } from 'graphology-gexf'
import { parse as parseGraphml } from 'graphology-graphml'
import { JSDOM } from 'jsdom'
import { describe, expect, test } from 'vitest'
import { answerCall } from '../../../src-main/notebook/answer'
import { contract } from '../../../src-main/shared/contract'
import { STATEMENT_COLUMNS } from '../../../src-main/notebook/export/statementsCsv'
import { codedArchive, speakerById } from '../../support/codedArchive'
import { open } from '../../support/tempArchive'

const ALL = { limit: 1000 }

/** The coded archive with Mara Velin in the Water Ministry and one note that CSV must quote. */
async function archive() {
  const coded = await codedArchive()
  const { notebook, speakers } = coded
  const velin = await speakerById(notebook, speakers['Mara Velin'])
  await notebook.saveSpeaker({ ...velin, affiliationId: speakers['Water Ministry'] })
  const [row] = await notebook.queryStatements({ text: 'opposes the treaty', limit: 10 })
  await notebook.updateStatement(row.articleId, row.statementId, {
    note: 'Said "twice", then:\nrevisé — ça change',
  })
  return coded
}

describe('statements as CSV', () => {
  test('one row each, the columns a researcher expects, read back unchanged', async () => {
    const { notebook } = await archive()
    const file = await notebook.exportStatements(ALL, { format: 'csv', excel: false })
    expect(file).toMatchObject({ filename: 'stancemark-statements.csv', mediaType: 'text/csv' })
    const rows = parseCsv(file.content, { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0])).toEqual([...STATEMENT_COLUMNS])
    expect(rows).toHaveLength(7)
    const turn = rows.find((r) => r.quote === 'opposes the treaty in its current form')!
    expect(turn).toMatchObject({
      title: 'Velin changes course',
      source: 'Kestran Daily',
      published: '2023-03-05',
      speaker: 'Mara Velin',
      speaker_kind: 'person',
      organisation: 'Water Ministry',
      position: 'Treaty',
      position_path: 'Treaty',
      stance: 'opposes',
      note: 'Said "twice", then:\nrevisé — ça change',
    })
    expect(Number(turn.end) - Number(turn.start)).toBe(turn.quote.length)
    const border = rows.find((r) => r.quote === 'spoke about the border crossing')!
    expect(border).toMatchObject({
      position_path: 'Treaty > Border crossing',
      stance: '',
      tags: 'uncertain',
      published: '',
    })
  })

  test('is RFC 4180 bytes: CRLF between records, quotes doubled, UTF-8; Excel gets a BOM', async () => {
    const { notebook } = await archive()
    const plain = await notebook.exportStatements(ALL, { format: 'csv', excel: false })
    expect(plain.content.startsWith(`${STATEMENT_COLUMNS.join(',')}\r\n`)).toBe(true)
    expect(plain.content).toContain('"Said ""twice"", then:\nrevisé — ça change"')
    expect(plain.content.endsWith('\r\n')).toBe(true)
    const excel = await notebook.exportStatements(ALL, { format: 'csv', excel: true })
    expect(excel.content).toBe(`\ufeff${plain.content}`)
    expect([...Buffer.from(excel.content, excel.encoding).subarray(0, 4)]).toEqual([
      0xef, 0xbb, 0xbf, 0x73,
    ])
  })

  test('one article: its statements only, quotes with commas, quotation marks and line breaks intact', async () => {
    const { notebook } = await archive()
    const text =
      'Der Minister sagte: „Nein, "niemals", nicht so“ – 河流.\n\nZweiter Absatz, mit Komma.'
    const article = await notebook.importArticle({
      text,
      meta: { title: 'Ein Artikel, "zitiert"' },
    })
    await notebook.addStatement(article.id, {
      anchor: { exact: '„Nein, "niemals", nicht so“ – 河流' },
      speaker: { name: 'Der Minister' },
      stance: 'opposes',
      tags: ['zitat', 'de'],
      note: '',
      cue: 'sagte',
      mode: 'direct',
    })
    const start = text.indexOf('河流')
    await notebook.addStatement(article.id, {
      anchor: { start, end: text.indexOf(', mit') },
      note: 'over two paragraphs',
      tags: [],
    })
    const file = await notebook.exportStatements(
      { articleId: article.id, limit: 1000 },
      { format: 'csv', excel: false },
    )
    const rows = parseCsv(file.content, { columns: true }) as Record<string, string>[]
    expect(rows.map((r) => [r.title, r.quote, r.speaker, r.stance, r.tags, r.cue, r.mode])).toEqual(
      [
        [
          'Ein Artikel, "zitiert"',
          '„Nein, "niemals", nicht so“ – 河流',
          'Der Minister',
          'opposes',
          'zitat; de',
          'sagte',
          'direct',
        ],
        ['Ein Artikel, "zitiert"', '河流.\n\nZweiter Absatz', '', '', '', '', ''],
      ],
    )
    expect(rows[1]).toMatchObject({ start: String(start), note: 'over two paragraphs' })
  })

  test('follows the filter: a speaker and a date range', async () => {
    const { notebook, speakers } = await archive()
    const file = await notebook.exportStatements(
      { ...ALL, speakerId: speakers['Mara Velin'], from: '2023-03-01', to: '2023-03-31' },
      { format: 'csv', excel: false },
    )
    const rows = parseCsv(file.content, { columns: true }) as Record<string, string>[]
    expect(rows.map((r) => r.quote).sort()).toEqual([
      'backs the release of the crews',
      'opposes the treaty in its current form',
    ])
  })
})

describe('networks for Gephi and visone', () => {
  const formats = [
    ['GEXF', 'gexf', (text: string) => parseGexf(Graph, text)],
    ['GraphML', 'graphml', (text: string) => parseGraphml(Graph, text)],
  ] as const

  test.each(formats)(
    'speaker × position as %s: every node attribute, weights and stances on the edges',
    async (_name, format, read) => {
      const { notebook, speakers, positions } = await archive()
      const file = await notebook.exportStatements(ALL, { format, network: 'speaker-position' })
      expect(file.filename).toBe(`stancemark-speaker-position.${format}`)
      const graph = read(file.content)
      expect(graph.order).toBe(7)
      expect(graph.size).toBe(6)
      expect(graph.getNodeAttributes(`speaker:${speakers['Mara Velin']}`)).toMatchObject({
        label: 'Mara Velin',
        category: 'speaker',
        kind: 'person',
        affiliation: 'Water Ministry',
        statements: 4,
        supports: 2,
        opposes: 1,
      })
      expect(graph.getNodeAttributes(`position:${positions['Border crossing']}`)).toMatchObject({
        label: 'Border crossing',
        category: 'position',
        path: 'Treaty > Border crossing',
        statements: 1,
      })
      // Gephi colours the node with it (GEXF viz:color); GraphML keeps it as an attribute.
      expect(graph.getNodeAttribute(`position:${positions['Border crossing']}`, 'color')).toBe(
        format === 'gexf' ? 'rgb(107,114,128)' : '#6b7280',
      )
      const edge = graph.edge(`speaker:${speakers['Mara Velin']}`, `position:${positions.Treaty}`)!
      expect(graph.getEdgeAttributes(edge)).toMatchObject({
        weight: 2,
        supports: 1,
        opposes: 1,
        neutral: 0,
        net_stance: 0,
      })
    },
  )

  test.each(formats)(
    'speaker × speaker as %s: congruence where they agree, conflict where they oppose',
    async (_name, format, read) => {
      const { notebook, speakers } = await archive()
      const file = await notebook.exportStatements(ALL, { format, network: 'speaker-speaker' })
      const graph = read(file.content)
      expect(graph.order).toBe(4)
      const links = graph
        .mapEdges((_key, attributes, source, target) => {
          const names = [source, target].map((id) => graph.getNodeAttribute(id, 'label')).sort()
          return `${attributes.relation}: ${names.join(' – ')} (${attributes.weight}, ${attributes.positions})`
        })
        .sort()
      expect(links).toEqual([
        'conflict: Mara Velin – Water Ministry (1, Treaty)',
        'congruence: Fishing crews – Mara Velin (1, Release of crews)',
        'congruence: Mara Velin – Water Ministry (1, Treaty)',
      ])
      expect(graph.getNodeAttribute(`speaker:${speakers.Observers}`, 'statements')).toBe(1)
    },
  )

  test.each(formats)(
    'a date range as %s: only what was published in it',
    async (_n, format, read) => {
      const { notebook } = await archive()
      const file = await notebook.exportStatements(
        { to: '2023-01-31', limit: 1000 },
        { format, network: 'speaker-speaker' },
      )
      const graph = read(file.content)
      expect(graph.mapNodes((_key, attributes) => attributes.label).sort()).toEqual([
        'Fishing crews',
        'Mara Velin',
        'Water Ministry',
      ])
      expect(graph.mapEdges((_key, attributes) => attributes)).toEqual([
        { relation: 'congruence', weight: 1, positions: 'Treaty' },
      ])
    },
  )

  test('a name with markup characters is written as text', async () => {
    const { notebook, speakers } = await archive()
    const crews = await speakerById(notebook, speakers['Fishing crews'])
    await notebook.saveSpeaker({ ...crews, name: 'Crews <& "Sons">' })
    for (const [, format, read] of formats) {
      const file = await notebook.exportStatements(ALL, { format, network: 'speaker-position' })
      expect(read(file.content).getNodeAttribute(`speaker:${crews.id}`, 'label')).toBe(
        'Crews <& "Sons">',
      )
    }
  })

  test('a name with a control character or half a surrogate pair still gives well-formed XML', async () => {
    const { notebook, speakers } = await archive()
    const crews = await speakerById(notebook, speakers['Fishing crews'])
    await notebook.saveSpeaker({
      ...crews,
      name: 'Crews\u0001 \uD800Sons',
      aliases: ['\uFFFFthe crews'],
    })
    const { DOMParser } = new JSDOM().window
    for (const [, format, read] of formats) {
      const file = await notebook.exportStatements(ALL, { format, network: 'speaker-position' })
      const parsed = new DOMParser().parseFromString(file.content, 'application/xml')
      expect(parsed.getElementsByTagName('parsererror'), format).toHaveLength(0)
      expect(read(file.content).getNodeAttributes(`speaker:${crews.id}`)).toMatchObject({
        label: 'Crews Sons',
        aliases: 'the crews',
      })
    }
  })
})

test('control characters are taken out of names, labels and tags at the contract', async () => {
  const { notebook } = await open()
  const call = (method: string, ...args: unknown[]) =>
    answerCall(contract, notebook, method, args) as Promise<{ ok: boolean; value: never }>
  const speaker = await call('saveSpeaker', {
    name: 'Mara\u0001 Velin\u007f',
    aliases: ['M.\u0008 Velin'],
    role: 'Minister\u001b',
  })
  expect(speaker).toMatchObject({
    ok: true,
    value: { name: 'Mara Velin', aliases: ['M. Velin'], role: 'Minister' },
  })
  const position = await call('savePosition', { label: '\u0002Treaty' })
  expect(position).toMatchObject({ ok: true, value: { label: 'Treaty' } })
  expect(await call('saveSpeaker', { name: '\u0001\u0002' })).toMatchObject({
    ok: false,
    error: { code: 'invalid' },
  })
})

describe('CSV that a spreadsheet opens without running anything', () => {
  /** An article whose every text field a spreadsheet would take for a formula. */
  async function formulas() {
    const { notebook } = await codedArchive()
    const article = await notebook.importArticle({
      text: '=HYPERLINK("http://evil.example","click") was said, and -1.5 was the rate.',
      meta: { title: '+cmd|calc', source: '@SUM(1+1)' },
    })
    await notebook.addStatement(article.id, {
      anchor: { exact: '=HYPERLINK("http://evil.example","click")' },
      speaker: { name: '-2+3' },
      position: { label: '=1+1' },
      tags: ['\tTAB', '\rCR'],
      note: "'=already quoted",
    })
    await notebook.addStatement(article.id, { anchor: { exact: '-1.5' }, tags: [], note: '' })
    return { notebook, articleId: article.id }
  }

  test('cells beginning with = + - @ tab or CR start with an apostrophe; plain numbers stay numbers', async () => {
    const { notebook, articleId } = await formulas()
    const file = await notebook.exportStatements(
      { articleId, limit: 1000 },
      { format: 'csv', excel: false },
    )
    const rows = parseCsv(file.content, { columns: true }) as Record<string, string>[]
    const formula = rows.find((r) => r.quote.includes('HYPERLINK'))!
    expect(formula).toMatchObject({
      title: "'+cmd|calc",
      source: "'@SUM(1+1)",
      speaker: "'-2+3",
      position: "'=1+1",
      position_path: "'=1+1",
      quote: `'=HYPERLINK("http://evil.example","click")`,
      tags: "'\tTAB; \rCR",
      note: "''=already quoted",
    })
    const number = rows.find((r) => r.quote === '-1.5')!
    expect(number.quote).toBe('-1.5')
    expect(file.content).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`)
  })

  test('the text as written, formulas included, when asked for R or pandas', async () => {
    const { notebook, articleId } = await formulas()
    const file = await notebook.exportStatements(
      { articleId, limit: 1000 },
      { format: 'csv', excel: false, rawText: true },
    )
    const rows = parseCsv(file.content, { columns: true }) as Record<string, string>[]
    expect(rows.find((r) => r.quote.includes('HYPERLINK'))).toMatchObject({
      title: '+cmd|calc',
      speaker: '-2+3',
      quote: '=HYPERLINK("http://evil.example","click")',
      note: "'=already quoted",
    })
  })
})
