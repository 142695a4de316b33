import { parseDocument } from 'yaml'
import type { ArticleMeta } from '../../shared/model'
import { normaliseDate } from './normaliseDate'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') return undefined
  return value.trim() || undefined
}

function list(value: unknown, splitOn?: RegExp): string[] | undefined {
  const items = Array.isArray(value)
    ? value
    : typeof value === 'string' && splitOn
      ? value.split(splitOn)
      : [value]
  const texts = items.map(text).filter((item): item is string => item !== undefined)
  return texts.length > 0 ? texts : undefined
}

/**
 * Article meta from YAML front matter (Obsidian-style properties): title, source (or publication,
 * site), url, author/authors, published/date, tags. Front matter that is not valid YAML gives none.
 */
export function frontMatterMeta(yaml: string): Partial<ArticleMeta> {
  const document = parseDocument(yaml)
  if (document.errors.length > 0) return {}
  const data: unknown = document.toJS()
  if (!isRecord(data)) return {}
  const fields = new Map(Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]))
  const field = (...keys: string[]) => keys.map((key) => fields.get(key)).find((v) => v != null)

  const meta: Partial<ArticleMeta> = {}
  const title = text(field('title'))
  const source = text(field('source', 'publication', 'site'))
  const url = text(field('url'))
  const authors = list(field('authors', 'author'))
  const published = normaliseDate(field('published', 'date'))
  const tags = list(field('tags'), /,/)?.map((tag) => tag.replace(/^#/, ''))
  if (title) meta.title = title
  if (source) meta.source = source
  if (url) meta.url = url
  if (authors) meta.authors = authors
  if (published) meta.published = published
  if (tags) meta.tags = tags
  return meta
}
