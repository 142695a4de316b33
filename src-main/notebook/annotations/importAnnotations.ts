import { z } from 'zod'
import type { AnnotationImportReport } from '../../shared/contract'
import { docFromJSON } from '../../shared/document'
import { Id, Position, Speaker, Statement, type Article } from '../../shared/model'
import { plainText } from '../../shared/plainText'
import type { Catalog } from '../storage/catalog'
import { newId } from '../newId'
import { findPositionByLabel } from '../registry/positions'
import { findSpeakerByName } from '../registry/speakers'
import { markStatements, type StatementPlace } from '../statements/statementMarks'
import { letGo } from '../storage/textInSlices'
import { placeQuote } from './placeQuote'
import { readAnnotations, type ReadAnnotation } from './readAnnotations'

type Unplaced = AnnotationImportReport['unplaced'][number]

const MAX_QUOTE = 1000
const clip = (quote: string) =>
  quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote

/** An id from the file when it is a valid one that nothing here uses yet, else a new one. */
function freshId(wanted: string | undefined, taken: (id: string) => boolean): string {
  return wanted && Id.safeParse(wanted).success && !taken(wanted) ? wanted : newId()
}

/** The speaker by id, else by name or alias, else a new one (keeping the file's id if free). */
function speakerFor(catalog: Catalog, ref: NonNullable<ReadAnnotation['speaker']>): Speaker {
  const byId =
    ref.id && Object.hasOwn(catalog.speakers, ref.id) ? catalog.speakers[ref.id] : undefined
  const known = byId ?? findSpeakerByName(catalog, ref.name)
  if (known) return known
  const speaker = Speaker.parse({
    id: freshId(ref.id, (id) => !!catalog.speakers[id]),
    name: ref.name,
    kind: ref.kind,
  })
  catalog.speakers[speaker.id] = speaker
  return speaker
}

/** The position by id, else by label, else a new one at the codebook's top level. */
function positionFor(catalog: Catalog, ref: NonNullable<ReadAnnotation['position']>): Position {
  const byId =
    ref.id && Object.hasOwn(catalog.positions, ref.id) ? catalog.positions[ref.id] : undefined
  const known = byId ?? findPositionByLabel(catalog, ref.label)
  if (known) return known
  const position = Position.parse({
    id: freshId(ref.id, (id) => !!catalog.positions[id]),
    label: ref.label,
  })
  catalog.positions[position.id] = position
  return position
}

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
        speakerId: annotation.speaker && speakerFor(catalog, annotation.speaker).id,
        positionId: annotation.position && positionFor(catalog, annotation.position).id,
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
