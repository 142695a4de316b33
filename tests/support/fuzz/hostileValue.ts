import { RawJson, setOwn, type JsonLike, type JsonObject } from './jsonText'
import type { SeededRandom } from './seededRandom'

/** Ids of things that are really in the archive, so calls reach past validation into the service. */
export interface KnownIds {
  articleId: string
  statementId: string
  speakerIds: string[]
  positionId: string
}

// Keys of the contract's schemas, so objects look almost right, and keys that attack prototypes.
const KEYS = [
  ...['text', 'source', 'from', 'to', 'speakerId', 'positionId', 'tag', 'offset', 'limit'],
  ...['file', 'name', 'base64', 'meta', 'title', 'url', 'authors', 'published', 'tags'],
  ...['anchor', 'exact', 'prefix', 'suffix', 'start', 'end', 'speaker', 'position', 'stance'],
  ...['note', 'id', 'kind', 'label', 'baseRevision', 'body', 'notes', 'statements', 'type'],
  ...['attrs', 'content', 'marks', 'aliases', 'role', 'affiliationId', 'parentId', 'color'],
  ...['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'args'],
]

export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf']

const STRINGS = [
  ...['', ' ', 'a', 'supports', 'opposes', 'person', 'markdown', 'csv', '2023-04-26', '#ff0000'],
  ...['0000-99-99', 'Talks resume', 'javascript:alert(1)', '<script>alert(1)</script>'],
  ...['\u0000', '\ud800', '\u202e', '👩🏽‍⚖️', '../../etc/passwd', 'NaN', '%00', '\\', '"'],
  ...PROTOTYPE_NAMES,
]

const NUMBERS: JsonLike[] = [
  ...[0, -1, 1, 1.5, 3, 2 ** 31, 2 ** 53 + 2, -(2 ** 53), 1e308, -1e-308],
  new RawJson('1e400'),
  new RawJson('-0'),
]

/** A JSON value nested `depth` levels deep, as text: too deep for recursive code to walk. */
export function deeplyNested(depth: number, kind: 'array' | 'object' | 'doc'): RawJson {
  if (kind === 'array') return new RawJson(`${'['.repeat(depth)}1${']'.repeat(depth)}`)
  if (kind === 'object') return new RawJson(`${'{"content":'.repeat(depth)}1${'}'.repeat(depth)}`)
  // A document of quotes in quotes: every level well-formed, so only the depth is wrong.
  const leaf = '{"type":"paragraph","content":[{"type":"text","text":"x"}]}'
  return new RawJson(
    `${'{"type":"blockquote","content":['.repeat(depth)}${leaf}${']}'.repeat(depth)}`,
  )
}

export function hostileString(random: SeededRandom, known: KnownIds): string {
  const roll = random.next()
  if (roll < 0.0004) return 'x'.repeat(random.pick([100_001, 1_000_000, 2_500_000]))
  if (roll < 0.01) return random.pick(['é', 'a', '<b>', '\u0000']).repeat(random.int(5000) + 501)
  if (roll < 0.25)
    return random.pick([known.articleId, known.statementId, ...known.speakerIds, known.positionId])
  if (roll < 0.35)
    return random
      .next()
      .toString(36)
      .slice(2, 2 + random.int(12) + 1)
  return random.pick(STRINGS)
}

/** Any JSON value, of any type and shape, leaning towards what the contract's schemas expect. */
export function hostileValue(random: SeededRandom, known: KnownIds, depth = 0): JsonLike {
  const roll = random.next()
  if (depth < 2 && roll < 0.005) return deeplyNested(random.pick([1000, 20_000, 200_000]), 'array')
  if (depth < 2 && roll < 0.01) return deeplyNested(random.pick([1000, 20_000, 100_000]), 'object')
  if (roll < 0.1) return null
  if (roll < 0.16) return random.chance(0.5)
  if (roll < 0.3) return random.pick(NUMBERS)
  if (roll < 0.6 || depth > 4) return hostileString(random, known)
  if (roll < 0.78) {
    if (random.chance(0.005)) return Array.from({ length: 10_000 }, () => random.int(9))
    return Array.from({ length: random.int(4) }, () => hostileValue(random, known, depth + 1))
  }
  const object: JsonObject = {}
  for (let i = random.int(5); i > 0; i--)
    setOwn(object, random.pick(KEYS), hostileValue(random, known, depth + 1))
  if (random.chance(0.1)) setOwn(object, '__proto__', { polluted: true, isAdmin: true })
  if (random.chance(0.05)) setOwn(object, 'constructor', { prototype: { polluted: true } })
  return object
}
