import { api } from '../../api'
import { saveExportedFile } from './saveExportedFile'

/** Exports the article as Markdown: a save dialog in the desktop app, a download in the browser. */
export async function exportMarkdown(articleId: string): Promise<string | undefined> {
  return saveExportedFile(await api.exportArticle(articleId, 'markdown'))
}
