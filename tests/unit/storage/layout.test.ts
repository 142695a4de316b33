import git from 'isomorphic-git'
import { cp, mkdir, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { GITIGNORE_TEXT, isSharedFile } from '../../../src-main/notebook/storage/sharedFiles'
import { gitFs as fs } from '../../../src-main/notebook/sync/gitFs'
import { changedBetween, fileStamps } from '../../support/fileStamps'
import { folderContents } from '../../support/folderContents'
import { asFormat4, workedArchive } from '../../support/formatFourArchive'
import { smallDisk } from '../../support/smallDisk'
import { open, tempDir } from '../../support/tempArchive'

/** Every shared file of an archive with what tells a rewrite (inode, modification time). */
async function sharedStamps(dir: string) {
  const all = await fileStamps(dir)
  return new Map([...all].filter(([path]) => isSharedFile(path.split('\\').join('/'))))
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

test('an archive on a full disk is refused in plain words, and one of format 4 too when its update finds no room; its articles stay as they were and it opens whole once there is room', async (ctx) => {
  const disk = await smallDisk()
  if (typeof disk === 'string') return ctx.skip(disk)
  try {
    const { dir: made } = await workedArchive()
    await asFormat4(made)
    const dir = join(disk.dir, 'archive')
    await cp(made, dir, { recursive: true })
    const before = await folderContents(dir)
    await disk.fill()
    await expect(open(dir)).rejects.toThrow(
      'The archive could not be opened. The disk is full, so Stancemark could not write to it. Nothing was lost: the files on it are as they were before. Free some space on the disk, then try again.',
    )
    // Room for the lock and a page or two more: the migration is where the disk runs out.
    const filler = join(disk.dir, '.filler')
    await truncate(filler, (await stat(filler)).size - 3 * 4096)
    await expect(open(dir)).rejects.toThrow(/^The archive could not be opened\. The disk is full/)
    const articles = (contents: Record<string, string>) =>
      Object.entries(contents).filter(([path]) => path.startsWith('articles'))
    expect(articles(await folderContents(dir))).toEqual(articles(before))
    await disk.free()
    const { notebook } = await open(dir)
    expect((await notebook.listSpeakers()).map((s) => s.name)).toContain('The minister')
    expect((await notebook.listArticles({ offset: 0, limit: 10 })).total).toBe(3)
    await notebook.close()
  } finally {
    await disk.remove()
  }
})
