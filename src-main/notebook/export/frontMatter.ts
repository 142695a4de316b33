import type { Yaml } from 'mdast'
import { stringify } from 'yaml'
import { isSafeArticleUrl } from '../../shared/isSafeHref'
import type { Article } from '../../shared/model'
import type { CodedStatement } from './codedStatements'
import { obsidianTag } from './obsidianTag'

/**
 * Obsidian properties: flat, in a fixed order. A property without a value (no source, no tags)
 * is left out; title, `stancemark-id` and `stancemark-revision` are always there.
 */
export function frontMatter(article: Article, coded: readonly CodedStatement[]): Yaml {
  const { meta } = article
  const speakers = unique(coded.map(({ speaker }) => speaker?.name))
  const positions = unique(coded.map(({ position }) => position?.label))
  const tags = unique(meta.tags.map(obsidianTag))
  const described = {
    title: meta.title,
    source: meta.source,
    // An address saved before the contract checked it is left out rather than linked.
    url: isSafeArticleUrl(meta.url) ? meta.url : '',
    authors: meta.authors,
    published: meta.published,
    speakers,
    positions,
    tags,
  }
  const properties = {
    ...Object.fromEntries(Object.entries(described).filter(([, value]) => value.length > 0)),
    'stancemark-id': article.id,
    'stancemark-revision': article.revision,
  }
  return { type: 'yaml', value: stringify(properties, { lineWidth: 0 }).trimEnd() }
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => value !== undefined))]
}
