import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Transform } from '@tiptap/pm/transform'
import { Archive } from '../src-main/notebook/storage/archive'
import { textToDoc } from '../src-main/notebook/import/textToDoc'
import { openNotebook } from '../src-main/notebook/notebook'
import { docFromJSON, documentSchema, emptyDoc } from '../src-main/shared/document'
import { ArticleMeta, type Article, type DocJSON, type Statement } from '../src-main/shared/model'
import { offsetToPos, plainText } from '../src-main/shared/plainText'
import { SeededRandom } from './generate/seededRandom'
import { syntheticArticle, type SyntheticArticle } from './generate/syntheticArticle'
import { syntheticPositions, syntheticSpeakers } from './generate/syntheticRegistry'

export interface GenerateOptions {
  /** An empty (or not yet existing) folder. */
  archiveDir: string
  articles: number
  seed: number
  /** @default 60 */
  speakers?: number
  /** @default 24, a quarter of them themes, the rest aspects under them */
  positions?: number
  /** Statements in an article, on average (one in twenty has none). @default 10 */
  statementsPerArticle?: number
  /** @default 800 */
  wordsPerArticle?: number
  /** Open the archive once more to build its search and statement indexes. @default true */
  index?: boolean
}

export interface GeneratedArchive {
  articles: number
  statements: number
  speakers: number
  positions: number
}

const resourcesDir = join(import.meta.dirname, '..', 'resources')
const WRITE_BATCH = 32

/** The body with a statement mark over each range, as addStatement marks them one by one. */
function markStatements(body: DocJSON, statements: { id: string; start: number; end: number }[]) {
  const doc = docFromJSON(body)
  const plain = plainText(doc)
  const transform = new Transform(doc)
  for (const { id, start, end } of statements) {
    transform.addMark(
      offsetToPos(plain, start, 'start'),
      offsetToPos(plain, end, 'end'),
      documentSchema().marks.statement.create({ id }),
    )
  }
  return transform.doc.toJSON() as DocJSON
}

/** The article as importArticle (pasted text) and one updateArticle with its statements leave it. */
function toArticle(synthetic: SyntheticArticle): Article {
  const text = synthetic.paragraphs.join('\n\n')
  const imported = `${synthetic.published}T08:00:00.000Z`
  const coded = `${synthetic.published}T09:00:00.000Z`
  const statements: Record<string, Statement> = {}
  for (const { start: _start, end: _end, ...statement } of synthetic.statements)
    statements[statement.id] = { ...statement, createdAt: coded, updatedAt: coded }
  const hasStatements = synthetic.statements.length > 0
  return {
    id: synthetic.id,
    revision: hasStatements ? 2 : 1,
    meta: ArticleMeta.parse({
      title: synthetic.title,
      source: synthetic.source,
      authors: synthetic.authors,
      published: synthetic.published,
      language: 'en',
      tags: synthetic.tags,
    }),
    body: hasStatements ? markStatements(textToDoc(text), synthetic.statements) : textToDoc(text),
    notes: synthetic.notes ? textToDoc(synthetic.notes) : emptyDoc(),
    statements,
    createdAt: imported,
    updatedAt: hasStatements ? coded : imported,
    origin: {
      kind: 'paste',
      name: 'pasted text',
      sha256: createHash('sha256').update(text).digest('hex'),
    },
  }
}

/**
 * Writes a synthetic archive of our own text: speakers with aliases and affiliations, a two-level
 * codebook, and articles of assembled sentences with coded statements. The same seed writes the
 * same archive. Articles go through the Archive (the files and summaries the service writes),
 * the catalog is saved once at the end.
 */
export async function generateArchive(options: GenerateOptions): Promise<GeneratedArchive> {
  const found = await readdir(options.archiveDir).catch(() => [])
  if (found.length > 0)
    throw new Error(`${options.archiveDir} is not empty: generate into a new folder.`)
  const random = new SeededRandom(options.seed)
  const positions = syntheticPositions(random, options.positions ?? 24)
  const speakers = syntheticSpeakers(random, options.speakers ?? 60, positions)
  const perArticle = options.statementsPerArticle ?? 10
  const clock = () => new Date(Date.UTC(2024, 0, 1))
  const { archive } = await Archive.open(options.archiveDir, { now: clock })
  archive.backups.startedEmpty()
  for (const { phrase: _phrase, ...position } of positions)
    archive.catalog.positions[position.id] = position
  for (const { weight: _weight, leanings: _leanings, ...speaker } of speakers)
    archive.catalog.speakers[speaker.id] = speaker
  let statements = 0
  let batch: Article[] = []
  const ids: string[] = []
  const write = async () => {
    // Each file is written durably (flushed to disk): a batch at a time keeps the disk busy.
    await Promise.all(batch.map((article) => archive.putArticleFile(article)))
    batch = []
  }
  for (let i = 0; i < options.articles; i++) {
    const count = random.chance(0.05) ? 0 : random.int(Math.max(1, perArticle - 3), perArticle + 3)
    const synthetic = syntheticArticle(random, speakers, {
      words: options.wordsPerArticle ?? 800,
      statements: count,
    })
    statements += synthetic.statements.length
    batch.push(toArticle(synthetic))
    ids.push(synthetic.id)
    if (batch.length === WRITE_BATCH) await write()
  }
  await write()
  // Written concurrently, the summaries came in any order: put them in the order generated.
  const { articles, fileStamps } = archive.catalog
  archive.catalog.articles = Object.fromEntries(ids.map((id) => [id, articles[id]]))
  archive.catalog.fileStamps = Object.fromEntries(ids.map((id) => [id, fileStamps[id]]))
  await archive.saveCatalog()
  await archive.close()
  if (options.index ?? true) {
    const notebook = await openNotebook({ archiveDir: options.archiveDir, resourcesDir })
    // Each index is made when first asked for, and written when the archive closes.
    await notebook.exploreStatements({ limit: 1 })
    await notebook.search({ text: 'index', limit: 1 })
    await notebook.close()
  }
  return {
    articles: options.articles,
    statements,
    speakers: speakers.length,
    positions: positions.length,
  }
}
