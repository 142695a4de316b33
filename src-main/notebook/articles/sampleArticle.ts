import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { StatementInput, type Contract, type Handlers } from '../../shared/contract'
import type { NotebookContext } from '../context'
import { addImportedArticle } from '../import/addImportedArticle'
import { readImport, type ImportSource } from '../import/readImport'

/**
 * Puts the sample article from resources/sample/ into a new archive, coded through the same
 * operations an analyst's script would use, so a first-time user sees how statements look.
 * It is added marked as the sample (its origin), which is how it is known later on,
 * whatever its title becomes.
 */
export async function addSampleArticle(
  ctx: NotebookContext,
  notebook: Pick<Handlers<Contract>, 'addStatement'>,
): Promise<void> {
  // Our own small Markdown file, read here: a worker for it would start with every new archive.
  const importSample = (input: ImportSource) =>
    ctx.exclusive(async () => addImportedArticle(ctx, input, await readImport(input), true))
  const folder = join(ctx.resourcesDir, 'sample')
  const bytes = await readFile(join(folder, 'article.md'))
  const statements = z
    .array(StatementInput)
    .parse(JSON.parse(await readFile(join(folder, 'statements.json'), 'utf8')))
  const article = await importSample({
    file: { name: 'Sample article.md', base64: bytes.toString('base64') },
    meta: {},
  })
  for (const statement of statements) await notebook.addStatement(article.id, statement)
}
