import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, test } from 'vitest'
import { asFormat4, workedArchive } from '../../support/formatFourArchive'
import { open, tempDir } from '../../support/tempArchive'

describe('an archive of format 4', () => {
  test('restores from a backup made before format 5, its registry inside its catalog', async () => {
    const { dir } = await workedArchive()
    await asFormat4(dir)
    const { notebook } = await open(dir)
    const [before] = await notebook.listBackups()
    const minister = (await notebook.listSpeakers()).find((s) => s.name === 'The minister')!
    await notebook.saveSpeaker({ ...minister, aliases: [], notes: '', name: 'Minister Ruth Hall' })
    const result = await notebook.restoreBackup(before.id)
    expect(result.skipped).toEqual([])
    expect((await notebook.listSpeakers()).map((s) => s.name)).toContain('The minister')
    await notebook.close()
    expect(await readFile(join(dir, 'registry.json'), 'utf8')).toContain('"The minister"')
  })

  test('restores from a .zip made before format 5 and opens there', async () => {
    const { dir, talks } = await workedArchive()
    const old = await asFormat4(dir)
    const article = await readFile(join(dir, 'articles', `${talks.id}.json`), 'utf8')
    const zip = zipSync({
      'stancemark.json': strToU8(old),
      [`articles/${talks.id}.json`]: strToU8(article),
    })
    const { notebook } = await open()
    const into = join(await tempDir(), 'restored')
    await notebook.restoreArchiveZip({ zip: Buffer.from(zip).toString('base64'), folder: into })
    const { notebook: copy } = await open(into)
    expect((await copy.listSpeakers()).map((s) => s.name)).toContain('The minister')
    expect((await copy.listArticles({ offset: 0, limit: 10 })).items.map((a) => a.title)).toEqual([
      'Talks to resume',
    ])
    expect(await readFile(join(into, 'registry.json'), 'utf8')).toContain('"The minister"')
  })
})

describe('a backup', () => {
  test('keeps registry.json as it was, and a restore takes the speakers back from it', async () => {
    const { dir } = await workedArchive()
    let clock = Date.parse('2030-01-01T09:00:00Z')
    const { notebook } = await open(dir, { now: () => new Date(clock) })
    const registry = await readFile(join(dir, 'registry.json'), 'utf8')
    const minister = (await notebook.listSpeakers()).find((s) => s.name === 'The minister')!
    clock += 2 * 60 * 60 * 1000
    // The first change two hours on is made after an hourly backup of the archive before it.
    await notebook.saveSpeaker({ ...minister, aliases: [], notes: '', name: 'Minister Ruth Hall' })
    const [backup] = await notebook.listBackups()
    expect(await readFile(join(dir, 'backups', backup.id, 'registry.json'), 'utf8')).toBe(registry)
    expect((await notebook.restoreBackup(backup.id)).skipped).toEqual([])
    const names = (await notebook.listSpeakers()).map((s) => s.name)
    expect(names).toContain('The minister')
    expect(names).not.toContain('Minister Ruth Hall')
  })
})
