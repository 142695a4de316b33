import type { Contract, Handlers } from '../../shared/contract'
import type { NotebookContext } from '../context'
import { matchStatements } from '../statements/matchStatements'
import { readerOf } from '../registry/coders'
import { analyseStatements } from './analyseStatements'
import { speakerProfile } from './speakerProfile'

/** What the statements add up to: over a filter, and for one speaker. */
export function handlers({
  archive,
  indexes,
}: NotebookContext): Pick<Handlers<Contract>, 'analyseStatements' | 'getSpeakerProfile'> {
  return {
    analyseStatements: async (filter) =>
      analyseStatements(
        matchStatements(await indexes.statements(), archive.catalog, filter, readerOf(archive)),
        archive.catalog,
      ),

    getSpeakerProfile: async (id) =>
      speakerProfile(await indexes.statements(), archive.catalog, id, readerOf(archive)),
  }
}
