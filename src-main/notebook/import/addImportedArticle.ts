import { emptyDoc } from '../../shared/document'
import { Article, ArticleMeta } from '../../shared/model'
import type { NotebookContext } from '../context'
import { newId } from '../newId'
import type { ImportSource, ReadImport } from './readImport'

/** A title for a file that came without one: its name. (Pasted text takes its first line.) */
function fallbackTitle(input: { file?: { name: string } }): string {
  if (!input.file) return 'Untitled article'
  // A folder's files come with their path inside it: the title is the file's own name.
  const name = input.file.name.split(/[\\/]/).pop() || input.file.name
  return name.replace(/\.[^.]+$/, '') || name
}

/**
 * Adds what was read from a file or pasted text as a new article (inside `exclusive`); `sample`:
 * the sample a new archive opens with, marked so in its origin.
 */
export async function addImportedArticle(
  { articles, now }: NotebookContext,
  input: ImportSource,
  read: ReadImport,
  sample = false,
): Promise<Article> {
  const meta = ArticleMeta.parse({
    ...read.meta,
    title: read.meta.title || fallbackTitle(input),
  })
  const stamp = now().toISOString()
  return articles.add({
    id: newId(),
    revision: 1,
    meta,
    body: read.body,
    notes: emptyDoc(),
    statements: {},
    createdAt: stamp,
    updatedAt: stamp,
    origin: sample ? { ...read.origin, kind: 'sample' } : read.origin,
  })
}
