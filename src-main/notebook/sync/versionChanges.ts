import type { Article, ArticleMeta, Statement } from '../../shared/model'
import type { ArticleVersion } from '../../shared/sync'
import { canonicalJson } from './sameValue'
import { markedText } from './statementPlaces'

/** A statement's coding: what makes a change to it a recoding (its mark and times aside). */
const CODING: readonly (keyof Statement)[] = [
  'speakerId',
  'positionId',
  'stance',
  'tags',
  'note',
  'cue',
  'mode',
]

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null)

/** What changed from one version of an article to the next (undefined: not in the archive). */
export function versionChanges(
  before: Article | undefined,
  after: Article | undefined,
): ArticleVersion['changes'] {
  const was = before?.statements ?? {}
  const now = after?.statements ?? {}
  const ids = { was: Object.keys(was), now: Object.keys(now) }
  const both = before && after
  return {
    statementsAdded: ids.now.filter((id) => !was[id]).length,
    statementsRemoved: ids.was.filter((id) => !now[id]).length,
    statementsRecoded: ids.now.filter(
      (id) => was[id] && CODING.some((field) => !same(was[id][field], now[id][field])),
    ).length,
    // Marking a statement is not a change of the text: compared without the marks.
    textChanged: !!both && !same(markedText(before.body).text, markedText(after.body).text),
    fieldsChanged: both ? fieldsChanged(before, after) : [],
    added: !before && !!after,
    removed: !!before && !after,
  }
}

function fieldsChanged(before: Article, after: Article): string[] {
  const keys = new Set([...Object.keys(before.meta), ...Object.keys(after.meta)])
  const fields = [...keys]
    .filter(
      (key) => !same(before.meta[key as keyof ArticleMeta], after.meta[key as keyof ArticleMeta]),
    )
    .map((key) => `meta.${key}`)
  if (!same(before.notes, after.notes)) fields.push('notes')
  return fields
}
