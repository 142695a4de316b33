import { createHash } from 'node:crypto'
import type { ImportFileResult } from '../../shared/contract'
import { StancemarkError } from '../../shared/errors'
import type { Article } from '../../shared/model'
import type { Archive } from '../storage/archive'
import { fileBytes } from './fileBytes'
import { findDuplicate } from './findDuplicate'

/**
 * Imports files one after the other with `importFile`, each skipped when the archive already
 * has an article from the same bytes (an earlier file of the batch included). A file that
 * cannot be read fails alone, with the reason in its result; the others go on.
 */
export async function importFiles(
  archive: Archive,
  files: { name: string; base64: string }[],
  importFile: (file: { name: string; base64: string }) => Promise<Article>,
): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = []
  for (const file of files) {
    const name = file.name.split(/[\\/]/).pop() || file.name
    try {
      const bytes = fileBytes(file.base64, { kind: 'file', name })
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const duplicate = await findDuplicate(archive, sha256)
      if (duplicate) {
        results.push({
          name: file.name,
          status: 'duplicate',
          articleId: duplicate.id,
          title: duplicate.title,
          message: `The archive already has this file as “${duplicate.title}”.`,
        })
        continue
      }
      const article = await importFile(file)
      results.push({
        name: file.name,
        status: 'imported',
        articleId: article.id,
        title: article.meta.title,
      })
    } catch (error) {
      if (!(error instanceof StancemarkError)) throw error
      results.push({ name: file.name, status: 'failed', message: error.message })
    }
  }
  return results
}
