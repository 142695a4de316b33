import type { ArticleMeta } from '../../shared/model'
import { isWebAddress } from '../../shared/isSafeHref'

const MAX_TEXT = 500
const MAX_URL = 2000
const MAX_ITEMS = 100
const MAX_TAG = 100

const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim()
const clip = (value: string, max: number) =>
  value.length > max ? `${value.slice(0, max - 1)}…` : value

function distinct(values: string[], max: number): string[] {
  const kept = values.map(oneLine).filter((value) => value.length > 0 && value.length <= max)
  return [...new Set(kept)].slice(0, MAX_ITEMS)
}

/** Meta found in a file, fitted to what an article's meta allows; what does not fit is left out. */
function fitFound(found: Partial<ArticleMeta>): Partial<ArticleMeta> {
  const meta: Partial<ArticleMeta> = {}
  const title = found.title && clip(oneLine(found.title), MAX_TEXT)
  const source = found.source && clip(oneLine(found.source), MAX_TEXT)
  const url = found.url?.trim()
  const authors = distinct(found.authors ?? [], MAX_TEXT)
  const tags = distinct(found.tags ?? [], MAX_TAG)
  if (title) meta.title = title
  if (source) meta.source = source
  // Only a web address: a file's `javascript:` or `file:` URL would become a link in the export.
  if (url && url.length <= MAX_URL && isWebAddress(url)) meta.url = url
  if (authors.length > 0) meta.authors = authors
  if (found.published && /^\d{4}-\d{2}-\d{2}$/.test(found.published))
    meta.published = found.published
  if (tags.length > 0) meta.tags = tags
  return meta
}

function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().length > 0
  if (Array.isArray(value)) return value.length > 0
  return value !== undefined && value !== null
}

/** The analyst's meta wins over what the file says, field by field, wherever it is filled in. */
export function mergeMeta(
  found: Partial<ArticleMeta>,
  caller: Partial<ArticleMeta>,
): Partial<ArticleMeta> {
  const filled = Object.entries(caller).filter(([, value]) => isFilled(value))
  return { ...fitFound(found), ...(Object.fromEntries(filled) as Partial<ArticleMeta>) }
}
