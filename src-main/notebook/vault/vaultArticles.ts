import type { Article } from '../../shared/model'
import { readStatements } from '../agreement/readingRule'
import type { Registry } from '../export/articleToMarkdown'
import { codedStatements, type CodedStatement } from '../export/codedStatements'
import { emptyCatalog } from '../storage/catalog'
import { unmarkStatements } from '../statements/statementMarks'
import type { VaultCatalog } from './vaultMessages'
import type { Entry } from './vaultNoteParts'

/** The articles' summaries in the order their notes are listed in the index. */
export const articleOrder = (catalog: Pick<VaultCatalog, 'articles'>) =>
  Object.values(catalog.articles).sort(
    (a, b) =>
      a.published.localeCompare(b.published) ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  )

/** An article as its vault note shows it, its statements, and their entries in the other notes. */
export interface VaultArticle {
  article: Article
  coded: CodedStatement[]
  entries: Entry[]
}

/**
 * The article as the reader of the vault sees it in the explorer (the reading rule: blind coding,
 * consensus), made into its note's statements and their entries, the note being called `name`.
 */
export function vaultArticle(
  raw: Article,
  name: string,
  catalog: VaultCatalog,
  registry: Registry,
): VaultArticle {
  const all = Object.values(raw.statements)
  const seen = readStatements(
    all,
    raw.coding,
    { ...emptyCatalog(), coders: catalog.coders ?? [] },
    catalog.reader ?? '',
  )
  const left = new Set(seen.map((statement) => statement.id))
  const gone = new Set(all.filter((statement) => !left.has(statement.id)).map((s) => s.id))
  const article =
    gone.size === 0
      ? raw
      : {
          ...raw,
          body: unmarkStatements(raw.body, gone),
          statements: Object.fromEntries(seen.map((statement) => [statement.id, statement])),
        }
  const coded = codedStatements(article, registry)
  const entries = coded.map(({ statement, quote, blockId, speaker, position }) => ({
    articleNote: name,
    articleTitle: article.meta.title,
    published: article.meta.published,
    blockId,
    quote,
    stance: statement.stance,
    speaker,
    position,
  }))
  return { article, coded, entries }
}
