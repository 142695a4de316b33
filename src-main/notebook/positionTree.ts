import { StancemarkError } from '../shared/errors'
import type { Position } from '../shared/model'

type Codebook = Record<string, Position>

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Siblings in their place: by `order` (unordered ones last), then by label. */
export function bySiblingOrder(a: Position, b: Position): number {
  return (
    (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) ||
    collator.compare(a.label, b.label)
  )
}

/** The codebook as an outline: every parent before its children, siblings in their order. */
export function codebookOrder(codebook: Codebook): Position[] {
  const children = new Map<string | undefined, Position[]>()
  for (const position of Object.values(codebook)) {
    const parent = position.parentId && codebook[position.parentId] ? position.parentId : undefined
    children.set(parent, [...(children.get(parent) ?? []), position])
  }
  const ordered: Position[] = []
  const seen = new Set<string>()
  const visit = (parent: string | undefined) => {
    for (const position of (children.get(parent) ?? []).sort(bySiblingOrder)) {
      if (seen.has(position.id)) continue
      seen.add(position.id)
      ordered.push(position)
      visit(position.id)
    }
  }
  visit(undefined)
  // A cycle left by an older version would hide its members: list them at the end.
  for (const position of Object.values(codebook)) if (!seen.has(position.id)) ordered.push(position)
  return ordered
}

/** The ids with all their sub-positions, at any depth. */
export function withSubPositions(codebook: Codebook, ids: Iterable<string>): Set<string> {
  const result = new Set(ids)
  let grew = true
  while (grew) {
    grew = false
    for (const position of Object.values(codebook)) {
      if (position.parentId && result.has(position.parentId) && !result.has(position.id)) {
        result.add(position.id)
        grew = true
      }
    }
  }
  return result
}

/** Refuses a parent that is not in the codebook, or that would make the position its own ancestor. */
export function checkParent(codebook: Codebook, id: string | undefined, parentId: string): void {
  if (!codebook[parentId])
    throw new StancemarkError('invalid', 'The parent position is not in the codebook.')
  for (let at: string | undefined = parentId, steps = 0; at; at = codebook[at]?.parentId) {
    if (at === id || ++steps > 10_000) {
      throw new StancemarkError(
        'invalid',
        `“${codebook[parentId].label}” is ${at === parentId ? 'the position itself' : 'one of its sub-positions'}, so it cannot be its parent.`,
      )
    }
  }
}

/**
 * Puts a position under `parentId` (undefined: the top level) at `index` among its siblings and
 * numbers the siblings' `order` from 0.
 */
export function movePosition(
  codebook: Codebook,
  id: string,
  parentId: string | undefined,
  index: number,
): void {
  const position = codebook[id]
  if (!position) throw new StancemarkError('not-found', 'That position is not in the codebook.')
  if (parentId) checkParent(codebook, id, parentId)
  const siblings = Object.values(codebook)
    .filter((p) => p.id !== id && p.parentId === parentId)
    .sort(bySiblingOrder)
  siblings.splice(Math.min(index, siblings.length), 0, position)
  siblings.forEach((sibling, order) => {
    codebook[sibling.id] = { ...sibling, order, parentId }
  })
}
