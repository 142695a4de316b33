import type { NotebookContext } from '../context'
import type { Catalog } from '../storage/catalog'

/** A change to the registry, alone in the write queue; then the catalog is saved and the change told. */
export function changeRegistry({ archive, exclusive, changed }: NotebookContext) {
  return <T>(change: (catalog: Catalog) => T | Promise<T>): Promise<T> =>
    exclusive(async () => {
      const result = await change(archive.catalog)
      await archive.saveCatalog()
      changed()
      return result
    })
}
