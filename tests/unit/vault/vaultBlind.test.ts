import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { importStory, mark, twoCoders } from '../../support/doubleCoding'
import { open, tempDir } from '../../support/tempArchive'

const DELAY = 'rejected any delay to the treaty'

test('a coder coding blind who turns the live vault on does not find the other coder’s statements in it', async () => {
  const { notebook } = await open()
  const { first, bea } = await twoCoders(notebook)
  const article = await importStory(notebook)
  await mark(notebook, article.id, first.id, DELAY, { speaker: 'Water Ministry' })
  await notebook.assignCoding({ articleIds: [article.id], coderIds: [first.id, bea.id] })
  await notebook.switchCoder(bea.id)
  expect(JSON.stringify(await notebook.getArticle(article.id))).not.toContain('Water Ministry')
  const folder = join(await tempDir(), 'Vault')
  await notebook.setLiveVault({ folder })
  const note = await readFile(join(folder, 'Articles', 'River talks.md'), 'utf8')
  expect(note).not.toContain('Water Ministry')
})
