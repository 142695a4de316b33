import { StancemarkError } from '../../shared/errors'
import type { Statement } from '../../shared/model'
import type { Catalog } from '../storage/catalog'

/** Refuses statements that name a speaker or position the registry does not have. */
export function checkReferences(catalog: Catalog, statements: Record<string, Statement>): void {
  for (const statement of Object.values(statements)) {
    if (statement.speakerId && !catalog.speakers[statement.speakerId]) {
      throw new StancemarkError(
        'invalid',
        'A statement names a speaker that is not in the registry.',
      )
    }
    if (statement.positionId && !catalog.positions[statement.positionId]) {
      throw new StancemarkError(
        'invalid',
        'A statement names a position that is not in the codebook.',
      )
    }
  }
}
