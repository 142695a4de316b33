import { deeplyNested, hostileString, hostileValue, type KnownIds } from './hostileValue'
import { RawJson, setOwn, type JsonLike, type JsonObject } from './jsonText'
import type { SeededRandom } from './seededRandom'

const isObject = (value: JsonLike): value is JsonObject =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  !(value instanceof RawJson)

function clone(value: JsonLike): JsonLike {
  if (Array.isArray(value)) return value.map(clone)
  if (isObject(value)) {
    const copy: JsonObject = {}
    for (const key of Object.keys(value)) setOwn(copy, key, clone(value[key]))
    return copy
  }
  return value
}

/** Every container in the value with the keys (or indexes) under it. */
function containers(
  value: JsonLike,
  found: (JsonLike[] | JsonObject)[] = [],
): (JsonLike[] | JsonObject)[] {
  if (Array.isArray(value)) {
    found.push(value)
    value.forEach((item) => containers(item, found))
  } else if (isObject(value)) {
    found.push(value)
    Object.keys(value).forEach((key) => containers(value[key], found))
  }
  return found
}

/** Well-formed arguments with one to three things wrong: a value replaced, a key added or lost. */
export function mutateArgs(random: SeededRandom, known: KnownIds, args: JsonLike[]): JsonLike[] {
  const mutated = clone(args) as JsonLike[]
  for (let n = 1 + random.int(3); n > 0; n--) {
    const target = random.pick(containers(mutated))
    const keys = Array.isArray(target) ? target.map((_, i) => String(i)) : Object.keys(target)
    const key = keys.length > 0 ? random.pick(keys) : '0'
    const roll = random.next()
    const put = (value: JsonLike) =>
      Array.isArray(target) ? (target[Number(key)] = value) : setOwn(target, key, value)
    if (roll < 0.45) put(hostileValue(random, known, 2))
    else if (roll < 0.6) put(hostileString(random, known))
    else if (roll < 0.68)
      put(deeplyNested(random.pick([500, 5000, 50_000]), random.pick(['object', 'doc'])))
    else if (roll < 0.8) {
      if (Array.isArray(target)) target.splice(Number(key), 1)
      else delete target[key]
    } else if (Array.isArray(target)) target.push(hostileValue(random, known, 2))
    else
      setOwn(
        target,
        random.pick(['__proto__', 'constructor', 'extra', 'id']),
        hostileValue(random, known, 2),
      )
  }
  return mutated
}
