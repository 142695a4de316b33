import { Position } from '../../shared/model'
import type { Catalog } from '../storage/catalog'
import { foldLabel } from '../../shared/nameKey'
import { newId } from '../newId'
import { checkParent } from './positionTree'
import { adoptEntry, entryToPut, resolveEntry, storeEntry, type EntryWords } from './registryEntry'

const WORDS: EntryWords<Position> = {
  missing: 'That position is not in the codebook.',
  clash: (other) => `The codebook already has a position “${other.label}”. Merge the two instead.`,
}

export function findPositionByLabel(catalog: Catalog, label: string): Position | undefined {
  const folded = foldLabel(label)
  return Object.values(catalog.positions).find((position) => foldLabel(position.label) === folded)
}

/** The position a statement refers to: an existing id, or a label matched in the codebook, created when new. */
export function resolvePosition(
  catalog: Catalog,
  ref: { id: string } | { label: string },
): Position {
  return resolveEntry(
    catalog.positions,
    ref,
    WORDS.missing,
    ({ label }) => findPositionByLabel(catalog, label),
    ({ label }) => ({ label: label.trim(), description: '', color: '#6b7280' }),
  )
}

/** The position of an imported annotation: by id, else by label, else a new one at the codebook's top level. */
export function adoptPosition(catalog: Catalog, ref: { id?: string; label: string }): Position {
  return adoptEntry(
    catalog.positions,
    ref.id,
    () => findPositionByLabel(catalog, ref.label),
    (id) => Position.parse({ id, label: ref.label }),
  )
}

/** Creates or updates a position; a label already in the codebook is refused. */
export function putPosition(
  catalog: Catalog,
  input: Omit<Position, 'id'> & { id?: string },
): Position {
  const clash = findPositionByLabel(catalog, input.label)
  const before = entryToPut(catalog.positions, input.id, clash, WORDS)
  if (input.parentId) checkParent(catalog.positions, input.id, input.parentId)
  const order = input.order ?? before?.order
  return storeEntry(catalog.positions, { ...input, order, id: input.id ?? newId() })
}
