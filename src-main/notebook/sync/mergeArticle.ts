import type { Article, Statement } from '../../shared/model'
import { conflictCopy } from './conflictCopy'
import { mergeCoding } from './mergeCoding'
import { mergeArticleFields } from './mergeArticleFields'
import { mergeStatements, type KeptStatement, type Side } from './mergeStatements'
import { canonicalJson, sameValue } from './sameValue'
import {
  markedText,
  markText,
  moveStretches,
  quoteOf,
  type MarkedText,
  type Stretch,
} from './statementPlaces'
import { mergeConflictLists, withConflicts, type ArticleConflict } from './syncConflicts'

/** A merged article, and theirs kept beside it as a copy when both sides' texts could not be one. */
export interface ArticleMerge {
  article: Article
  copy?: Article
}

/**
 * Two versions of an article merged by entity against their common base (none when both sides
 * added it): statements by id, fields by field, the text taken from the side that changed it.
 * Text changed on both sides keeps ours and puts theirs in a copy beside it; a statement whose
 * words the other side's text no longer has lives in that copy too. Nothing either side saved
 * is lost.
 */
export function mergeArticle(
  base: Article | undefined,
  ours: Article,
  theirs: Article,
): ArticleMerge {
  if (sameValue(ours, theirs) || (base && sameValue(theirs, base))) return { article: ours }
  if (base && sameValue(ours, base)) return { article: theirs }
  const texts = {
    base: base && markedText(base.body),
    ours: markedText(ours.body),
    theirs: markedText(theirs.body),
  }
  const { kept, clashes } = mergeStatements(
    base?.statements ?? {},
    ours.statements,
    theirs.statements,
  )
  let textSide = chooseText(texts.base, texts.ours, texts.theirs)
  let placed = place(kept, texts, textSide)
  if (textSide === 'theirs' && placed.lost.length > 0)
    placed = place(kept, texts, (textSide = 'ours'))
  const textClash = textSide === 'ours' && (textConflict(texts) || placed.lost.length > 0)
  const copy = textClash ? conflictCopy(ours, theirs) : undefined

  const statements: Record<string, Statement> = {}
  for (const [id, { statement }] of kept) if (placed.marks.has(id)) statements[id] = statement
  const fields = mergeArticleFields(base, ours, theirs)
  const sides = { ours: texts.ours, theirs: texts.theirs }
  const newConflicts: ArticleConflict[] = [
    ...clashes.map(({ statementId, other, otherSide }) => ({
      kind: 'statement' as const,
      statementId,
      other,
      quote: quoteOf(sides[otherSide], statementId),
    })),
    ...fields.conflicts,
    ...(copy ? [{ kind: 'text' as const, copyId: copy.id }] : []),
  ]
  const conflicts = withConflicts(
    mergeConflictLists(base?.conflicts ?? [], ours.conflicts ?? [], theirs.conflicts ?? []),
    newConflicts,
  )
  const chosen = textSide === 'ours' ? ours : theirs
  const body = sameMarks(placed.marks, sides[textSide].marks)
    ? chosen.body
    : markText(sides[textSide].text, placed.marks)
  const merged: Article = {
    ...ours,
    meta: fields.meta,
    body,
    notes: fields.notes,
    statements,
    rejectedSuggestions: fields.rejectedSuggestions,
    conflicts: conflicts.length > 0 ? conflicts : undefined,
    coding: mergeCoding(
      base?.coding,
      ours.coding,
      theirs.coding,
      theirs.updatedAt > ours.updatedAt,
    ),
  }
  if (!merged.coding) delete merged.coding
  if (!merged.rejectedSuggestions) delete merged.rejectedSuggestions
  if (!merged.conflicts) delete merged.conflicts
  return { article: stamped(merged, ours, theirs), ...(copy ? { copy } : {}) }
}

type Texts = { base?: MarkedText; ours: MarkedText; theirs: MarkedText }

/** Whose text the merged article takes: the side that changed it, ours when both did. */
function chooseText(base: MarkedText | undefined, ours: MarkedText, theirs: MarkedText): Side {
  if (base && sameValue(ours.text, base.text) && !sameValue(theirs.text, base.text)) return 'theirs'
  return 'ours'
}

function textConflict({ base, ours, theirs }: Texts): boolean {
  if (sameValue(ours.text, theirs.text)) return false
  return !base || !sameValue(theirs.text, base.text)
}

/**
 * Each kept statement's marks on the chosen text: its own side's marks, moved over unchanged
 * words when that side's text differs; failing that the other side's. Those with nowhere to go
 * are `lost` here (they live in the copy).
 */
function place(
  kept: ReadonlyMap<string, KeptStatement>,
  texts: Texts,
  textSide: Side,
): { marks: Map<string, Stretch[]>; lost: string[] } {
  const target = texts[textSide]
  const marks = new Map<string, Stretch[]>()
  const lost: string[] = []
  for (const [id, { side }] of kept) {
    const other: Side = side === 'ours' ? 'theirs' : 'ours'
    let stretches: Stretch[] | undefined
    for (const from of [side, other]) {
      const own = texts[from].marks.get(id)
      if (!own) continue
      stretches = moveStretches(texts[from].plain, target.plain, own)
      if (stretches) break
    }
    if (stretches) marks.set(id, stretches)
    else lost.push(id)
  }
  return { marks, lost }
}

function sameMarks(a: ReadonlyMap<string, Stretch[]>, b: ReadonlyMap<string, Stretch[]>): boolean {
  if (a.size !== b.size) return false
  for (const [id, stretches] of a)
    if (canonicalJson(stretches) !== canonicalJson(b.get(id))) return false
  return true
}

/** The merge as one of the sides when it is that side, else a new revision after both. */
function stamped(merged: Article, ours: Article, theirs: Article): Article {
  const content = (article: Article) => canonicalJson({ ...article, revision: 0, updatedAt: '' })
  const key = content(merged)
  if (key === content(ours)) return ours
  if (key === content(theirs)) return theirs
  return {
    ...merged,
    revision: Math.max(ours.revision, theirs.revision) + 1,
    updatedAt: ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt,
  }
}
