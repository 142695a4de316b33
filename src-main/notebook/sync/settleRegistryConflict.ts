import type { z } from 'zod'
import { StancemarkError } from '../../shared/errors'
import { Coder, Position, Speaker, type RegistryConflict } from '../../shared/model'
import type { ConflictList, RegistryConflictChoice } from '../../shared/sync'
import type { Registry } from '../storage/registryFile'

const SCHEMAS: Record<RegistryConflict['kind'], z.ZodObject> = {
  speaker: Speaker,
  position: Position,
  coder: Coder,
}

const NOT_FOUND =
  'This conflict is no longer in the registry (it may have been settled already, here or on another machine).'

function entryOf(registry: Registry, kind: RegistryConflict['kind'], id: string) {
  if (kind === 'speaker') return registry.speakers[id]
  if (kind === 'position') return registry.positions[id]
  return registry.coders.find((coder) => coder.id === id)
}

/** The registry's conflicts as the conflicts list shows them: the entry's name, both values. */
export function registryConflictRows(registry: Registry): ConflictList['registry'] {
  return (registry.conflicts ?? []).map((conflict) => {
    const entry = entryOf(registry, conflict.kind, conflict.id) as
      Record<string, unknown> | undefined
    // An entry removed since is still listed, for its conflict to be dismissed.
    const name = entry ? String(entry.name ?? entry.label) : 'no longer in the registry'
    return { ...conflict, name, kept: entry?.[conflict.field] }
  })
}

/**
 * Settles one registry conflict in place: `kept` takes it off the list, `other` sets the entry's
 * field to the other value first (checked as the entry's own would be).
 */
export function settleRegistryConflict(registry: Registry, choice: RegistryConflictChoice): void {
  const conflicts = registry.conflicts ?? []
  const conflict = conflicts.find(
    (c) => c.kind === choice.kind && c.id === choice.id && c.field === choice.field,
  )
  if (!conflict) throw new StancemarkError('not-found', NOT_FOUND)
  if (choice.take === 'other') {
    const entry = entryOf(registry, conflict.kind, conflict.id)
    if (!entry)
      throw new StancemarkError(
        'not-found',
        'The entry this conflict is about is no longer in the registry; keep this version to dismiss the conflict.',
      )
    const schema = SCHEMAS[conflict.kind]
    const parsed = Object.hasOwn(schema.shape, conflict.field)
      ? schema.safeParse({ ...entry, [conflict.field]: conflict.other })
      : undefined
    if (!parsed?.success)
      throw new StancemarkError(
        'invalid',
        'The other value cannot be used for this field; keep this version instead.',
      )
    const fields = entry as Record<string, unknown>
    const value = (parsed.data as Record<string, unknown>)[conflict.field]
    if (value === undefined) delete fields[conflict.field]
    else fields[conflict.field] = value
  }
  const rest = conflicts.filter((c) => c !== conflict)
  if (rest.length > 0) registry.conflicts = rest
  else delete registry.conflicts
}
