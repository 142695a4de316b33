import { StancemarkError } from '../../shared/errors'
import type { Position } from '../../shared/model'
import type { Catalog } from '../storage/catalog'
import { foldLabel } from '../../shared/nameKey'
import { newId } from '../newId'
import { checkParent } from './positionTree'

export function findPositionByLabel(catalog: Catalog, label: string): Position | undefined {
  const folded = foldLabel(label)
  return Object.values(catalog.positions).find((position) => foldLabel(position.label) === folded)
}

/** The position a statement refers to: an existing id, or a label matched in the codebook, created when new. */
export function resolvePosition(
  catalog: Catalog,
  ref: { id: string } | { label: string },
): Position {
  if ('id' in ref) {
    const position = catalog.positions[ref.id]
    if (!position) throw new StancemarkError('not-found', 'That position is not in the codebook.')
    return position
  }
  const existing = findPositionByLabel(catalog, ref.label)
  if (existing) return existing
  const position: Position = {
    id: newId(),
    label: ref.label.trim(),
    description: '',
    color: '#6b7280',
  }
  catalog.positions[position.id] = position
  return position
}

/** Creates or updates a position; a label already in the codebook is refused. */
export function putPosition(
  catalog: Catalog,
  input: Omit<Position, 'id'> & { id?: string },
): Position {
  if (input.id && !catalog.positions[input.id])
    throw new StancemarkError('not-found', 'That position is not in the codebook.')
  const clash = findPositionByLabel(catalog, input.label)
  if (clash && clash.id !== input.id) {
    throw new StancemarkError(
      'conflict',
      `The codebook already has a position “${clash.label}”. Merge the two instead.`,
    )
  }
  if (input.parentId) checkParent(catalog.positions, input.id, input.parentId)
  const order = input.order ?? (input.id ? catalog.positions[input.id].order : undefined)
  const position: Position = { ...input, order, id: input.id ?? newId() }
  catalog.positions[position.id] = position
  return position
}
