import type { Contract, Handlers } from '../../shared/contract'
import type { NotebookContext } from '../context'
import { changeRegistry } from './changeRegistry'
import { exportCodebook } from './exportCodebook'
import { importCodebook } from './importCodebook'
import { codebookOrder, movePosition } from './positionTree'

type CodebookMethods = 'movePosition' | 'exportCodebook' | 'importCodebook'

/** The codebook as a tree to rearrange, and as a CSV file to share. */
export function codebookHandlers(ctx: NotebookContext): Pick<Handlers<Contract>, CodebookMethods> {
  const { archive, exclusive, changed } = ctx
  const catalog = () => archive.catalog
  const change = changeRegistry(ctx)
  return {
    movePosition: (id, parentId, index) =>
      change(({ positions }) => {
        movePosition(positions, id, parentId ?? undefined, index)
        return codebookOrder(positions)
      }),

    exportCodebook: () => exportCodebook(catalog()),

    importCodebook: ({ csv }) =>
      exclusive(async () => {
        const report = importCodebook(catalog(), csv)
        if (report.added + report.updated > 0) {
          await archive.saveCatalog()
          changed()
        }
        return report
      }),
  }
}
