import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { StatementInput, type Contract, type Handlers } from '../../shared/contract'
import type { Article } from '../../shared/model'
import type { ImportSource } from '../import/readImport'

/**
 * Puts the sample article from resources/sample/ into a new archive, coded through the same
 * operations an analyst's script would use, so a first-time user sees how statements look.
 * `importSample` adds it marked as the sample (its origin), which is how it is known later on,
 * whatever its title becomes.
 */
export async function addSampleArticle(
  importSample: (input: ImportSource) => Promise<Article>,
  notebook: Pick<Handlers<Contract>, 'addStatement'>,
  resourcesDir: string,
): Promise<void> {
  const folder = join(resourcesDir, 'sample')
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
