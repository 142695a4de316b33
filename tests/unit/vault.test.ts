import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { toString } from 'mdast-util-to-string'
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, test } from 'vitest'
import { TAIL_MARKER } from '../../src-main/notebook/export/keepTail'
import { codedArchive } from './codedArchive'
import { tempDir } from './tempArchive'

const parse = (markdown: string) =>
  unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(markdown)

async function vault() {
  const coded = await codedArchive()
  const folder = join(await tempDir(), 'Research vault')
  const report = await coded.notebook.exportVault({ folder })
  return { ...coded, folder, report }
}

describe('the archive as an Obsidian vault', () => {
  test('a note per article, speaker and position, and an index, with safe names', async () => {
    const { folder, report } = await vault()
    expect((await readdir(folder)).sort()).toEqual([
      'Articles',
      'Positions',
      'Speakers',
      'Stancemark.md',
    ])
    expect((await readdir(join(folder, 'Articles'))).sort()).toEqual([
      'An undated wire.md',
      'Border closure continues.md',
      'River talks resume.md',
      'Velin changes course.md',
    ])
    // Every speaker of the registry, those of the deleted sample article too.
    expect((await readdir(join(folder, 'Speakers'))).sort()).toEqual(
      expect.arrayContaining([
        'Fishing crews.md',
        'Mara Velin.md',
        'Observers.md',
        'Water Ministry.md',
      ]),
    )
    expect((await readdir(join(folder, 'Positions'))).sort()).toEqual(
      expect.arrayContaining(['Border crossing.md', 'Release of crews.md', 'Treaty.md']),
    )
    const speakerCount = (await readdir(join(folder, 'Speakers'))).length
    const positionCount = (await readdir(join(folder, 'Positions'))).length
    expect(report).toEqual({
      folder,
      notes: 4 + speakerCount + positionCount + 1,
      written: 4 + speakerCount + positionCount + 1,
    })
  })

  test('a speaker note lists their statements by position, each linking to its block', async () => {
    const { folder } = await vault()
    const note = await readFile(join(folder, 'Speakers', 'Mara Velin.md'), 'utf8')
    const article = await readFile(join(folder, 'Articles', 'Velin changes course.md'), 'utf8')
    const link =
      /\[\[Articles\/Velin changes course#\^(s-[A-Za-z0-9-]+)\|Velin changes course\]\]/.exec(note)
    expect(link).not.toBeNull()
    // The block the link names is in the article note, after the statement's callout.
    expect(article).toContain(`\n^${link![1]}\n`)
    const tree = parse(note)
    const headings = tree.children
      .filter((node) => node.type === 'heading')
      .map((node) => toString(node))
    expect(headings).toEqual(['Mara Velin', 'Treaty', 'Border crossing', 'Release of crews'])
    expect(note).toMatch(/^---\nkind: person\nstatements: 4\nstancemark-id: \S+\n---\n/)
    expect(note).toContain(
      '- ==opposes the treaty in its current form== — [[Articles/Velin changes course#^',
    )
    expect(note).toContain('|Velin changes course]], 2023-03-05 #stance/opposes')
  })

  test('exporting again updates our notes and keeps what the analyst wrote below the marker', async () => {
    const { notebook, folder, speakers } = await vault()
    const path = join(folder, 'Speakers', 'Mara Velin.md')
    const before = await readFile(path, 'utf8')
    expect(before.endsWith(`${TAIL_MARKER}\n`)).toBe(true)
    await writeFile(path, `${before}My reading: she turned in March.\n`)
    await writeFile(join(folder, 'Mine.md'), 'Not Stancemark’s.')

    const [turn] = await notebook.queryStatements({ text: 'opposes the treaty', limit: 5 })
    await notebook.updateStatement(turn.articleId, turn.statementId, { stance: 'neutral' })
    const again = await notebook.exportVault({ folder })
    // Her note, the article's and the position's: nothing else changed.
    expect(again.written).toBe(3)
    const after = await readFile(path, 'utf8')
    expect(after).toContain('in its current form== — [[Articles/Velin changes course#^')
    expect(after).toContain('#stance/neutral')
    expect(after.endsWith(`${TAIL_MARKER}\nMy reading: she turned in March.\n`)).toBe(true)
    expect(await readFile(join(folder, 'Mine.md'), 'utf8')).toBe('Not Stancemark’s.')
    expect(speakers['Mara Velin']).toBeDefined()
  })

  test('titles that clash or cannot be file names get safe, distinct names', async () => {
    const { notebook } = await codedArchive()
    for (const title of ['CON', 'a/b: c?', 'A/B: C?', '#^[]|'])
      await notebook.importArticle({ text: 'Words.', meta: { title } })
    const folder = join(await tempDir(), 'vault')
    await notebook.exportVault({ folder })
    const names = await readdir(join(folder, 'Articles'))
    for (const name of names) expect(name).toMatch(/^[^<>:"/\\|?*#^[\]]+\.md$/)
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length)
    expect(names).toHaveLength(8)
  })

  test('is refused inside the archive’s own folder', async () => {
    const { notebook, dir } = await codedArchive()
    await expect(notebook.exportVault({ folder: join(dir, 'vault') })).rejects.toMatchObject({
      code: 'invalid',
    })
  })

  test('comes as a .zip too, with the same notes', async () => {
    const { notebook, folder } = await vault()
    const file = await notebook.exportVaultZip()
    const entries = unzipSync(Buffer.from(file.content, 'base64'))
    expect(Object.keys(entries).sort()).toContain('Speakers/Mara Velin.md')
    expect(strFromU8(entries['Speakers/Mara Velin.md'])).toBe(
      await readFile(join(folder, 'Speakers', 'Mara Velin.md'), 'utf8'),
    )
  })
})
