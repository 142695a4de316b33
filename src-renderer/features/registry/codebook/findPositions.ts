import type { OutlineNode } from '../../../../src-main/shared/codebookOutline'
import { foldLabel, foldText } from '../../../../src-main/shared/nameKey'

/**
 * The positions whose label or description holds `query` (case and accents aside), each with
 * the positions above it, in the outline's order: a sub-position found is shown where it sits.
 * All of them for an empty query.
 */
export function findPositions(outline: OutlineNode[], query: string): OutlineNode[] {
  const wanted = foldLabel(query)
  if (!wanted) return outline
  const byId = new Map(outline.map((node) => [node.position.id, node.position]))
  const shown = new Set<string>()
  for (const { position } of outline) {
    if (!foldText(`${position.label}\n${position.description}`).includes(wanted)) continue
    for (let at = byId.get(position.id); at && !shown.has(at.id); at = byId.get(at.parentId ?? ''))
      shown.add(at.id)
  }
  return outline.filter((node) => shown.has(node.position.id))
}
