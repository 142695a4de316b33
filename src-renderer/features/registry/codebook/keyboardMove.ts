import type { OutlineNode } from '../../../../src-main/shared/codebookOutline'

/** Where a move puts a position, as the service takes it: under `parent`, at `index` among the others there. */
export interface Placement {
  parent: string | null
  index: number
}

export type MoveKey = 'ArrowUp' | 'ArrowDown' | 'ArrowRight' | 'ArrowLeft'

export const isMoveKey = (key: string): key is MoveKey =>
  key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowRight' || key === 'ArrowLeft'

/**
 * Where Alt+arrow takes a position in `outline`: up or down one place among its siblings, into the
 * one above (as its last), or out of its parent (just after it); undefined when it cannot go there.
 */
export function keyboardMove(
  outline: OutlineNode[],
  id: string,
  key: MoveKey,
): Placement | undefined {
  const at = outline.findIndex((node) => node.position.id === id)
  if (at < 0) return undefined
  const { position, index } = outline[at]
  const parent = position.parentId ?? null
  const siblings = outline.filter((node) => (node.position.parentId ?? null) === parent)
  switch (key) {
    case 'ArrowUp':
      return index > 0 ? { parent, index: index - 1 } : undefined
    case 'ArrowDown':
      return index < siblings.length - 1 ? { parent, index: index + 1 } : undefined
    case 'ArrowRight': {
      const above = siblings.find((node) => node.index === index - 1)
      return above && { parent: above.position.id, index: Number.MAX_SAFE_INTEGER }
    }
    case 'ArrowLeft': {
      const parentNode = outline.find((node) => node.position.id === parent)
      return (
        parentNode && { parent: parentNode.position.parentId ?? null, index: parentNode.index + 1 }
      )
    }
  }
}
