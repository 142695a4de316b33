import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { importStory, mark } from '../../support/doubleCoding'
import { open } from '../../support/tempArchive'

const systemName = () => {
  const name = userInfo().username
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : 'Coder'
}

test('a fresh archive has one coder named from the system user, and every new statement is theirs', async () => {
  const { notebook } = await open()
  const coders = await notebook.listCoders()
  expect(coders.map((coder) => coder.name)).toEqual([systemName()])
  expect(coders[0].color).toMatch(/^#[0-9a-f]{6}$/)
  expect(await notebook.getCoder()).toEqual(coders[0])
  const article = await importStory(notebook)
  const { statement } = await notebook.addStatement(article.id, {
    anchor: { exact: 'the treaty must be signed this spring' },
    tags: [],
    note: '',
  })
  expect(statement.coderId).toBe(coders[0].id)
  const [row] = await notebook.queryStatements({ articleId: article.id, limit: 10 })
  expect(row.coder).toEqual({ id: coders[0].id, name: systemName() })
})

test('an archive written before coders gets its coder on open, and its statements count as theirs', async () => {
  const { dir, notebook } = await open()
  const article = await importStory(notebook)
  await mark(notebook, article.id, (await notebook.getCoder()).id, 'demanded their release')
  await notebook.close()
  // The files as a version before coders wrote them: no coders, no coder on statements.
  const catalogFile = join(dir, 'stancemark.json')
  const registryFile = join(dir, 'registry.json')
  const { speakers, positions } = JSON.parse(await readFile(registryFile, 'utf8'))
  const catalog = JSON.parse(await readFile(catalogFile, 'utf8'))
  await writeFile(
    catalogFile,
    JSON.stringify({ ...catalog, schemaVersion: 3, speakers, positions }),
  )
  await rm(registryFile)
  for (const name of await readdir(join(dir, 'articles'))) {
    const file = join(dir, 'articles', name)
    const json = JSON.parse(await readFile(file, 'utf8'))
    for (const statement of Object.values(json.statements) as { coderId?: string }[])
      delete statement.coderId
    await writeFile(file, JSON.stringify(json))
  }
  // An older version's derived indexes are of another version: rebuilt, as if not there.
  await rm(join(dir, 'index'), { recursive: true, force: true })

  const { notebook: reopened } = await open(dir)
  const [coder] = await reopened.listCoders()
  expect(coder.name).toBe(systemName())
  const rows = await reopened.queryStatements({ articleId: article.id, limit: 10 })
  expect(rows.map((row) => [row.quote, row.coder.name])).toEqual([
    ['demanded their release', systemName()],
  ])
  expect(JSON.parse(await readFile(registryFile, 'utf8')).coders).toEqual([coder])
})

test('a coder is added, renamed and recoloured; a name another coder has is refused whatever its case', async () => {
  const { notebook } = await open()
  const bea = await notebook.saveCoder({ name: 'Bea' })
  expect(bea.color).toMatch(/^#[0-9a-f]{6}$/)
  expect(bea.color).not.toBe((await notebook.getCoder()).color)
  const renamed = await notebook.saveCoder({ id: bea.id, name: 'Beatrix', color: '#123456' })
  expect(renamed).toEqual({ id: bea.id, name: 'Beatrix', color: '#123456' })
  await expect(notebook.saveCoder({ name: 'BEATRIX' })).rejects.toThrow(
    'There is already a coder called “Beatrix”.',
  )
  expect((await notebook.listCoders()).map((coder) => coder.name)).toContain('Beatrix')
  // A control character pasted into a name is taken out, as in every name.
  expect((await notebook.saveCoder({ name: 'Cl\u0007eo' })).name).toBe('Cleo')
})

test('the current coder is kept on this machine in local/coder.json, not in the shared catalog', async () => {
  const { dir, notebook } = await open()
  const bea = await notebook.saveCoder({ name: 'Bea' })
  expect(await notebook.switchCoder(bea.id)).toEqual(bea)
  expect(JSON.parse(await readFile(join(dir, 'local', 'coder.json'), 'utf8'))).toEqual({
    coderId: bea.id,
  })
  expect(await readFile(join(dir, 'stancemark.json'), 'utf8')).not.toContain('coderId')
  await notebook.close()
  const { notebook: reopened } = await open(dir)
  expect((await reopened.getCoder()).name).toBe('Bea')
})

test('addStatement takes another coder by name, created when new, so a script can add their work', async () => {
  const { notebook } = await open()
  const article = await importStory(notebook)
  const { statement } = await notebook.addStatement(article.id, {
    anchor: { exact: 'demanded their release' },
    coder: { name: 'Cleo' },
    tags: [],
    note: '',
  })
  const cleo = (await notebook.listCoders()).find((coder) => coder.name === 'Cleo')!
  expect(statement.coderId).toBe(cleo.id)
  const again = await notebook.addStatement(article.id, {
    anchor: { exact: 'rejected any delay' },
    coder: { name: 'cleo' },
    tags: [],
    note: '',
  })
  expect(again.statement.coderId).toBe(cleo.id)
  expect(await notebook.listCoders()).toHaveLength(2)
})
