import { z } from 'zod'
import type { AnnotationImportReport } from '../../shared/contract'
import { docFromJSON } from '../../shared/document'
import { Statement, type Article } from '../../shared/model'
import { plainText } from '../../shared/plainText'
import type { Catalog } from '../storage/catalog'
import { freshId } from '../newId'
import { adoptPosition } from '../registry/positions'
import { adoptSpeaker } from '../registry/speakers'
import { resolveCoder } from '../registry/coders'
import { Coder } from '../../shared/model'
import { markStatements, type StatementPlace } from '../statements/statementMarks'
import { letGo } from '../storage/textInSlices'
import { placeQuote } from './placeQuote'
import { readAnnotations } from './readAnnotations'

type Unplaced = AnnotationImportReport['unplaced'][number]

const MAX_QUOTE = 1000
const clip = (quote: string) =>
  quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote

const isTime = (value: string | undefined) => !!value && !Number.isNaN(Date.parse(value))
/** How long placing holds the thread before it lets the calls waiting meanwhile be answered. */
const SLICE_MS = 20

export interface AnnotationChanges {
  placed: number
  alreadyThere: number
  unplaced: Unplaced[]
  /** The article's body and statements with the placed ones added; undefined when none were. */
  changes?: Pick<Article, 'body' | 'statements'>
}

/**
 * Places the annotations of a W3C Web Annotation file on an article (see placeQuote). A
 * statement already in the article is left as it is. Ids are kept when the annotations came
 * from this very article, so a round trip gives back the same statements; on another article
 * each gets a new id. Speakers and positions are created in the catalog only for placed ones.
 */
export async function placeAnnotations(
  article: Article,
  json: string,
  catalog: Catalog,
  now: string,
  /** The current coder: whose an annotation without a creator becomes. */
  coderId: string,
  /** The current coder codes this article blind: every annotation becomes theirs, whatever its creator. */
  blind = false,
): Promise<AnnotationChanges> {
  const annotations = readAnnotations(json)
  const text = plainText(docFromJSON(article.body)).text
  const places: StatementPlace[] = []
  const statements = { ...article.statements }
  const unplaced: Unplaced[] = []
  let alreadyThere = 0
  let sliceStart = performance.now()
  for (const annotation of annotations) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await letGo()
      sliceStart = performance.now()
    }
    const sameArticle = annotation.articleId === article.id
    if (
      sameArticle &&
      annotation.statementId &&
      Object.hasOwn(article.statements, annotation.statementId)
    ) {
      alreadyThere++
      continue
    }
    const exact =
      annotation.exact ??
      (annotation.end !== undefined && annotation.end <= text.length
        ? text.slice(annotation.start, annotation.end)
        : undefined)
    if (!exact) {
      unplaced.push({ quote: '', reason: 'it has no quote or offsets to place it by' })
      continue
    }
    const placement = placeQuote(text, { ...annotation, exact })
    if ('reason' in placement) {
      unplaced.push({ quote: clip(exact), reason: placement.reason })
      continue
    }
    let statement: Statement
    try {
      statement = Statement.parse({
        id: freshId(sameArticle ? annotation.statementId : undefined, (id) => !!statements[id]),
        // Another coder's work lands in their layer, ready to compare.
        coderId: (!blind && annotationCoder(catalog, annotation.creator)) || coderId,
        speakerId: annotation.speaker && adoptSpeaker(catalog, annotation.speaker).id,
        positionId: annotation.position && adoptPosition(catalog, annotation.position).id,
        stance: annotation.stance,
        tags: [...new Set(annotation.tags)],
        note: annotation.note,
        cue: annotation.cue,
        mode: annotation.mode,
        createdAt: isTime(annotation.created) ? annotation.created : now,
        updatedAt: isTime(annotation.modified) ? annotation.modified : now,
      })
    } catch (error) {
      if (!(error instanceof z.ZodError)) throw error
      const issue = error.issues[0]
      const field = issue.path.join('.') || 'its speaker or position'
      unplaced.push({
        quote: clip(exact),
        reason: `its coding could not be read (${field}: ${issue.message})`,
      })
      continue
    }
    places.push({ start: placement.start, end: placement.end, id: statement.id })
    statements[statement.id] = statement
  }
  return {
    placed: places.length,
    alreadyThere,
    unplaced,
    changes:
      places.length > 0 ? { body: markStatements(article.body, places), statements } : undefined,
  }
}

/** The coder a creator's name means, created when new; none for a name no coder could have. */
function annotationCoder(catalog: Catalog, creator: string | undefined): string | undefined {
  const name = creator === undefined ? undefined : Coder.shape.name.safeParse(creator)
  return name?.success ? resolveCoder(catalog, { name: name.data }).id : undefined
}
