import git from 'isomorphic-git'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, test } from 'vitest'
import { GITIGNORE_TEXT, isSharedFile } from '../../../src-main/notebook/storage/sharedFiles'
import { gitFs as fs } from '../../../src-main/notebook/sync/gitFs'
import { changedBetween, fileStamps } from '../../support/fileStamps'
import { folderContents } from '../../support/folderContents'
import { open, tempDir } from '../../support/tempArchive'

const TEXT = 'The minister said the talks would resume.\n\nThe opposition called them a delay.'

/** Every shared file of an archive with what tells a rewrite (inode, modification time). */
async function sharedStamps(dir: string) {
  const all = await fileStamps(dir)
  return new Map([...all].filter(([path]) => isSharedFile(path.split('\\').join('/'))))
}

/** An archive with two articles, a statement by the minister and a coder, closed. */
async function workedArchive() {
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
async function asFormat4(dir: string): Promise<string> {
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

describe('an archive of format 4', () => {
  test('gets a backup first, then registry.json with every speaker, position and coder, and a catalog of format 5', async () => {
    const { dir, talks } = await workedArchive()
    const registryBefore = await readFile(join(dir, 'registry.json'), 'utf8')
    const old = await asFormat4(dir)

    const { notebook } = await open(dir)
    const backups = await notebook.listBackups()
    expect(backups.map((b) => b.reason)).toEqual(['before-migration'])
    const kept = join(dir, 'backups', backups[0].id)
    expect(await readFile(join(kept, 'stancemark.json'), 'utf8')).toBe(old)
    expect((await readdir(join(kept, 'articles'))).length).toBe(3)
    expect(await readFile(join(dir, 'registry.json'), 'utf8')).toBe(registryBefore)
    const catalog = JSON.parse(await readFile(join(dir, 'stancemark.json'), 'utf8'))
    expect(Object.keys(catalog).sort()).toEqual(['articles', 'fileStamps', 'schemaVersion'])
    expect(catalog.schemaVersion).toBe(5)
    expect((await notebook.listSpeakers()).map((s) => s.name)).toContain('The minister')
    expect((await notebook.listPositions()).map((p) => p.label)).toContain('Peace talks')
    expect((await notebook.listCoders()).map((c) => c.name)).toHaveLength(2)
    expect((await notebook.listCoders()).map((c) => c.name)).toContain('Ben')
    const { items } = await notebook.listArticles({ offset: 0, limit: 10 })
    expect(items.find((a) => a.id === talks.id)).toMatchObject({ statementCount: 1 })
    expect((await notebook.getArchiveInfo()).notices).toEqual([])
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toBe(GITIGNORE_TEXT)
  })

  test('writes registry.json in these exact bytes: entries by id, fields in order, coders as they were', async () => {
    const dir = await tempDir()
    const catalog = {
      schemaVersion: 4,
      speakers: {
        zel: {
          notes: '',
          kind: 'person',
          aliases: ['Zelensky'],
          name: 'Volodymyr Zelensky',
          id: 'zel',
        },
        nato: { id: 'nato', name: 'NATO', aliases: [], kind: 'organisation', notes: '' },
      },
      positions: {
        peace: { label: 'Peace talks', id: 'peace', description: '', color: '#6b7280' },
      },
      coders: [
        { id: 'cb', name: 'Ben', color: '#0000ff' },
        { color: '#ff0000', name: 'Ana', id: 'ca' },
      ],
      articles: {},
      fileStamps: {},
    }
    await writeFile(join(dir, 'stancemark.json'), JSON.stringify(catalog))
    await open(dir)
    expect(await readFile(join(dir, 'registry.json'), 'utf8')).toBe(`{
  "schemaVersion": 1,
  "speakers": {
    "nato": {
      "id": "nato",
      "name": "NATO",
      "aliases": [],
      "kind": "organisation",
      "notes": ""
    },
    "zel": {
      "id": "zel",
      "name": "Volodymyr Zelensky",
      "aliases": [
        "Zelensky"
      ],
      "kind": "person",
      "notes": ""
    }
  },
  "positions": {
    "peace": {
      "id": "peace",
      "label": "Peace talks",
      "description": "",
      "color": "#6b7280"
    }
  },
  "coders": [
    {
      "id": "cb",
      "name": "Ben",
      "color": "#0000ff"
    },
    {
      "id": "ca",
      "name": "Ana",
      "color": "#ff0000"
    }
  ]
}
`)
  })

  test('cut short between writing registry.json and the catalog opens as if it had finished', async () => {
    const { dir } = await workedArchive()
    const registry = await readFile(join(dir, 'registry.json'), 'utf8')
    const old = await asFormat4(dir)
    // What a crash leaves: registry.json written, the catalog still of format 4, and the temp
    // file of a later write of the registry cut short.
    await writeFile(join(dir, 'registry.json'), registry)
    await writeFile(join(dir, '.registry.json.tmp'), '{"schemaVersion": 1, "spea')
    const { notebook } = await open(dir)
    expect(await readdir(dir)).not.toContain('.registry.json.tmp')
    expect((await notebook.listSpeakers()).map((s) => s.name)).toContain('The minister')
    expect((await notebook.getArchiveInfo()).notices).toEqual([])
    expect(await readFile(join(dir, 'registry.json'), 'utf8')).toBe(registry)
    expect(JSON.parse(await readFile(join(dir, 'stancemark.json'), 'utf8')).schemaVersion).toBe(5)
    const [backup] = await notebook.listBackups()
    expect(await readFile(join(dir, 'backups', backup.id, 'stancemark.json'), 'utf8')).toBe(old)
  })

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

describe('the shared files', () => {
  test('are not touched by opening and closing an archive that nothing changed', async () => {
    const { dir } = await workedArchive()
    const before = await sharedStamps(dir)
    const bytes = await folderContents(dir)
    const { notebook } = await open(dir)
    await notebook.listArticles({ offset: 0, limit: 10 })
    await notebook.getArchiveInfo()
    await notebook.close()
    expect(changedBetween(before, await sharedStamps(dir))).toEqual([])
    const after = await folderContents(dir)
    for (const path of before.keys()) expect(after[path]).toBe(bytes[path])
  })

  test('a statement saved changes that article’s file alone', async () => {
    const { dir, talks } = await workedArchive()
    const before = await sharedStamps(dir)
    const { notebook } = await open(dir)
    await notebook.addStatement(talks.id, {
      anchor: { exact: 'The opposition called them a delay.' },
      speaker: { name: 'The minister' },
      tags: [],
      note: '',
    })
    await notebook.close()
    expect(changedBetween(before, await sharedStamps(dir))).toEqual([`articles/${talks.id}.json`])
  })

  test('a speaker saved changes registry.json alone', async () => {
    const { dir } = await workedArchive()
    const before = await sharedStamps(dir)
    const { notebook } = await open(dir)
    const minister = (await notebook.listSpeakers()).find((s) => s.name === 'The minister')!
    await notebook.saveSpeaker({ ...minister, aliases: [], notes: '', role: 'Foreign minister' })
    await notebook.close()
    expect(changedBetween(before, await sharedStamps(dir))).toEqual(['registry.json'])
    expect(await readFile(join(dir, 'registry.json'), 'utf8')).toContain(
      '"role": "Foreign minister"',
    )
  })

  test('are the only files the .gitignore lets through', async () => {
    const { dir, talks } = await workedArchive()
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toBe(
      `# Written by Stancemark: only the archive's shared files travel; the rest is this machine's.
/*
!/.gitignore
!/registry.json
!/articles
/articles/*
!/articles/*.json
/articles/.*
`,
    )
    await git.init({ fs, dir, defaultBranch: 'main' })
    await mkdir(join(dir, 'index'), { recursive: true })
    const paths = [
      '.gitignore',
      'registry.json',
      `articles/${talks.id}.json`,
      `articles/.${talks.id}.json.1a2b3c4d.tmp`,
      'articles/.hidden.json',
      'articles/notes.txt',
      'stancemark.json',
      'stancemark.lock',
      '.stancemark.json.tmp',
      '.registry.json.tmp',
      'index/search.jsonl',
      'backups/2024-01-01T00-00-00-000Z/registry.json',
      'quarantine/x-registry.json',
      'trash/a.json',
      'local/coder.json',
    ]
    for (const path of paths) {
      const ignored = await git.isIgnored({ fs, dir, filepath: path })
      expect({ path, travels: !ignored }).toEqual({ path, travels: isSharedFile(path) })
    }
    expect(paths.filter(isSharedFile)).toEqual([
      '.gitignore',
      'registry.json',
      `articles/${talks.id}.json`,
    ])
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

describe('a registry.json', () => {
  test('of a newer format is refused, and nothing in the archive is changed', async () => {
    const { dir } = await workedArchive()
    const registry = JSON.parse(await readFile(join(dir, 'registry.json'), 'utf8'))
    await writeFile(join(dir, 'registry.json'), JSON.stringify({ ...registry, schemaVersion: 2 }))
    const before = await folderContents(dir)
    await expect(open(dir)).rejects.toMatchObject({
      code: 'unsupported-format',
      message: expect.stringContaining(
        'was saved by a newer version of Stancemark (registry (registry.json) format 2; this version reads up to format 1). Update Stancemark to open it. Nothing in the archive was changed.',
      ),
    })
    expect(await folderContents(dir)).toEqual(before)
  })
})
