import { StancemarkError } from '../../shared/errors'
import {
  SPEAKER_KINDS,
  STANCES,
  STATEMENT_MODES,
  type SpeakerKind,
  type Stance,
  type StatementMode,
} from '../../shared/model'
import { fromStancemarkUrn } from './stancemarkUrn'

/** One annotation as read from the file: where it was, and how it was coded. */
export interface ReadAnnotation {
  /** Our statement id, when the annotation came from Stancemark. */
  statementId?: string
  /** Our article id of its target, when it came from Stancemark. */
  articleId?: string
  exact?: string
  prefix: string
  suffix: string
  start?: number
  end?: number
  speaker?: { id?: string; name: string; kind?: SpeakerKind }
  position?: { id?: string; label: string }
  stance?: Stance
  tags: string[]
  note: string
  cue?: string
  mode?: StatementMode
  created?: string
  modified?: string
  /** The name of its `creator` (W3C: a Person or an Agent), the coder whose statement it is. */
  creator?: string
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const list = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const offset = (value: unknown): number | undefined =>
  Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined
const hasType = (node: Json, type: string) => list(node.type ?? node['@type']).includes(type)
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.find((candidate) => candidate === value)

/** The annotations in a file: a collection (its first page), a page, a list, or one annotation. */
function annotationNodes(root: unknown): Json[] {
  if (Array.isArray(root)) return root.filter(isObject)
  if (!isObject(root)) return []
  if (hasType(root, 'Annotation')) return [root]
  if (hasType(root, 'AnnotationPage')) return list(root.items).filter(isObject)
  if (hasType(root, 'AnnotationCollection')) {
    const first = root.first
    const items = isObject(first) ? first.items : (first ?? root.items)
    return list(items).filter(isObject)
  }
  return []
}

function readTarget(annotation: ReadAnnotation, node: Json): void {
  const targets = list(node.target).filter(isObject)
  for (const target of targets) {
    annotation.articleId ??= fromStancemarkUrn('article', target.source ?? target.id)
    for (const selector of list(target.selector).filter(isObject)) {
      if (hasType(selector, 'TextQuoteSelector') && annotation.exact === undefined) {
        annotation.exact = text(selector.exact)
        annotation.prefix = text(selector.prefix) ?? ''
        annotation.suffix = text(selector.suffix) ?? ''
      }
      if (hasType(selector, 'TextPositionSelector') && annotation.start === undefined) {
        const start = offset(selector.start)
        const end = offset(selector.end)
        if (start !== undefined && end !== undefined && end > start) {
          annotation.start = start
          annotation.end = end
        }
      }
    }
  }
}

function readBody(annotation: ReadAnnotation, body: Json): void {
  const value = text(body.value)?.trim()
  if (!value) return
  const id = body.id ?? body.source
  const purposes = list(body.purpose)
  if (purposes.includes('identifying')) {
    const kind = oneOf(SPEAKER_KINDS, body['stancemark:kind'])
    annotation.speaker = { id: fromStancemarkUrn('speaker', id), name: value, kind }
  } else if (purposes.includes('classifying')) {
    annotation.position = { id: fromStancemarkUrn('position', id), label: value }
  } else if (purposes.includes('assessing')) {
    annotation.stance = oneOf(STANCES, value) ?? annotation.stance
  } else if (purposes.includes('tagging')) {
    annotation.tags.push(value)
  } else if (purposes.includes('commenting')) {
    annotation.note = annotation.note ? `${annotation.note}\n\n${value}` : value
  } else if (purposes.includes('describing')) {
    if (fromStancemarkUrn('mode', id)) annotation.mode = oneOf(STATEMENT_MODES, value)
    else if (fromStancemarkUrn('cue', id)) annotation.cue = value
  }
}

function readAnnotation(node: Json): ReadAnnotation {
  const annotation: ReadAnnotation = { prefix: '', suffix: '', tags: [], note: '' }
  annotation.statementId = fromStancemarkUrn('statement', node.id ?? node['@id'])
  annotation.created = text(node.created)
  annotation.modified = text(node.modified)
  const creator = list(node.creator).find(isObject)
  annotation.creator = text(creator?.name)?.trim() || text(node.creator)?.trim() || undefined
  readTarget(annotation, node)
  for (const body of list(node.body).filter(isObject)) readBody(annotation, body)
  // Hypothesis's own API puts tags and the comment beside the W3C fields.
  for (const tag of list(node.tags))
    if (typeof tag === 'string' && tag.trim()) annotation.tags.push(tag.trim())
  if (!annotation.note && typeof node.text === 'string') annotation.note = node.text
  return annotation
}

/**
 * The annotations in a W3C Web Annotation JSON-LD file, as Stancemark writes them and as
 * Hypothesis does. A file that is not JSON, or holds no annotations, is refused saying so.
 */
export function readAnnotations(json: string): ReadAnnotation[] {
  let root: unknown
  try {
    root = JSON.parse(json)
  } catch {
    throw new StancemarkError(
      'invalid',
      'This file is not W3C Web Annotation JSON-LD: it is not valid JSON.',
    )
  }
  const nodes = annotationNodes(root)
  if (nodes.length === 0) {
    throw new StancemarkError(
      'invalid',
      'This file holds no W3C Web Annotations (an AnnotationCollection, an AnnotationPage or Annotations).',
    )
  }
  return nodes.map(readAnnotation)
}
