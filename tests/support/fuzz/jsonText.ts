/** JSON text placed as it is: nesting too deep to build as objects, numbers JSON cannot hold. */
export class RawJson {
  constructor(readonly text: string) {}
}

export type JsonLike = null | boolean | number | string | RawJson | JsonLike[] | JsonObject
export interface JsonObject {
  [key: string]: JsonLike
}

/**
 * JSON text of a value, keeping own keys such as `__proto__` (set with defineProperty) and raw
 * pieces as they are.
 */
export function jsonText(value: JsonLike): string {
  if (value instanceof RawJson) return value.text
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value).map(
      (key) => `${JSON.stringify(key)}:${jsonText(value[key])}`,
    )
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value)
}

/** Sets a key as an own property, so `__proto__` is a key like any other. */
export function setOwn(target: JsonObject, key: string, value: JsonLike): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}
