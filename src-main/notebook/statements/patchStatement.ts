import type { z } from 'zod'
import type { StatementPatch } from '../../shared/contract'
import type { Statement } from '../../shared/model'

/** A statement with a patch applied: `null` clears a field, a missing field keeps it. */
export function patchStatement(
  statement: Statement,
  patch: z.output<typeof StatementPatch>,
): Statement {
  const next: Statement = { ...statement }
  if (patch.speakerId !== undefined) next.speakerId = patch.speakerId ?? undefined
  if (patch.positionId !== undefined) next.positionId = patch.positionId ?? undefined
  if (patch.stance !== undefined) next.stance = patch.stance ?? undefined
  if (patch.tags) next.tags = patch.tags
  if (patch.note !== undefined) next.note = patch.note
  if (patch.cue !== undefined) next.cue = patch.cue || undefined
  if (patch.mode !== undefined) next.mode = patch.mode ?? undefined
  return next
}
