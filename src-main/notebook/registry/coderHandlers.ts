import type { Contract, Handlers } from '../../shared/contract'
import type { NotebookContext } from '../context'
import { changeRegistry } from './changeRegistry'
import { coderById, currentCoder, putCoder } from './coders'

/** The archive's coders, and who codes on this machine. */
export function coderHandlers(ctx: NotebookContext) {
  const { archive, exclusive, changed } = ctx
  const change = changeRegistry(ctx)
  return {
    listCoders: () => [...archive.catalog.coders].sort((a, b) => a.name.localeCompare(b.name)),

    getCoder: () => currentCoder(archive.catalog, archive.localCoder),

    saveCoder: (input) => change((catalog) => putCoder(catalog, input)),

    switchCoder: (id) =>
      exclusive(async () => {
        const coder = coderById(archive.catalog, id)
        await archive.setLocalCoder(coder.id)
        // Every read of an article under double coding now answers for this coder.
        changed()
        return coder
      }),
  } satisfies Partial<Handlers<Contract>>
}
