import type { Contract, Handlers } from '../../shared/contract'
import { StancemarkError } from '../../shared/errors'
import type { DeleteOptions } from '../../shared/statementQuery'
import type { NotebookContext } from '../context'
import { changeRegistry } from './changeRegistry'
import { codebookOrder } from './positionTree'
import { putPosition } from './positions'
import { recodeStatements, type CodedField } from '../statements/recodeStatements'
import { kindOfName, putSpeaker } from './speakers'

type RegistryMethods =
  | 'listSpeakers'
  | 'saveSpeaker'
  | 'guessSpeakerKind'
  | 'deleteSpeaker'
  | 'listPositions'
  | 'savePosition'
  | 'deletePosition'

/**
 * The speaker registry and the position codebook: they belong to the archive, not to an article.
 * Merges, and undoing them, are in registryMerges.
 */
export function registryHandlers(ctx: NotebookContext): Pick<Handlers<Contract>, RegistryMethods> {
  const { archive, exclusive, changed } = ctx
  const catalog = () => archive.catalog
  const change = changeRegistry(ctx)
  const summaryField = { speakerId: 'speakerIds', positionId: 'positionIds' } as const

  /** Moves every statement using `from` to `to` (or clears the field), article by article; says how many. */
  const reassign = async (field: CodedField, from: string, to: string | undefined) =>
    (await recodeStatements(ctx, field, from, to)).length

  /** What a delete does with the statements using the entry: refuse, clear or reassign them. */
  async function release(
    field: CodedField,
    id: string,
    options: DeleteOptions | undefined,
    refusal: string,
  ): Promise<number> {
    if (!inUse(field, id)) return 0
    if (!options) throw new StancemarkError('conflict', refusal)
    if (options.statements === 'clear') return reassign(field, id, undefined)
    const to = options.statements.reassignTo
    const registry = field === 'speakerId' ? catalog().speakers : catalog().positions
    if (to === id || !registry[to]) {
      throw new StancemarkError(
        'invalid',
        field === 'speakerId'
          ? 'Choose another speaker from the registry to reassign the statements to.'
          : 'Choose another position from the codebook to reassign the statements to.',
      )
    }
    return reassign(field, id, to)
  }

  const inUse = (field: CodedField, id: string) =>
    Object.values(catalog().articles).some((a) => a[summaryField[field]].includes(id))

  return {
    listSpeakers: () =>
      Object.values(catalog().speakers).sort((a, b) => a.name.localeCompare(b.name)),

    saveSpeaker: (input) => change((catalog) => putSpeaker(catalog, input)),

    guessSpeakerKind: (name) => kindOfName(name),

    deleteSpeaker: (id, options) =>
      exclusive(async () => {
        const speaker = catalog().speakers[id]
        if (!speaker) throw new StancemarkError('not-found', 'That speaker is not in the registry.')
        const statements = await release(
          'speakerId',
          id,
          options,
          `“${speaker.name}” still has statements: choose whether to reassign them to another speaker or leave them without a speaker.`,
        )
        delete catalog().speakers[id]
        for (const member of Object.values(catalog().speakers)) {
          if (member.affiliationId === id) delete member.affiliationId
        }
        await archive.saveCatalog()
        changed()
        return { id, statements }
      }),

    listPositions: () => codebookOrder(catalog().positions),

    savePosition: (input) => change((catalog) => putPosition(catalog, input)),

    deletePosition: (id, options) =>
      exclusive(async () => {
        const position = catalog().positions[id]
        if (!position)
          throw new StancemarkError('not-found', 'That position is not in the codebook.')
        const statements = await release(
          'positionId',
          id,
          options,
          `“${position.label}” is used by statements: choose whether to reassign them to another position or leave them without a position.`,
        )
        for (const child of Object.values(catalog().positions)) {
          if (child.parentId === id) child.parentId = position.parentId
        }
        delete catalog().positions[id]
        await archive.saveCatalog()
        changed()
        return { id, statements }
      }),
  }
}
