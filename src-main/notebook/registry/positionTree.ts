import { StancemarkError } from '../../shared/errors'
import { bySiblingOrder, codebookOutline, withSubPositions } from '../../shared/codebookOutline'
import type { Position } from '../../shared/model'

type Codebook = Record<string, Position>

/** The codebook as an outline: every parent before its children, siblings in their order. */
export function codebookOrder(codebook: Codebook): Position[] {
  return codebookOutline(codebook).map((node) => node.position)
}

export { bySiblingOrder, withSubPositions }

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
