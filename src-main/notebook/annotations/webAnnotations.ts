import filenamify from 'filenamify'
import type { ExportedFile } from '../../shared/contract'
import { docFromJSON } from '../../shared/document'
import type { Article, Coder, Position, Speaker, Statement } from '../../shared/model'
import { plainText } from '../../shared/plainText'
import { statementSpans, type StatementSpan } from '../../shared/statementSpans'
import { stancemarkUrn } from './stancemarkUrn'
import { isWebAddress } from '../../shared/isSafeHref'
import { coderIdOf } from '../registry/coders'

/** The W3C Web Annotation context, and our one term of our own: a speaker's kind. */
export const ANNOTATION_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  { stancemark: 'urn:stancemark:vocab:' },
] as const
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; charset=utf-8'
/** Characters of text kept before and after a quote, as Hypothesis keeps them. */
export const CONTEXT_LENGTH = 32

export interface TextualBody {
  type: 'TextualBody'
  purpose: 'identifying' | 'classifying' | 'assessing' | 'tagging' | 'commenting' | 'describing'
  value: string
  id?: string
  format?: string
  'stancemark:kind'?: string
}

export interface WebAnnotation {
  id: string
  type: 'Annotation'
  motivation: 'classifying'
  created: string
  modified: string
  body: TextualBody[]
  /** The coder, as W3C's `creator`: whose layer the statement goes to when imported elsewhere. */
  creator?: { type: 'Person'; name: string; id: string }
  target: {
    source: string
    scope?: string
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ]
  }
}

/** The archive's speakers and positions by id, and its coders (the first: of statements without one). */
export interface AnnotationRegistry {
  speakers: Record<string, Speaker>
  positions: Record<string, Position>
  coders: readonly Coder[]
}

/** Speaker, position, stance, tags, note, cue and mode as bodies, each with its purpose. */
function bodiesOf(statement: Statement, registry: AnnotationRegistry): TextualBody[] {
  const bodies: TextualBody[] = []
  const speaker = statement.speakerId ? registry.speakers[statement.speakerId] : undefined
  const position = statement.positionId ? registry.positions[statement.positionId] : undefined
  if (speaker) {
    bodies.push({
      type: 'TextualBody',
      purpose: 'identifying',
      id: stancemarkUrn('speaker', speaker.id),
      value: speaker.name,
      'stancemark:kind': speaker.kind,
    })
  }
  if (position) {
    const id = stancemarkUrn('position', position.id)
    bodies.push({ type: 'TextualBody', purpose: 'classifying', id, value: position.label })
  }
  if (statement.stance) {
    const id = stancemarkUrn('stance', statement.stance)
    bodies.push({ type: 'TextualBody', purpose: 'assessing', id, value: statement.stance })
  }
  for (const tag of statement.tags)
    bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag })
  if (statement.note) {
    const note = statement.note
    bodies.push({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' })
  }
  if (statement.cue) {
    const id = stancemarkUrn('cue', statement.cue)
    bodies.push({ type: 'TextualBody', purpose: 'describing', id, value: statement.cue })
  }
  if (statement.mode) {
    const id = stancemarkUrn('mode', statement.mode)
    bodies.push({ type: 'TextualBody', purpose: 'describing', id, value: statement.mode })
  }
  return bodies
}

function annotationOf(
  article: Article,
  span: StatementSpan,
  text: string,
  registry: AnnotationRegistry,
): WebAnnotation {
  const statement = article.statements[span.id]
  const url = isWebAddress(article.meta.url) ? article.meta.url : undefined
  const coderId = coderIdOf(statement, registry)
  const coder = registry.coders.find((c) => c.id === coderId)
  return {
    id: stancemarkUrn('statement', statement.id),
    type: 'Annotation',
    motivation: 'classifying',
    created: statement.createdAt,
    modified: statement.updatedAt,
    body: bodiesOf(statement, registry),
    ...(coder && {
      creator: { type: 'Person' as const, name: coder.name, id: stancemarkUrn('coder', coder.id) },
    }),
    target: {
      source: stancemarkUrn('article', article.id),
      ...(url && { scope: url }),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: span.quote,
          prefix: text.slice(Math.max(0, span.start - CONTEXT_LENGTH), span.start),
          suffix: text.slice(span.end, span.end + CONTEXT_LENGTH),
        },
        { type: 'TextPositionSelector', start: span.start, end: span.end },
      ],
    },
  }
}

/**
 * An article's statements as W3C Web Annotations, in reading order, only `statementIds` when
 * given. Selectors are over the article's plain text (blocks joined by a blank line).
 */
export function articleAnnotations(
  article: Article,
  registry: AnnotationRegistry,
  statementIds?: ReadonlySet<string>,
): WebAnnotation[] {
  const doc = docFromJSON(article.body)
  const plain = plainText(doc)
  return statementSpans(doc, plain)
    .filter((span) => article.statements[span.id] && (!statementIds || statementIds.has(span.id)))
    .map((span) => annotationOf(article, span, plain.text, registry))
}

/** An AnnotationCollection of the annotations, all on its first page, as a JSON-LD file. */
export function annotationFile(
  collectionId: string,
  label: string,
  filename: string,
  annotations: WebAnnotation[],
): ExportedFile {
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations },
  }
  return {
    filename,
    mediaType: ANNOTATION_MEDIA_TYPE,
    content: `${JSON.stringify(collection, null, 2)}\n`,
    encoding: 'utf8',
  }
}

/** `<title>.annotations.jsonld`, safe on every system. */
export function annotationFilename(title: string): string {
  const base = filenamify(title, { replacement: ' ', maxLength: 80 }).replace(/\s+/g, ' ').trim()
  return `${/[\p{L}\p{N}]/u.test(base) ? base : 'article'}.annotations.jsonld`
}
