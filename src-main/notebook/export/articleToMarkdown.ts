import type { PhrasingContent, Root, RootContent } from 'mdast'
import type { ExportedFile } from '../../shared/contract'
import type { Article, ArticleMeta, Position, Speaker } from '../../shared/model'
import { codedStatements, type CodedStatement } from './codedStatements'
import { docToMdast } from './docToMdast'
import { frontMatter } from './frontMatter'
import { markdownFilename } from './markdownFilename'
import { statementsSection } from './statementsSection'
import { stringifyMarkdown } from './stringifyMarkdown'

/** The archive's speakers and positions by id, to name who said what and about what. */
export interface Registry {
  speakers: ReadonlyMap<string, Speaker>
  positions: ReadonlyMap<string, Position>
}

export const MARKDOWN_MEDIA_TYPE = 'text/markdown; charset=utf-8'

/** In a vault: links from an article's note to its speakers' and positions' notes. */
export interface NoteLinks {
  speaker(speaker: Speaker): PhrasingContent
  position(position: Position): PhrasingContent
}

/**
 * One article as an Obsidian note: properties, title, the statements grouped by speaker as quote
 * callouts with block ids, then the analyst's notes. Same article and registry, same bytes. In a
 * vault, speakers' and positions' names link to their notes.
 */
export function articleToMarkdown(
  article: Article,
  registry: Registry,
  links?: NoteLinks,
): ExportedFile {
  return {
    filename: markdownFilename(article.meta.title),
    mediaType: MARKDOWN_MEDIA_TYPE,
    content: articleMarkdown(article, codedStatements(article, registry), links),
    encoding: 'utf8',
  }
}

/** The note of `articleToMarkdown`, for its statements already coded (`codedStatements`). */
export function articleMarkdown(
  article: Article,
  coded: readonly CodedStatement[],
  links?: NoteLinks,
): string {
  return stringifyMarkdown(articleNote(article, coded, links))
}

/** The note of `articleMarkdown` as mdast, before it is written as Markdown. */
export function articleNote(
  article: Article,
  coded: readonly CodedStatement[],
  links?: NoteLinks,
): Root {
  return {
    type: 'root',
    children: [
      frontMatter(article, coded),
      { type: 'heading', depth: 1, children: [{ type: 'text', value: article.meta.title }] },
      ...sourceLine(article.meta),
      ...statementsSection(coded, links),
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Notes' }] },
      ...docToMdast(article.notes, { headingOffset: 2 }),
    ],
  }
}

/** "source · published · url", whichever the article has. */
function sourceLine({ source, published, url }: ArticleMeta): RootContent[] {
  const parts: PhrasingContent[] = []
  if (source) parts.push({ type: 'text', value: source })
  if (published) parts.push({ type: 'text', value: published })
  if (/^https?:\/\/\S+$/i.test(url))
    parts.push({ type: 'link', url, children: [{ type: 'text', value: url }] })
  else if (url) parts.push({ type: 'text', value: url })
  if (parts.length === 0) return []
  const children = parts.flatMap((part, index): PhrasingContent[] =>
    index > 0 ? [{ type: 'text', value: ' · ' }, part] : [part],
  )
  return [{ type: 'paragraph', children }]
}
