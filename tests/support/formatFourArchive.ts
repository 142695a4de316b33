import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { open } from './tempArchive'

const TEXT = 'The minister said the talks would resume.\n\nThe opposition called them a delay.'

/** An archive with two articles, a statement by the minister and a coder, closed. */
export async function workedArchive() {
  const { dir, notebook } = await open()
  const talks = await notebook.importArticle({ text: TEXT, meta: { title: 'Talks to resume' } })
  const other = await notebook.importArticle({ text: 'A second article.', meta: { title: 'Two' } })
  await notebook.addStatement(talks.id, {
    anchor: { exact: 'The minister said the talks would resume.' },
    speaker: { name: 'The minister' },
    position: { label: 'Peace talks' },
    stance: 'supports',
    tags: [],
    note: '',
  })
  await notebook.saveCoder({ name: 'Ben' })
  await notebook.close()
  return { dir, talks, other }
}

/** Turns a closed archive back into the layout of format 4: the registry inside the catalog. */
export async function asFormat4(dir: string): Promise<string> {
  const registry = JSON.parse(await readFile(join(dir, 'registry.json'), 'utf8'))
  const cache = JSON.parse(await readFile(join(dir, 'stancemark.json'), 'utf8'))
  const { speakers, positions, coders } = registry
  const old = JSON.stringify({ ...cache, schemaVersion: 4, speakers, positions, coders })
  await writeFile(join(dir, 'stancemark.json'), old)
  await rm(join(dir, 'registry.json'))
  await rm(join(dir, '.gitignore'))
  await rm(join(dir, 'backups'), { recursive: true, force: true })
  return old
}
