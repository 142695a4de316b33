import { execFileSync } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import git from 'isomorphic-git'
import { describe, expect, test } from 'vitest'
import { commitChanges } from '../../../src-main/notebook/sync/commitChanges'
import { gitFs as fs } from '../../../src-main/notebook/sync/gitFs'
import { gitServerMissing } from '../../support/gitServer'
import { tempDir } from '../../support/tempArchive'

const missing = gitServerMissing()
const author = { name: 'Ana', email: 'ana@example.org' }
const gitIn = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' })

// Names whose order differs between a plain sort and git's (a folder sorts as if it ended in '/').
const FILES: Record<string, string> = {
  'articles/a.json': '{"id":"a"}\n',
  'articles/a-b.json': '{"id":"a-b"}\n',
  'articles/a_b.json': '{"id":"a_b"}\n',
  'articles/B.json': '{"id":"B"}\n',
  'articles/a/inner.json': '{"id":"inner"}\n',
  'registry.json': '{"speakers":{}}\n',
}

async function folderWith(files: Record<string, string>) {
  const dir = await tempDir()
  await git.init({ fs, dir, defaultBranch: 'main' })
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true })
    await writeFile(join(dir, path), text)
  }
  return dir
}

describe.skipIf(missing)(
  `commits git itself reads${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    test('the committed files are what git itself reads back, its trees in git’s order', async () => {
      const dir = await folderWith(FILES)
      expect(await commitChanges(dir, () => true, author, new Date('2024-01-02'))).toBe(6)
      expect(gitIn(dir, 'fsck', '--strict', '--no-dangling')).toBe('')
      expect(gitIn(dir, 'ls-tree', '-r', '--name-only', 'main').trim().split('\n')).toEqual([
        'articles/B.json',
        'articles/a-b.json',
        'articles/a.json',
        'articles/a/inner.json',
        'articles/a_b.json',
        'registry.json',
      ])
      for (const [path, text] of Object.entries(FILES))
        expect(gitIn(dir, 'show', `main:${path}`)).toBe(text)
    })

    test('a second commit holds only what changed, removed files gone, the rest as it was', async () => {
      const dir = await folderWith(FILES)
      await commitChanges(dir, () => true, author, new Date('2024-01-02'))
      const before = gitIn(dir, 'rev-parse', 'main:articles/a').trim()
      await writeFile(join(dir, 'articles/a.json'), '{"id":"a","title":"new"}\n')
      await rm(join(dir, 'articles/B.json'))
      expect(await commitChanges(dir, () => true, author, new Date('2024-01-03'))).toBe(2)
      expect(gitIn(dir, 'fsck', '--strict', '--no-dangling')).toBe('')
      expect(gitIn(dir, 'diff', '--name-status', 'main~1', 'main')).toBe(
        'D\tarticles/B.json\nM\tarticles/a.json\n',
      )
      expect(gitIn(dir, 'rev-parse', 'main:articles/a').trim()).toBe(before)
      expect(gitIn(dir, 'show', 'main:articles/a.json')).toBe('{"id":"a","title":"new"}\n')
      expect(await commitChanges(dir, () => true, author, new Date('2024-01-04'))).toBe(0)
    })
  },
)
