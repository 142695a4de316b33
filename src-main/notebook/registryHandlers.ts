import type { Contract, Handlers } from '../shared/contract'
import { StancemarkError } from '../shared/errors'
import type { Statement } from '../shared/model'
import type { DeleteOptions } from '../shared/statementQuery'
import type { Archive } from './archive'
import { codebookOrder, withSubPositions } from './positionTree'
import { putPosition } from './positions'
import { kindOfName, putSpeaker } from './speakers'
import type { writeQueue } from './writeQueue'

type RegistryMethods =
  | 'listSpeakers'
  | 'saveSpeaker'
  | 'guessSpeakerKind'
  | 'mergeSpeakers'
  | 'deleteSpeaker'
  | 'listPositions'
  | 'savePosition'
  | 'mergePositions'
  | 'deletePosition'

type Field = 'speakerId' | 'positionId'

/** The speaker registry and the position codebook: they belong to the archive, not to an article. */
export function registryHandlers(
  archive: Archive,
  exclusive: ReturnType<typeof writeQueue>,
  changed: (articleId?: string) => void,
): Pick<Handlers<Contract>, RegistryMethods> {
  const catalog = () => archive.catalog
  const summaryField = { speakerId: 'speakerIds', positionId: 'positionIds' } as const

  /** Moves every statement using `from` to `to` (or clears the field), article by article; says how many. */
  async function reassign(field: Field, from: string, to: string | undefined): Promise<number> {
    let moved = 0
    const affected = Object.values(catalog().articles).filter((a) =>
      a[summaryField[field]].includes(from),
    )
    for (const summary of affected) {
      const article = await archive.readArticle(summary.id)
      const statements: Record<string, Statement> = {}
      for (const [id, statement] of Object.entries(article.statements)) {
        statements[id] = statement[field] === from ? { ...statement, [field]: to } : statement
        if (statement[field] === from) moved++
      }
      const updatedAt = new Date().toISOString()
      await archive.writeArticle({
        ...article,
        statements,
        revision: article.revision + 1,
        updatedAt,
      })
      changed(article.id)
    }
    return moved
  }

  /** What a delete does with the statements using the entry: refuse, clear or reassign them. */
  async function release(
    field: Field,
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

  const inUse = (field: Field, id: string) =>
    Object.values(catalog().articles).some((a) => a[summaryField[field]].includes(id))

  return {
    listSpeakers: () =>
      Object.values(catalog().speakers).sort((a, b) => a.name.localeCompare(b.name)),

    saveSpeaker: (input) =>
      exclusive(async () => {
        const speaker = putSpeaker(catalog(), input)
        await archive.saveCatalog()
        changed()
        return speaker
      }),

    guessSpeakerKind: (name) => kindOfName(name),

    mergeSpeakers: (keepId, mergeId) =>
      exclusive(async () => {
        const keep = catalog().speakers[keepId]
        const merged = catalog().speakers[mergeId]
        if (!keep || !merged)
          throw new StancemarkError('not-found', 'Both speakers must be in the registry.')
        if (keepId === mergeId)
          throw new StancemarkError('invalid', 'A speaker cannot be merged with itself.')
        await reassign('speakerId', mergeId, keepId)
        const aliases = [...new Set([...keep.aliases, merged.name, ...merged.aliases])]
        catalog().speakers[keepId] = { ...keep, aliases: aliases.filter((a) => a !== keep.name) }
        delete catalog().speakers[mergeId]
        for (const member of Object.values(catalog().speakers)) {
          if (member.affiliationId === mergeId) member.affiliationId = keepId
          if (member.affiliationId === member.id) delete member.affiliationId
        }
        await archive.saveCatalog()
        changed()
        return catalog().speakers[keepId]
      }),

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

    savePosition: (input) =>
      exclusive(async () => {
        const position = putPosition(catalog(), input)
        await archive.saveCatalog()
        changed()
        return position
      }),

    mergePositions: (keepId, mergeId) =>
      exclusive(async () => {
        const keep = catalog().positions[keepId]
        if (!keep || !catalog().positions[mergeId])
          throw new StancemarkError('not-found', 'Both positions must be in the codebook.')
        if (keepId === mergeId)
          throw new StancemarkError('invalid', 'A position cannot be merged with itself.')
        await reassign('positionId', mergeId, keepId)
        const merged = catalog().positions[mergeId]
        const keepWasBelow = withSubPositions(catalog().positions, [mergeId]).has(keepId)
        for (const child of Object.values(catalog().positions)) {
          if (child.parentId === mergeId) child.parentId = keepId
        }
        // Merging a position into one of its own sub-positions: that one takes its place.
        if (keepWasBelow) keep.parentId = merged.parentId
        delete catalog().positions[mergeId]
        await archive.saveCatalog()
        changed()
        return keep
      }),

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
