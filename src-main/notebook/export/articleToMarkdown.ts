import type { PhrasingContent, Root, RootContent } from 'mdast'
import type { ExportedFile } from '../../shared/contract'
import type { Article, ArticleMeta, DocJSON, Position, Speaker } from '../../shared/model'
import { codedStatements, type CodedStatement } from './codedStatements'
import { docToMdast } from './docToMdast'
import { frontMatter } from './frontMatter'
import { markdownFilename } from './markdownFilename'
import { noteLinks, subjectNotes, type NoteLinks } from './noteLinks'
import { stringifyMarkdown } from './stringifyMarkdown'
import { textSection } from './textSection'
import { isWebAddress } from '../../shared/isSafeHref'

/** The archive's speakers and positions by id, to name who said what and about what. */
export interface Registry {
  speakers: ReadonlyMap<string, Speaker>
  positions: ReadonlyMap<string, Position>
}

export const MARKDOWN_MEDIA_TYPE = 'text/markdown; charset=utf-8'

/**
 * One article as an Obsidian note, as a vault export writes it: properties, title, the text with
 * each statement highlighted in place and followed by its callout and block id (speakers and
 * positions linking to their notes in the vault), then the analyst's notes if there are any.
 * Same article and registry, same bytes.
 */
export function articleToMarkdown(article: Article, registry: Registry): ExportedFile {
  return {
    filename: markdownFilename(article.meta.title),
    mediaType: MARKDOWN_MEDIA_TYPE,
    content: stringifyMarkdown(
      articleNote(article, codedStatements(article, registry), noteLinks(subjectNotes(registry))),
    ),
    encoding: 'utf8',
  }
}

/** The note of `articleToMarkdown` as mdast, for its statements already coded (`codedStatements`). */
export function articleNote(
  article: Article,
  coded: readonly CodedStatement[],
  links: NoteLinks,
): Root {
  return {
    type: 'root',
    children: [
      frontMatter(article, coded),
      { type: 'heading', depth: 1, children: [{ type: 'text', value: article.meta.title }] },
      ...sourceLine(article.meta),
      ...textSection(article.body, coded, links),
      ...notesSection(article.notes),
    ],
  }
}

/** `## Notes`: the analyst's notes, when they wrote any. */
function notesSection(notes: DocJSON): RootContent[] {
  const blocks = docToMdast(notes, { headingOffset: 2 })
  if (blocks.length === 0) return []
  return [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Notes' }] }, ...blocks]
}

/** "source · published · url", whichever the article has. */
function sourceLine({ source, published, url }: ArticleMeta): RootContent[] {
  const parts: PhrasingContent[] = []
  if (source) parts.push({ type: 'text', value: source })
  if (published) parts.push({ type: 'text', value: published })
  if (isWebAddress(url)) parts.push({ type: 'link', url, children: [{ type: 'text', value: url }] })
  else if (url) parts.push({ type: 'text', value: url })
  if (parts.length === 0) return []
  const children = parts.flatMap((part, index): PhrasingContent[] =>
    index > 0 ? [{ type: 'text', value: ' · ' }, part] : [part],
  )
  return [{ type: 'paragraph', children }]
}
