import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { openNotebook, type Notebook } from '../../../src-main/notebook/notebook'
import { folderContents } from '../../support/folderContents'
import { open, resourcesDir, tempDir } from '../../support/tempArchive'

const SAMPLE =
  'Veloria and Kestran leaders discuss river dispute in first call since border closure'
const TEXT = 'The minister said the talks would resume.\n\nThe opposition called them a delay.'

/** An archive with the sample and one article of ours, closed again: ready to be damaged. */
async function closedArchive(published?: string) {
  const dir = await tempDir()
  const { notebook } = await open(dir)
  const article = await notebook.importArticle({
    text: TEXT,
    meta: { title: 'Talks to resume', ...(published && { published }) },
  })
  await notebook.close()
  const file = join(dir, 'articles', `${article.id}.json`)
  return { dir, article, file, catalog: join(dir, 'stancemark.json') }
}

/** The library once opening has checked the article files (the first list comes before that). */
const titles = async (notebook: Notebook) => {
  await notebook.getArchiveInfo()
  const { items } = await notebook.listArticles({ offset: 0, limit: 100 })
  return items.map((a) => a.title).sort()
}

async function quarantined(dir: string): Promise<string[]> {
  const names = await readdir(join(dir, 'quarantine'))
  return Promise.all(names.map((name) => readFile(join(dir, 'quarantine', name), 'utf8')))
}

const damage: [string, (text: string) => string][] = [
  ['cut off half-way', (text) => text.slice(0, Math.floor(text.length / 2))],
  ['not JSON at all', () => '\u0000\u0001garbage<html>'],
  ['JSON of the wrong shape', () => JSON.stringify({ id: 'x', meta: { title: 42 } })],
  ['empty', () => ''],
]

describe('a damaged article file', () => {
  test.each(damage)(
    'that is %s goes to quarantine untouched, and the analyst is told which article',
    async (_, spoil) => {
      const { dir, article, file } = await closedArchive()
      const damaged = spoil(await readFile(file, 'utf8'))
      await writeFile(file, damaged)
      const { notebook } = await open(dir)
      const { notices } = await notebook.getArchiveInfo()
      expect(await quarantined(dir)).toEqual([damaged])
      expect(await readdir(join(dir, 'articles'))).toHaveLength(1)
      // The catalog knew the title, so the notice names the article even when the file is empty.
      expect(notices.map((n) => n.message)).toEqual([
        expect.stringMatching(
          /^The article “Talks to resume” could not be read and was moved to quarantine\/.+\. Nothing else was affected\.$/,
        ),
      ])
      await expect(notebook.getArticle(article.id)).rejects.toThrow(
        'The article “Talks to resume” could not be read and was moved to quarantine.',
      )
      expect(await titles(notebook)).toEqual([SAMPLE])
    },
  )

  test('is named by the title left in it when the catalog is lost too', async () => {
    const { dir, file, catalog } = await closedArchive()
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.slice(0, text.indexOf('"body"')))
    await rm(catalog)
    const { notebook } = await open(dir)
    const messages = (await notebook.getArchiveInfo()).notices.map((n) => n.message)
    expect(messages).toContainEqual(
      expect.stringContaining('The article “Talks to resume” could not be read'),
    )
  })

  test('that holds another article is not taken for this one', async () => {
    const { dir, article, file } = await closedArchive()
    const json = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(join(dir, 'articles', 'copy.json'), JSON.stringify(json))
    const { notebook } = await open(dir)
    expect(await quarantined(dir)).toHaveLength(1)
    expect((await notebook.getArticle(article.id)).meta.title).toBe('Talks to resume')
  })
})

