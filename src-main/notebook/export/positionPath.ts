import type { Position } from '../../shared/model'

/** "Parent > Child > Position": the position's place in the codebook, top first. */
export function positionPath(positions: Record<string, Position>, id: string): string {
  const labels: string[] = []
  const seen = new Set<string>()
  for (let at: string | undefined = id; at && positions[at] && !seen.has(at);) {
    seen.add(at)
    labels.unshift(positions[at].label)
    at = positions[at].parentId
  }
  return labels.join(' > ')
}
