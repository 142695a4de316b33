import { STANCES, type ArticleSummary } from '../../shared/model'

const isString = (value: unknown): value is string => typeof value === 'string'
const isInteger = (value: unknown) => Number.isInteger(value)
const isStringList = (value: unknown) => Array.isArray(value) && value.every(isString)
/** As the model's Id: 1–64 letters, digits, - or _, and not a name every object inherits. */
const isId = (value: unknown) =>
  isString(value) && /^[A-Za-z0-9_-]{1,64}$/.test(value) && !Object.hasOwn(Object.prototype, value)
// Only the summary's own id is checked in full: the lists are derived, and filters merely compare them.
const isIdList = isStringList

/**
 * The shape of ArticleSummary, checked by hand: the catalog holds one per article, and a schema
 * library takes most of a second over 10,000 of them at every open, this a few milliseconds.
 * `stances` may be missing (catalogs before schema 2); the catalog fills it in.
 */
export function isArticleSummary(value: unknown): value is ArticleSummary {
  if (typeof value !== 'object' || value === null) return false
  const s = value as Record<string, unknown>
  return (
    isId(s.id) &&
    isInteger(s.revision) &&
    isString(s.title) &&
    isString(s.source) &&
    isString(s.published) &&
    isStringList(s.tags) &&
    isInteger(s.statementCount) &&
    isIdList(s.speakerIds) &&
    isIdList(s.positionIds) &&
    (s.stances === undefined ||
      (Array.isArray(s.stances) &&
        s.stances.every((x) => (STANCES as readonly unknown[]).includes(x)))) &&
    isString(s.updatedAt) &&
    (s.sha256 === undefined || isString(s.sha256)) &&
    (s.sample === undefined || s.sample === true) &&
    (s.coding === undefined || isCoding(s.coding)) &&
    (s.conflicts === undefined || (isInteger(s.conflicts) && (s.conflicts as number) > 0))
  )
}

function isCoding(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const c = value as Record<string, unknown>
  return (
    isIdList(c.coders) &&
    isIdList(c.done) &&
    (c.adjudicated === undefined || c.adjudicated === true)
  )
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The catalog's summaries, by article id: one loop, not a schema call per article. */
export function isArticleSummaries(value: unknown): value is Record<string, ArticleSummary> {
  return isRecord(value) && Object.values(value).every(isArticleSummary)
}

export function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every(isString)
}

/** Summaries of catalogs before schema 2 have no `stances`: none are listed until rebuilt. */
export function withStances(
  summaries: Record<string, ArticleSummary>,
): Record<string, ArticleSummary> {
  for (const summary of Object.values(summaries)) summary.stances ??= []
  return summaries
}
