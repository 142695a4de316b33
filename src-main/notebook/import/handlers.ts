import type { Contract, Handlers } from '../../shared/contract'
import type { Article } from '../../shared/model'
import type { NotebookContext } from '../context'
import { addImportedArticle } from './addImportedArticle'
import { findDuplicate } from './findDuplicate'
import { importFiles } from './importFiles'
import { pastedTextHash } from './pastedTextHash'
import type { ImportSource } from './readImport'

/** Articles in from files (one or a folder's) and pasted text; a pasted text met before. */
export function handlers(
  ctx: NotebookContext,
): Pick<Handlers<Contract>, 'importArticle' | 'findDuplicate' | 'importFiles'> {
  const { archive, exclusive, imports } = ctx

  /**
   * Reads a file or pasted text in the import worker, then adds it; other changes wait only for
   * the adding. A read-only archive refuses it before it is read.
   */
  async function importArticle(input: ImportSource): Promise<Article> {
    if (archive.readOnly) throw archive.readOnlyError()
    const read = await imports.read(input)
    return exclusive(() => addImportedArticle(ctx, input, read))
  }

  return {
    importArticle,

    findDuplicate: async ({ text }) => (await findDuplicate(archive, pastedTextHash(text))) ?? null,

    importFiles: async ({ files }) => {
      if (archive.readOnly) throw archive.readOnlyError()
      return {
        results: await importFiles(archive, files, (file) => importArticle({ file, meta: {} })),
      }
    },
  }
}
