import type { Parents, Text } from 'mdast'
import type { ConstructName, Info, State, Unsafe } from 'mdast-util-to-markdown'

/** The finders of one set of unsafe patterns, by stack of constructs, one construct a level. */
interface Finders {
  /** `null`: the text alone cannot tell (patterns that look at neighbouring nodes). */
  finder?: RegExp | null
  deeper: Map<ConstructName, Finders>
}

/** By the list of patterns (a new array per document), and by which patterns are in it. */
const byList = new WeakMap<Unsafe[], Finders>()
const bySignature = new Map<string, Finders>()
const patternIds = new WeakMap<Unsafe, number>()
let patternCount = 0

const inList = (stack: ConstructName[], list: Unsafe['inConstruct'], none: boolean) => {
  if (list === undefined || list === null || list.length === 0) return none
  return typeof list === 'string' ? stack.includes(list) : list.some((n) => stack.includes(n))
}

/** As mdast-util-to-markdown's `patternInScope`. */
const inScope = (stack: ConstructName[], pattern: Unsafe) =>
  inList(stack, pattern.inConstruct, true) && !inList(stack, pattern.notInConstruct, false)

const inRegex = (character: string) =>
  /[$()*+.?[\\\]^{|}]/.test(character) ? `\\${character}` : character
const inClass = (character: string) => (/[\\\]^-]/.test(character) ? `\\${character}` : character)

/**
 * The patterns as one regex that matches just a character, wherever mdast-util-to-markdown's
 * own regex for one of them (`compilePattern`) would have `safe` escape it there, and maybe in
 * a few more places: each pattern's before and after as lookarounds, so no match hides another.
 * The character comes first, so places with none of the characters are passed over quickly.
 */
function finderFor(patterns: Unsafe[]): RegExp | null {
  // Joined, a pattern's backreference would name another pattern's group: those go to `safe`.
  const backreference = /\\[1-9]|\\k</
  const alone = (p: Unsafe) =>
    p.beforeNode ||
    p.afterNode ||
    p.unicode ||
    p.character.length !== 1 ||
    backreference.test(`${p.before ?? ''} ${p.after ?? ''}`)
  if (patterns.some(alone)) return null
  if (patterns.length === 0) return /(?!)/g
  const alternatives = patterns.map((pattern) => {
    const character = inRegex(pattern.character)
    const before =
      (pattern.atBreak ? '[\\r\\n][\\t ]*' : '') + (pattern.before ? `(?:${pattern.before})` : '')
    return (
      character +
      (before ? `(?<=${before}${character})` : '') +
      (pattern.after ? `(?=${pattern.after})` : '')
    )
  })
  const characters = [...new Set(patterns.map((p) => inClass(p.character)))].join('')
  return new RegExp(`(?=[${characters}])(?:${alternatives.join('|')})`, 'g')
}

/** The finders of this list of patterns, shared with every other list of the same patterns. */
function findersOf(unsafe: Unsafe[]): Finders {
  const known = byList.get(unsafe)
  if (known) return known
  const signature = unsafe
    .map((pattern) => {
      let id = patternIds.get(pattern)
      if (id === undefined) patternIds.set(pattern, (id = patternCount++))
      return id
    })
    .join(',')
  const finders = bySignature.get(signature) ?? { deeper: new Map() }
  bySignature.set(signature, finders)
  byList.set(unsafe, finders)
  return finders
}

function finderOf(state: State): RegExp | null {
  let node = findersOf(state.unsafe)
  for (const construct of state.stack) {
    let deeper = node.deeper.get(construct)
    if (deeper === undefined) node.deeper.set(construct, (deeper = { deeper: new Map() }))
    node = deeper
  }
  if (node.finder === undefined)
    node.finder = finderFor(state.unsafe.filter((pattern) => inScope(state.stack, pattern)))
  return node.finder
}

/**
 * mdast-util-to-markdown's text handler, quicker for text that needs no escapes. Where no unsafe
 * pattern in scope can match inside the text (and it has no backslash), `state.safe` would
 * return it as it is, so it is returned without running every pattern over it. Any other text
 * goes through `state.safe`, as before.
 */
export function escapedText(node: Text, parent: Parents | undefined, state: State, info: Info) {
  const before = info.before ?? ''
  const value = before + node.value + (info.after ?? '')
  const finder = value.includes('\\') || state.stack.includes('autolink') ? null : finderOf(state)
  if (finder) {
    finder.lastIndex = before.length
    const found = finder.exec(value)
    if (!found || found.index >= before.length + node.value.length) return node.value
  }
  const siblings: readonly unknown[] = parent && 'children' in parent ? parent.children : []
  const index = state.indexStack[state.indexStack.length - 1]
  return state.safe(node.value, {
    ...info,
    afterNode: siblings[index + 1],
    beforeNode: siblings[index - 1],
  } as Info)
}
