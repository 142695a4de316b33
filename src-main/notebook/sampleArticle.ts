import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { StatementInput, type Contract, type Handlers } from '../shared/contract'

/**
 * Puts the sample article from resources/sample/ into a new archive, coded through the same
 * operations an analyst's script would use, so a first-time user sees how statements look.
 */
export async function addSampleArticle(
  notebook: Handlers<Contract>,
  resourcesDir: string,
): Promise<void> {
  const folder = join(resourcesDir, 'sample')
  const bytes = await readFile(join(folder, 'article.md'))
  const statements = z
    .array(StatementInput)
    .parse(JSON.parse(await readFile(join(folder, 'statements.json'), 'utf8')))
  const article = await notebook.importArticle({
    file: { name: 'Sample article.md', base64: bytes.toString('base64') },
    meta: {},
  })
  for (const statement of statements) await notebook.addStatement(article.id, statement)
}