describe('a damaged catalog or registry', () => {
  test.each(damage)(
    'that is %s goes to quarantine and the list is rebuilt from the article files',
    async (_, spoil) => {
      const { dir, catalog } = await closedArchive()
      const damaged = spoil(await readFile(catalog, 'utf8'))
      await writeFile(catalog, damaged)
      const { notebook } = await open(dir)
      expect(await quarantined(dir)).toEqual([damaged])
      expect(await titles(notebook)).toEqual(['Talks to resume', SAMPLE])
      const [notice] = (await notebook.getArchiveInfo()).notices
      expect(notice.message).toMatch(
        /^The archive index \(stancemark\.json\) was damaged \(.+\) and was moved to quarantine\/.+\. The list of articles was rebuilt from the 2 article files; nothing else was affected\.$/,
      )
    },
  )

  test('that is missing is rebuilt from the article files without a word: it is only a cache', async () => {
    const { dir, catalog } = await closedArchive()
    const registry = await readFile(join(dir, 'registry.json'), 'utf8')
    await rm(catalog)
    const { notebook } = await open(dir)
    expect(await titles(notebook)).toEqual(['Talks to resume', SAMPLE])
    expect((await notebook.listSpeakers()).map((s) => s.name)).toContain('Ilse Marrow')
    expect((await notebook.getArchiveInfo()).notices).toEqual([])
    expect(await readFile(join(dir, 'registry.json'), 'utf8')).toBe(registry)
  })

  test('a damaged registry gets its speakers and positions back from the newest backup', async () => {
    const dir = await tempDir()
    let clock = Date.parse('2024-05-01T09:00:00Z')
    const now = () => new Date(clock)
    const { notebook } = await open(dir, { now })
    const article = await notebook.importArticle({ text: TEXT, meta: { title: 'Talks' } })
    await notebook.saveSpeaker({
      name: 'Dara Quill',
      aliases: ['Quill'],
      kind: 'person',
      notes: '',
    })
    clock += 2 * 60 * 60 * 1000
    // The first change two hours on is made after an hourly backup of the archive before it.
    await notebook.addStatement(article.id, {
      anchor: { exact: 'The opposition called them a delay.' },
      speaker: { name: 'Opposition leader' },
      tags: [],
      note: '',
    })
    await notebook.close()
    const damaged = '{"schemaVersion": 1, "speakers": {"'
    await writeFile(join(dir, 'registry.json'), damaged)

    const reopened = (await open(dir)).notebook
    const speakers = (await reopened.listSpeakers()).map((s) => s.name)
    expect(speakers).toEqual(expect.arrayContaining(['Dara Quill', 'Ilse Marrow']))
    const [row] = await reopened.queryStatements({ articleId: article.id, limit: 10 })
    expect(row.speaker?.name).toBe('Unnamed speaker 1')
    const messages = (await reopened.getArchiveInfo()).notices.map((n) => n.message)
    expect(await quarantined(dir)).toEqual([damaged])
    expect(messages).toEqual([
      expect.stringMatching(
        // local time
        /^The speakers, positions and coders \(registry\.json\) were damaged \(the file is not valid JSON\) and the file was moved to quarantine\/.+; speakers and positions were recovered from the backup of 2024-05-01 .+ \(changes to them since then are lost\)\.$/,
      ),
      'Statements use speakers or positions that the registry had lost; they are now listed as “Unnamed speaker 1”. Give them their names under Speakers and Codebook.',
    ])
  })
})

