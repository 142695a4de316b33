import {
  type CodedArticle,
  type CodedStatement,
} from '../../src-main/notebook/agreement/measureAgreement'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { textToDoc } from '../../src-main/notebook/import/textToDoc'
import { openNotebook } from '../../src-main/notebook/notebook'
import { markStatements } from '../../src-main/notebook/statements/statementMarks'
import { Archive } from '../../src-main/notebook/storage/archive'
import { emptyDoc } from '../../src-main/shared/document'
import {
  ArticleMeta,
  Position,
  Speaker,
  type Stance,
  type Statement,
} from '../../src-main/shared/model'
import { timeRuns, type Timing } from './timing'

/** The case: 1,000 articles coded by two coders, ~10 statements each. */
export const AGREEMENT_ARTICLES = 1000

const STANCES: Stance[] = ['supports', 'opposes', 'neutral']

/**
 * Two coders who mostly agree: the second shifts some boundaries, codes some speakers and stances
 * otherwise, and leaves out or adds the odd statement. Seeded, so every run measures the same.
 */
export function doubleCodedArticles(count: number, seed = 1): CodedArticle[] {
  let state = seed
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  return Array.from({ length: count }, (_, a) => {
    const statements: CodedStatement[] = []
    for (let s = 0; s < 10; s++) {
      const start = s * 500 + Math.floor(random() * 100)
      const end = start + 80 + Math.floor(random() * 200)
      const speakerId = `speaker${Math.floor(random() * 50)}`
      const positionId = `position${Math.floor(random() * 30)}`
      const stance = STANCES[Math.floor(random() * 3)]
      statements.push({
        id: `${a}-${s}-a`,
        coderId: 'a',
        start,
        end,
        speakerId,
        positionId,
        stance,
      })
      if (random() < 0.1) continue
      const shift = random() < 0.3 ? Math.floor(random() * 20) : 0
      statements.push({
        id: `${a}-${s}-b`,
        coderId: 'b',
        start: start + shift,
        end: end - shift,
        speakerId: random() < 0.1 ? `speaker${Math.floor(random() * 50)}` : speakerId,
        positionId: random() < 0.2 ? `position${Math.floor(random() * 30)}` : positionId,
        stance: random() < 0.15 ? STANCES[Math.floor(random() * 3)] : stance,
      })
    }
    return { id: `article${a}`, length: 5000, statements }
  })
}

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources')
const CODERS = [
  { id: 'a', name: 'Ana', color: '#2563eb' },
  { id: 'b', name: 'Ben', color: '#d97706' },
]

/** Words enough for an article of `length` characters, one paragraph. */
const filler = (length: number) =>
  'the river talks went on '.repeat(Math.ceil(length / 24)).slice(0, length)

/**
 * A bench archive of the double-coded articles: each a file as the service writes it, both coders
 * done, written through the Archive as scripts/generateArchive.ts writes its archives.
 */
async function doubleCodedArchive(dir: string, articles: CodedArticle[]): Promise<void> {
  const { archive } = await Archive.open(dir, { now: () => new Date(Date.UTC(2024, 0, 1)) })
  archive.backups.startedEmpty()
  archive.catalog.coders = CODERS
  for (const article of articles)
    for (const statement of article.statements) {
      if (statement.speakerId)
        archive.catalog.speakers[statement.speakerId] ??= Speaker.parse({
          id: statement.speakerId,
          name: statement.speakerId,
        })
      if (statement.positionId)
        archive.catalog.positions[statement.positionId] ??= Position.parse({
          id: statement.positionId,
          label: statement.positionId,
        })
    }
  const stamp = '2024-01-01T09:00:00.000Z'
  for (const coded of articles) {
    const text = filler(coded.length)
    const statements: Record<string, Statement> = {}
    for (const { start: _start, end: _end, ...statement } of coded.statements)
      statements[statement.id] = {
        ...statement,
        tags: [],
        note: '',
        createdAt: stamp,
        updatedAt: stamp,
      }
    await archive.putArticleFile({
      id: coded.id,
      revision: 2,
      meta: ArticleMeta.parse({ title: coded.id }),
      body: markStatements(textToDoc(text), coded.statements),
      notes: emptyDoc(),
      statements,
      createdAt: stamp,
      updatedAt: stamp,
      origin: { kind: 'paste', name: 'pasted text', sha256: '' },
      coding: { coders: ['a', 'b'], done: ['a', 'b'] },
    })
  }
  await archive.saveCatalog()
  await archive.close()
}

/**
 * The service's `agreement` over a bench archive of the double-coded articles, its default (every
 * double-coded article both coders are done with): the statement index built first, as after the
 * archive has been opened and used; each run finds the articles and computes the figures in full.
 */
export async function benchAgreement(runs: number): Promise<Timing> {
  const dir = await mkdtemp(join(tmpdir(), 'stancemark-agreement-'))
  try {
    await doubleCodedArchive(dir, doubleCodedArticles(AGREEMENT_ARTICLES))
    const notebook = await openNotebook({ archiveDir: dir, resourcesDir })
    try {
      const first = await notebook.agreement({})
      if (first.articles !== AGREEMENT_ARTICLES)
        throw new Error(`agreement over ${first.articles} articles`)
      return await timeRuns(runs, async () => {
        await notebook.agreement({})
      })
    } finally {
      await notebook.close()
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
