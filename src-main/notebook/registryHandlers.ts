import type { Contract, Handlers } from '../shared/contract'
import { StancemarkError } from '../shared/errors'
import type { Statement } from '../shared/model'
import type { Archive } from './archive'
import { putPosition } from './positions'
import { putSpeaker } from './speakers'
import type { writeQueue } from './writeQueue'

type RegistryMethods =
  | 'listSpeakers'
  | 'saveSpeaker'
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

  /** Moves every statement using `from` to `to` (or clears the field), article by article. */
  async function reassign(field: Field, from: string, to: string | undefined): Promise<void> {
    const affected = Object.values(catalog().articles).filter((a) =>
      a[summaryField[field]].includes(from),
    )
    for (const summary of affected) {
      const article = await archive.readArticle(summary.id)
      const statements: Record<string, Statement> = {}
      for (const [id, statement] of Object.entries(article.statements)) {
        statements[id] = statement[field] === from ? { ...statement, [field]: to } : statement
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
        await archive.saveCatalog()
        changed()
        return catalog().speakers[keepId]
      }),

    deleteSpeaker: (id) =>
      exclusive(async () => {
        const speaker = catalog().speakers[id]
        if (!speaker) throw new StancemarkError('not-found', 'That speaker is not in the registry.')
        if (inUse('speakerId', id)) {
          throw new StancemarkError(
            'conflict',
            `“${speaker.name}” still has statements; reassign or clear them first.`,
          )
        }
        delete catalog().speakers[id]
        await archive.saveCatalog()
        changed()
        return { id }
      }),

    listPositions: () =>
      Object.values(catalog().positions).sort((a, b) => a.label.localeCompare(b.label)),

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
        for (const child of Object.values(catalog().positions)) {
          if (child.parentId === mergeId) child.parentId = keepId
        }
        delete catalog().positions[mergeId]
        await archive.saveCatalog()
        changed()
        return keep
      }),

    deletePosition: (id) =>
      exclusive(async () => {
        const position = catalog().positions[id]
        if (!position)
          throw new StancemarkError('not-found', 'That position is not in the codebook.')
        if (inUse('positionId', id)) {
          throw new StancemarkError(
            'conflict',
            `“${position.label}” is used by statements; reassign or clear them first.`,
          )
        }
        for (const child of Object.values(catalog().positions)) {
          if (child.parentId === id) child.parentId = position.parentId
        }
        delete catalog().positions[id]
        await archive.saveCatalog()
        changed()
        return { id }
      }),
  }
}
