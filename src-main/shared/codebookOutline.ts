import type { Position } from './model'

/** The codebook as the service keeps it (by id) or as the renderer lists it. */
type Positions = Record<string, Position> | Position[]

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Siblings in their place: by `order` (unordered ones last), then by label. */
export function bySiblingOrder(a: Position, b: Position): number {
  return (
    (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) ||
    collator.compare(a.label, b.label)
  )
}

/** One line of the outline. */
export interface OutlineNode {
  position: Position
  /** 0 for a top-level position. */
  depth: number
  /** Its place among its siblings. */
  index: number
}

/**
 * The codebook as an outline: every parent before its children, siblings in their order. A
 * position whose parent is gone counts as top level; a cycle an older version left is listed at
 * the end rather than hidden.
 */
export function codebookOutline(positions: Positions): OutlineNode[] {
  const all = Object.values(positions)
  const ids = new Set(all.map((p) => p.id))
  const children = new Map<string | undefined, Position[]>()
  for (const position of all) {
    const parent = position.parentId && ids.has(position.parentId) ? position.parentId : undefined
    children.set(parent, [...(children.get(parent) ?? []), position])
  }
  const outline: OutlineNode[] = []
  const seen = new Set<string>()
  const visit = (parent: string | undefined, depth: number) => {
    const siblings = (children.get(parent) ?? []).sort(bySiblingOrder)
    siblings.forEach((position, index) => {
      if (seen.has(position.id)) return
      seen.add(position.id)
      outline.push({ position, depth, index })
      visit(position.id, depth + 1)
    })
  }
  visit(undefined, 0)
  for (const position of all) {
    if (!seen.has(position.id)) outline.push({ position, depth: 0, index: outline.length })
  }
  return outline
}

/** The ids with all their sub-positions, at any depth. */
export function withSubPositions(positions: Positions, ids: Iterable<string>): Set<string> {
  const all = Object.values(positions)
  const result = new Set(ids)
  let grew = true
  while (grew) {
    grew = false
    for (const position of all) {
      if (position.parentId && result.has(position.parentId) && !result.has(position.id)) {
        result.add(position.id)
        grew = true
      }
    }
  }
  return result
}