describe('a catalog that disagrees with the article files', () => {
  test('lists an article whose file is there but whose save to the catalog was cut short', async () => {
    const { dir, article, catalog } = await closedArchive()
    const before = await readFile(catalog, 'utf8')
    const { notebook } = await open(dir)
    await notebook.updateArticle(article.id, { baseRevision: 1, meta: { title: 'Talks resumed' } })
    await notebook.importArticle({ text: 'A second article.', meta: { title: 'Second' } })
    await notebook.close()
    // As if the process died after writing the article files, before writing the catalog.
    await writeFile(catalog, before)
    const reopened = (await open(dir)).notebook
    expect(await titles(reopened)).toEqual(['Second', 'Talks resumed', SAMPLE])
    expect((await reopened.getArchiveInfo()).notices).toEqual([])
  })

  test('lists at once from the catalog, then shows an article changed from outside', async () => {
    const { dir, file } = await closedArchive()
    const json = JSON.parse(await readFile(file, 'utf8'))
    // As the copy of another computer brings it: edited there, one revision on.
    json.meta.title = 'Talks resumed, says a synced copy'
    json.revision += 1
    await writeFile(file, JSON.stringify(json))
    const { notebook } = await open(dir)
    const changes: unknown[] = []
    const checked = new Promise<void>((resolve) =>
      notebook.onChange((event) => {
        changes.push(event)
        resolve()
      }),
    )
    const first = await notebook.listArticles({ offset: 0, limit: 100 })
    expect(first.items.map((a) => a.title).sort()).toEqual(['Talks to resume', SAMPLE])
    await checked
    expect(changes).toEqual([{ articleId: undefined }])
    expect(await titles(notebook)).toEqual(['Talks resumed, says a synced copy', SAMPLE])
    expect(
      (await notebook.search({ text: 'synced', limit: 5 })).hits.map((hit) => hit.title),
    ).toEqual(['Talks resumed, says a synced copy'])
  })

  test('damaged while the archive is open stops a vault export, goes to quarantine, and is named', async () => {
    // Newer than the sample: its note is being written when this one is found damaged.
    const { dir, file } = await closedArchive('2026-05-01')
    const { notebook } = await open(dir)
    await notebook.getArchiveInfo()
    const damaged = '{"id": "cut off'
    await writeFile(file, damaged)
    const vault = join(await tempDir(), 'vault')
    await expect(notebook.exportVaultToFolder(vault)).rejects.toThrow(
      'The article “Talks to resume” could not be read and was moved to quarantine.',
    )
    expect(await quarantined(dir)).toEqual([damaged])
    expect(await titles(notebook)).toEqual([SAMPLE])
    // The notes it had begun were finished whole: no temp file is left in the vault.
    const left = await readdir(vault, { recursive: true })
    expect(left.filter((name) => !/^(Articles|Speakers|Positions)(\/.+\.md)?$/.test(name))).toEqual(
      [],
    )
    // Exported again, the vault has the articles there are.
    const report = await notebook.exportVaultToFolder(vault)
    expect(await readdir(join(vault, 'Articles'))).toEqual([`${SAMPLE}.md`])
    const notes = (await readdir(vault, { recursive: true })).filter((name) => name.endsWith('.md'))
    expect(notes).toHaveLength(report.notes)
  })

  test('takes an article whose file is gone off the list and says which', async () => {
    const { dir, file } = await closedArchive()
    await rm(file)
    const { notebook } = await open(dir)
    expect(await titles(notebook)).toEqual([SAMPLE])
    expect((await notebook.getArchiveInfo()).notices[0].message).toMatch(
      /^The file of the article “Talks to resume” \(articles\/\w+\.json\) is missing from the archive folder, so it was taken off the list\. A backup may still have it\.$/,
    )
  })
})

describe('an archive saved by a newer Stancemark', () => {
  test('is not opened, and nothing in it is changed', async () => {
    const { dir, catalog } = await closedArchive()
    const json = JSON.parse(await readFile(catalog, 'utf8'))
    await writeFile(catalog, JSON.stringify({ ...json, schemaVersion: 99, newThing: {} }))
    const before = await folderContents(dir)
    await expect(openNotebook({ archiveDir: dir, resourcesDir })).rejects.toMatchObject({
      code: 'unsupported-format',
      message: expect.stringContaining(
        'was saved by a newer version of Stancemark (archive format 99; this version reads up to format',
      ),
    })
    expect(await folderContents(dir)).toEqual(before)
  })

  test('has a newer article file left as it is, and the analyst is told', async () => {
    const { dir, article, file } = await closedArchive()
    const json = JSON.parse(await readFile(file, 'utf8'))
    const newer = JSON.stringify({ ...json, schemaVersion: 7, body: { blocks: [] } })
    await writeFile(file, newer)
    const { notebook } = await open(dir)
    expect(await titles(notebook)).toEqual([SAMPLE])
    expect(await readFile(file, 'utf8')).toBe(newer)
    expect(await readdir(join(dir, 'quarantine'))).toEqual([])
    expect((await notebook.getArchiveInfo()).notices[0].message).toBe(
      'The article “Talks to resume” was saved by a newer version of Stancemark; this version leaves it as it is. Update Stancemark to open it.',
    )
    await expect(notebook.getArticle(article.id)).rejects.toMatchObject({
      code: 'unsupported-format',
    })
  })
})
