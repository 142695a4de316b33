import { expect, test } from 'vitest'
import { mergeArticle, type ArticleMerge } from '../../../src-main/notebook/sync/mergeArticle'
import { canonicalJson } from '../../../src-main/notebook/sync/sameValue'
import type { Article } from '../../../src-main/shared/model'
import { reconcileStatements } from '../../../src-main/notebook/statements/statementMarks'
import { seededRandom } from '../../support/fuzz/seededRandom'
import { textOf } from '../../support/markedWords'
import { articleOfDraft, copyDraft, editDraft, randomDraft } from '../../support/randomArticleEdits'

const PAIRS = 1000

/** Every statement version a merge holds: in the article, set aside as a conflict, or in the copy. */
function versionsKept({ article, copy }: ArticleMerge): Set<string> {
  const kept = new Set<string>()
  for (const one of [article, copy]) {
    for (const statement of Object.values(one?.statements ?? {})) kept.add(canonicalJson(statement))
    for (const conflict of one?.conflicts ?? [])
      if (conflict.kind === 'statement') kept.add(canonicalJson(conflict.other))
  }
  return kept
}

/** The statement versions one side saved: new, or changed from the base. */
function versionsSaved(base: Article, side: Article): string[] {
  return Object.values(side.statements)
    .map(canonicalJson)
    .filter(
      (version) => !Object.values(base.statements).some((was) => canonicalJson(was) === version),
    )
}

const texts = ({ article, copy }: ArticleMerge) =>
  [article, copy]
    .filter((one) => one !== undefined)
    .map((one) => textOf(one.body))
    .sort()

test(`${PAIRS} random pairs of edits merged either way lose nothing either side saved`, () => {
  const random = seededRandom(26)
  let copies = 0
  let clashes = 0
  for (let pair = 0; pair < PAIRS; pair++) {
    const draft = randomDraft(random)
    const base = articleOfDraft(draft)
    let tick = 0
    // Both sides share one clock, sometimes at the same instant, as two machines can.
    const clock = () =>
      new Date(Date.UTC(2024, 1, 1) + 1000 * (tick += random.int(2))).toISOString()
    const oursDraft = copyDraft(draft)
    const theirsDraft = copyDraft(draft)
    editDraft(oursDraft, random, 'o', clock)
    editDraft(theirsDraft, random, 't', clock)
    const ours = articleOfDraft(oursDraft)
    const theirs = articleOfDraft(theirsDraft)
    const one = mergeArticle(base, ours, theirs)
    const other = mergeArticle(base, theirs, ours)
    const context = `pair ${pair}`
    for (const merge of [one, other]) {
      const kept = versionsKept(merge)
      for (const version of [...versionsSaved(base, ours), ...versionsSaved(base, theirs)])
        expect(kept.has(version), `${context}: ${version}`).toBe(true)
      for (const article of [merge.article, merge.copy].filter((a) => a !== undefined))
        expect(reconcileStatements(article.body, article.statements), context).toEqual(
          article.statements,
        )
      const sideTexts = texts(merge)
      for (const side of [ours, theirs])
        if (textOf(side.body) !== textOf(base.body))
          expect(sideTexts, context).toContain(textOf(side.body))
    }
    // A copy holds its side's unchanged statements too; what either side saved is kept either way.
    const unchanged = new Set(Object.values(base.statements).map(canonicalJson))
    const saved = (merge: ArticleMerge) =>
      [...versionsKept(merge)].filter((version) => !unchanged.has(version)).sort()
    expect(saved(one), context).toEqual(saved(other))
    expect(texts(one), context).toEqual(texts(other))
    if (!one.copy) expect(one.article.statements, context).toEqual(other.article.statements)
    expect(one.article.meta.title, context).toBe(other.article.meta.title)
    expect([...one.article.meta.tags].sort(), context).toEqual([...other.article.meta.tags].sort())
    if (one.copy) copies++
    if (one.article.conflicts?.some((c) => c.kind === 'statement')) clashes++
  }
  // The generator must reach the hard cases, not only the easy ones.
  expect(copies).toBeGreaterThan(PAIRS / 20)
  expect(clashes).toBeGreaterThan(PAIRS / 20)
}, 120_000)
