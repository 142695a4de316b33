import type { Position } from '../../../src-main/shared/model'

export interface PositionNode {
  position: Position
  depth: number
  /** Index among its siblings. */
  index: number
  siblings: number
}

/** The codebook as an outline: parents before children, siblings in their order, then by label. */
export function positionTree(positions: Position[]): PositionNode[] {
  const byParent = new Map<string, Position[]>()
  const ids = new Set(positions.map((p) => p.id))
  for (const position of positions) {
    const parent = position.parentId && ids.has(position.parentId) ? position.parentId : ''
    byParent.set(parent, [...(byParent.get(parent) ?? []), position])
  }
  const nodes: PositionNode[] = []
  const visit = (parent: string, depth: number) => {
    const children = (byParent.get(parent) ?? []).sort(
      (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.label.localeCompare(b.label),
    )
    children.forEach((position, index) => {
      nodes.push({ position, depth, index, siblings: children.length })
      visit(position.id, depth + 1)
    })
  }
  visit('', 0)
  return nodes
}

/** The ids of a position and everything below it: where it cannot be moved. */
export function descendants(positions: Position[], id: string): Set<string> {
  const found = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const p of positions) {
      if (p.parentId && found.has(p.parentId) && !found.has(p.id)) {
        found.add(p.id)
        grew = true
      }
    }
  }
  return found
}
