import type { Readability } from '@mozilla/readability'
import type { ArticleMeta } from '../../shared/model'
import { normaliseDate } from './normaliseDate'

export type ReadabilityArticle = NonNullable<ReturnType<Readability['parse']>>

const PUBLISHED_KEYS = [
  'date',
  'pubdate',
  'publishdate',
  'dc.date',
  'dc.date.issued',
  'datepublished',
  'dcterms.date',
  'dcterms.issued',
  'og:published_time',
  'parsely-pub-date',
  'sailthru.date',
  'publish-date',
  'article.published',
]

/** The content of every <meta> by its lowercased property, name or itemprop. */
function metaTags(document: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>()
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (
      element.getAttribute('property') ??
      element.getAttribute('name') ??
      element.getAttribute('itemprop')
    )
      ?.trim()
      .toLowerCase()
    const content = element.getAttribute('content')?.trim()
    if (key && content) tags.set(key, [...(tags.get(key) ?? []), content])
  }
  return tags
}

function webUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** The page's own address: its canonical link, else og:url. Only http(s) addresses count. */
export function pageUrl(document: Document): string | undefined {
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')
  return webUrl(canonical) ?? webUrl(metaTags(document).get('og:url')?.[0])
}

/** "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"]. Commas stay: "Doe, Jane" is one name. */
function bylineAuthors(byline: string): string[] {
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s+(?:and|&)\s+|\s*;\s*/i)
    .map((name) => name.trim())
    .filter(Boolean)
}

/**
 * Article meta from a web page: title (Readability, og:title, <title>), source (og:site_name),
 * authors (byline, meta author), published (article:published_time, the JSON-LD article's
 * datePublished as Readability reads it, time[datetime], meta date) and url (canonical, og:url).
 */
export function htmlMeta(
  document: Document,
  article: ReadabilityArticle | null,
): Partial<ArticleMeta> {
  const tags = metaTags(document)
  const first = (...keys: string[]) => keys.map((key) => tags.get(key)?.[0]).find(Boolean)

  const meta: Partial<ArticleMeta> = {}
  const title = article?.title?.trim() || first('og:title') || document.title.trim()
  const source = first('og:site_name') || article?.siteName?.trim()
  const authors = article?.byline?.trim()
    ? bylineAuthors(article.byline)
    : (tags.get('author') ?? tags.get('dc.creator') ?? []).flatMap(bylineAuthors)
  const published =
    normaliseDate(first('article:published_time')) ??
    normaliseDate(article?.publishedTime) ??
    normaliseDate(document.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    normaliseDate(first(...PUBLISHED_KEYS))
  const url = pageUrl(document)
  if (title) meta.title = title
  if (source) meta.source = source
  if (authors.length > 0) meta.authors = authors
  if (published) meta.published = published
  if (url) meta.url = url
  return meta
}
