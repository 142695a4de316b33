import { api } from '../../api'

/** Exports the article as Markdown: a save dialog in the desktop app, a download in the browser. */
export async function exportMarkdown(articleId: string): Promise<string | undefined> {
  const file = await api.exportArticle(articleId, 'markdown')
  if (api.saveExport) {
    const { saved } = await api.saveExport(file)
    return saved ? `Exported “${file.filename}”.` : undefined
  }
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mediaType }))
  const link = document.createElement('a')
  link.href = url
  link.download = file.filename
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  return `Downloaded “${file.filename}”.`
}
